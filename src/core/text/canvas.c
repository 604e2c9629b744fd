/*
 * The text canvas: a grid of one-column cells that charts are laid out
 * on. Invariant: a cell with ch == 0 is always the right half of the wide
 * character in the cell to its left; writing over either half of a wide
 * character blanks the other half, so the grid never holds half a glyph.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/canvas.h"
#include "b2c/utf8.h"
#include "b2c/util.h"

#define ELLIPSIS	0x2026

/* One thing to draw: a character of the text or of an escape. */
struct glyph {
	wchar_t	 ch[UTF8_ESCAPE_MAX];
	int	 n;		/* characters in ch, each one column... */
	int	 width;		/* ...except a single wide one; 0 = combining */
};

struct canvas *
canvas_new(int width, int height)
{
	static const struct canvas_cell blank = { L' ', CANVAS_PLAIN, 0 };
	struct canvas *c = xcalloc(1, sizeof *c);
	size_t i, n;

	c->width = width > 0 ? width : 0;
	c->height = height > 0 ? height : 0;
	n = (size_t)c->width * (size_t)c->height;
	/* Every cell is written here, so the memory need not be zeroed. */
	c->cells = xreallocarray(NULL, n ? n : 1, sizeof *c->cells);
	for (i = 0; i < n; i++)
		c->cells[i] = blank;
	return c;
}

void
canvas_free(struct canvas *c)
{
	if (c == NULL)
		return;
	free(c->cells);
	free(c);
}

struct canvas_cell *
canvas_at(struct canvas *c, int x, int y)
{
	if (x < 0 || y < 0 || x >= c->width || y >= c->height)
		return NULL;
	return &c->cells[(size_t)y * (size_t)c->width + (size_t)x];
}

/* Blanks the other half of a wide character that cell, at column x, is
 * part of. */
static void
canvas_unwide(struct canvas *c, struct canvas_cell *cell, int x)
{
	if (cell->ch == 0 && x > 0)
		cell[-1].ch = L' ';
	else if (x + 1 < c->width && cell[1].ch == 0)
		cell[1].ch = L' ';
}

/* canvas_set for a character whose width the caller already knows. */
static void
canvas_set_wide(struct canvas *c, int x, int y, wchar_t ch, int width,
    enum canvas_style style, int series)
{
	struct canvas_cell *cell = canvas_at(c, x, y);

	if (cell == NULL)
		return;
	canvas_unwide(c, cell, x);
	cell->ch = ch;
	cell->style = (unsigned char)style;
	cell->series = (unsigned char)series;
	if (width != 2)
		return;
	if (x + 1 >= c->width) {
		cell->ch = L' ';	/* half a glyph would not show */
		return;
	}
	canvas_unwide(c, cell + 1, x + 1);
	cell[1].ch = 0;
	cell[1].style = (unsigned char)style;
	cell[1].series = (unsigned char)series;
}

void
canvas_set(struct canvas *c, int x, int y, wchar_t ch,
    enum canvas_style style, int series)
{
	canvas_set_wide(c, x, y, ch, utf8_width((uint32_t)ch), style, series);
}

/* Decodes the next glyph of the text at *s. */
static void
next_glyph(const char **s, const char *end, struct glyph *g)
{
	char esc[UTF8_ESCAPE_MAX + 1];
	uint32_t cp;
	int i;

	if (**s >= 0x20 && **s < 0x7f) {
		g->ch[0] = (wchar_t)*(*s)++;	/* printable ASCII */
		g->n = g->width = 1;
		return;
	}
	cp = utf8_decode(s, (size_t)(end - *s));
	g->width = utf8_width(cp);
	if (g->width >= 0) {
		g->ch[0] = (wchar_t)cp;
		g->n = 1;
		return;
	}
	g->n = utf8_escape(cp, esc);
	for (i = 0; i < g->n; i++)
		g->ch[i] = (wchar_t)esc[i];
	g->width = g->n;
}

/* Display columns of the whole text. */
static int
text_columns(const char *s, const char *end)
{
	struct glyph g;
	int cols = 0;

	while (s < end) {
		next_glyph(&s, end, &g);
		cols += g.width;
	}
	return cols;
}

/* Merges a combining mark into the character before it, if it can. */
static void
canvas_combine(struct canvas *c, int x, int y, wchar_t mark)
{
	struct canvas_cell *cell = canvas_at(c, x, y);
	uint32_t composed;

	if (cell == NULL)
		return;
	composed = utf8_compose((uint32_t)cell->ch, (uint32_t)mark);
	if (composed != 0)
		cell->ch = (wchar_t)composed;
}

/* Draws glyphs while they fit in limit columns; returns columns used. */
static int
put_glyphs(struct canvas *c, int x, int y, const char **s, const char *end,
    enum canvas_style style, int limit)
{
	struct glyph g;
	const char *before;
	int used = 0, i;

	while (*s < end) {
		before = *s;
		next_glyph(s, end, &g);
		if (g.width == 0) {
			if (used > 0)
				canvas_combine(c, x + used - 1, y, g.ch[0]);
			continue;
		}
		if (used + g.width > limit) {
			*s = before;
			break;
		}
		if (g.n == 1)
			canvas_set_wide(c, x + used, y, g.ch[0], g.width,
			    style, 0);
		else {
			/* An escape: ASCII, one column a character. */
			for (i = 0; i < g.n; i++)
				canvas_set_wide(c, x + used + i, y, g.ch[i], 1,
				    style, 0);
		}
		used += g.width;
	}
	return used;
}

int
canvas_put(struct canvas *c, int x, int y, const char *utf8,
    enum canvas_style style, int max_cols, bool ascii)
{
	const char *s = utf8, *end = utf8 + strlen(utf8);
	int room, used;

	if (x < 0 || y < 0 || x >= c->width || y >= c->height)
		return 0;
	room = c->width - x;
	if (max_cols >= 0 && max_cols < room)
		room = max_cols;
	if (room <= 0)
		return 0;
	/*
	 * Draw up to the column the ellipsis would take; only what is left
	 * after that (nothing, for most text) is measured to decide whether
	 * it fits or the ellipsis goes there, so text is decoded once.
	 */
	used = put_glyphs(c, x, y, &s, end, style, room - 1);
	if (s == end)
		return used;
	if (used + text_columns(s, end) <= room)
		return used + put_glyphs(c, x + used, y, &s, end, style,
		    room - used);
	canvas_set(c, x + used, y, ascii ? L'~' : (wchar_t)ELLIPSIS, style, 0);
	return used + 1;
}

/* Appends one row's UTF-8 to out at *len, without trailing blanks. */
static void
row_to_text(const struct canvas *c, int y, char *out, size_t *len)
{
	const struct canvas_cell *row = &c->cells[(size_t)y * (size_t)c->width];
	size_t keep = *len;
	int x;

	for (x = 0; x < c->width; x++) {
		if (row[x].ch == 0)
			continue;
		if (row[x].ch > 0 && row[x].ch < 0x80)
			out[(*len)++] = (char)row[x].ch;	/* most cells */
		else
			*len += utf8_encode((uint32_t)row[x].ch, out + *len);
		if (row[x].ch != L' ')
			keep = *len;
	}
	*len = keep;
	out[(*len)++] = '\n';
}

char *
canvas_to_text(const struct canvas *c)
{
	size_t len = 0, cap;
	char *out;
	int y;

	cap = (size_t)c->width * (size_t)c->height * 4 + (size_t)c->height + 1;
	out = xmalloc(cap);
	for (y = 0; y < c->height; y++)
		row_to_text(c, y, out, &len);
	out[len] = '\0';
	return out;
}
