/*
 * Survey responses from a survey tool's CSV export: one row per
 * respondent, a header row whose cells name statement ids (or indicator
 * ids, for an indicator measured by a single question), and answers as
 * 1-5 (1 = Helt enig) or the scale's Danish labels in any case, "Ved
 * ikke", or empty for no answer. Comma or semicolon separated (detected
 * from the header), quoted fields, UTF-8 with or without a BOM, LF or
 * CRLF. Columns whose header names nothing in the session (respondent
 * numbers, timestamps) are ignored and listed; rows with no answer in any
 * imported column are not respondents and are skipped.
 *
 * All or nothing: the file is read completely before the session is
 * touched, and any bad cell fails the whole import with
 * "FILE:ROW:COLUMN: ..." (ROW counts records, the header being 1).
 */
#ifndef B2C_IMPORT_H
#define B2C_IMPORT_H

#include <stddef.h>

#include "b2c/session.h"

#define IMPORT_REPLACE	0x1	/* replace the period's tallies, not add */
#define IMPORT_MAX_FILE	(256u * 1024 * 1024)	/* bytes */
#define IMPORT_MAX_TALLY 1000000000L	/* per answer, as the store allows */

struct import_result {
	long	 respondents;	/* rows with at least one answer cell */
	size_t	 columns;	/* columns imported */
	long	 answers;	/* cells on the five steps */
	long	 dont_know;
	long	 blank;
	char	*ignored;	/* ignored headers, one per line; NULL if none */
};

/*
 * Imports CSV text (len bytes; name is used in messages) into period of
 * every indicator a column belongs to, creating the measurement when
 * absent. date ("" or NULL: keep) sets the measurement's date. With
 * IMPORT_REPLACE the period's tallies of those indicators are replaced
 * by the file's. Returns 0, or -1 with *cause and the session unchanged.
 * Release result->ignored with import_result_clear().
 */
int	import_responses(struct session *, const char *name, const char *text,
	    size_t len, const char *period, const char *date, int flags,
	    struct import_result *result, char **cause);
/* The same from a regular file, at most IMPORT_MAX_FILE bytes. */
int	import_responses_file(struct session *, const char *path,
	    const char *period, const char *date, int flags,
	    struct import_result *result, char **cause);
void	import_result_clear(struct import_result *);

/* The answer a cell means: 0-4 a step, 5 "Ved ikke", 6 blank, -1 bad. */
int	import_parse_answer(const char *cell);

#endif
