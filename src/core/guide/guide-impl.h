/*
 * Shared between the guide's own files: the step tables of each part and
 * the small helpers every accessor uses (value conversion with the same
 * messages everywhere). Not for clients: they see guide.h and
 * guide-extra.h only.
 */
#ifndef B2C_GUIDE_IMPL_H
#define B2C_GUIDE_IMPL_H

#include <stdbool.h>
#include <stddef.h>

#include "b2c/guide.h"
#include "b2c/session.h"

#define GUIDE_NELEM(a) (sizeof (a) / sizeof (a)[0])

/* The steps of each part, in order (guide-start.c, guide-part1.c ...). */
extern const struct guide_step guide_start_steps[];
extern const size_t guide_start_n_steps;
extern const struct guide_step guide_part1_steps[];
extern const size_t guide_part1_n_steps;
extern const struct guide_step guide_part2_steps[];
extern const size_t guide_part2_n_steps;
extern const struct guide_step guide_part3_steps[];
extern const size_t guide_part3_n_steps;

/* The small path's steps (guide-small.c): the concrete proposal (first
 * in every small partnership's Del 2), the one-page agreement (the
 * short path's Del 2 review) and the short path's Del 3. */
extern const struct guide_step guide_proposal_step;
extern const struct guide_step guide_agreement_step;
extern const struct guide_step guide_small3_steps[];
extern const size_t guide_small3_n_steps;

/* Single-field steps whose records live in their own files. */
extern const struct guide_field guide_site_indicators_fields[2];
extern const struct guide_field guide_all_indicators_fields[1];
extern const struct guide_field guide_measurement_fields[1];

/* The survey statements of the indicator in ctx->row, row ctx->sub. */
#define GUIDE_STMT_N_COLUMNS 2
extern const struct guide_field guide_stmt_columns[GUIDE_STMT_N_COLUMNS];
size_t	 guide_stmt_count(const struct session *, const struct guide_ctx *);
size_t	 guide_stmt_add(struct session *, const struct guide_ctx *);
void	 guide_stmt_remove(struct session *, const struct guide_ctx *,
	    size_t);
void	 guide_stmt_move(struct session *, const struct guide_ctx *,
	    size_t, size_t);

/* Where the actions and activities stand (guide-status.c): the columns
 * of the tables under Del 2's actions, under the årshjul and in a Del 3
 * meeting record (actions, then activities), and their row counts. */
#define GUIDE_STATUS_N_COLUMNS 4
extern const struct guide_field
	    guide_status_action_columns[GUIDE_STATUS_N_COLUMNS];
extern const struct guide_field
	    guide_status_wheel_columns[GUIDE_STATUS_N_COLUMNS];
extern const struct guide_field
	    guide_status_meeting_columns[GUIDE_STATUS_N_COLUMNS];
size_t	 guide_status_action_count(const struct session *,
	    const struct guide_ctx *);
size_t	 guide_status_wheel_count(const struct session *,
	    const struct guide_ctx *);
size_t	 guide_status_all_count(const struct session *,
	    const struct guide_ctx *);

/* Resources given per party and year (guide-ledger.c): the sub-form of
 * a ledger record and the record list's functions. */
#define GUIDE_LEDGER_N_COLUMNS 10
extern const struct guide_field guide_ledger_columns[GUIDE_LEDGER_N_COLUMNS];
size_t	 guide_ledger_count(const struct session *, const struct guide_ctx *);
size_t	 guide_ledger_add(struct session *, const struct guide_ctx *);
void	 guide_ledger_remove(struct session *, const struct guide_ctx *,
	    size_t);
void	 guide_ledger_move(struct session *, const struct guide_ctx *,
	    size_t, size_t);
char	*guide_ledger_summary(const struct session *,
	    const struct guide_ctx *);

/* Whether a measurement sub-field applies to its row's indicator. */
bool	 guide_measure_applies(const struct session *,
	    const struct guide_field *, const struct guide_ctx *);

/* After indicator ind's id changed from old_id, statement ids made from
 * the old one ("<old_id>-N") follow it where the new id is free. */
void	 guide_stmt_follow_id(struct session *, struct indicator *ind,
	    const char *old_id);

