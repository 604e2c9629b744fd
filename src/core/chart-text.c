/*
 * The explanatory lines under a chart (changes, verdicts, sample
 * guidance, answers left out of n) wrapped onto as many rows as they
 * need: a narrow chart shows every word rather than cutting a sentence
 * short. The canvas grows downwards as rows are used.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/chart-layout.h"
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

int
chart_put_wrapped(struct canvas *c, int x, int y, const char *text,
    enum canvas_style style, int indent, bool ascii, int *end_x)
{
	const char *p = text;
	char *word;
	size_t len, fit;
	int w, start = x;

	if (c->width <= 0)
		return y + 1;
	if (indent >= c->width)
		indent = 0;
	while (*p != '\0') {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		len = strcspn(p, " ");
		word = xstrndup(p, len);
		w = utf8_text_width(word);
		free(word);
		if (x > start && x + 1 + w <= c->width)
			x++;		/* the blank between two words */
		else if (x > start || (x >= c->width && w > 0)) {
			y++;		/* the word goes on the next row */
			x = start = indent;
		}
		if (x + w <= c->width) {
			x += put_piece(c, x, y, p, len, style, ascii);
			p += len;
			continue;
		}
		/* A word wider than a row is broken, never cut short. */
		fit = fit_bytes(p, len, c->width - x);
		x += put_piece(c, x, y, p, fit, style, ascii);
		p += fit;
		if (*p != '\0' && *p != ' ') {
			y++;
			x = start = indent;
		}
	}
	chart_grow(c, y + 1);
	if (end_x != NULL)
		*end_x = x;
	return y + 1;
}
