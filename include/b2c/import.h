/*
 * Survey responses from a survey tool's export, as Excel, Google Forms,
 * Microsoft Forms, SurveyXact and the like write them: one row per
 * respondent under one header row.
 *
 * The file: UTF-8 with or without a BOM, UTF-16 with a BOM, or
 * Windows-1252 when it is not valid UTF-8; the delimiter (',' ';' TAB
 * or '|') is the one that gives the records as many fields as the header,
 * or Excel's "sep=X" first line; quoted fields; LF, CRLF or CR.
 *
 * Headers: a column belongs to a statement when its header is the
 * statement's id or wording, or, for an indicator with one statement,
 * the indicator's id or name (compared ignoring case, runs of white space
 * and non-breaking spaces, typographic quotes and dashes, and trailing
 * punctuation), a Google Forms grid header "Question [statement]", the
 * statement under a question in SurveyMonkey's second header row, or a
 * header mapped with import_options.columns or by the session (the
 * mappings, codes and scale direction of an import are saved in the
 * session and used again, after the options). Other columns (timestamps,
 * respondent ids, names) are ignored and listed; one that differs from a
 * statement's wording by a word is proposed, never taken.
 *
 * Answers: 1-5 (1 = Helt enig, or Helt uenig with IMPORT_REVERSE), the
 * scale's labels in any case and spacing, "Ved ikke", a stated code
 * ("6=Ved ikke"), or empty for a blank. A row with an answer cell empty
 * everywhere is a respondent who answered nothing (blank everywhere); a
 * row with every cell empty is not a respondent.
 *
 * All or nothing: the file is read completely before the session is
 * touched, and any bad cell fails the whole import with
 * "FILE:LINE:COLUMN: ..." (LINE counts records, the header being 1, or
 * 2 after a "sep=" line).
 */
#ifndef B2C_IMPORT_H
#define B2C_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "b2c/session.h"

#define IMPORT_REPLACE	0x1	/* replace the period's tallies, not add */
#define IMPORT_REVERSE	0x2	/* 1 = Helt uenig .. 5 = Helt enig */
#define IMPORT_DRY_RUN	0x4	/* count and report; change nothing */
#define IMPORT_AGAIN	0x8	/* add a file already imported into the period */
#define IMPORT_FORWARD	0x10	/* 1 = Helt enig, whatever the session kept */
#define IMPORT_MAX_FILE	(256u * 1024 * 1024)	/* bytes */
#define IMPORT_MAX_TALLY 1000000000L	/* per answer, as the store allows */
#define IMPORT_ANSWER_KINDS 7	/* five steps, Ved ikke, blank */

struct import_options {
	const char *period;
	const char *date;	/* ISO; "" or NULL keeps the period's date */
	int	 flags;
	const char *const *codes;	/* "CODE=ANSWER" each */
	size_t	 n_codes;
	const char *const *columns;	/* "HEADER=STATEMENT" each */
	size_t	 n_columns;
};

enum import_period_state {
	IMPORT_PERIOD_NEW,	/* none of its indicators had the period */
	IMPORT_PERIOD_ADDED,	/* the answers were added to it */
	IMPORT_PERIOD_REPLACED	/* its answers were replaced */
};

/* One imported column and what it counted. */
struct import_column {
	size_t	 column;	/* 1-based */
	char	*header;	/* as shown: escaped, shortened */
	char	*indicator;	/* the indicator's name */
	char	*statement;	/* statement id, "" for the indicator */
	long	 counts[IMPORT_ANSWER_KINDS];
};

struct import_result {
	long	 respondents;	/* rows with any cell filled in */
	long	 empty_respondents; /* of them, rows with no answer */
	size_t	 columns;	/* columns imported */
	long	 answers;	/* cells on the five steps */
	long	 dont_know;
	long	 blank;
	char	*ignored;	/* ignored headers, one per line; NULL if none */
	const char *encoding;	/* "UTF-8", "Windows-1252", ... (static) */
	char	 delimiter;
	enum import_period_state period_state;
	bool	 already;	/* refused: the file is in the period already */
	bool	 remembered;	/* mappings or codes were saved in the session */
	size_t	 saved_used;	/* column mappings the session held, used */
	struct import_column *cols;
	size_t	 n_cols;
	char	 fingerprint[80];	/* "sha256:HEX" of the file's bytes */
};

/*
 * Imports the bytes (len; name is used in messages) into the period of
 * every indicator a column belongs to, creating the measurement when
 * absent, unless IMPORT_DRY_RUN. The same bytes imported into the period
 * before are refused (result->already) unless IMPORT_AGAIN or
 * IMPORT_REPLACE. Returns 0, or -1 with *cause and the session
 * unchanged. Release the result with import_result_clear().
 */
int	import_run(struct session *, const char *name, const char *bytes,
	    size_t len, const struct import_options *,
	    struct import_result *, char **cause);
/* The same from a regular file, at most IMPORT_MAX_FILE bytes. */
int	import_run_file(struct session *, const char *path,
	    const struct import_options *, struct import_result *,
	    char **cause);
/* import_run() with only a period, a date and flags. */
int	import_responses(struct session *, const char *name, const char *text,
	    size_t len, const char *period, const char *date, int flags,
	    struct import_result *result, char **cause);
int	import_responses_file(struct session *, const char *path,
	    const char *period, const char *date, int flags,
	    struct import_result *result, char **cause);
void	import_result_clear(struct import_result *);

/* The answer a cell means: 0-4 a step, 5 "Ved ikke", 6 blank, -1 bad. */
int	import_parse_answer(const char *cell);
/* The display name of a delimiter: "semicolon", "comma", "tab", ... */
const char *import_delimiter_name(char);

#endif
