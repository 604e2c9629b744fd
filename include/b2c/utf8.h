/*
 * UTF-8 decoding and display widths that do not depend on the process
 * locale: the reports print the same text under LANG=C as in da_DK.UTF-8.
 * Characters that could disturb a terminal or reorder text (C0 and C1
 * controls, DEL, the bidi embeddings, overrides and isolates) are shown
 * as visible escapes: ESC as "^[", U+202E as "<U+202E>".
 */
#ifndef B2C_UTF8_H
#define B2C_UTF8_H

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

#define UTF8_REPLACEMENT 0xfffd
#define UTF8_ESCAPE_MAX	8	/* longest escape, "<U+202E>" */

/*
 * Decodes the code point at *s (len bytes left, > 0) and advances *s.
 * Invalid, overlong or truncated sequences and surrogates decode to
 * U+FFFD and consume one byte.
 */
uint32_t utf8_decode(const char **s, size_t len);
/* Encodes cp into out (at least 4 bytes); returns the bytes written. */
size_t	utf8_encode(uint32_t cp, char *out);
/*
 * True for code points that must never reach a terminal as themselves:
 * C0 and C1 controls, DEL, line/paragraph separators and the bidi
 * embeddings, overrides and isolates that reorder text. The one definition every output
 * path (canvas, reports, messages, the wizard) shares.
 */
bool	utf8_is_unsafe(uint32_t cp);
/* Columns cp takes on a terminal: 0 (combining), 1 or 2; -1 if unsafe. */
int	utf8_width(uint32_t cp);
/*
 * The visible escape of an unsafe code point into out (NUL-terminated,
 * ASCII, at most UTF8_ESCAPE_MAX columns); returns its length, or 0 when
 * cp is safe to show as itself.
 */
int	utf8_escape(uint32_t cp, char out[UTF8_ESCAPE_MAX + 1]);
/* The display width of a UTF-8 string, escapes included. */
int	utf8_text_width(const char *);
/*
 * The precomposed form of base followed by a combining mark (a + U+030A
 * -> å), or 0 when there is none in the small Latin table.
 */
uint32_t utf8_compose(uint32_t base, uint32_t mark);

#endif
