/*
 * The state of one import between reading the file (import-csv.c) and
 * applying it to the session (import-apply.c).
 */
#ifndef B2C_IMPORT_READER_H
#define B2C_IMPORT_READER_H

#include "b2c/util.h"
#include "import-private.h"

struct import_column_state {
	struct indicator *ind;	/* NULL: ignored */
	const char *statement;	/* "" for the indicator itself */
	char	*shown;		/* the header as shown */
	long	 counts[IMPORT_KINDS];
};

struct import_reader {
	const char *name;
	struct session *s;
	const struct import_options *opt;
	struct import_codes codes;
	const char **columns;	/* opt->columns, then the session's saved */
	size_t	 n_columns;
	size_t	 n_given;	/* of them, from opt (must find a header) */
	bool	*mapped;	/* per column mapping: its header was found */
	struct import_column_state *cols;
	size_t	 n_cols;
	int	*row;		/* this row's answer per column; NULL until
				 * the header is settled */
	char	**head[2];	/* the first two records, until then */
	size_t	 n_head[2];
	int	 phase;		/* 0, 1: reading record 1, 2; 2: the data */
	long	 second_line;	/* the line of record 2 */
	size_t	 field;		/* fields seen in this row */
	long	 line;		/* 1-based row being read */
	long	 header_line;
	int	 last_end;	/* the previous row's terminator */
	bool	 row_any;	/* a cell of this row is filled in */
	unsigned char delim;
	char	*headers;	/* every header read, for a refusal */
	char	*error;
	struct import_result *res;
};

void	import_reader_fail(struct import_reader *, size_t col,
	    const char *, ...) B2C_PRINTF(3, 4);
/* Refuses a header row that names nothing: what was read, what was
 * expected and how to map. */
void	import_reader_refuse_at(struct import_reader *, long line);
/* Settles a file that ends after its header row. */
void	import_reader_settle_end(struct import_reader *);
/* Saves the mappings and codes of a done import in the session. */
void	import_reader_remember(struct import_reader *);
/* Checks and applies the counts (or only reports them on a dry run). */
void	import_reader_apply(struct import_reader *);
void	import_reader_free(struct import_reader *);
#define IMPORT_SHOWN_LONG 200	/* columns of a statement in messages */
/* A cell's text as it may be shown in a message: escaped, at most
 * max_cols wide. */
char	*import_visible(const char *, int max_cols);
/* True when text's header key is key. */
bool	import_key_equal(const char *text, const char *key);

#endif
