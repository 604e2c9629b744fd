/*
 * The table editor: a header of column labels and one line of cells per
 * row. Dates and numbers get fixed narrow columns, choices the width of
 * their longest label, and text columns share what is left. Cells are
 * ordinary slots, so Tab walks along a row and Up/Down along a column;
 * a long table has them only for the rows near the window.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/guide-extra.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define TABLE_X		4
#define TABLE_MAXCOLS	16

static int
table_str_width(const char *utf8)
{
	size_t len;
	wchar_t *w = draw_decode(utf8, &len);
	int cols = draw_columns(w, 0, len);

	free(w);
	return cols;
}

/* The natural width of a column, or 0 for "share the rest". */
static int
table_col_width(const struct tui *tui, const struct guide_field *c)
{
	struct guide_ctx ctx;
	char **labels;
	int w = 0, lw;
	size_t i;

	switch (c->kind) {
	case GUIDE_DATE:
		w = 10;
		break;
	case GUIDE_NUMBER:
		w = 8;
		break;
	case GUIDE_CHECK:
		w = 3;
		break;
	case GUIDE_CHOICE:
		tui_row_ctx(tui, &ctx, 0);
		labels = guide_field_choices(tui->s, c, &ctx);
		for (i = 0; labels != NULL && labels[i] != NULL; i++)
			if ((lw = table_str_width(labels[i])) > w)
				w = lw;
		guide_choices_free(labels);
		w += 2;
		break;
	default:
		return 0;
	}
	lw = table_str_width(_(c->label));
	return lw > w && lw < 14 ? lw : w;
}

/* Splits the width among the columns into widths[]. */
static void
table_widths(const struct tui *tui, const struct guide_field *fl, int avail,
    int *widths)
{
	size_t i, n = fl->n_columns, flex = 0;
	int used = 0, share;

	for (i = 0; i < n; i++) {
		widths[i] = table_col_width(tui, &fl->columns[i]);
		if (widths[i] == 0)
			flex++;
		used += widths[i] + 1;
	}
	share = flex > 0 ? (avail - used) / (int)flex : 0;
	if (share < 8)
		share = 8;
	for (i = 0; i < n; i++)
		if (widths[i] == 0)
			widths[i] = share;
}

/* The slot kind of a column's cells. */
static enum slot_kind
table_kind(const struct guide_field *col)
{
	return col->kind == GUIDE_CHOICE ? SLOT_CHOICE :
	    col->kind == GUIDE_CHECK ? SLOT_CHECK : SLOT_TEXT;
}

/* How many columns fit across the terminal. */
static size_t
table_fit(const struct tui *tui, const struct guide_field *fl,
    const int *widths)
{
	size_t c;
	int x = TABLE_X;

	for (c = 0; c < fl->n_columns && x < tui->cols - 2; c++)
		x += widths[c] + 1;
	return c;
}

static void
table_row(struct tui *tui, const struct guide_field *fl, const int *widths,
    size_t row, int y)
{
	struct guide_ctx ctx;
	struct slot *sl;
	size_t c, fit = table_fit(tui, fl, widths);
	int x = TABLE_X;

	tui_row_ctx(tui, &ctx, row);
	for (c = 0; c < fit; c++) {
		const struct guide_field *col = &fl->columns[c];
		int w = widths[c];
		if (x + w > tui->cols - 2)
			w = tui->cols - 2 - x;
		sl = form_add_slot(&tui->form, table_kind(col), col, &ctx, y,
		    x, w, 1);
		sl->coll = fl;
		sl->row = row;
		x += widths[c] + 1;
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

/* The column labels on line y. */
static void
table_header(struct tui *tui, const struct guide_field *fl,
    const int *widths, int y)
{
	size_t i, fit = table_fit(tui, fl, widths);
	int x = TABLE_X;

	for (i = 0; i < fit; i++) {
		form_add_deco(&tui->form, y, x, widths[i], THEME_HINT,
		    _(fl->columns[i].label));
		x += widths[i] + 1;
	}
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
	int widths[TABLE_MAXCOLS], avail;
	struct form_rows rows;
	size_t n, i, fit;

	avail = form_body_width(tui) - TABLE_X - 2;
	y = form_add_paragraph(f, y, 2, avail, THEME_LABEL, _(fl->label));
	if (fl->n_columns == 0 || fl->n_columns > TABLE_MAXCOLS)
		return y;
	table_widths(tui, fl, avail, widths);
	table_header(tui, fl, widths, y++);
	tui_row_ctx(tui, &ctx, 0);
	n = fl->count != NULL ? fl->count(tui->s, &ctx) : 0;
	rows = (struct form_rows){ .coll = fl, .y0 = y, .n = n };
	fit = table_fit(tui, fl, widths);
	if (n > 0 && fit > 0) {
		table_cell_id(fl, 0, 0, &rows.first);
		table_cell_id(fl, n - 1, fit - 1, &rows.last);
	}
	form_window_rows(tui, &rows);
	for (i = rows.from; i < rows.to; i++)
		table_row(tui, fl, widths, i, y + (int)i);
	y += (int)n;
	if (fl->add != NULL) {
		tui_row_ctx(tui, &ctx, n);
		sl = form_add_slot(f, SLOT_ADD, fl, &ctx, y++, TABLE_X, avail,
		    1);
		sl->coll = fl;
		sl->row = n;
		sl->text = xasprintf("[+] %s", _("Add a row (Enter)"));
	}
	return y;
}
