/*
 * Indicator charts: one bar per period with its figure, respondents,
 * Wilson interval and target marker, then the latest change in plain
 * words and the sample guidance. Laid out for any width; 80 columns is
 * the design width and wider terminals get longer bars.
 *
 * Row by row: title, KPI definition, (mean note), target marker, per
 * period a bar row and (percent KPIs) an interval row, the scale, the
 * changes, the warnings.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/chart.h"
#include "b2c/chart-layout.h"
#include "b2c/i18n.h"
#include "b2c/stats.h"
#include "b2c/utf8.h"
#include "b2c/util.h"

#define VALUE_W		5	/* "100 %" */
#define N_W		9	/* "n=100000!" */
#define RIGHT_W		(1 + VALUE_W + 1 + N_W)
#define OVERVIEW_FIGURES (2 * VALUE_W + 3)	/* "43 % / 85 % " */

struct layout {
	int	 width;
	int	 flags;
	bool	 ascii;
	bool	 percent;
	int	 label_w;	/* period labels */
	int	 bar_x;
	int	 bar_w;
	int	 value_x;
	double	 max;		/* the scale: 100 % or the largest count */
	bool	 has_target;
	double	 target;
};

/* Rounds half away from zero: 40.5 % shows as 41 %. */
static long
round_figure(double v)
{
	return lround(v);
}

/* "41 %" or "12". */
static void
format_value(char *buf, size_t size, double v, bool percent)
{
	if (percent)
		snprintf(buf, size, "%ld %%", round_figure(v));
	else
		snprintf(buf, size, "%ld", round_figure(v));
}

