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
/*
 * A text split into words and measured once, so that its line count at
 * many widths costs no decoding (choosing a table's column widths).
 * Words point into the text, which must outlive them.
 */
struct textwrap_word {
	const char	*text;	/* NULL: a paragraph starts here */
	size_t		 len;
	int		 blank;	/* columns of the blanks before it */
	int		 cols;
};
struct textwrap_words {
	struct textwrap_word	*v;
	size_t			 n;
	size_t			 cap;
};

/* Appends the words of text (textwrap_buf's words) to ws. */
void	textwrap_split(struct textwrap_words *ws, const char *text);
void	textwrap_words_free(struct textwrap_words *);
/*
 * The lines textwrap_buf gives n words of textwrap_split at width, with
 * empty prefixes; 0 for an empty text. Costs O(n), without allocating.
 * With widest, also the columns of the widest line: at every width from
 * that one up to width the text wraps the same.
 */
int	textwrap_lines(const struct textwrap_word *, size_t n, int width,
	    int *widest);

/* Display columns of the widest line of text wrapped at width. */
int	textwrap_widest(const char *text, int width);

#endif
