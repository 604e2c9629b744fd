/*
 * The explanatory lines under a chart (changes, verdicts, sample
 * guidance, answers left out of n) wrapped onto as many rows as they
 * need: a narrow chart shows every word rather than cutting a sentence
 * short. The canvas grows downwards as rows are used.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "chart-layout.h"
#include "b2c/utf8.h"
#include "b2c/util.h"

void
chart_grow(struct canvas *c, int rows)
{
	size_t old, n, i;

	if (rows <= c->height || c->width <= 0)
		return;
	old = (size_t)c->width * (size_t)c->height;
	n = (size_t)c->width * (size_t)rows;
	c->cells = xreallocarray(c->cells, n, sizeof *c->cells);
	memset(c->cells + old, 0, (n - old) * sizeof *c->cells);
	for (i = old; i < n; i++)
		c->cells[i].ch = L' ';
	c->height = rows;
}

/* Columns one code point takes, escapes of unsafe ones included. */
static int
cp_columns(uint32_t cp)
{
	char esc[UTF8_ESCAPE_MAX + 1];
	int w = utf8_width(cp);

	return w >= 0 ? w : utf8_escape(cp, esc);
}

/*
 * Bytes of s (len bytes) that fit in cols columns, combining marks kept
 * with their base; at least one character, so a tiny width cannot loop.
 */
static size_t
fit_bytes(const char *s, size_t len, int cols)
{
	const char *p = s, *end = s + len, *before;
	int used = 0, w;

	while (p < end) {
		before = p;
		w = cp_columns(utf8_decode(&p, (size_t)(end - p)));
		if (used + w > cols && used > 0) {
			p = before;
			break;
		}
		used += w;
	}
	return (size_t)(p - s);
}

/* Writes len bytes of s at x, y; returns the columns used. */
static int
put_piece(struct canvas *c, int x, int y, const char *s, size_t len,
    enum canvas_style style, bool ascii)
{
	char *piece = xstrndup(s, len);
	int w;

	chart_grow(c, y + 1);
	w = canvas_put(c, x, y, piece, style, -1, ascii);
	free(piece);
	return w;
}

/* Where the next word of a sentence goes. */
struct wrap_at {
	struct canvas	*c;
	int		 x, y;
	int		 start;		/* column the current row began at */
	int		 indent;	/* column the rows after it begin at */
	enum canvas_style style;
	bool		 ascii;
};

static void
wrap_new_row(struct wrap_at *at)
{
	at->y++;
	at->x = at->start = at->indent;
}

/* Puts one word: after a blank, on the next row, or broken over rows. */
static void
wrap_put_word(struct wrap_at *at, const char *word)
{
	struct canvas *c = at->c;
	size_t fit;
	int w;

	for (;;) {
		w = utf8_text_width(word);
		if (at->x > at->start && at->x + 1 + w <= c->width)
			at->x++;	/* the blank between two words */
		else if (at->x > at->start || (at->x >= c->width && w > 0))
			wrap_new_row(at);
		if (at->x + w <= c->width) {
			chart_grow(c, at->y + 1);
			at->x += canvas_put(c, at->x, at->y, word, at->style,
			    -1, at->ascii);
			return;
		}
		/* A word wider than a row is broken, never cut short. */
		fit = fit_bytes(word, strlen(word), c->width - at->x);
		at->x += put_piece(c, at->x, at->y, word, fit, at->style,
		    at->ascii);
		word += fit;
		if (*word == '\0')
			return;
		wrap_new_row(at);
	}
}

int
chart_put_wrapped(struct canvas *c, int x, int y, const char *text,
    enum canvas_style style, int indent, bool ascii, int *end_x)
{
	struct wrap_at at = { c, x, y, x, indent, style, ascii };
	char *words, *word, *save = NULL;

	if (c->width <= 0) {
		if (end_x != NULL)
			*end_x = x;	/* nothing fits, nothing is written */
		return y + 1;
	}
	if (indent >= c->width)
		at.indent = 0;
	/*
	 * One copy of the sentence, cut into words in place: canvas_put
	 * takes C strings, and a copy of every word would cost more than
	 * drawing it.
	 */
	words = xstrdup(text);
	for (word = strtok_r(words, " ", &save); word != NULL;
	    word = strtok_r(NULL, " ", &save))
		wrap_put_word(&at, word);
	free(words);
	chart_grow(c, at.y + 1);
	if (end_x != NULL)
		*end_x = at.x;
	return at.y + 1;
}
