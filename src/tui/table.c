/*
 * The table editor: a header of column labels and one line of cells per
 * row. The widths come from table-layout.c: every column is shown at
 * every terminal size b2c runs in (60x18 and up), narrow ones with their
 * headers cut with "…"; text columns share what is left. Should a table
 * ever be too wide even at its minimums, it shows the columns around the
 * focused one, marks the others with < and >, and Tab and Shift-Tab lay
 * it out again to reach them. Cells are ordinary slots, so Tab walks
 * along a row and Up/Down along a column; a long table has them only for
 * the rows near the window.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/guide-extra.h"
#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/table-layout.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define TABLE_MAXCOLS	16

/* A table's columns on this terminal: columns first..fit-1 are shown. */
struct table_geom {
	int	 widths[TABLE_MAXCOLS];
	size_t	 first, fit;
};

/* Rows whose values size a column: enough for any table people fill in
 * by hand, and a bound on the cost of laying out a generated one. */
#define TABLE_SCAN_ROWS	200

/* The widest long form of a date in the interface's language. */
static int
table_date_width(void)
{
	char iso[16], *v;
	int m, w, widest = 0;

	for (m = 1; m <= 12; m++) {
		snprintf(iso, sizeof iso, "2000-%02d-28", m);
		v = lang_format_date(iso);
		if ((w = draw_str_columns(v)) > widest)
			widest = w;
		free(v);
	}
	return widest;
}

/* The widest value of a text or number column among the first rows. */
static int
table_content(const struct tui *tui, const struct guide_field *fl,
    const struct guide_field *c)
{
	struct guide_ctx ctx;
	size_t i, n;
	char *v;
	int w, widest = 0;

	if (c->kind == GUIDE_DATE)
		return table_date_width();
	if ((c->kind != GUIDE_TEXT && c->kind != GUIDE_NUMBER) ||
	    c->get == NULL || fl->count == NULL)
		return 0;
	tui_row_ctx(tui, &ctx, 0);
	n = fl->count(tui->s, &ctx);
	for (i = 0; i < n && i < TABLE_SCAN_ROWS; i++) {
		tui_row_ctx(tui, &ctx, i);
		v = c->get(tui->s, &ctx);
		if ((w = draw_str_columns(v)) > widest)
			widest = w;
		free(v);
	}
	/* Empty counts still take a digit or two when typed. */
	if (c->kind == GUIDE_NUMBER && n > 0 && widest < 2)
		widest = 2;
	return widest;
}

/* The widths a column would like and can make do with; numbered, a
 * number column is headed by its number (table_numbered). */
static void
table_col(const struct tui *tui, const struct guide_field *fl,
    const struct guide_field *c, bool numbered, struct table_col *tc)
{
	struct guide_ctx ctx;
	char **labels;
	int w = 0, lw;
	size_t i;

	if (c->kind == GUIDE_CHOICE) {
		tui_row_ctx(tui, &ctx, 0);
		labels = guide_field_choices(tui->s, c, &ctx);
		for (i = 0; labels != NULL && labels[i] != NULL; i++)
			if ((lw = draw_str_columns(labels[i])) > w)
				w = lw;
		guide_choices_free(labels);
	}
	lw = numbered && c->kind == GUIDE_NUMBER ? 1 :
	    draw_str_columns(_(c->label));
	table_layout_col(c->kind, w, lw, tc);
	table_layout_content(c->kind, table_content(tui, fl, c), lw, tc);
}

/*
 * Splits the width among the columns and sets which are shown. Every column fits at b2c's smallest
 * terminal; should the minimums ever not fit (a much longer
 * translation), the columns shown start so that the focused one is
 * among them rather than any column becoming unreachable for good.
 */
static void
table_widths(const struct tui *tui, const struct guide_field *fl, int avail,
    bool numbered, struct table_geom *g)
{
	struct table_col cols[TABLE_MAXCOLS] = { { 0 } };
	size_t i, n = fl->n_columns, focus = 0;
	int used;

	for (i = 0; i < n; i++)
		table_col(tui, fl, &fl->columns[i], numbered, &cols[i]);
	g->first = 0;
	g->fit = n;
	if (table_layout_widths(cols, n, avail, g->widths))
		return;
	for (i = 0; i < n; i++)
		if (tui->want.set && tui->want.coll == fl &&
		    tui->want.field == &fl->columns[i])
			focus = i;
	for (;;) {
		used = -TABLE_LAYOUT_GAP;
		for (i = g->first; i < n && used + TABLE_LAYOUT_GAP +
		    g->widths[i] <= avail; i++)
			used += g->widths[i] + TABLE_LAYOUT_GAP;
		g->fit = i;
		if (focus < g->fit || g->first >= focus)
			return;
		g->first++;
	}
}

