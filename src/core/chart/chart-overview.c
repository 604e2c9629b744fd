/*
 * The overview of all indicators: one row each with the latest figure
 * against its target. The percentages share one scale, 0-100 %, drawn
 * under their rows, so their bars and target markers can be compared
 * down the column (a marker further right is a higher target). Counts
 * have scales of their own and follow below that scale, so no count bar
 * is read against the percentages. Within each kind the adopted
 * indicators come first, then those measured without being adopted, each
 * with a line under its row that says so (adoption.h).
 *
 * The rows are laid out one indicator at a time (chart_overview_more), so
 * a screen that shows a few of them lays out only those: a row needs the
 * indicator's latest figure alone, never the statistics of every period.
 * Laid out to the end, the canvas is the same whichever way it was made.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/adoption.h"
#include "b2c/chart.h"
#include "b2c/chart-lazy.h"
#include "chart-layout.h"
#include "b2c/i18n.h"
#include "b2c/stats.h"
#include "b2c/utf8.h"
#include "b2c/util.h"
#include "chart-private.h"

/* The target status labels, translated once, and the widest of them. */
static int
status_labels(const char *labels[STATS_TARGET_COUNT])
{
	int t, w, max = 0;

	for (t = 0; t < STATS_TARGET_COUNT; t++) {
		labels[t] = stats_target_label((enum stats_target)t);
		w = utf8_text_width(labels[t]);
		if (w > max)
			max = w;
	}
	return max;
}

/* The overview being laid out: the rows so far and where the next goes. */
struct chart_overview {
	const struct session *s;
	struct canvas *c;
	struct chart_frame l;	/* the last row's frame */
	int	 name_w;
	int	 status_w;
	const char *labels[STATS_TARGET_COUNT];	/* translated */
	int	 flags;
	int	 y;		/* the next row */
	int	 cap;		/* rows allocated (blank below the height) */
	enum indicator_kind kind; /* percentages first, then counts */
	size_t	 next;		/* adoption_next's position in that kind */
	bool	 done;
};

/* What one row shows of an indicator. */
struct overview_figure {
	struct stats_period p;	/* the latest period with a figure */
	bool	 any;		/* false: no figure (or a count refused) */
	double	 max;		/* the scale: 100 % or the largest count */
	const char *label;	/* the target status, translated */
};

/*
 * The latest figure alone. As stats_indicator() would: any refused count
 * in any period leaves the indicator without a figure.
 */
static void
overview_figure(const struct indicator *ind, struct overview_figure *fig)
{
	const struct measurement *m;
	size_t i, j;

	memset(fig, 0, sizeof *fig);
	stats_period_clear(&fig->p);
	fig->max = 100.0;
	if (ind->kind == INDICATOR_COUNT) {
		fig->max = ind->has_target ? ind->target : 0;
		for (i = 0; i < ind->n_measurements; i++) {
			m = &ind->measurements[i];
			if (m->has_count && (double)m->count > fig->max)
				fig->max = (double)m->count;
		}
		fig->max = fig->max > 0 ? fig->max : 1.0;
	} else {
		for (i = 0; i < ind->n_measurements; i++) {
			m = &ind->measurements[i];
			for (j = 0; j < m->n_tallies; j++)
				if (!stats_tally_valid(&m->tallies[j]))
					return;
		}
	}
	for (i = ind->n_measurements; i-- > 0 && !fig->any; ) {
		stats_period_clear(&fig->p);
		(void)stats_period(ind, &ind->measurements[i], &fig->p);
		fig->any = fig->p.basis != STATS_BASIS_NONE;
	}
}

/*
 * One indicator: name, bar with target, "43 % / 85 %", status (on a row
 * of its own where the width is short). Returns the next row.
 */
static int
overview_line(struct canvas *c, struct chart_frame *l, int y,
    const struct indicator *ind, const struct overview_figure *fig)
{
	const struct stats_period *p = &fig->p;
	char buf[32];
	int x;

	canvas_put(c, 0, y, ind->name, CANVAS_LABEL, l->label_w, l->ascii);
	x = l->value_x;
	if (!fig->any) {
		canvas_put(c, l->bar_x, y, ind->kind == INDICATOR_PERCENT ?
		    _("no answers") : _("no count"), CANVAS_DIM, l->bar_w,
		    l->ascii);
		chart_frame_target(c, l, y);
		return y + 1;
	}
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
	canvas_put(c, x + OVERVIEW_FIGURES, y, fig->label,
	    chart_target_style(p->target), -1, l->ascii);
	return y + 1;
}

/* The name column: the longest name shown, at most a quarter. */
static int
name_width(const struct session *s, int width)
{
	size_t i;
	int w, name_w = 8;

	for (i = 0; i < s->n_indicators; i++) {
		w = utf8_text_width(s->indicators[i].name);
		if (adoption_shown(&s->indicators[i]) && w > name_w)
			name_w = w;
	}
	return name_w < width / 4 ? name_w : width / 4;
}

/* The columns every row shares: they depend on the width alone. */
static void
row_columns(struct chart_frame *l, const struct chart_overview *o)
{
	int width = o->c->width;

	l->width = width;
	l->flags = o->flags;
	l->ascii = (o->flags & CHART_ASCII) != 0;
	l->label_w = o->name_w;
	l->bar_x = o->name_w + 1;
	l->bar_w = width - l->bar_x - 1 - OVERVIEW_FIGURES - o->status_w;
	if (l->bar_w < OVERVIEW_MIN_BAR) {
		/* The bar matters more than having the status beside it. */
		l->status_below = true;
		l->bar_w = width - l->bar_x - OVERVIEW_FIGURES;
	}
	l->bar_w = l->bar_w > 0 ? l->bar_w : 0;
	l->value_x = l->bar_x + l->bar_w + 1;
}

