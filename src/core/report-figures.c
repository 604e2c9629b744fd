/*
 * The ESG figures in words, shared by the text, markdown and HTML
 * reports: values, sample sizes, intervals and the verdict of the latest
 * change, always with the uncertainty next to the figure.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/adoption.h"
#include "b2c/chart.h"
#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/sanitize.h"
#include "b2c/util.h"
#include "report-private.h"

bool
report_indicator_shown(const struct indicator *ind)
{
	return adoption_shown(ind);
}

char *
report_indicator_title(const struct indicator *ind)
{
	return adoption_name(ind, true);
}

const char **
report_periods(const struct report *r, size_t *n)
{
	const char **labels = NULL;
	size_t j, k, pos = 0;
	long i;

	*n = 0;
	while ((i = adoption_next(r->s, &pos)) >= 0) {
		for (j = 0; j < r->stats[i].n_periods; j++) {
			const char *p = r->stats[i].periods[j].period;

			for (k = 0; k < *n; k++)
				if (strcmp(labels[k], p) == 0)
					break;
			if (k < *n)
				continue;
			labels = util_grow(labels, *n, sizeof *labels);
			labels[(*n)++] = p;
		}
	}
	return labels;
}

const struct stats_period *
report_period_of(const struct stats_indicator *si, const char *label)
{
	size_t i;

	for (i = 0; i < si->n_periods; i++)
		if (strcmp(si->periods[i].period, label) == 0)
			return &si->periods[i];
	return NULL;
}

void
report_fmt_value(char buf[48], const struct stats_period *p, bool ascii)
{
	if (p == NULL || p->basis == STATS_BASIS_NONE || isnan(p->value))
		buf[0] = '\0';
	else if (p->kind == INDICATOR_COUNT)
		report_fmt_count(buf, p->value);
	else
		report_fmt_percent(buf, p->value, ascii);
}

/* "Baseline, 15. november 2025": the period and its date (allocated). */
static char *
report_period_when(const struct stats_period *p, const struct measurement *m)
{
	char *date, *when;

	if (*m->date == '\0')
		return xstrdup(p->period);
	date = lang_format_date(m->date);
	when = xasprintf("%s, %s", p->period, date);
	free(date);
	return when;
}

char *
report_period_text(const struct stats_period *p, const struct measurement *m,
    bool ascii)
{
	char v[48], range[64], n[32], *when, *text, *extra;

	when = report_period_when(p, m);
	report_fmt_value(v, p, ascii);
	if (p->basis == STATS_BASIS_NONE)
		text = xasprintf(_("%s: no answers yet"), when);
	else if (p->kind == INDICATOR_COUNT)
		text = xasprintf("%s: %s", when, v);
	else {
		report_fmt_range(range, p->lo, p->hi, ascii);
		report_fmt_count(n, (double)p->n);
		if (p->basis == STATS_BASIS_MEAN)
			extra = xasprintf(_("mean of %zu statements, "
			    "at least %s answers each"), p->n_scored, n);
		else
			extra = xasprintf(_("%s answers"), n);
		text = xasprintf(_("%s: %s (%s; 95%% interval %s)%s"),
		    when, v, extra, range,
		    p->low_sample ? _(" - too few answers for a firm "
		    "conclusion") : "");
		free(extra);
	}
	free(when);
	return text;
}

/* A difference with its sign always shown: "+2,0", "−11,5", "±0". */
static void
signed_diff(char buf[40], double v, bool whole, bool ascii)
{
	char num[32];
	const char *sign;

	if (whole)
		report_fmt_count(num, fabs(v));
	else
		report_fmt1_local(num, fabs(v));
	sign = strspn(num, "0.,") == strlen(num) ? "±" : v > 0 ? "+" :
	    ascii ? "-" : "−";
	snprintf(buf, 40, "%s%s", sign, num);
}

char *
report_change_text(const struct stats_indicator *si, bool ascii)
{
	const struct stats_change *c = stats_latest_change(si);
	bool count = si->indicator->kind == INDICATOR_COUNT;
	char d[40], lo[40], hi[40];

	if (c == NULL || c->from == NULL || c->to == NULL)
		return NULL;
	signed_diff(d, c->diff, count, ascii);
	/* The sign is part of d; the messages keep a place for it. */
	if (count || isnan(c->lo))
		return xasprintf(_("%s against %s: %s%s: %s"), c->to, c->from,
		    "", d, stats_verdict_label(c->verdict));
	signed_diff(lo, c->lo, false, ascii);
	signed_diff(hi, c->hi, false, ascii);
	return xasprintf(_("%s against %s: %s%s points (95%% interval %s "
	    "to %s): %s"), c->to, c->from, "", d, lo, hi,
	    stats_verdict_label(c->verdict));
}

char *
report_chart_text(const struct report *r, const struct stats_indicator *si,
    int width)
{
	struct canvas *c;
	char *text, *safe;

	c = chart_indicator(r->s, si->indicator, width,
	    (r->flags & REPORT_ASCII) ? CHART_ASCII : 0);
	text = canvas_to_text(c);
	canvas_free(c);
	/* The canvas shows controls visibly already; this keeps it so. */
	safe = sanitize_text(text, SANITIZE_NEWLINES);
	free(text);
	return safe;
}