/* The slot kind of a column's cells. */
static enum slot_kind
table_kind(const struct guide_field *col)
{
	return col->kind == GUIDE_CHOICE ? SLOT_CHOICE :
	    col->kind == GUIDE_CHECK ? SLOT_CHECK : SLOT_TEXT;
}

static void
table_row(struct tui *tui, const struct guide_field *fl,
    const struct table_geom *g, size_t row, int y)
{
	struct guide_ctx ctx;
	struct slot *sl;
	size_t c;
	int x = TABLE_LAYOUT_X;

	tui_row_ctx(tui, &ctx, row);
	for (c = g->first; c < g->fit; c++) {
		const struct guide_field *col = &fl->columns[c];

		sl = form_add_slot(&tui->form, table_kind(col), col, &ctx, y,
		    x, g->widths[c], 1);
		sl->coll = fl;
		sl->row = row;
		x += g->widths[c] + TABLE_LAYOUT_GAP;
	}
}

/* What the cell at row and col is, for the focus (form-window.c). */
static void
table_cell_id(const struct guide_field *fl, size_t row, size_t col,
    struct slot_id *id)
{
	id->set = true;
	id->kind = table_kind(&fl->columns[col]);
	id->field = &fl->columns[col];
	id->coll = fl;
	id->row = row;
}

/*
 * True when a table of counts (three number columns or more, the
 * answer steps of a tally) cannot show its headers whole: its number
 * columns are then headed 1, 2, 3 ... with a legend, since "Partly…"
 * over two columns could be either.
 */
static bool
table_numbered(const struct guide_field *fl, const struct table_geom *g)
{
	size_t i, n_num = 0;
	bool cut = false;

	for (i = 0; i < fl->n_columns; i++) {
		if (fl->columns[i].kind != GUIDE_NUMBER)
			continue;
		n_num++;
		if (i >= g->first && i < g->fit &&
		    draw_str_columns(_(fl->columns[i].label)) > g->widths[i])
			cut = true;
	}
	return n_num >= 3 && cut;
}

/* A copy of s with its spaces no-break ones (allocated). */
static char *
table_unbroken(const char *s)
{
	char *out = xmalloc(2 * strlen(s) + 1), *o = out;

	for (; *s != '\0'; s++) {
		if (*s == ' ') {
			*o++ = '\xc2';
			*o++ = '\xa0';
		} else
			*o++ = *s;
	}
	*o = '\0';
	return out;
}

/* The legend of numbered headers: "1 Strongly agree  2 Partly ...". */
static int
table_legend(struct tui *tui, const struct guide_field *fl, int y, int w)
{
	char *text = xstrdup(""), *more, *label;
	size_t i;
	int k = 0;

	for (i = 0; i < fl->n_columns; i++) {
		if (fl->columns[i].kind != GUIDE_NUMBER)
			continue;
		/* No-break spaces keep each number with its words. */
		label = table_unbroken(_(fl->columns[i].label));
		more = xasprintf("%s%s%d\xc2\xa0%s", text, k > 0 ? "  " : "",
		    k + 1, label);
		free(label);
		free(text);
		text = more;
		k++;
	}
	y = form_add_paragraph(&tui->form, y, TABLE_LAYOUT_X, w, THEME_HINT,
	    text);
	free(text);
	return y;
}

/* The column labels on line y, cut with "…" where they do not fit. */
static void
table_header(struct tui *tui, const struct guide_field *fl,
    const struct table_geom *g, bool numbered, int y)
{
	char num[16];
	size_t i;
	int x = TABLE_LAYOUT_X, k = 0;

	/* Columns left out (the fallback only) are said to be there. */
	if (g->first > 0)
		form_add_deco(&tui->form, y, x - 2, 1, THEME_HINT, "<");
	for (i = 0; i < fl->n_columns; i++) {
		const char *label = _(fl->columns[i].label);

		if (numbered && fl->columns[i].kind == GUIDE_NUMBER) {
			snprintf(num, sizeof num, "%d", ++k);
			label = num;
		}
		if (i < g->first || i >= g->fit)
			continue;
		form_add_deco(&tui->form, y, x, g->widths[i], THEME_HINT,
		    label);
		x += g->widths[i] + TABLE_LAYOUT_GAP;
	}
	if (g->fit < fl->n_columns)
		form_add_deco(&tui->form, y, x - 1, 1, THEME_HINT, ">");
}

/* "Statement: the whole text" of column col in row (allocated); *cols
 * (when not NULL) the width of the value alone. */
