/*
 * The overview of all indicators: one row each with the latest figure
 * against its target. The percentages share one scale, 0-100 %, drawn
 * under their rows, so their bars and target markers can be compared
 * down the column (a marker further right is a higher target). Counts
 * have scales of their own and follow below that scale, so no count bar
 * is read against the percentages.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/chart.h"
#include "b2c/chart-layout.h"
#include "b2c/i18n.h"
#include "b2c/stats.h"
#include "b2c/utf8.h"
#include "chart-private.h"

/* The widest target status label, for the overview's last column. */
static int
status_width(void)
{
	int t, w, max = 0;

	for (t = 0; t < STATS_TARGET_COUNT; t++) {
		w = utf8_text_width(stats_target_label((enum stats_target)t));
		if (w > max)
			max = w;
	}
	return max;
}

/* Met is good news; a target above the whole interval is a warning. */
enum canvas_style
chart_target_style(enum stats_target t)
{
	switch (t) {
	case STATS_TARGET_MET:
		return CANVAS_GOOD;
	case STATS_TARGET_ABOVE:
		return CANVAS_WARNING;
	default:
		return CANVAS_PLAIN;
	}
}

/*
 * One indicator: name, bar with target, "43 % / 85 %", status (on a row
 * of its own where the width is short). Returns the next row.
 */
static int
overview_line(struct canvas *c, struct chart_frame *l, int y,
    const struct indicator *ind, const struct stats_indicator *si)
{
	const struct stats_period *p;
	char buf[32];
	int x;

	canvas_put(c, 0, y, ind->name, CANVAS_LABEL, l->label_w, l->ascii);
	x = l->value_x;
	if (si->latest < 0) {
		canvas_put(c, l->bar_x, y, ind->kind == INDICATOR_PERCENT ?
		    _("no answers") : _("no count"), CANVAS_DIM, l->bar_w,
		    l->ascii);
		chart_frame_target(c, l, y);
		return y + 1;
	}
	p = &si->periods[si->latest];
	chart_draw_bar(c, l->bar_x, y, l->bar_w, p->value, l->max, 0,
	    l->flags);
	chart_frame_target(c, l, y);
	chart_format_value(buf, sizeof buf, p->value, l->percent);
	chart_put_right(c, x, y, VALUE_W, buf, CANVAS_VALUE, l->ascii);
	if (l->has_target) {
		chart_format_value(buf, sizeof buf, l->target, l->percent);
		canvas_put(c, x + VALUE_W, y, " /", CANVAS_DIM, -1, l->ascii);
		chart_put_right(c, x + VALUE_W + 2, y, VALUE_W, buf,
		    CANVAS_TARGET, l->ascii);
	}
	if (l->status_below)
		x = l->bar_x - OVERVIEW_FIGURES, y++;
	canvas_put(c, x + OVERVIEW_FIGURES, y, stats_target_label(p->target),
	    chart_target_style(p->target), -1, l->ascii);
	return y + 1;
}

/* The name column: the longest adopted name, at most a quarter. */
static int
name_width(const struct session *s, int width)
{
	size_t i;
	int w, name_w = 8;

	for (i = 0; i < s->n_indicators; i++) {
		w = utf8_text_width(s->indicators[i].name);
		if (s->indicators[i].adopted && w > name_w)
			name_w = w;
	}
	return name_w < width / 4 ? name_w : width / 4;
}

/* The frame of one row: the same columns for every indicator. */
static void
row_frame(struct chart_frame *l, const struct indicator *ind,
    const struct stats_indicator *si, int width, int name_w, int flags)
{
	int right = OVERVIEW_FIGURES + status_width();

	chart_frame_init(l, ind, si, width, flags);
	l->label_w = name_w;
	l->bar_x = name_w + 1;
	l->bar_w = width - l->bar_x - 1 - right;
	if (l->bar_w < OVERVIEW_MIN_BAR) {
		/* The bar matters more than having the status beside it. */
		l->status_below = true;
		l->bar_w = width - l->bar_x - OVERVIEW_FIGURES;
	}
	l->bar_w = l->bar_w > 0 ? l->bar_w : 0;
	l->value_x = l->bar_x + l->bar_w + 1;
}

/*
 * The rows of the adopted indicators of one kind from row y; keeps the
 * frame of the last one in *l. Returns the next row.
 */
static int
overview_rows(struct canvas *c, const struct session *s, int y,
    enum indicator_kind kind, struct chart_frame *l, int name_w, int flags)
{
	struct stats_indicator si;
	size_t i;

	for (i = 0; i < s->n_indicators; i++) {
		const struct indicator *ind = &s->indicators[i];

		if (!ind->adopted || ind->kind != kind)
			continue;
		(void)stats_indicator(ind, &si);
		row_frame(l, ind, &si, c->width, name_w, flags);
		chart_grow(c, y + 2);
		y = overview_line(c, l, y, ind, &si);
		stats_indicator_clear(&si);
	}
	return y;
}

/* "latest / target" over the figures, ending where they end. */
static void
overview_header(struct canvas *c, const struct chart_frame *l)
{
	const char *text = _("latest / target");
	int end = l->value_x + OVERVIEW_FIGURES - 1, w = utf8_text_width(text);

	if (end - w < l->bar_x)
		w = end - l->bar_x;
	if (w > 0)
		canvas_put(c, end - w, 0, text, CANVAS_DIM, w, l->ascii);
}

struct canvas *
chart_overview(const struct session *s, int width, int flags)
{
	struct chart_frame l;
	struct canvas *c;
	int y, name_w;

	if (width < 0)
		width = 0;
	name_w = name_width(s, width);
	memset(&l, 0, sizeof l);
	c = canvas_new(width, (int)s->n_indicators + 2);
	y = overview_rows(c, s, 1, INDICATOR_PERCENT, &l, name_w, flags);
	if (y > 1) {
		chart_grow(c, y + 1);
		(void)chart_frame_scale(c, &l, y++);
	}
	y = overview_rows(c, s, y, INDICATOR_COUNT, &l, name_w, flags);
	if (y == 1)
		return chart_fit(c, 0);
	overview_header(c, &l);
	return chart_fit(c, y);
}
