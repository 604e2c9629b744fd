/*
 * Showing untrusted text safely. Every string of a session file may hold
 * escape sequences (ESC, CSI, OSC), C1 controls, bidi overrides or bytes
 * that are not UTF-8; a report or screen that passed them through could
 * clear a terminal, set its clipboard or reorder what a reader sees. These
 * functions make all of them visible instead:
 *   ESC -> "^[", other C0 -> "^@".."^_", DEL -> "^?",
 *   C1 (U+0080..U+009F) and bidi controls (U+202A..U+202E,
 *   U+2066..U+2069) -> "<U+202E>", an invalid byte -> "\xNN".
 * The decoding is done here, never by the C library, so the result does
 * not depend on the process locale.
 */
#ifndef B2C_SANITIZE_H
#define B2C_SANITIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "b2c/textbuf.h"

#define SANITIZE_NEWLINES	0x1	/* keep '\n' (multi-line text) */
#define SANITIZE_TABS		0x2	/* keep '\t' */

/*
 * Decodes one UTF-8 character from s (len bytes available, len > 0).
 * Returns the number of bytes it takes, or 0 when s does not start with a
 * valid, shortest-form encoding of a scalar value (then *cp = the byte).
 */
size_t	 sanitize_decode(const char *s, size_t len, uint32_t *cp);
/* True when cp must be shown escaped (controls, C1, bidi overrides). */
bool	 sanitize_is_unsafe(uint32_t cp);
/* Display columns of a printable code point: 0, 1 or 2. */
int	 sanitize_cp_width(uint32_t cp);
/*
 * True when the two bytes at s (the caller knows two are there) encode a
 * character of U+00A0..U+02FF (Danish æ, ø and å, and signs such as the
 * middle dot, § and °): valid, safe and one column wide, so the scanners
 * need not decode it. U+0080..U+009F, the C1 controls, are not among them.
 */
static inline bool
sanitize_is_latin(const char *s)
{
	unsigned char lead = (unsigned char)s[0], next = (unsigned char)s[1];

	return lead >= 0xc2 && lead <= 0xcb && (next & 0xc0) == 0x80 &&
	    (lead != 0xc2 || next >= 0xa0);
}

/* Display columns of a safe (already sanitised) UTF-8 string. */
size_t	 sanitize_width(const char *);
/* The same for the first len bytes of s, which need no NUL after them. */
size_t	 sanitize_width_n(const char *s, size_t len);
/* As sanitize_width(), but stops as soon as the columns pass max (and
 * returns a number above it): whether a long text fits is known early. */
size_t	 sanitize_width_max(const char *s, size_t max);

/* Appends the visible form of s. */
void	 sanitize_text_buf(struct textbuf *, const char *s, int flags);
/* The visible form of s, allocated. */
char	*sanitize_text(const char *s, int flags);
/* The same without a copy when none is needed: s itself when it is safe
 * as it is (*owned NULL), else sanitize_text()'s result, also put in
 * *owned for the caller to free. */
const char *sanitize_text_view(const char *s, int flags, char **owned);
/* Appends s escaped for HTML text and attributes (&<>"' too). */
void	 sanitize_html_buf(struct textbuf *, const char *s, int flags);
char	*sanitize_html(const char *s, int flags);
/*
 * Appends s as one RFC 4180 CSV field: visible controls (newlines kept),
 * quoted when it holds a comma, quote, CR or LF, and prefixed with an
 * apostrophe when a spreadsheet could take it for a formula (it starts
 * with = + - @ tab or CR).
 */
void	 sanitize_csv_buf(struct textbuf *, const char *s);
char	*sanitize_csv(const char *s);

#endif