static char *
table_detail_text(const struct tui *tui, const struct guide_field *fl,
    size_t col, size_t row, int *cols)
{
	struct guide_ctx ctx;
	char *v, *out;

	tui_row_ctx(tui, &ctx, row);
	v = fl->columns[col].get(tui->s, &ctx);
	if (cols != NULL)
		*cols = draw_str_columns(v);
	out = xasprintf("%s: %s", _(fl->columns[col].label), v);
	free(v);
	return out;
}

/* Lines that "Label: value" can take under the table, at most. */
#define TABLE_DETAIL_MAX	4

/* The lines column c needs under the table: 0 when no value is cut. */
static int
table_detail_height(const struct tui *tui, const struct guide_field *fl,
    size_t c, int cell_w, int w)
{
	struct guide_ctx ctx;
	size_t i, n, lines;
	char *text, **wrapped;
	int h = 0, cols = 0;

	tui_row_ctx(tui, &ctx, 0);
	n = fl->count != NULL ? fl->count(tui->s, &ctx) : 0;
	for (i = 0; i < n && i < TABLE_SCAN_ROWS + 1; i++) {
		/* The first rows, and the one the focus goes to. */
		if (i == TABLE_SCAN_ROWS) {
			if (!tui->want.set || tui->want.coll != fl ||
			    tui->want.row < TABLE_SCAN_ROWS ||
			    tui->want.row >= n)
				break;
			text = table_detail_text(tui, fl, c, tui->want.row,
			    &cols);
		} else
			text = table_detail_text(tui, fl, c, i, &cols);
		if (cols > cell_w) {
			wrapped = draw_wrap_lines(text, w, &lines);
			draw_free_lines(wrapped, lines);
			if ((int)lines > h)
				h = (int)lines;
		}
		free(text);
	}
	return h < TABLE_DETAIL_MAX ? h : TABLE_DETAIL_MAX;
}

/*
 * Under a table whose text column cuts some value, lines enough for the
 * longest (of the first rows, at most TABLE_DETAIL_MAX): the focused
 * row's value is shown there whole as the focus moves.
 */
static int
table_details(struct tui *tui, const struct guide_field *fl,
    const struct table_geom *g, int y, int w)
{
	struct form *f = &tui->form;
	struct table_detail *d;
	size_t c;
	int h;

	for (c = g->first; c < g->fit; c++) {
		if (fl->columns[c].kind != GUIDE_TEXT ||
		    fl->columns[c].get == NULL ||
		    (h = table_detail_height(tui, fl, c, g->widths[c], w)) == 0)
			continue;
		f->details = xreallocarray(f->details, f->n_details + 1,
		    sizeof *f->details);
		d = &f->details[f->n_details++];
		*d = (struct table_detail){ .table = fl, .col = c,
		    .cell_w = g->widths[c], .y = y, .x = TABLE_LAYOUT_X,
		    .w = w, .h = h };
		y += h;
	}
	return y;
}

/* Draws line k of a detail; the last one takes the rest, cut with "…". */
static void
table_detail_line(struct tui *tui, const struct table_detail *d,
    char **lines, size_t n, int k)
{
	char *rest, *more;
	size_t i;
	int y = d->y + k - tui->form.scroll;

	if (y < 0 || y >= tui->body_h)
		return;
	if (k < d->h - 1 || (size_t)k + 1 >= n) {
		draw_str(tui->body_y + y, d->x, d->w, lines[k], THEME_GUIDANCE);
		return;
	}
	rest = xstrdup(lines[k]);
	for (i = (size_t)k + 1; i < n; i++) {
		more = xasprintf("%s %s", rest, lines[i]);
		free(rest);
		rest = more;
	}
	draw_str(tui->body_y + y, d->x, d->w, rest, THEME_GUIDANCE);
	free(rest);
}

/*
 * The line below the focused slot sl and the detail lines of its table,
 * as far down as limit: scrolling shows the whole value with its row.
 */
int
table_detail_bottom(const struct form *f, const struct slot *sl,
    int bottom, int limit)
{
	const struct table_detail *d;
	size_t i;
	int b;

	for (i = 0; i < f->n_details; i++) {
		d = &f->details[i];
		if (sl->coll != d->table || sl->kind == SLOT_ADD)
			continue;
		b = d->y + d->h < limit ? d->y + d->h : limit;
		if (b > bottom)
			bottom = b;
	}
	return bottom;
}

