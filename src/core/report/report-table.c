/*
 * Plain-text tables for the text report: columns sized to their content,
 * the widest ones narrowed until the table fits the width, cells wrapped
 * within their column by display columns. The first row is the header.
 * A row may carry notes: lines under it across the table's width, for
 * text too long for a column.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/sanitize.h"
#include "b2c/textwrap.h"
#include "b2c/util.h"
#include "report-table.h"

#define GAP		2	/* blanks between columns */

/* The text of a cell not set: one shared empty string, never freed (a
 * table of thousands of rows would otherwise allocate one per cell). */
static char rtable_empty[] = "";

static void
rtable_cell_free(char *cell)
{
	if (cell != rtable_empty)
		free(cell);
}

struct rtable *
rtable_new(size_t cols)
{
	struct rtable *t = xcalloc(1, sizeof *t);

	t->cols = cols;
	return t;
}

void
rtable_free(struct rtable *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->rows * t->cols; i++)
		rtable_cell_free(t->cells[i]);
	for (i = 0; i < t->rows; i++)
		free(t->notes[i]);
	free(t->cells);
	free(t->notes);
	free(t);
}

size_t
rtable_add_row(struct rtable *t)
{
	size_t i;

	if (t->rows == t->cap_rows) {
		t->cap_rows = t->cap_rows == 0 ? 8 : t->cap_rows * 2;
		t->cells = xreallocarray(t->cells, t->cap_rows * t->cols,
		    sizeof *t->cells);
		t->notes = xreallocarray(t->notes, t->cap_rows,
		    sizeof *t->notes);
	}
	t->notes[t->rows] = NULL;
	for (i = 0; i < t->cols; i++)
		t->cells[t->rows * t->cols + i] = rtable_empty;
	return t->rows++;
}

void
rtable_fix(struct rtable *t, size_t col)
{
	if (col < 32)
		t->fixed |= 1ul << col;
}

void
rtable_set(struct rtable *t, size_t row, size_t col, const char *text)
{
	char **cell = &t->cells[row * t->cols + col], *owned, *p;
	const char *safe = sanitize_text_view(text, SANITIZE_NEWLINES, &owned);

	rtable_cell_free(*cell);
	*cell = owned != NULL ? owned : xstrdup(safe);
	for (p = strchr(*cell, '\n'); p != NULL; p = strchr(p + 1, '\n'))
		*p = ' ';
}

/* Display columns of the longest word of text (words split at blanks). */
static int
longest_word(const char *text)
{
	const char *p = text, *end;
	int best = 0, w;

	while (*p != '\0') {
		p += strspn(p, " ");
		end = p + strcspn(p, " ");
		if (end == p)
			break;
		w = (int)sanitize_width_n(p, (size_t)(end - p));
		if (w > best)
			best = w;
		p = end;
	}
	return best;
}

/* Each column's natural width, and the least it can take unbroken;
 * each cell's width into cell_w when it is not NULL. */
static void
rtable_measure(const struct rtable *t, int *natural, int *least, int *cell_w)
{
	size_t r, col;
	int c;

	for (col = 0; col < t->cols; col++)
		natural[col] = least[col] = 0;
	for (r = 0; r < t->rows; r++)
		for (col = 0; col < t->cols; col++) {
			const char *cell = t->cells[r * t->cols + col];

			c = (int)sanitize_width(cell);
			if (cell_w != NULL)
				cell_w[r * t->cols + col] = c;
			if (c > natural[col])
				natural[col] = c;
			c = (t->fixed & (1ul << col)) ? c : longest_word(cell);
			if (c > least[col])
				least[col] = c;
		}
}

int
rtable_min_width(const struct rtable *t)
{
	int *natural = xcalloc(t->cols, sizeof *natural);
	int *least = xcalloc(t->cols, sizeof *least);
	int total = GAP * (int)(t->cols - 1);
	size_t col;

	rtable_measure(t, natural, least, NULL);
	for (col = 0; col < t->cols; col++)
		total += least[col];
	free(natural);
	free(least);
	return total;
}

