/*
 * Shared by the parts of the survey import: decoding a file's bytes to
 * UTF-8 text with its delimiter (import-decode.c), the keys headers and
 * answers are compared by (import-match.c), and the reader that counts
 * (import-csv.c). Nothing here is seen outside src/core.
 */
#ifndef B2C_IMPORT_PRIVATE_H
#define B2C_IMPORT_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>

#include "b2c/import.h"
#include "b2c/session.h"

#define IMPORT_BLANK	(SESSION_ANSWER_STEPS + 1)	/* after Ved ikke */
#define IMPORT_KINDS	(IMPORT_BLANK + 1)

/* A file's text as UTF-8, whatever it was written in. */
struct import_text {
	const char *text;	/* into the caller's bytes or into owned */
	size_t	 len;
	char	*owned;		/* a converted copy, or NULL */
	const char *encoding;	/* "UTF-8", "Windows-1252", ... untranslated */
	unsigned char delim;
	long	 first_line;	/* of the header: 2 after a "sep=" line */
};

/* Decodes bytes (BOM, UTF-16, Windows-1252) and finds the delimiter. */
int	import_decode(const char *name, const char *bytes, size_t len,
	    struct import_text *, char **cause);
void	import_text_clear(struct import_text *);
/* The delimiter that splits every record into the header's count. */
unsigned char import_detect_delimiter(const char *text, size_t len);

/*
 * The key a header or answer is compared by: lower case, one space for
 * every run of white space (NBSP too), typographic quotes and dashes as
 * ASCII, no surrounding space; for a header (header true) no trailing
 * punctuation either. Allocated.
 */
char	*import_key(const char *text, bool header);

/* A code scheme: CODE=ANSWER pairs, plus 1-5 in either direction. */
struct import_codes {
	char	**keys;		/* import_key() of each code */
	int	*answers;	/* 0-4 a step, 5 Ved ikke, 6 blank */
	size_t	 n;
	bool	 reverse;	/* 1 = Helt uenig */
};
/* Adds "CODE=ANSWER"; -1 with *cause when ANSWER is not an answer. */
int	import_codes_add(struct import_codes *, const char *spec,
	    char **cause);
void	import_codes_clear(struct import_codes *);
/* The answer of a cell (0-6), or -1. */
int	import_codes_answer(const struct import_codes *, const char *cell);
/* The answer a label names ("Helt enig", "blank", ...), or -1. */
int	import_label_answer(const char *key);

/* The indicator and statement ("" = the indicator) a header names. */
struct import_target {
	struct indicator *ind;
	const char *statement;
};
/* Matches a header by id, wording, indicator name or a Google Forms
 * "Question [statement]"; false when nothing matches. */
bool	import_match_header(struct session *, const char *header,
	    struct import_target *);
/* A statement whose wording differs from the header by a word or two:
 * its id, or NULL. Never taken, only proposed. */
const char *import_near_header(const struct session *, const char *header);

#endif
