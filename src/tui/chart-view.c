/*
 * The progress screen of Del 3: the same indicator charts as the reports
 * (laid out on a text canvas by the chart module), painted cell by cell
 * with semantic colours. Without colours the charts vary their fill per
 * period, and ASCII bars are used when the terminal is not UTF-8, so the
 * figures beside the bars always carry the meaning.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/adoption.h"
#include "b2c/canvas.h"
#include "b2c/chart.h"
#include "b2c/chart-lazy.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define CHART_X	4

/*
 * The laid-out charts, kept while the session is unchanged: laying out
 * fifty indicators with years of periods is the costliest part of any
 * step. They are laid out as the window comes near them (chart_build
 * stops below the window and marks the form as having more): first the
 * overview's rows, one indicator at a time, then each chart, a period at
 * a time. So the progress screen opens at the same cost for any number
 * of indicators and periods, and coming back to it repeats nothing. The
 * form's decorations point into these canvases; the form is always freed
 * before the next chart_build replaces them.
 */
static struct {
	const struct session *s;
	unsigned long changes;
	int	 w, flags;
	struct chart_overview *ov;
	struct chart_lazy **c;	/* the charts, the last maybe unfinished */
	size_t	 n;
	size_t	 next;		/* adoption_next's position */
	bool	 valid;
} chart_cache;

/* Frees the cached charts (at exit; and before laying out anew). */
void
chart_cache_free(void)
{
	size_t i;

	chart_overview_free(chart_cache.ov);
	for (i = 0; i < chart_cache.n; i++)
		chart_indicator_free(chart_cache.c[i]);
	free(chart_cache.c);
	memset(&chart_cache, 0, sizeof chart_cache);
}

static void
chart_cache_add(struct chart_lazy *c)
{
	chart_cache.c = util_grow(chart_cache.c, chart_cache.n,
	    sizeof *chart_cache.c);
	chart_cache.c[chart_cache.n++] = c;
}

/* Starts the cache anew (with the overview) unless it still holds. */
static void
chart_cache_check(const struct tui *tui, int w, int flags)
{
	if (chart_cache.valid && chart_cache.s == tui->s &&
	    chart_cache.changes == tui->changes && chart_cache.w == w &&
	    chart_cache.flags == flags)
		return;
	chart_cache_free();
	chart_cache.ov = chart_overview_start(tui->s, w, flags);
	chart_cache.s = tui->s;
	chart_cache.changes = tui->changes;
	chart_cache.w = w;
	chart_cache.flags = flags;
	chart_cache.valid = true;
}

/*
 * Starts the next indicator's chart, in the reports' order (adopted ones
 * first, then those measured without being adopted); false when none is
 * left.
 */
static bool
chart_cache_more(const struct session *s)
{
	long i = adoption_next(s, &chart_cache.next);

	if (i < 0)
		return false;
	chart_cache_add(chart_indicator_start(s, &s->indicators[i],
	    chart_cache.w, chart_cache.flags));
	return true;
}

/* Adds every row of a canvas as decorations; returns the next line. */
static int
chart_add_canvas(struct tui *tui, const struct canvas *c, int y)
{
	struct form *f = &tui->form;
	int row;

	for (row = 0; row < c->height; row++) {
		form_add_deco(f, y, CHART_X, c->width, THEME_NORMAL, "");
		f->decos[f->n_decos - 1].canvas = c;
		f->decos[f->n_decos - 1].crow = row;
		y++;
	}
	return y;
}

/*
 * The overview's rows at *y, laid out down to tui->build_until; false
 * (with the form marked as having more) when rows are left for later.
 */
static bool
chart_build_overview(struct tui *tui, int *y)
{
	const struct canvas *c = chart_overview_canvas(chart_cache.ov);

	while (*y + c->height < tui->build_until &&
	    chart_overview_more(chart_cache.ov))
		continue;
	*y = chart_add_canvas(tui, c, *y);
	if (!chart_overview_done(chart_cache.ov)) {
		tui->form.more = true;
		return false;
	}
	(*y)++;
	return true;
}

/*
 * Chart i's rows at *y, laid out down to tui->build_until; false (with
 * the form marked as having more) when rows are left for later.
 */
static bool
chart_build_one(struct tui *tui, size_t i, int *y)
{
	struct chart_lazy *lz = chart_cache.c[i];
	const struct canvas *c = chart_indicator_canvas(lz);

	while (*y + c->height < tui->build_until &&
	    chart_indicator_more(lz))
		c = chart_indicator_canvas(lz);
	*y = chart_add_canvas(tui, c, *y);
	if (!chart_indicator_done(lz)) {
		tui->form.more = true;
		return false;
	}
	(*y)++;
	return true;
}

/*
 * Lays out the overview and each shown indicator's chart at y, down to
 * tui->build_until; the rest comes when the window scrolls near it.
 */
int
chart_build(struct tui *tui, const struct guide_field *fl, int y)
{
	int w = form_body_width(tui) - CHART_X - 2, flags = 0;
	size_t i, peek;

	if (theme_ascii())
		flags |= CHART_ASCII;
	if (theme_is_mono())
		flags |= CHART_MONO;
	y = form_add_paragraph(&tui->form, y, 2, w, THEME_LABEL,
	    _(fl->label));
	chart_cache_check(tui, w, flags);
	if (!chart_build_overview(tui, &y))
		return y;
	for (i = 0; ; i++) {
		if (i == chart_cache.n) {
			if (y >= tui->build_until) {
				peek = chart_cache.next;
				tui->form.more = adoption_next(tui->s,
				    &peek) >= 0;
				break;
			}
			if (!chart_cache_more(tui->s))
				break;
		}
		if (!chart_build_one(tui, i, &y))
			break;
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