void
rtable_add_note(struct rtable *t, size_t row, const char *text)
{
	char *safe = sanitize_text(text, SANITIZE_NEWLINES), *p, *joined;

	for (p = safe; *p != '\0'; p++)
		if (*p == '\n')
			*p = ' ';
	if (t->notes[row] == NULL)
		t->notes[row] = safe;
	else {
		joined = xasprintf("%s\n%s", t->notes[row], safe);
		free(t->notes[row]);
		free(safe);
		t->notes[row] = joined;
	}
}

/*
 * Choosing the widths: the widest columns give way one cell at a time to
 * the column whose narrowing adds the fewest lines to the table. Each
 * cell's words are measured once, and its line count is kept at its
 * column's width and at one less, so trying every column costs integer
 * work per row, and narrowing one re-counts that column's cells only.
 */
struct rtable_fit {
	const struct rtable *t;
	struct textwrap_words words;
	size_t	*first;		/* per cell: its first word; one more at end */
	int	*w;		/* the column widths */
	int	*now;		/* per cell: lines at w[col], at least 1 */
	int	*less;		/* per cell: lines at w[col] - 1 */
	int	*less_wide;	/* per cell: its widest line there */
	int	*top;		/* per row: the tallest cell's lines */
	int	*second;	/* per row: the tallest of the other cells */
	size_t	*top_col;	/* per row: the tallest cell's column */
};

/* Lines of cell i at width, at least one (a row is never empty). */
static int
fit_lines(const struct rtable_fit *f, size_t i, int width, int *widest)
{
	int n = textwrap_lines(f->words.v + f->first[i],
	    f->first[i + 1] - f->first[i], width, widest);

	return n > 1 ? n : 1;
}

/* The tallest and second-tallest cells of row r. */
static void
fit_row(struct rtable_fit *f, size_t r)
{
	const int *now = f->now + r * f->t->cols;
	size_t col;

	f->top[r] = f->second[r] = 0;
	f->top_col[r] = 0;
	for (col = 0; col < f->t->cols; col++) {
		if (now[col] > f->top[r]) {
			f->second[r] = f->top[r];
			f->top[r] = now[col];
			f->top_col[r] = col;
		} else if (now[col] > f->second[r])
			f->second[r] = now[col];
	}
}

static void
fit_init(struct rtable_fit *f, const struct rtable *t, int *w)
{
	size_t cells = t->rows * t->cols, i, r;

	memset(f, 0, sizeof *f);
	f->t = t;
	f->w = w;
	f->first = xcalloc(cells + 1, sizeof *f->first);
	f->now = xcalloc(cells, sizeof *f->now);
	f->less = xcalloc(cells, sizeof *f->less);
	f->less_wide = xcalloc(cells, sizeof *f->less_wide);
	f->top = xcalloc(t->rows, sizeof *f->top);
	f->second = xcalloc(t->rows, sizeof *f->second);
	f->top_col = xcalloc(t->rows, sizeof *f->top_col);
	/* A fixed column keeps its natural width, where each of its cells
	 * (one line, rtable_set saw to that) takes one line: its words are
	 * never counted, so they are not split. */
	for (i = 0; i < cells; i++) {
		f->first[i] = f->words.n;
		if (!(t->fixed & (1ul << (i % t->cols))))
			textwrap_split(&f->words, t->cells[i]);
	}
	f->first[cells] = f->words.n;
	for (i = 0; i < cells; i++) {
		f->now[i] = fit_lines(f, i, w[i % t->cols], NULL);
		f->less[i] = fit_lines(f, i, w[i % t->cols] - 1,
		    &f->less_wide[i]);
	}
	for (r = 0; r < t->rows; r++)
		fit_row(f, r);
}

