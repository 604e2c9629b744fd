/*
 * The progress screen of Del 3: the same indicator charts as the reports
 * (laid out on a text canvas by the chart module), painted cell by cell
 * with semantic colours. Without colours the charts vary their fill per
 * period, and ASCII bars are used when the terminal is not UTF-8, so the
 * figures beside the bars always carry the meaning.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/canvas.h"
#include "b2c/chart.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define CHART_X	4

/* Adds every row of a canvas as decorations; returns the next line. */
static int
chart_add_canvas(struct tui *tui, struct canvas *c, int y)
{
	struct form *f = &tui->form;
	int row;

	f->canvases = util_grow(f->canvases, f->n_canvases,
	    sizeof *f->canvases);
	f->canvases[f->n_canvases++] = c;
	for (row = 0; row < c->height; row++) {
		form_add_deco(f, y, CHART_X, c->width, THEME_NORMAL, "");
		f->decos[f->n_decos - 1].canvas = c;
		f->decos[f->n_decos - 1].crow = row;
		y++;
	}
	return y;
}

/* Lays out the overview and each adopted indicator's chart at y. */
int
chart_build(struct tui *tui, const struct guide_field *fl, int y)
{
	const struct session *s = tui->s;
	int w = form_body_width(tui) - CHART_X - 2, flags = 0;
	struct canvas *c;
	size_t i;

	if (theme_ascii())
		flags |= CHART_ASCII;
	if (theme_is_mono())
		flags |= CHART_MONO;
	y = form_add_paragraph(&tui->form, y, 2, w, THEME_LABEL,
	    _(fl->label));
	if ((c = chart_overview(s, w, flags)) != NULL)
		y = chart_add_canvas(tui, c, y) + 1;
	for (i = 0; i < s->n_indicators; i++) {
		if (!s->indicators[i].core && !s->indicators[i].adopted)
			continue;
		if ((c = chart_indicator(s, &s->indicators[i], w, flags)) !=
		    NULL)
			y = chart_add_canvas(tui, c, y) + 1;
	}
	return y;
}

/* Paints row of a canvas at y, x in at most w columns. */
void
chart_draw_row(const struct canvas *c, int row, int y, int x, int w)
{
	const struct canvas_cell *cell;
	wchar_t vis[12];
	cchar_t cc;
	attr_t attr;
	short pair;
	int i;

	for (i = 0; i < c->width && i < w; i++) {
		cell = &c->cells[row * c->width + i];
		if (cell->ch == 0)
			continue;	/* right half of a wide character */
		if (draw_visible(cell->ch, vis) != 1 && vis[1] != L'\0')
			vis[0] = L'?', vis[1] = L'\0';
		attr = theme_attr((enum theme_item)(THEME_CHART_BASE +
		    (cell->style < CANVAS_STYLE_COUNT ? cell->style : 0)),
		    &pair);
		setcchar(&cc, vis, attr, pair, NULL);
		mvadd_wch(y, x + i, &cc);
	}
}
