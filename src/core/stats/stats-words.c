/*
 * The statistics in words (see stats-words.h). One decimal for shares
 * and differences everywhere, so a chart's sentence and a table's cell
 * never disagree; the bars' own labels may round further, being labels
 * of a picture. "Ved ikke" is a label of the Danish questionnaire; the
 * sentences name it in the interface's language.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/stats-words.h"
#include "b2c/textbuf.h"
#include "b2c/util.h"

#define MDC_CAP	100.0	/* no change can exceed 100 percentage points */

char *
stats_words_percent(double v, int decimals)
{
	char *num, *out;

	if (decimals == 1)
		return lang_format_percent(v);
	num = lang_format_number(v, 0);
	out = xasprintf(strcmp(lang_current(), LANG_DANISH) == 0 ? "%s %%" :
	    "%s%%", num);
	free(num);
	return out;
}

/* A number with its sign always shown: "+2.0", "−11.5", "±0.0". */
static char *
words_signed(double v, int decimals, bool ascii)
{
	char *num = lang_format_number(fabs(v), decimals), *out;
	const char *sign;

	sign = strspn(num, "0.,") == strlen(num) ? "±" : v > 0 ? "+" :
	    ascii ? "-" : "−";
	out = xasprintf("%s%s", sign, num);
	free(num);
	return out;
}

/* A target or milestone value: "85%", "82.5%", "12". */
static char *
words_target_value(const struct indicator *ind, double v)
{
	int decimals = v == (double)(long)v ? 0 : 1;

	if (ind->kind == INDICATOR_COUNT)
		return lang_format_number(v, decimals);
	return stats_words_percent(v, decimals);
}

char *
stats_words_change(const struct stats_change *c, bool count, bool ascii)
{
	char *d, *lo, *hi, *text;

	if (c == NULL || c->from == NULL || c->to == NULL || isnan(c->diff))
		return NULL;
	d = words_signed(c->diff, count ? 0 : 1, ascii);
	if (count || isnan(c->lo)) {
		text = xasprintf(_("%s vs %s: %s"), c->to, c->from, d);
		free(d);
		return text;
	}
	lo = words_signed(c->lo, 1, ascii);
	hi = words_signed(c->hi, 1, ascii);
	text = xasprintf(_("%s vs %s: %s percentage points (95%% confidence "
	    "interval %s to %s)"), c->to, c->from, d, lo, hi);
	free(d);
	free(lo);
	free(hi);
	return text;
}

char *
stats_words_change_verdict(const struct stats_change *c, bool count,
    bool ascii)
{
	char *change = stats_words_change(c, count, ascii), *text;

	if (change == NULL)
		return NULL;
	/* A dash, not a colon: the sentence has one already. */
	text = xasprintf("%s %s %s", change, ascii ? "-" : "–",
	    stats_verdict_label(c->verdict));
	free(change);
	return text;
}

/* How the latest figure stands against the target, in words. */
static const char *
words_target_sentence(enum stats_target t)
{
	switch (t) {
	case STATS_TARGET_MET:
		return _("%s against the target of %s: met");
	case STATS_TARGET_UNCERTAIN:
		return _("%s against the target of %s: at target, but the "
		    "interval reaches below it");
	case STATS_TARGET_ABOVE:
		return _("%s against the target of %s: not met; the whole "
		    "interval is below it");
	default:
		return _("%s against the target of %s: not met");
	}
}

char *
stats_words_target(const struct indicator *ind, const struct stats_period *p)
{
	char *value, *text;

	if (!ind->has_target || p->target == STATS_TARGET_NONE)
		return NULL;
	value = words_target_value(ind, ind->target);
	text = xasprintf(words_target_sentence(p->target), p->period, value);
	free(value);
	return text;
}

char *
stats_words_mdc(const struct stats_period *p, const struct stats_change *c)
{
	char *n, *mdc, *text;
	long whole;

	if (isnan(p->mdc) || p->n <= 0)
		return NULL;
	n = lang_format_number((double)p->n, 0);
	if (lround(p->mdc) >= MDC_CAP) {
		text = xasprintf(_("With n = %s, even the largest change may go "
		    "unnoticed"), n);
		free(n);
		return text;
	}
	whole = lround(p->mdc);
	mdc = lang_format_number((double)whole, 0);
	/* "Usually": a smaller change can still show, and then says so. */
	if (c != NULL && (c->verdict == STATS_VERDICT_INCREASE ||
	    c->verdict == STATS_VERDICT_DECREASE) && fabs(c->diff) < p->mdc)
		text = xasprintf(_("With n = %s, changes smaller than about %s "
		    "percentage points will usually go unnoticed; this one "
		    "was large enough to show"), n, mdc);
	else
		text = xasprintf(_("With n = %s, changes smaller than about %s "
		    "percentage points will usually go unnoticed"), n, mdc);
	free(n);
	free(mdc);
	return text;
}

char *
stats_words_excluded_list(const struct stats_indicator *si)
{
	struct textbuf b;
	size_t i;

	textbuf_init(&b);
	for (i = 0; i < si->n_periods; i++) {
		const struct stats_period *p = &si->periods[i];

		if (p->dont_know + p->blank == 0)
			continue;
		textbuf_adds(&b, b.len != 0 ? ", " : "");
		textbuf_addf(&b, _("%s (%ld don't know, %ld blank)"), p->period,
		    p->dont_know, p->blank);
	}
	if (b.len == 0) {
		textbuf_reset(&b);
		return NULL;
	}
	return textbuf_detach(&b);
}

char *
stats_words_excluded(const struct stats_indicator *si)
{
	char *list = stats_words_excluded_list(si), *text;

	if (list == NULL)
		return NULL;
	text = xasprintf(_("Not counted in n: %s"), list);
	free(list);
	return text;
}

char *
stats_words_empty(const struct stats_indicator *si)
{
	size_t i;

	if (si->latest >= 0)
		return NULL;
	if (si->indicator->kind == INDICATOR_COUNT)
		return xstrdup(_("No counts yet."));
	for (i = 0; i < si->n_periods; i++)
		if (si->periods[i].dont_know + si->periods[i].blank > 0)
			return xstrdup(_("No figure yet: every answer so far "
			    "is \"don't know\" or blank."));
	return xstrdup(_("No answers yet."));
}

const char *
stats_words_interval(void)
{
	/* xgettext:no-c-format */
	return _("95% confidence interval: made so that 95 of 100 surveys "
	    "like this one catch the true share");
}

const struct stats_change *
stats_words_detected(const struct stats_change *prev,
    const struct stats_change *base)
{
	if (prev != NULL && (prev->verdict == STATS_VERDICT_INCREASE ||
	    prev->verdict == STATS_VERDICT_DECREASE))
		return prev;
	if (base != NULL && (base->verdict == STATS_VERDICT_INCREASE ||
	    base->verdict == STATS_VERDICT_DECREASE))
		return base;
	return prev;
}
