/*
 * Shared between the store's own files only: error collection, the
 * pre-scan, the schema tables that drive both reading and writing, and the
 * keeping of unknown settings. This header (and the store-*.c files) are
 * the only places that see <libconfig.h>.
 */
#ifndef B2C_STORE_PRIVATE_H
#define B2C_STORE_PRIVATE_H

#include <libconfig.h>
#include <stdbool.h>
#include <stddef.h>

#include "b2c/session.h"
#include "b2c/store.h"
#include "store-internal.h"
#include "b2c/util.h"

/* Messages about one file, "NAME:LINE: text" each, capped. */
struct store_errors {
	const char	*name;
	char		*text;
	size_t		 n;
};

/* Appends a message; line 0 gives "NAME: text". */
void	store_errorf(struct store_errors *, int line, const char *, ...)
	    B2C_PRINTF(3, 4);

/* The pre-scan; returns the number of problems found. */
/* The problems found (0: none); *strings_utf8 (may be NULL) tells whether
 * every text of the file is already known to be valid UTF-8. With sha
 * (may be NULL), every byte also goes into the digest, on the same pass. */
struct sha256_ctx;
/* store_parse(), and the SHA-256 of all len bytes in sha (may be NULL),
 * taken on the pre-scan's pass over them. */
int	store_parse_hashed(const char *name, const char *text, size_t len,
	    struct session **out, char **cause, unsigned char sha[32]);
size_t	store_prescan(struct store_errors *, const char *text, size_t len,
	    bool *strings_utf8, struct sha256_ctx *sha);

/* True when s (len bytes) is valid UTF-8 without overlongs/surrogates. */
bool	store_utf8_valid(const char *s, size_t len);
/* The length of the valid UTF-8 character at s (avail bytes there), 0
 * when it is not one: no overlong form, surrogate or code point past
 * U+10FFFF. */
size_t	store_utf8_char(const char *s, size_t avail);

/* A set of strings (not owned) with an int each; linear-time loading. */
struct store_set;
struct store_set *store_set_new(void);
void	store_set_free(struct store_set *);
/* Adds key; returns false (and leaves the set) when already present. */
bool	store_set_add(struct store_set *, const char *key, int value);
/* The value stored for key, or -1. */
int	store_set_get(const struct store_set *, const char *key);

struct store_reader;

/* The periods of the indicator being read (store-periods.c). */
struct store_periods {
	struct store_set *set;		/* folded key -> slot */
	char	**folded;		/* per slot: the key, lower case */
	int	 *lines;		/* its line in the file */
	size_t	 *index;		/* its measurement */
	size_t	  n;
};
void	store_periods_init(struct store_periods *);
void	store_periods_free(struct store_periods *);
/*
 * Stores the period of ind's last measurement (read from line) by its
 * key and merges it into an earlier one of the same period, or reports
 * why it cannot be merged.
 */
void	store_periods_add(struct store_reader *, struct store_periods *,
	    struct indicator *, int line);

/* Reading: the state of one parse. */
struct store_reader {
	struct store_errors	 err;
	struct session		*s;
	config_t		*unknown;	/* unknown settings, mirrored */
	size_t			 n_unknown;	/* kept in unknown */
	struct store_set	*indicator_ids;
	struct store_set	*statement_ids;	/* id -> indicator index */
	int			 kind;		/* its kind */
	int			 indicator;	/* its index */
	bool			 strings_utf8;	/* the pre-scan checked them */
};

enum store_type {
	ST_STRING,
	ST_DATE,	/* "" or YYYY-MM-DD */
	ST_TIMESTAMP,	/* "" or YYYY-MM-DDTHH:MM:SSZ */
	ST_BOOL,
	ST_INT,		/* int, range min..max */
	ST_LONG,	/* long, range min..max */
	ST_DOUBLE,	/* finite double, range min..max */
	ST_ENUM,	/* key string to int */
	ST_GROUP,	/* a fixed group at offset, fields in group */
	ST_CUSTOM,	/* read/write callbacks */
	ST_SKIP		/* read elsewhere; written by write */
};

struct store_enum {
	int		 (*parse)(const char *);
	const char	*(*key)(int);
	const char	*expected;	/* for messages */
};

struct store_field {
	const char		*name;
	enum store_type		 type;
	size_t			 offset;
	double			 min, max;
	const struct store_enum	*keys;
	const struct store_field *group;	/* ST_GROUP */
	bool			 optional;	/* left out when "" or 0, so
						 * files without it read the
						 * same */
	void	(*read)(struct store_reader *, const config_setting_t *,
		    void *base);
	void	(*write)(config_setting_t *group, const char *name,
		    const void *base);
};