/* Fills the detail lines of the table the focus is in (form_draw). */
void
table_draw_details(struct tui *tui)
{
	const struct form *f = &tui->form;
	const struct table_detail *d;
	const struct slot *sl;
	char *text, **lines;
	size_t i, n;
	int k, cols;

	if (f->n_slots == 0)
		return;
	sl = &f->slots[f->focus];
	for (i = 0; i < f->n_details; i++) {
		d = &f->details[i];
		if (sl->coll != d->table || sl->kind == SLOT_ADD)
			continue;
		text = table_detail_text(tui, d->table, d->col, sl->row, &cols);
		/* A value the table shows whole is not repeated. */
		if (cols <= d->cell_w) {
			free(text);
			continue;
		}
		lines = draw_wrap_lines(text, d->w, &n);
		for (k = 0; (size_t)k < n && k < d->h; k++)
			table_detail_line(tui, d, lines, n, k);
		draw_free_lines(lines, n);
		free(text);
	}
}

/* The slot next to the focus (dir > 0: after it), or NULL. */
static const struct slot *
table_neighbour(const struct form *f, int dir)
{
	if (dir > 0 ? f->focus + 1 >= f->n_slots : f->focus == 0)
		return NULL;
	return &f->slots[dir > 0 ? f->focus + 1 : f->focus - 1];
}

/*
 * True when the cell after the focused one (dir > 0; else the one
 * before), along the row and on to the next, lies in a column the table
 * left out; id is then that cell, for Tab and Shift-Tab to lay the
 * table out around it.
 */
bool
table_hidden_cell(const struct form *f, int dir, struct slot_id *id)
{
	const struct slot *sl, *nb = table_neighbour(f, dir);
	const struct guide_field *fl;
	size_t col, row, n;
	bool wrap;

	if (f->n_slots == 0)
		return false;
	sl = &f->slots[f->focus];
	fl = sl->coll;
	if (fl == NULL || fl->kind != GUIDE_TABLE || sl->kind == SLOT_ADD ||
	    sl->field < fl->columns || sl->field >= fl->columns +
	    fl->n_columns)
		return false;
	n = fl->n_columns;
	col = (size_t)(sl->field - fl->columns);
	row = sl->row;
	wrap = dir > 0 ? col + 1 == n : col == 0;
	if (wrap && (dir < 0 && row == 0))
		return false;
	if (wrap) {
		row = dir > 0 ? row + 1 : row - 1;
		col = dir > 0 ? 0 : n - 1;
		/* Only within the table: not on to its add button. */
		if (nb == NULL || nb->coll != fl || nb->kind == SLOT_ADD ||
		    nb->row != row)
			return false;
	} else
		col = dir > 0 ? col + 1 : col - 1;
	if (nb != NULL && nb->coll == fl && nb->row == row &&
	    nb->field == &fl->columns[col])
		return false;
	table_cell_id(fl, row, col, id);
	return true;
}

/*
 * Lays out a table field at y; returns the next free line. Only the
 * rows near the window get cells (form-window.c); every row keeps its
 * line.
 */
int
table_build(struct tui *tui, const struct guide_field *fl, int y)
{
	struct form *f = &tui->form;
	struct guide_ctx ctx;
	struct slot *sl;
	struct table_geom g;
	struct form_rows rows;
	size_t n, i;
	int avail = table_layout_avail(form_body_width(tui));

	bool numbered;

	y = form_add_paragraph(f, y, 2, avail, THEME_LABEL, _(fl->label));
	if (fl->n_columns == 0 || fl->n_columns > TABLE_MAXCOLS)
		return y;
	/* Laid out with the headers, then again with numbers for them if
	 * they do not fit. */
	table_widths(tui, fl, avail, false, &g);
	if ((numbered = table_numbered(fl, &g))) {
		table_widths(tui, fl, avail, true, &g);
		y = table_legend(tui, fl, y, avail);
	}
	table_header(tui, fl, &g, numbered, y++);
	tui_row_ctx(tui, &ctx, 0);
	n = fl->count != NULL ? fl->count(tui->s, &ctx) : 0;
	rows = (struct form_rows){ .coll = fl, .y0 = y, .n = n };
	if (n > 0 && g.fit > g.first) {
		table_cell_id(fl, 0, g.first, &rows.first);
		table_cell_id(fl, n - 1, g.fit - 1, &rows.last);
	}
	form_window_rows(tui, &rows);
	for (i = rows.from; i < rows.to; i++)
		table_row(tui, fl, &g, i, y + (int)i);
	y += (int)n;
	y = table_details(tui, fl, &g, y, avail);
	if (fl->add != NULL && !tui->cfg.read_only) {	/* no button that refuses */
		tui_row_ctx(tui, &ctx, n);
		sl = form_add_slot(f, SLOT_ADD, fl, &ctx, y++, TABLE_LAYOUT_X, avail,
		    1);
		sl->coll = fl;
		sl->row = n;
		sl->text = xasprintf("[+] %s", _("Add a row (Enter)"));
	}
	return y;
}