/* Refuses every edit: the setter of read-only columns. */
int	 guide_set_readonly(struct session *, const struct guide_ctx *,
	    const char *, char **cause);

/* The label of a choice list's first entry when it means "not set". */
extern const char guide_not_set[];
/* Month choices: index 0 is "Not set", 1..12 the months. */
extern const char *const guide_month_choices[];

/* A copy of s (never NULL). */
char	*guide_dup(const char *s);
/* The largest count (answers, young people ...) a session file holds. */
#define GUIDE_MAX_COUNT 1000000000L
/* The largest resource amount a session file holds. */
#define GUIDE_MAX_AMOUNT 1e12

/* Sets a string field from typed text (refused when too long to save). */
int	 guide_put(char **field, const char *value, char **cause);
/* A date field: "" clears it, anything else must parse. */
int	 guide_put_date(char **field, const char *value, char **cause);
/* A decimal number; *empty when value is blank. */
int	 guide_parse_number(const char *value, bool allow_negative,
	    double *out, bool *empty, char **cause);
/* A percentage of 0 or more, "80", "80 %" or "80%". */
int	 guide_parse_percent(const char *value, double *out, bool *empty,
	    char **cause);
/* What typed number a field takes (guide-number.c has the rules). */
enum guide_number_kind {
	GUIDE_NUM_DECIMAL,
	GUIDE_NUM_WHOLE,	/* refuses decimals */
	GUIDE_NUM_PERCENT	/* may end in "%" */
};
/* Reads len bytes of typed text in the interface language's way. */
int	 guide_read_number(const char *p, size_t len,
	    enum guide_number_kind kind, double *out, char **cause);
/* A long date as the wizard shows it, "1. marts 2027", "1 March 2027"
 * or "March 1, 2027", into iso; 1 when text has no letters (not a long
 * date), -1 with *cause when refused. */
int	 guide_read_long_date(const char *text, char iso[11], char **cause);
/* A whole number of 0 or more; *empty when value is blank. */
int	 guide_parse_count(const char *value, long *out, bool *empty,
	    char **cause);
/* A number as the user would type it back ("2.5", "40"). */
char	*guide_format_number(double);
char	*guide_format_long(long);
/* "1" or "0" for a check; parses "1"/"0" (and "" as no). */
char	*guide_format_bool(bool);
int	 guide_parse_bool(const char *value, bool *out, char **cause);
/* The index in a choice list of n entries. */
int	 guide_parse_choice(const char *value, size_t n, int *out,
	    char **cause);
char	*guide_format_choice(int index);
/* An ISO date as DD-MM-YYYY for one-line summaries ("" stays ""). */
/* Refuses an edit of a row that is not there (-1 with *cause). */
int	 guide_no_row(char **cause);
/* The number of entries of a NULL-terminated string list. */
size_t	 guide_count_strings(const char *const *);

/* Special completeness rules for fields the generic rules misjudge. */
bool	 guide_part3_indicators_filled(const struct session *);
bool	 guide_part3_indicators_content(const struct session *);

/*
 * What guide-progress.c remembers of one version of a session: the
 * status of each step with input fields (-1: not yet known) and each
 * part's missing answers (NULL: not yet known).
 */
struct guide_progress {
	const struct session *s;
	unsigned long version;
	bool	 valid;
	size_t	 n_steps;
	signed char *input;		/* enum guide_status, or -1 */
	struct guide_missing *missing[GUIDE_PART_COUNT];
	size_t	 n_missing[GUIDE_PART_COUNT];
};

/* guide_step_status, guide_part_progress and guide_missing, reading and
 * filling the statuses of p (NULL: none) made current for s. */
enum guide_status guide_step_status_in(const struct session *,
	    struct guide_progress *, size_t i);
void	 guide_part_progress_in(const struct session *,
	    struct guide_progress *, enum guide_part, size_t *done,
	    size_t *total);
/* The same over the steps of one party (Del 1 is done per party). */
void	 guide_party_progress_in(const struct session *,
	    struct guide_progress *, enum guide_part, int party, size_t *done,
	    size_t *total);
size_t	 guide_missing_in(const struct session *, struct guide_progress *,
	    enum guide_part, struct guide_missing *out, size_t max);

#endif
