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

#include <stdlib.h>
#include <string.h>

#include "b2c/guide-extra.h"
#include "b2c/i18n.h"
#include "b2c/table-layout.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define TABLE_MAXCOLS	16

/* A table's columns on this terminal: columns first..fit-1 are shown. */
struct table_geom {
	int	 widths[TABLE_MAXCOLS];
	size_t	 first, fit;
};

/* The widths a column would like and can make do with. */
static void
table_col(const struct tui *tui, const struct guide_field *c,
    struct table_col *tc)
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
	table_layout_col(c->kind, w, draw_str_columns(_(c->label)), tc);
}

/*
 * Splits the width among the columns and sets which are shown. Every column fits at b2c's smallest
 * terminal; should the minimums ever not fit (a much longer
 * translation), the columns shown start so that the focused one is
 * among them rather than any column becoming unreachable for good.
 */
static void
table_widths(const struct tui *tui, const struct guide_field *fl, int avail,
    struct table_geom *g)
{
	struct table_col cols[TABLE_MAXCOLS];
	size_t i, n = fl->n_columns, focus = 0;
	int used;

	for (i = 0; i < n; i++)
		table_col(tui, &fl->columns[i], &cols[i]);
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

/* The column labels on line y, cut with "…" where they do not fit. */
static void
table_header(struct tui *tui, const struct guide_field *fl,
    const struct table_geom *g, int y)
{
	size_t i;
	int x = TABLE_LAYOUT_X;

	/* Columns left out (the fallback only) are said to be there. */
	if (g->first > 0)
		form_add_deco(&tui->form, y, x - 2, 1, THEME_HINT, "<");
	for (i = g->first; i < g->fit; i++) {
		form_add_deco(&tui->form, y, x, g->widths[i], THEME_HINT,
		    _(fl->columns[i].label));
		x += g->widths[i] + TABLE_LAYOUT_GAP;
	}
	if (g->fit < fl->n_columns)
		form_add_deco(&tui->form, y, x - 1, 1, THEME_HINT, ">");
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

	y = form_add_paragraph(f, y, 2, avail, THEME_LABEL, _(fl->label));
	if (fl->n_columns == 0 || fl->n_columns > TABLE_MAXCOLS)
		return y;
	table_widths(tui, fl, avail, &g);
	table_header(tui, fl, &g, y++);
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