static void
fit_free(struct rtable_fit *f)
{
	textwrap_words_free(&f->words);
	free(f->first);
	free(f->now);
	free(f->less);
	free(f->less_wide);
	free(f->top);
	free(f->second);
	free(f->top_col);
}

/* Lines of the whole table with column col one narrower. */
static size_t
fit_height_less(const struct rtable_fit *f, size_t col)
{
	size_t r, total = 0;
	int other, h;

	for (r = 0; r < f->t->rows; r++) {
		other = f->top_col[r] == col ? f->second[r] : f->top[r];
		h = f->less[r * f->t->cols + col];
		total += (size_t)(h > other ? h : other);
	}
	return total;
}

/*
 * The column to narrow by one among those above floor: the one that adds
 * the fewest lines to the table (spare room goes first), the widest of
 * those, so all columns stay readable. -1 when none can give way.
 */
static int
fit_to_narrow(const struct rtable_fit *f, const int *floor)
{
	const int *w = f->w;
	size_t col, h, best_h = 0;
	int best = -1;

	for (col = 0; col < f->t->cols; col++) {
		if ((f->t->fixed & (1ul << col)) || w[col] <= floor[col])
			continue;
		h = fit_height_less(f, col);
		if (best < 0 || h < best_h || (h == best_h &&
		    w[col] > w[best])) {
			best = (int)col;
			best_h = h;
		}
	}
	return best;
}

/*
 * Narrows column col by one. A cell is re-counted only when its widest
 * line no longer fits one column less (narrower than that, the words
 * break differently; wider, exactly the same).
 */
static void
fit_narrow(struct rtable_fit *f, size_t col)
{
	int less = --f->w[col] - 1;
	size_t r, i;

	for (r = 0; r < f->t->rows; r++) {
		i = r * f->t->cols + col;
		if (f->now[i] != f->less[i]) {
			f->now[i] = f->less[i];
			fit_row(f, r);
		}
		if (f->less_wide[i] > less)
			f->less[i] = fit_lines(f, i, less, &f->less_wide[i]);
	}
}

/* Column widths that fit width (as far as one column each allows). */
static int *
rtable_widths(const struct rtable *t, int width, int *cell_w)
{
	int *w = xcalloc(t->cols, sizeof *w), total, widest;
	int *least = xcalloc(t->cols, sizeof *least);
	int *one = xcalloc(t->cols, sizeof *one);
	struct rtable_fit f;
	size_t col;

	rtable_measure(t, w, least, cell_w);
	total = GAP * (int)(t->cols - 1);
	for (col = 0; col < t->cols; col++) {
		total += w[col];
		one[col] = 1;
	}
	if (total > width) {
		fit_init(&f, t, w);
		while (total > width) {
			/* Words are broken only when nothing else fits. */
			widest = fit_to_narrow(&f, least);
			if (widest < 0)
				widest = fit_to_narrow(&f, one);
			if (widest < 0)
				break;	/* a column per character */
			fit_narrow(&f, (size_t)widest);
			total--;
		}
		fit_free(&f);
	}
	free(least);
	free(one);
	return w;
}

/* Line k of a wrapped cell (lines separated by '\n'), or "". */
static const char *
cell_line(const char *wrapped, int k, size_t *len)
{
	const char *p = wrapped, *nl;

	for (; k > 0 && p != NULL; k--) {
		nl = strchr(p, '\n');
		p = nl != NULL && nl[1] != '\0' ? nl + 1 : NULL;
	}
	if (p == NULL) {
		*len = 0;
		return "";
	}
	nl = strchr(p, '\n');
	*len = nl != NULL ? (size_t)(nl - p) : strlen(p);
	return p;
}

static int
count_lines(const char *s)
{
	int n = 0;

	for (; *s != '\0'; s++)
		n += *s == '\n';
	return n;
}