/* The session's schema, root level. */
extern const struct store_field store_schema_root[];

/* Part 3's indicators list (store-indicators.c). */
void	store_read_indicators(struct store_reader *, const config_setting_t *,
	    void *session);
void	store_write_indicators(config_setting_t *, const char *,
	    const void *session);

/* part3.survey_import (store-survey.c). */
void	store_read_survey(struct store_reader *, const config_setting_t *,
	    void *session);
void	store_write_survey(config_setting_t *, const char *,
	    const void *session);

/* Lists of groups, for the schema's custom fields (store-walk.c). Each
 * element keeps its unknown settings in the struct store_unknown * at
 * offset extra. Reading adds each element through add(owner); ids is the
 * offset of the records' char *id, or STORE_NO_IDS (store-ids.c gives
 * those read without one theirs). */
#define STORE_NO_IDS ((size_t)-1)
/* Calls each(r, elem, arg) for every element of a list of groups, and
 * reports those that are not groups ("NAME: expected a group"). */
void	store_each_group(struct store_reader *, const config_setting_t *,
	    void (*each)(struct store_reader *, const config_setting_t *,
	    void *), void *arg);
void	store_read_group_list(struct store_reader *, const config_setting_t *,
	    const struct store_field *, void *(*add)(void *), void *owner,
	    size_t size, size_t extra, size_t ids);
void	store_write_group_list(config_setting_t *, const char *,
	    const struct store_field *, const void *items, size_t n,
	    size_t size, size_t extra);
/* Adds a child setting; aborts on a name the schema got wrong. */
config_setting_t *store_add(config_setting_t *, const char *, int type);
/* Copies src and everything below it as a new child of parent, named name
 * in a group; NULL when parent already has a setting of that name. */
config_setting_t *store_setting_copy(config_setting_t *parent,
	    const char *name, const config_setting_t *src);
/* Writes a whole number, 64-bit (L suffix) only when it needs to be. */
void	store_write_long(config_setting_t *, const char *, long long);

/* Reads a group's settings into base by a field table. */
void	store_read_group(struct store_reader *, const config_setting_t *,
	    const struct store_field *, void *base, config_setting_t *mirror);
/* Reads one setting by its field description. */
void	store_read_field(struct store_reader *, const struct store_field *,
	    const config_setting_t *, void *base);
/* Reads a string setting (checked UTF-8 and length) or NULL on error. */
const char *store_read_string(struct store_reader *, const config_setting_t *);
/* Checks that setting is a list or array of at most STORE_MAX_LIST. */
bool	store_check_list(struct store_reader *, const config_setting_t *,
	    bool groups);
/* Writes base's fields into group. */
void	store_write_group(config_setting_t *, const struct store_field *,
	    const void *base);
/* The line of a setting for messages (at least 1). */
int	store_line(const config_setting_t *);

/* Unknown settings: kept in a config_t mirroring the fixed groups
 * (kept while reading by store-validate.c, held by store-unknown.c). */
config_setting_t *store_unknown_mirror(config_setting_t *parent,
	    const char *name);
/* Adds the kept settings of s (if any) into the tree about to be written. */
void	store_unknown_merge(config_setting_t *root, const struct session *);
/* Attaches a reader's unknown tree to the session (or frees it). */
void	store_unknown_attach(struct store_reader *);
/* A list element's empty tree of kept settings, its root, its release. */
struct store_unknown *store_unknown_new(void);
config_setting_t *store_unknown_root(struct store_unknown *);
void	store_unknown_free(struct store_unknown *);
/* Reads a list element's group into base; its unknown settings replace
 * *extra (NULL when it has none). */
void	store_unknown_read_element(struct store_reader *,
	    const config_setting_t *, const struct store_field *, void *base,
	    struct store_unknown **extra);
/* Writes an element's kept settings after its known ones. */
void	store_unknown_write_element(config_setting_t *,
	    const struct store_unknown *);

/* Gives the n records of size bytes at items that the file gave no id
 * (char *id at offset ids is "") their position, 1-based, or a new id
 * when another record has that; reports ids used twice in list. */
void	store_ids_fill(struct store_reader *, const config_setting_t *list,
	    void *items, size_t n, size_t size, size_t ids);

/* "user@host" of this process (allocated). */
char	*store_user_host(void);
/* The host name alone (allocated). */
char	*store_host(void);

#endif
