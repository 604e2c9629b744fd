/*
 * Word wrapping by display columns, for the text and markdown reports
 * (and any screen that shows a paragraph). Widths come from sanitize.h,
 * so wrapping is the same in every locale. Input must already be safe
 * (sanitised); '\n' separates paragraphs.
 */
#ifndef B2C_TEXTWRAP_H
#define B2C_TEXTWRAP_H

#include "b2c/textbuf.h"

/*
 * Appends text wrapped to width columns. Every output line begins with
 * first (the first line) or rest (the others) and ends in "\n"; trailing
 * blanks are removed. A word longer than a line is broken; a line always
 * takes at least one character, so tiny widths cannot loop. Empty text
 * appends nothing.
 */
void	textwrap_buf(struct textbuf *, const char *text, int width,
	    const char *first, const char *rest);
/* Display columns of the widest line of text wrapped at width. */
int	textwrap_widest(const char *text, int width);

#endif