/* The frame of one row: the shared columns, the indicator's scale. */
static void
row_frame(struct chart_overview *o, const struct indicator *ind,
    const struct overview_figure *fig)
{
	struct chart_frame *l = &o->l;

	memset(l, 0, sizeof *l);
	row_columns(l, o);
	l->percent = ind->kind == INDICATOR_PERCENT;
	l->max = fig->max;
	l->has_target = ind->has_target;
	l->target = ind->target;
}

/* "latest / target" over the figures, ending where they end. */
static void
overview_header(struct chart_overview *o)
{
	const char *text = _("latest / target");
	struct chart_frame l;
	int end, w = utf8_text_width(text);

	memset(&l, 0, sizeof l);
	row_columns(&l, o);
	end = l.value_x + OVERVIEW_FIGURES - 1;
	if (end - w < l.bar_x)
		w = end - l.bar_x;
	if (w > 0)
		canvas_put(o->c, end - w, 0, text, CANVAS_DIM, w, l.ascii);
}

/*
 * Makes the canvas rows tall, on rows allocated ahead: growing it by
 * exactly a row at a time would copy all of it for every row.
 */
static void
overview_room(struct chart_overview *o, int rows)
{
	static const struct canvas_cell blank = { L' ', CANVAS_PLAIN, 0 };
	struct canvas *c = o->c;
	size_t i, from, to;
	int cap;

	if (rows > o->cap) {
		cap = o->cap > 8 ? 2 * o->cap : 16;
		cap = cap > rows ? cap : rows;
		from = (size_t)c->width * (size_t)o->cap;
		to = (size_t)c->width * (size_t)cap;
		c->cells = xreallocarray(c->cells, to > 0 ? to : 1,
		    sizeof *c->cells);
		for (i = from; i < to; i++)
			c->cells[i] = blank;
		o->cap = cap;
	}
	c->height = rows;
}

/* True when the indicator has a row, in the pass of its kind. */
static bool
overview_has_row(const struct indicator *ind)
{
	return adoption_shown(ind) && (ind->kind == INDICATOR_PERCENT ||
	    ind->kind == INDICATOR_COUNT);
}

/* Under a row not adopted, the mark: where the bar starts, or further
 * left when that leaves too little room to read it whole. */
static int
overview_mark(struct canvas *c, const struct chart_frame *l, int y,
    const struct indicator *ind)
{
	const char *mark = adoption_mark();
	int x = l->bar_x, w = utf8_text_width(mark);

	if (adoption_adopted(ind))
		return y;
	if (x + w > c->width)
		x = c->width > w ? c->width - w : 0;
	canvas_put(c, x, y, mark, CANVAS_WARNING, -1, l->ascii);
	return y + 1;
}

struct chart_overview *
chart_overview_start(const struct session *s, int width, int flags)
{
	struct chart_overview *o = xcalloc(1, sizeof *o);
	size_t i;

	o->s = s;
	o->flags = flags;
	o->kind = INDICATOR_PERCENT;
	o->c = canvas_new(width > 0 ? width : 0, 0);
	for (i = 0; i < s->n_indicators && !overview_has_row(
	    &s->indicators[i]); i++)
		continue;
	if (i == s->n_indicators) {
		o->done = true;		/* nothing to show: no rows at all */
		return o;
	}
	o->name_w = name_width(s, o->c->width);
	o->status_w = status_labels(o->labels);
	o->y = 1;
	overview_room(o, 1);
	overview_header(o);
	return o;
}

/* Lays out the next indicator of the current kind's row(s). */
static bool
overview_next_row(struct chart_overview *o)
{
	const struct indicator *ind;
	struct overview_figure fig;
	long i;

	while ((i = adoption_next(o->s, &o->next)) >= 0) {
		ind = &o->s->indicators[i];
		if (!overview_has_row(ind) || ind->kind != o->kind)
			continue;
		overview_figure(ind, &fig);
		fig.label = o->labels[fig.p.target < STATS_TARGET_COUNT ?
		    fig.p.target : STATS_TARGET_NONE];
		row_frame(o, ind, &fig);
		overview_room(o, o->y + 3);
		o->y = overview_line(o->c, &o->l, o->y, ind, &fig);
		o->y = overview_mark(o->c, &o->l, o->y, ind);
		stats_period_clear(&fig.p);
		o->c->height = o->y;
		return true;
	}
	return false;
}

bool
chart_overview_more(struct chart_overview *o)
{
	if (o->done)
		return false;
	if (overview_next_row(o))
		return true;
	if (o->kind == INDICATOR_PERCENT) {
		/* The percentages' scale, under the last of them. */
		o->kind = INDICATOR_COUNT;
		o->next = 0;
		if (o->y > 1) {
			overview_room(o, o->y + 1);
			(void)chart_frame_scale(o->c, &o->l, o->y++);
			return true;
		}
		return chart_overview_more(o);
	}
	o->done = true;
	o->c = chart_fit(o->c, o->c->height);	/* gives back what is left */
	return false;
}

bool
chart_overview_done(const struct chart_overview *o)
{
	return o->done;
}

const struct canvas *
chart_overview_canvas(const struct chart_overview *o)
{
	return o->c;
}

void
chart_overview_free(struct chart_overview *o)
{
	if (o == NULL)
		return;
	canvas_free(o->c);
	free(o);
}

struct canvas *
chart_overview(const struct session *s, int width, int flags)
{
	struct chart_overview *o = chart_overview_start(s, width, flags);
	struct canvas *c;

	while (chart_overview_more(o))
		continue;
	c = o->c;
	free(o);
	return c;
}
