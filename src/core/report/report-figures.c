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
#include "b2c/stats-words.h"
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
	if (p->basis == STATS_BASIS_NONE && p->dont_know + p->blank > 0)
		text = xasprintf(_("%s: no figure; every answer is \"don't "
		    "know\" or blank"), when);
	else if (p->basis == STATS_BASIS_NONE)
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
		text = xasprintf(_("%s: %s (%s; 95%% confidence interval "
		    "%s)%s"),
		    when, v, extra, range,
		    p->low_sample ? _(" - too few answers for a firm "
		    "conclusion") : "");
		free(extra);
	}
	free(when);
	return text;
}

void
report_fmt_signed(char buf[40], double v, bool whole, bool ascii)
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
report_chart_text(const struct report *r, const struct stats_indicator *si,
    int width)
{
	struct canvas *c;
	char *text, *safe;

	c = chart_indicator(r->s, si->indicator, width, CHART_BARS |
	    ((r->flags & REPORT_ASCII) ? CHART_ASCII : 0));
	text = canvas_to_text(c);
	canvas_free(c);
	/* The canvas shows controls visibly already; this keeps it so. */
	safe = sanitize_text(text, SANITIZE_NEWLINES);
	free(text);
	return safe;
}

/* The year of an ISO date, or 0. */
static int
report_year_of(const char *date)
{
	int y = 0;

	if (strlen(date) >= 4 && sscanf(date, "%4d", &y) != 1)
		y = 0;
	return y;
}

char *
report_base_text(const struct stats_indicator *si)
{
	const struct stats_change *c;
	const struct indicator *ind = si->indicator;
	size_t i;
	int year;

	if (si->latest < 0)
		return xstrdup("");
	c = &si->vs_baseline[si->latest];
	for (i = 0; i < si->n_periods; i++) {
		if (c->from != NULL ? si->periods[i].period != c->from :
		    (long)i != si->latest)
			continue;
		year = report_year_of(ind->measurements[i].date);
		return year != 0 ? xasprintf("%s (%d)", si->periods[i].period,
		    year) : xstrdup(si->periods[i].period);
	}
	return xstrdup("");
}

char *
report_change_cell(const struct stats_indicator *si, bool ascii)
{
	const struct stats_change *c;
	bool count = si->indicator->kind == INDICATOR_COUNT;
	char d[40], lo[40], hi[40];

	if (si->latest < 0)
		return xstrdup("");
	c = &si->vs_baseline[si->latest];
	if (c->verdict == STATS_VERDICT_NONE)
		return xstrdup("");
	report_fmt_signed(d, c->diff, count, ascii);
	if (count || isnan(c->lo))
		return xstrdup(d);
	report_fmt_signed(lo, c->lo, false, ascii);
	report_fmt_signed(hi, c->hi, false, ascii);
	/* TRANSLATORS: a change in percentage points ("pp") with its 95 %
	 * confidence interval. */
	return xasprintf(_("%s pp (%s to %s)"), d, lo, hi);
}

/* How a figure stands against a target value, as a phrase. */
static const char *
report_status_phrase(enum stats_target t)
{
	switch (t) {
	case STATS_TARGET_MET:
		return _("met");
	case STATS_TARGET_UNCERTAIN:
		return _("at target, but the interval reaches below it");
	case STATS_TARGET_ABOVE:
		return _("not met; the whole interval is below it");
	case STATS_TARGET_NOT_MET:
		return _("not met");
	default:
		return "";
	}
}

/* The milestone of the latest figure's year, or NULL. */
static const struct milestone *
report_milestone_of(const struct stats_indicator *si)
{
	const struct indicator *ind = si->indicator;
	int year;
	size_t i;

	if (si->latest < 0)
		return NULL;
	year = report_year_of(ind->measurements[si->latest].date);
	for (i = 0; year != 0 && i < ind->n_milestones; i++)
		if (ind->milestones[i].year == year)
			return &ind->milestones[i];
	return NULL;
}

char *
report_status_text(const struct stats_indicator *si, bool ascii)
{
	const struct stats_period *p;
	const struct milestone *ms = report_milestone_of(si);
	struct indicator tmp;
	struct textbuf b;
	char v[64];

	if (si->latest < 0)
		return xstrdup("");
	p = &si->periods[si->latest];
	textbuf_init(&b);
	if (p->target != STATS_TARGET_NONE)
		textbuf_adds(&b, report_status_phrase(p->target));
	if (ms != NULL) {
		tmp = *si->indicator;
		tmp.has_target = true;
		tmp.target = ms->value;
		report_fmt_target(v, &tmp, ascii);
		/* TRANSLATORS: the milestone of a year, its value ("min.
		 * 50 %") and how the latest figure stands against it. */
		textbuf_addf(&b, _("%smilestone %d (%s): %s"), b.len != 0 ?
		    "; " : "", ms->year, v, report_status_phrase(
		    stats_status_against(p, ms->value)));
	}
	textbuf_adds(&b, "");
	return textbuf_detach(&b);
}

char **
report_findings(const struct stats_indicator *si, bool ascii, size_t *n)
{
	const struct stats_change *prev = stats_latest_change(si), *base;
	bool count = si->indicator->kind == INDICATOR_COUNT;
	char **out = xcalloc(6, sizeof *out);
	const struct stats_period *p;

	*n = 0;
	if (si->latest < 0) {
		out[(*n)++] = stats_words_empty(si);
		return out;
	}
	p = &si->periods[si->latest];
	base = &si->vs_baseline[si->latest];
	if (prev != NULL) {
		out[(*n)++] = stats_words_change_verdict(prev, count, ascii);
		if (base->from != NULL && base->from != prev->from)
			out[(*n)++] = stats_words_change_verdict(base, count,
			    ascii);
	}
	if ((out[*n] = stats_words_target(si->indicator, p)) != NULL)
		(*n)++;
	if ((out[*n] = stats_words_mdc(p, stats_words_detected(prev,
	    base))) != NULL)
		(*n)++;
	if ((out[*n] = stats_words_excluded(si)) != NULL)
		(*n)++;
	return out;
}