/* "+2", "-11", "0"; "+0.1" rather than a "0" that hides the sign. */
static void
format_signed(char *buf, size_t size, double v)
{
	long r = round_figure(v);

	if (r == 0 && fabs(v) >= 0.05)
		snprintf(buf, size, "%+.1f", v);
	else
		snprintf(buf, size, r > 0 ? "+%ld" : "%ld", r);
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

static void
layout_init(struct layout *l, const struct indicator *ind,
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
		w = utf8_text_width(ind->measurements[i].period);
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

static void
draw_target(struct canvas *c, const struct layout *l, int y)
{
	if (l->has_target)
		chart_draw_target(c, l->bar_x, y, l->bar_w, l->target, l->max,
		    l->flags);
}

/* The marker row above the bars: "target 85 % ▼". */
static int
draw_target_row(struct canvas *c, const struct layout *l, int y)
{
	char value[32], *text;
	int col, w;

	if (!l->has_target)
		return y;
	col = chart_column(l->target, l->max, l->bar_w);
	if (col < 0)
		return y;
	format_value(value, sizeof value, l->target, l->percent);
	text = xasprintf(_("target %s"), value);
	canvas_set(c, l->bar_x + col, y, l->ascii ? L'v' : 0x25bc,
	    CANVAS_TARGET, 0);
	w = utf8_text_width(text);
	if (col - 1 >= w)
		canvas_put(c, l->bar_x + col - 1 - w, y, text, CANVAS_TARGET,
		    w, l->ascii);
	else
		canvas_put(c, l->bar_x + col + 2, y, text, CANVAS_TARGET, -1,
		    l->ascii);
	free(text);
	return y + 1;
}

/* "n=100", flagged when below the recommended sample. */
static void
draw_respondents(struct canvas *c, const struct layout *l, int y,
    const struct stats_period *p)
{
	char buf[32];

	snprintf(buf, sizeof buf, "n=%ld%s", p->n, p->low_sample ? "!" : "");
	canvas_put(c, l->value_x + VALUE_W + 1, y, buf,
	    p->low_sample ? CANVAS_WARNING : CANVAS_DIM, N_W, l->ascii);
}

static int
draw_period(struct canvas *c, const struct layout *l, int y,
    const struct stats_period *p, int series)
{
	char buf[64];

	canvas_put(c, 0, y, p->period, CANVAS_LABEL, l->label_w, l->ascii);
	if (p->basis == STATS_BASIS_NONE) {
		canvas_put(c, l->bar_x, y, l->percent ? _("no answers") :
		    _("no count"), CANVAS_DIM, l->bar_w, l->ascii);
		draw_target(c, l, y);
		return y + 1;
	}
	chart_draw_bar(c, l->bar_x, y, l->bar_w, p->value, l->max, series,
	    l->flags);
	draw_target(c, l, y);
	format_value(buf, sizeof buf, p->value, l->percent);
	chart_put_right(c, l->value_x, y, VALUE_W, buf, CANVAS_VALUE,
	    l->ascii);
	if (!l->percent)
		return y + 1;
	draw_respondents(c, l, y, p);
	chart_draw_whisker(c, l->bar_x, y + 1, l->bar_w, p->lo, p->value,
	    p->hi, l->max, l->flags);
	draw_target(c, l, y + 1);
	snprintf(buf, sizeof buf, "%ld%s%ld %%", round_figure(p->lo),
	    l->ascii ? "-" : "\xe2\x80\x93", round_figure(p->hi));
	canvas_put(c, l->value_x, y + 1, buf, CANVAS_DIM, RIGHT_W - 1,
	    l->ascii);
	return y + 2;
}

/* The scale under the bars: 0, 25, 50, 75, 100 % (or 0 and the max). */
static int
draw_scale(struct canvas *c, const struct layout *l, int y)
{
	static const double quarters[] = { 0, 25, 50, 75 };
	char buf[32];
	int i, x, end = -1, ticks = l->bar_w >= 24 ? 4 : 1;

	if (l->bar_w <= 0)
		return y;
	for (i = 0; i < (l->percent ? ticks : 1); i++) {
		x = chart_column(quarters[i], 100.0, l->bar_w);
		snprintf(buf, sizeof buf, "%g", quarters[i]);
		if (x > end)
			end = x + canvas_put(c, l->bar_x + x, y, buf,
			    CANVAS_DIM, -1, l->ascii);
	}
	format_value(buf, sizeof buf, l->max, l->percent);
	if (utf8_text_width(buf) < l->bar_w - end)
		chart_put_right(c, l->bar_x, y, l->bar_w, buf, CANVAS_DIM,
		    l->ascii);
	return y + 1;
}

static enum canvas_style
verdict_style(enum stats_verdict v)
{
	switch (v) {
	case STATS_VERDICT_INCREASE:
		return CANVAS_GOOD;
	case STATS_VERDICT_DECREASE:
		return CANVAS_BAD;
	default:
		return CANVAS_PLAIN;
	}
}

/* "År 1 vs Baseline: +2 points (-11 to +15)". */
static char *
change_text(const struct stats_change *ch, bool percent)
{
	char d[32], lo[32], hi[32];

	format_signed(d, sizeof d, ch->diff);
	if (!percent)
		return xasprintf(_("%s vs %s: %s"), ch->to, ch->from, d);
	format_signed(lo, sizeof lo, ch->lo);
	format_signed(hi, sizeof hi, ch->hi);
	return xasprintf(P_("%s vs %s: %s point (%s to %s)",
	    "%s vs %s: %s points (%s to %s)", labs(round_figure(ch->diff))),
	    ch->to, ch->from, d, lo, hi);
}

/* A change and its verdict; the verdict wraps to its own row. */
static int
draw_change(struct canvas *c, const struct layout *l, int y,
    const struct stats_change *ch)
{
	char *text = change_text(ch, l->percent), *verdict;
	int x;

	verdict = xasprintf(": %s", stats_verdict_label(ch->verdict));
	x = canvas_put(c, 0, y, text, CANVAS_PLAIN, -1, l->ascii);
	if (x + utf8_text_width(verdict) > l->width) {
		y++;
		x = 2;
		canvas_put(c, x, y, verdict + 2, verdict_style(ch->verdict),
		    -1, l->ascii);
	} else
		canvas_put(c, x, y, verdict, verdict_style(ch->verdict), -1,
		    l->ascii);
	free(verdict);
	free(text);
	return y + 1;
}

/* The sample guidance for the latest figure. */
static int
draw_guidance(struct canvas *c, const struct layout *l, int y,
    const struct stats_period *p)
{
	char *text;

	if (p->low_sample) {
		text = xasprintf(P_("%s%s: only %ld respondent; at least %d "
		    "are needed for a reliable figure",
		    "%s%s: only %ld respondents; at least %d "
		    "are needed for a reliable figure", p->n),
		    l->ascii ? "! " : "\xe2\x9a\xa0 ", p->period, p->n,
		    STATS_MIN_SAMPLE);
		canvas_put(c, 0, y++, text, CANVAS_WARNING, -1, l->ascii);
		free(text);
	}
	if (isnan(p->mdc))
		return y;
	text = xasprintf(P_("With n=%ld only a change of about %ld point or "
	    "more can be detected", "With n=%ld only a change of about %ld "
	    "points or more can be detected", round_figure(p->mdc)), p->n,
	    round_figure(p->mdc));
	canvas_put(c, 0, y++, text, CANVAS_DIM, -1, l->ascii);
	free(text);
	return y;
}

/* "Ved ikke / blank, not in n: Baseline 4/2, År 1 3/1". */
static int
draw_excluded(struct canvas *c, const struct layout *l, int y,
    const struct stats_indicator *si)
{
	char *list = NULL, *item, *text;
	size_t i;

	for (i = 0; i < si->n_periods; i++) {
		const struct stats_period *p = &si->periods[i];

		if (p->dont_know + p->blank == 0)
			continue;
		item = xasprintf("%s%s%s %ld/%ld", list ? list : "",
		    list ? ", " : "", p->period, p->dont_know, p->blank);
		free(list);
		list = item;
	}
	if (list == NULL)
		return y;
	text = xasprintf(_("Ved ikke / blank, not in n: %s"), list);
	canvas_put(c, 0, y, text, CANVAS_DIM, -1, l->ascii);
	free(text);
	free(list);
	return y + 1;
}

static int
draw_changes(struct canvas *c, const struct layout *l, int y,
    const struct stats_indicator *si)
{
	const struct stats_change *prev = stats_latest_change(si), *base;

	if (si->latest < 0) {
		canvas_put(c, 0, y, l->percent ? _("No answers yet.") :
		    _("No counts yet."), CANVAS_DIM, -1, l->ascii);
		return y + 1;
	}
	if (prev != NULL) {
		y = draw_change(c, l, y, prev);
		base = &si->vs_baseline[si->latest];
		if (base->from != prev->from)
			y = draw_change(c, l, y, base);
	}
	y = draw_guidance(c, l, y, &si->periods[si->latest]);
	return draw_excluded(c, l, y, si);
}

/* "Tilhørsforhold (vs. Isolation)", the KPI and how it is scored. */
static int
draw_heading(struct canvas *c, const struct layout *l, int y,
    const struct indicator *ind, const struct stats_indicator *si)
{
	char *text;
	size_t i, mean = 0;

	if (ind->opposite[0] != '\0')
		text = xasprintf(_("%s (vs. %s)"), ind->name, ind->opposite);
	else
		text = xstrdup(ind->name);
	canvas_put(c, 0, y++, text, CANVAS_TITLE, -1, l->ascii);
	free(text);
	if (ind->kpi[0] != '\0')
		canvas_put(c, 0, y++, ind->kpi, CANVAS_DIM, -1, l->ascii);
	for (i = 0; i < si->n_periods; i++) {
		if (si->periods[i].basis == STATS_BASIS_MEAN &&
		    si->periods[i].n_scored > mean)
			mean = si->periods[i].n_scored;
	}
	if (mean > 0) {
		text = xasprintf(_("Mean of %zu statements; n is the smallest "
		    "statement's"), mean);
		canvas_put(c, 0, y++, text, CANVAS_DIM, -1, l->ascii);
		free(text);
	}
	return y;
}

/* Cuts the canvas to the rows used. */
static struct canvas *
canvas_fit(struct canvas *c, int rows)
{
	struct canvas *fit = canvas_new(c->width, rows);
	size_t n = (size_t)c->width * (size_t)rows;

	if (n > 0)
		memcpy(fit->cells, c->cells, n * sizeof *c->cells);
	canvas_free(c);
	return fit;
}

struct canvas *
chart_indicator(const struct session *s, const struct indicator *ind,
    int width, int flags)
{
	struct stats_indicator si;
	struct layout l;
	struct canvas *c;
	size_t i;
	int y = 0;

	(void)s;
	if (width < 0)
		width = 0;
	/* Negative counts (refused by the store) chart as no answers. */
	(void)stats_indicator(ind, &si);
	layout_init(&l, ind, &si, width, flags);
	c = canvas_new(width, 13 + 3 * (int)si.n_periods);
	y = draw_heading(c, &l, y, ind, &si);
	y = draw_target_row(c, &l, y);
	for (i = 0; i < si.n_periods; i++)
		y = draw_period(c, &l, y, &si.periods[i], (int)i);
	if (si.n_periods > 0)
		y = draw_scale(c, &l, y);
	y = draw_changes(c, &l, y, &si);
	stats_indicator_clear(&si);
	return canvas_fit(c, y);
}

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
overview_line(struct canvas *c, struct layout *l, int y,
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
		draw_target(c, l, y);
		return;
	}
	p = &si->periods[si->latest];
	chart_draw_bar(c, l->bar_x, y, l->bar_w, p->value, l->max, 0,
	    l->flags);
	draw_target(c, l, y);
	format_value(buf, sizeof buf, p->value, l->percent);
	chart_put_right(c, x, y, VALUE_W, buf, CANVAS_VALUE, l->ascii);
	if (l->has_target) {
		format_value(buf, sizeof buf, l->target, l->percent);
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
	struct layout l;
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
		layout_init(&l, ind, &si, width, flags);
		l.label_w = name_w;
		l.bar_x = name_w + 1;
		l.bar_w = width - l.bar_x - 1 - right;
		l.bar_w = l.bar_w > 0 ? l.bar_w : 0;
		l.value_x = l.bar_x + l.bar_w + 1;
		overview_line(c, &l, (int)n++, ind, &si);
		stats_indicator_clear(&si);
	}
	return canvas_fit(c, (int)n);
}
