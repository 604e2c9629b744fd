/*
 * The drawing primitives both chart views use (the indicator charts,
 * chart.c, and the overview, chart-overview.c): a figure formatted with
 * its unit, the frame that places labels, bars and figures across the
 * width, the target marker, the scale, the style of a target status and
 * cutting a canvas to the rows laid out. Neither view calls the other;
 * both call these.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/chart.h"
#include "chart-layout.h"
#include "b2c/period.h"
#include "b2c/stats.h"
#include "b2c/utf8.h"
#include "b2c/util.h"
#include "chart-private.h"

/* Half away from zero, the way figures are read aloud. */
long
chart_round(double v)
{
	return lround(v);
}

/* A figure with its unit, as in the value column. */
void
chart_format_value(char *buf, size_t size, double v, bool percent)
{
	if (percent)
		snprintf(buf, size, "%ld %%", chart_round(v));
	else
		snprintf(buf, size, "%ld", chart_round(v));
}

/* The scale: 100 for percentages, else the largest count or target. */
static double
scale_max(const struct indicator *ind, const struct stats_indicator *si)
{
	double max = ind->has_target ? ind->target : 0;
	size_t i;

	if (ind->kind == INDICATOR_PERCENT)
		return 100.0;
	for (i = 0; i < si->n_periods; i++) {
		if (si->periods[i].basis != STATS_BASIS_NONE &&
		    si->periods[i].value > max)
			max = si->periods[i].value;
	}
	return max > 0 ? max : 1.0;
}

/* Labels take up to a fifth of the width, figures a fixed column. */
void
chart_frame_init(struct chart_frame *l, const struct indicator *ind,
    const struct stats_indicator *si, int width, int flags)
{
	size_t i;
	int w, label = 4;

	memset(l, 0, sizeof *l);
	l->width = width;
	l->flags = flags;
	l->ascii = (flags & CHART_ASCII) != 0;
	l->percent = ind->kind == INDICATOR_PERCENT;
	for (i = 0; i < ind->n_measurements; i++) {
		w = utf8_text_width(period_label(ind->measurements[i].period));
		if (w > label)
			label = w;
	}
	l->label_w = label < width / 5 ? label : width / 5;
	l->bar_x = l->label_w + 1;
	l->bar_w = width - l->bar_x - RIGHT_W;
	if (l->bar_w < 0)
		l->bar_w = 0;
	l->value_x = l->bar_x + l->bar_w + 1;
	l->max = scale_max(ind, si);
	l->has_target = ind->has_target;
	l->target = ind->target;
}

/* The marker sits in the cell the target falls in. */
void
chart_frame_target(struct canvas *c, const struct chart_frame *l, int y)
{
	if (l->has_target)
		chart_draw_target(c, l->bar_x, y, l->bar_w, l->target, l->max,
		    l->flags);
}

/*
 * One tick label of the scale: the figure's last digit sits in the cell
 * the value falls in, the same cell as a bar ending there or a target
 * marker on it; a unit follows the figure. Returns the column after the
 * figure, or -1 when it would touch the label before it (at after).
 */
static int
draw_tick(struct canvas *c, const struct chart_frame *l, int y, double v,
    const char *unit, int after)
{
	char buf[32];
	int end, start;

	snprintf(buf, sizeof buf, "%ld", chart_round(v));
	end = chart_column(v, l->max, l->bar_w);
	start = end + 1 - utf8_text_width(buf);
	if (end < 0 || start < 0 || (after >= 0 && start <= after))
		return -1;
	canvas_put(c, l->bar_x + start, y, buf, CANVAS_DIM, -1, l->ascii);
	if (unit != NULL)
		canvas_put(c, l->bar_x + end + 1, y, unit, CANVAS_DIM, -1,
		    l->ascii);
	return end + 1;
}

/*
 * The scale under the bars: 0, 25, 50, 75 and 100 % (a count: 0 and the
 * largest value). 0 and the end of the scale always show; a quarter
 * shows only where it keeps a blank from both neighbours.
 */
int
chart_frame_scale(struct canvas *c, const struct chart_frame *l, int y)
{
	static const double quarters[] = { 25, 50, 75 };
	char buf[32];
	int i, end, after, last_start;

	if (l->bar_w <= 0)
		return y;
	after = draw_tick(c, l, y, 0, NULL, -1);
	snprintf(buf, sizeof buf, "%ld", chart_round(l->max));
	last_start = chart_column(l->max, l->max, l->bar_w) + 1 -
	    utf8_text_width(buf);
	for (i = 0; l->percent && i < 3; i++) {
		end = chart_column(quarters[i], l->max, l->bar_w);
		if (end + 1 < last_start &&
		    (end = draw_tick(c, l, y, quarters[i], NULL, after)) >= 0)
			after = end;
	}
	(void)draw_tick(c, l, y, l->max, l->percent ? " %" : NULL, after);
	return y + 1;
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
 * The canvas cut (or grown) to rows rows in place: the rows kept are
 * already laid out, so they are neither copied nor blanked again.
 */
struct canvas *
chart_fit(struct canvas *c, int rows)
{
	size_t n;

	if (rows < 0)
		rows = 0;
	if (rows > c->height && c->width > 0) {
		chart_grow(c, rows);
		return c;
	}
	n = (size_t)c->width * (size_t)rows;
	c->cells = xreallocarray(c->cells, n ? n : 1, sizeof *c->cells);
	c->height = rows;
	return c;
}
