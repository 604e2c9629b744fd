/*
 * Indicator charts: one bar per period with its figure, respondents,
 * Wilson interval and target marker, then the latest change in plain
 * words and the sample guidance. Laid out for any width; 80 columns is
 * the design width and wider terminals get longer bars.
 *
 * Row by row: title, KPI definition, (mean note), target marker, per
 * period a bar row and (percent KPIs) an interval row, the scale, what
 * the interval means, the changes, the warnings.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/adoption.h"
#include "b2c/chart.h"
#include "b2c/chart-lazy.h"
#include "chart-layout.h"
#include "b2c/i18n.h"
#include "b2c/period.h"
#include "b2c/stats.h"
#include "b2c/stats-words.h"
#include "b2c/utf8.h"
#include "b2c/util.h"
#include "chart-private.h"

/* The marker row above the bars: "target 85 % ▼". */
static int
draw_target_row(struct canvas *c, const struct chart_frame *l, int y)
{
	char value[32], *text;
	int col, w;

	if (!l->has_target)
		return y;
	col = chart_column(l->target, l->max, l->bar_w);
	if (col < 0)
		return y;
	chart_format_value(value, sizeof value, l->target, l->percent);
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
draw_respondents(struct canvas *c, const struct chart_frame *l, int y,
    const struct stats_period *p)
{
	char buf[32];

	snprintf(buf, sizeof buf, "n=%ld%s", p->n, p->low_sample ? "!" : "");
	canvas_put(c, l->value_x + VALUE_W + 1, y, buf,
	    p->low_sample ? CANVAS_WARNING : CANVAS_DIM, N_W, l->ascii);
}

static int
draw_period(struct canvas *c, const struct chart_frame *l, int y,
    const struct stats_period *p, int series)
{
	char buf[64];

	canvas_put(c, 0, y, p->period, CANVAS_LABEL, l->label_w, l->ascii);
	if (p->basis == STATS_BASIS_NONE) {
		canvas_put(c, l->bar_x, y, l->percent ? _("no answers") :
		    _("no count"), CANVAS_DIM, l->bar_w, l->ascii);
		chart_frame_target(c, l, y);
		return y + 1;
	}
	chart_draw_bar(c, l->bar_x, y, l->bar_w, p->value, l->max, series,
	    l->flags);
	chart_frame_target(c, l, y);
	chart_format_value(buf, sizeof buf, p->value, l->percent);
	chart_put_right(c, l->value_x, y, VALUE_W, buf, CANVAS_VALUE,
	    l->ascii);
	if (!l->percent)
		return y + 1;
	draw_respondents(c, l, y, p);
	chart_draw_whisker(c, l->bar_x, y + 1, l->bar_w, p->lo, p->value,
	    p->hi, l->max, l->flags);
	chart_frame_target(c, l, y + 1);
	snprintf(buf, sizeof buf, "%ld%s%ld %%", chart_round(p->lo),
	    l->ascii ? "-" : "\xe2\x80\x93", chart_round(p->hi));
	canvas_put(c, l->value_x, y + 1, buf, CANVAS_DIM, RIGHT_W - 1,
	    l->ascii);
	return y + 2;
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

/* A change and its verdict, which goes on its own row if need be. */
static int
draw_change(struct canvas *c, const struct chart_frame *l, int y,
    const struct stats_change *ch)
{
	char *text = stats_words_change(ch, !l->percent, l->ascii), *verdict;
	int x;

	if (text == NULL)
		return y;
	/* A dash, not a colon: the sentence has one already. */
	verdict = xasprintf("%s %s", l->ascii ? "-" : "\xe2\x80\x93",
	    stats_verdict_label(ch->verdict));
	y = chart_put_wrapped(c, 0, y, text, CANVAS_PLAIN, WRAP_INDENT,
	    l->ascii, &x);
	if (x + 1 + utf8_text_width(verdict) <= l->width)
		y = chart_put_wrapped(c, x + 1, y - 1, verdict,
		    verdict_style(ch->verdict), WRAP_INDENT, l->ascii, NULL);
	else
		y = chart_put_wrapped(c, WRAP_INDENT, y, verdict,
		    verdict_style(ch->verdict), WRAP_INDENT, l->ascii, NULL);
	free(verdict);
	free(text);
	return y;
}

/* A sentence in a style, wrapped; nothing when text is NULL (freed). */
static int
draw_words(struct canvas *c, const struct chart_frame *l, int y, char *text,
    enum canvas_style style)
{
	if (text == NULL)
		return y;
	y = chart_put_wrapped(c, 0, y, text, style, WRAP_INDENT, l->ascii,
	    NULL);
	free(text);
	return y;
}

/* The sample guidance for the latest figure. */
static int
draw_guidance(struct canvas *c, const struct chart_frame *l, int y,
    const struct stats_period *p, const struct stats_change *ch)
{
	char *text;

	if (p->low_sample) {
		text = xasprintf(P_("%s%s: only %ld respondent; at least %d "
		    "are needed for a reliable figure",
		    "%s%s: only %ld respondents; at least %d "
		    "are needed for a reliable figure", p->n),
		    l->ascii ? "! " : "\xe2\x9a\xa0 ", p->period, p->n,
		    STATS_MIN_SAMPLE);
		y = draw_words(c, l, y, text, CANVAS_WARNING);
	}
	return draw_words(c, l, y, stats_words_mdc(p, ch), CANVAS_DIM);
}

/* Whether any period has a figure, and so an interval whisker. */
static bool
has_interval(const struct chart_frame *l, const struct stats_indicator *si)
{
	size_t i;

	for (i = 0; l->percent && i < si->n_periods; i++) {
		if (si->periods[i].basis != STATS_BASIS_NONE)
			return true;
	}
	return false;
}

/* What the whisker under a bar means, for a first-time reader. */
static int
draw_legend(struct canvas *c, const struct chart_frame *l, int y,
    const struct stats_indicator *si)
{
	if (!has_interval(l, si))
		return y;
	return draw_words(c, l, y, xasprintf("%s %s", l->ascii ? "[-+-]" :
	    "\xe2\x94\x9c\xe2\x94\x80\xe2\x94\xbc\xe2\x94\x80\xe2\x94\xa4",
	    stats_words_interval()), CANVAS_DIM);
}

static int
draw_changes(struct canvas *c, const struct chart_frame *l, int y,
    const struct stats_indicator *si)
{
	const struct stats_change *prev = stats_latest_change(si), *base;
	const struct stats_period *p;

	if (si->latest < 0)
		return draw_words(c, l, y, stats_words_empty(si), CANVAS_DIM);
	base = &si->vs_baseline[si->latest];
	if (prev != NULL) {
		y = draw_change(c, l, y, prev);
		if (base->from != NULL && base->from != prev->from)
			y = draw_change(c, l, y, base);
	}
	p = &si->periods[si->latest];
	if (l->has_target)
		y = draw_words(c, l, y, stats_words_target(si->indicator, p),
		    chart_target_style(p->target));
	y = draw_guidance(c, l, y, p, stats_words_detected(prev, base));
	return draw_words(c, l, y, stats_words_excluded(si), CANVAS_DIM);
}

/* "Tilhørsforhold (vs. Isolation)", the KPI and how it is scored. */
static int
draw_heading(struct canvas *c, const struct chart_frame *l, int y,
    const struct indicator *ind, const struct stats_indicator *si)
{
	char *text;
	size_t i, mean = 0;

	/* Marked when not adopted: the chart may stand on its own. */
	text = adoption_name(ind, true);
	y = chart_put_wrapped(c, 0, y, text, CANVAS_TITLE, WRAP_INDENT,
	    l->ascii, NULL);
	free(text);
	if (ind->kpi[0] != '\0')
		y = chart_put_wrapped(c, 0, y, ind->kpi, CANVAS_DIM, WRAP_INDENT,
		    l->ascii, NULL);
	for (i = 0; i < si->n_periods; i++) {
		if (si->periods[i].basis == STATS_BASIS_MEAN &&
		    si->periods[i].n_scored > mean)
			mean = si->periods[i].n_scored;
	}
	if (mean > 0) {
		text = xasprintf(_("Mean of %zu statements; n is that of the "
		    "one with fewest answers"), mean);
		y = chart_put_wrapped(c, 0, y, text, CANVAS_DIM, WRAP_INDENT,
		    l->ascii, NULL);
		free(text);
	}
	return y;
}

/* A chart being laid out a period at a time (chart-lazy.h). */
struct chart_lazy {
	struct canvas *c;
	struct stats_indicator si;
	struct chart_frame l;
	size_t	 next;		/* the next period */
	int	 y;		/* the next row */
	int	 cap;		/* rows allocated, blank from y on */
	bool	 done;
};

/*
 * Before a step: every allocated row may be written, as when the whole
 * chart is laid out at once.
 */
static void
lazy_open(struct chart_lazy *lz)
{
	lz->c->height = lz->cap;
}

/* After a step: the canvas shows the rows laid out so far, y. */
static void
lazy_close(struct chart_lazy *lz, int y)
{
	if (lz->c->height > lz->cap)
		lz->cap = lz->c->height;	/* text grew it */
	if (y > lz->cap) {
		chart_grow(lz->c, y);
		if (lz->c->height > lz->cap)
			lz->cap = lz->c->height;
	}
	lz->y = y;
	lz->c->height = y;
}

struct chart_lazy *
chart_indicator_start(const struct session *s, const struct indicator *ind,
    int width, int flags)
{
	struct chart_lazy *lz = xcalloc(1, sizeof *lz);
	int y = 0;

	(void)s;
	if (width < 0)
		width = 0;
	/* Negative counts (refused by the store) chart as no answers. */
	(void)stats_indicator(ind, &lz->si);
	chart_frame_init(&lz->l, ind, &lz->si, width, flags);
	lz->c = canvas_new(width, 13 + 3 * (int)lz->si.n_periods);
	lz->cap = lz->c->height;
	y = draw_heading(lz->c, &lz->l, y, ind, &lz->si);
	y = draw_target_row(lz->c, &lz->l, y);
	lazy_close(lz, y);
	return lz;
}

bool
chart_indicator_more(struct chart_lazy *lz)
{
	struct canvas *c = lz->c;
	int y = lz->y;

	if (lz->done)
		return false;
	lazy_open(lz);
	if (lz->next < lz->si.n_periods) {
		y = draw_period(c, &lz->l, y, &lz->si.periods[lz->next],
		    (int)lz->next);
		lz->next++;
		lazy_close(lz, y);
		return true;
	}
	if (lz->si.n_periods > 0)
		y = chart_frame_scale(c, &lz->l, y);
	y = draw_legend(c, &lz->l, y, &lz->si);
	if (!(lz->l.flags & CHART_BARS))
		y = draw_changes(c, &lz->l, y, &lz->si);
	stats_indicator_clear(&lz->si);
	lz->done = true;
	lz->y = y;
	lz->c = chart_fit(c, y);	/* gives back the rows left over */
	return true;
}

bool
chart_indicator_done(const struct chart_lazy *lz)
{
	return lz->done;
}

const struct canvas *
chart_indicator_canvas(const struct chart_lazy *lz)
{
	return lz->c;
}

void
chart_indicator_free(struct chart_lazy *lz)
{
	if (lz == NULL)
		return;
	if (!lz->done)
		stats_indicator_clear(&lz->si);
	canvas_free(lz->c);
	free(lz);
}

struct canvas *
chart_indicator(const struct session *s, const struct indicator *ind,
    int width, int flags)
{
	struct chart_lazy *lz = chart_indicator_start(s, ind, width, flags);
	struct canvas *c;

	while (chart_indicator_more(lz))
		continue;
	c = lz->c;
	free(lz);
	return c;
}