/*
 * Whether a cell of cw columns is its own one wrapped line at width w:
 * it fits, is not empty and has no blank at either end (wrapping drops
 * those). Such a cell is copied as it is, its width already known.
 */
static bool
cell_one_line(const char *cell, int cw, int w)
{
	size_t len;

	if (cw > w || *cell == '\0' || *cell == ' ')
		return false;
	len = strlen(cell);
	return cell[len - 1] != ' ';
}

/* One row; cells holds a scratch buffer per column, kept from row to row
 * (a table of thousands of rows would otherwise allocate for each);
 * cell_w the row's cells' widths. */
static void
rtable_row(const struct rtable *t, size_t r, const int *w,
    struct textbuf *out, const char *indent, struct textbuf *cells,
    const int *cell_w)
{
	int height = 1, k, n, lw;
	size_t col, len;
	const char *line, *cell;
	bool one[32];

	for (col = 0; col < t->cols; col++) {
		cell = t->cells[r * t->cols + col];
		if (col < 32 && (one[col] = cell_one_line(cell, cell_w[col],
		    w[col])))
			continue;
		cells[col].len = 0;
		textwrap_buf(&cells[col], t->cells[r * t->cols + col], w[col],
		    "", "");
		textbuf_adds(&cells[col], "");
		n = count_lines(cells[col].data);
		if (n > height)
			height = n;
	}
	for (k = 0; k < height; k++) {
		textbuf_adds(out, indent);
		for (col = 0; col < t->cols; col++) {
			cell = t->cells[r * t->cols + col];
			if (col < 32 && one[col]) {
				line = k == 0 ? cell : "";
				len = k == 0 ? strlen(cell) : 0;
				lw = k == 0 ? cell_w[col] : 0;
			} else {
				line = cell_line(cells[col].data, k, &len);
				lw = (int)sanitize_width_n(line, len);
			}
			textbuf_add(out, line, len);
			if (col + 1 < t->cols)
				textbuf_repeat(out, " ", w[col] + GAP - lw);
		}
		textbuf_trim(out, ' ');
		textbuf_addc(out, '\n');
	}
}

/* A row's notes, each wrapped under the row and indented by two. */
static void
rtable_notes(const char *notes, struct textbuf *out, int width,
    const char *indent)
{
	char *first = xasprintf("%s  ", indent);
	char *rest = xasprintf("%s    ", indent);
	const char *p, *nl;
	char *line;

	for (p = notes; *p != '\0'; p = *nl != '\0' ? nl + 1 : nl) {
		nl = p + strcspn(p, "\n");
		line = xstrndup(p, (size_t)(nl - p));
		textwrap_buf(out, line, width, first, rest);
		free(line);
	}
	free(first);
	free(rest);
}

void
rtable_render(const struct rtable *t, struct textbuf *out, int width,
    const char *indent, bool ascii)
{
	struct textbuf *cells;
	int *w, *cell_w, total = 0;
	size_t r, col;

	if (t->rows == 0)
		return;
	cell_w = xcalloc(t->rows * t->cols, sizeof *cell_w);
	w = rtable_widths(t, width - (int)sanitize_width(indent), cell_w);
	for (col = 0; col < t->cols; col++)
		total += w[col] + (col + 1 < t->cols ? GAP : 0);
	cells = xcalloc(t->cols, sizeof *cells);	/* all empty */
	for (r = 0; r < t->rows; r++) {
		rtable_row(t, r, w, out, indent, cells,
		    cell_w + r * t->cols);
		if (t->notes[r] != NULL)
			rtable_notes(t->notes[r], out, width, indent);
		if (r == 0) {
			textbuf_adds(out, indent);
			textbuf_repeat(out, ascii ? "-" : "─", total);
			textbuf_addc(out, '\n');
		}
	}
	for (col = 0; col < t->cols; col++)
		textbuf_reset(&cells[col]);
	free(cells);
	free(cell_w);
	free(w);
}
