/*
 * The overview of all indicators: one row each with the latest figure
 * against its target.
 */
#include "config.h"

#include <stdlib.h>

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

static enum canvas_style
target_style(enum stats_target t)
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

/* One overview line: name, bar with target, "43 % / 85 %", status. */
static void
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
		return;
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
	canvas_put(c, x + OVERVIEW_FIGURES, y, stats_target_label(p->target),
	    target_style(p->target), -1, l->ascii);
}

struct canvas *
chart_overview(const struct session *s, int width, int flags)
{
	struct stats_indicator si;
	struct chart_frame l;
	struct canvas *c;
	size_t i, n = 0;
	int name_w = 8, w, right = OVERVIEW_FIGURES + status_width();

	if (width < 0)
		width = 0;
	for (i = 0; i < s->n_indicators; i++) {
		w = utf8_text_width(s->indicators[i].name);
		if (s->indicators[i].adopted && w > name_w)
			name_w = w;
	}
	if (name_w > width / 4)
		name_w = width / 4;
	c = canvas_new(width, (int)s->n_indicators);
	for (i = 0; i < s->n_indicators; i++) {
		const struct indicator *ind = &s->indicators[i];

		if (!ind->adopted)
			continue;
		(void)stats_indicator(ind, &si);
		chart_frame_init(&l, ind, &si, width, flags);
		l.label_w = name_w;
		l.bar_x = name_w + 1;
		l.bar_w = width - l.bar_x - 1 - right;
		l.bar_w = l.bar_w > 0 ? l.bar_w : 0;
		l.value_x = l.bar_x + l.bar_w + 1;
		overview_line(c, &l, (int)n++, ind, &si);
		stats_indicator_clear(&si);
	}
	return chart_fit(c, (int)n);
}
