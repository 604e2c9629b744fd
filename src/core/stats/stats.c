/*
 * Survey statistics: scores, Wilson and Newcombe intervals, verdicts,
 * target status and sample guidance. With the 50-100 respondents the
 * booklet asks for, most year-on-year changes are noise; these functions
 * say so instead of letting a two-point rise pass for an effect.
 */
#include "config.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/period.h"
#include "b2c/stats.h"
#include "b2c/util.h"

#define Z_975	1.959963984540054	/* two-sided 95 % */
#define Z_80	0.8416212335729143	/* 80 % power */
#define EPSILON	1e-9			/* percent rounding noise */
/* Larger counts than any survey has; keeps the sums far from overflow. */
#define STATS_MAX_TALLY	(LONG_MAX / 16)

static const char *const verdict_labels[STATS_VERDICT_COUNT] = {
	N_("no comparison"),
	N_("increase"),
	N_("decrease"),
	N_("no detectable change"),
	N_("unchanged"),
};

static const char *const target_labels[STATS_TARGET_COUNT] = {
	N_("no target"),
	N_("target met"),
	N_("target not met"),
	N_("clearly below target"),
	N_("met, not yet certain"),
};

static const char *const step_names[SESSION_ANSWER_STEPS + 1] = {
	"Helt enig", "Delvist enig", "Hverken enig eller uenig",
	"Delvist uenig", "Helt uenig", "Ved ikke"
};

/* Wilson's interval at proportion p of n, in percent. */
static void
wilson_at(double p, long n, double *lo, double *hi)
{
	double z2 = Z_975 * Z_975, nn = (double)n, denom, centre, half;

	denom = 1.0 + z2 / nn;
	centre = (p + z2 / (2.0 * nn)) / denom;
	half = Z_975 / denom * sqrt(p * (1.0 - p) / nn + z2 / (4.0 * nn * nn));
	/* At p = 0 or 1 the bound is exactly 0 or 1; keep rounding out. */
	*lo = p <= 0.0 ? 0.0 : 100.0 * (centre - half);
	*hi = p >= 1.0 ? 100.0 : 100.0 * (centre + half);
}

void
stats_wilson(long x, long n, double *lo, double *hi)
{
	if (n <= 0 || x < 0 || x > n) {
		*lo = *hi = NAN;
		return;
	}
	wilson_at((double)x / (double)n, n, lo, hi);
}

void
stats_newcombe(double p1, double lo1, double hi1, double p2, double lo2,
    double hi2, double *lo, double *hi)
{
	double d = p2 - p1;

	/*
	 * Newcombe (1998), method 10: the difference's lower limit combines
	 * how far p2 may lie below its estimate with how far p1 may lie
	 * above it, and the upper limit the reverse.
	 */
	*lo = d - sqrt((p2 - lo2) * (p2 - lo2) + (hi1 - p1) * (hi1 - p1));
	*hi = d + sqrt((hi2 - p2) * (hi2 - p2) + (p1 - lo1) * (p1 - lo1));
}

double
stats_mdc(double percent, long n)
{
	double p;

	if (n <= 0 || isnan(percent))
		return NAN;
	/*
	 * Two periods of n respondents each, two-sided 5 %, power 80 %:
	 *   mdc = (z_0.975 + z_0.80) * sqrt(2 p (1 - p) / n)
	 * with p shrunk as (x + 2) / (n + 4) (Agresti-Caffo), so that 0 %
	 * or 100 % do not claim that any change at all could be seen.
	 */
	p = (percent / 100.0 * (double)n + 2.0) / ((double)n + 4.0);
	return 100.0 * (Z_975 + Z_80) * sqrt(2.0 * p * (1.0 - p) / (double)n);
}

bool
stats_tally_valid(const struct tally *t)
{
	int i;

	for (i = 0; i < SESSION_ANSWER_STEPS; i++) {
		if (t->steps[i] < 0 || t->steps[i] > STATS_MAX_TALLY)
			return false;
	}
	return t->dont_know >= 0 && t->blank >= 0 &&
	    t->dont_know <= STATS_MAX_TALLY && t->blank <= STATS_MAX_TALLY;
}

int
stats_score(const struct tally *t, struct stats_score *out)
{
	int i;

	memset(out, 0, sizeof *out);
	out->statement = t->statement;
	if (!stats_tally_valid(t))
		return -1;
	for (i = 0; i < SESSION_ANSWER_STEPS; i++)
		out->n += t->steps[i];
	out->positive = t->steps[0] + t->steps[1];
	out->dont_know = t->dont_know;
	out->blank = t->blank;
	out->percent = out->n > 0 ?
	    100.0 * (double)out->positive / (double)out->n : NAN;
	stats_wilson(out->positive, out->n, &out->lo, &out->hi);
	return 0;
}

/* Combines the scores into the indicator's figure. */
static void
stats_combine(struct stats_period *out)
{
	const struct stats_score *one = NULL;
	double sum = 0.0;
	size_t i;

	for (i = 0; i < out->n_scores; i++) {
		const struct stats_score *s = &out->scores[i];

		out->dont_know += s->dont_know;
		out->blank += s->blank;
		if (s->n == 0)
			continue;
		if (one == NULL || s->n < out->n)
			out->n = s->n;
		one = s;
		sum += s->percent;
		out->n_scored++;
	}
	if (out->n_scored == 0) {
		out->basis = STATS_BASIS_NONE;
		return;
	}
	if (out->n_scored == 1) {
		out->basis = STATS_BASIS_SINGLE;
		out->value = one->percent;
		out->lo = one->lo;
		out->hi = one->hi;
	} else {
		out->basis = STATS_BASIS_MEAN;
		out->value = sum / (double)out->n_scored;
		wilson_at(out->value / 100.0, out->n, &out->lo, &out->hi);
	}
	out->low_sample = out->n < STATS_MIN_SAMPLE;
	out->mdc = stats_mdc(out->value, out->n);
}

int
stats_period(const struct indicator *ind, const struct measurement *m,
    struct stats_period *out)
{
	size_t i;

	memset(out, 0, sizeof *out);
	out->period = period_label(m->period);
	out->kind = ind->kind;
	out->value = out->lo = out->hi = out->mdc = NAN;
	if (ind->kind == INDICATOR_COUNT) {
		if (m->has_count) {
			out->basis = STATS_BASIS_COUNT;
			out->value = (double)m->count;
		}
		out->target = stats_target_status(ind, out);
		return 0;
	}
	if (m->n_tallies > 0)
		out->scores = xcalloc(m->n_tallies, sizeof *out->scores);
	out->n_scores = m->n_tallies;
	for (i = 0; i < m->n_tallies; i++) {
		if (stats_score(&m->tallies[i], &out->scores[i]) != 0) {
			stats_period_clear(out);
			return -1;
		}
	}
	stats_combine(out);
	out->target = stats_target_status(ind, out);
	return 0;
}

long
stats_period_positive(const struct stats_period *p)
{
	size_t i;

	if (p->basis != STATS_BASIS_SINGLE)
		return -1;
	for (i = 0; i < p->n_scores; i++)
		if (p->scores[i].n > 0)
			return p->scores[i].positive;
	return -1;
}

void
stats_period_clear(struct stats_period *p)
{
	free(p->scores);
	memset(p, 0, sizeof *p);
	p->value = p->lo = p->hi = p->mdc = NAN;
}

void
stats_change(const struct stats_period *a, const struct stats_period *b,
    struct stats_change *out)
{
	memset(out, 0, sizeof *out);
	out->diff = out->lo = out->hi = NAN;
	if (a->basis == STATS_BASIS_NONE || b->basis == STATS_BASIS_NONE ||
	    a->kind != b->kind)
		return;
	out->from = a->period;
	out->to = b->period;
	out->diff = b->value - a->value;
	if (a->basis == STATS_BASIS_COUNT || b->basis == STATS_BASIS_COUNT) {
		/* A count is a census, not a sample: every change is real. */
		if (out->diff > 0)
			out->verdict = STATS_VERDICT_INCREASE;
		else if (out->diff < 0)
			out->verdict = STATS_VERDICT_DECREASE;
		else
			out->verdict = STATS_VERDICT_UNCHANGED;
		return;
	}
	stats_newcombe(a->value, a->lo, a->hi, b->value, b->lo, b->hi,
	    &out->lo, &out->hi);
	if (out->lo > 0.0)
		out->verdict = STATS_VERDICT_INCREASE;
	else if (out->hi < 0.0)
		out->verdict = STATS_VERDICT_DECREASE;
	else
		out->verdict = STATS_VERDICT_NO_CHANGE;
}

enum stats_target
stats_status_against(const struct stats_period *p, double target)
{
	if (p->basis == STATS_BASIS_NONE || isnan(p->value))
		return STATS_TARGET_NONE;
	/* Met only when the interval supports it: 72 % against 70 % with
	 * an interval down to 59 % may as well be below the target. */
	if (p->value >= target - EPSILON)
		return p->basis == STATS_BASIS_COUNT || isnan(p->lo) ||
		    p->lo >= target - EPSILON ? STATS_TARGET_MET :
		    STATS_TARGET_UNCERTAIN;
	if (p->basis != STATS_BASIS_COUNT && target > p->hi + EPSILON)
		return STATS_TARGET_ABOVE;
	return STATS_TARGET_NOT_MET;
}

enum stats_target
stats_target_status(const struct indicator *ind, const struct stats_period *p)
{
	if (!ind->has_target)
		return STATS_TARGET_NONE;
	return stats_status_against(p, ind->target);
}

/* The period marked as base period when it has a figure, else -1. */
static long
stats_marked_base(const struct stats_indicator *out)
{
	size_t i;

	for (i = 0; i < out->n_periods; i++)
		if (out->indicator->measurements[i].base)
			return out->periods[i].basis != STATS_BASIS_NONE ?
			    (long)i : -1;
	return -1;
}

/* Fills the two changes into every period from the earlier ones. */
static void
stats_link(struct stats_indicator *out)
{
	long prev = -1, base = stats_marked_base(out);
	size_t i;

	for (i = 0; i < out->n_periods; i++) {
		struct stats_change *vp = &out->vs_previous[i];
		struct stats_change *vb = &out->vs_baseline[i];

		vp->diff = vp->lo = vp->hi = NAN;
		vb->diff = vb->lo = vb->hi = NAN;
		if (out->periods[i].basis == STATS_BASIS_NONE)
			continue;
		if (prev >= 0)
			stats_change(&out->periods[prev], &out->periods[i], vp);
		if (base < 0)
			base = (long)i;
		else if (base < (long)i)
			stats_change(&out->periods[base], &out->periods[i], vb);
		prev = (long)i;
	}
	out->latest = prev;
}

int
stats_indicator(const struct indicator *ind, struct stats_indicator *out)
{
	size_t i, n = ind->n_measurements;

	memset(out, 0, sizeof *out);
	out->indicator = ind;
	out->latest = -1;
	if (n == 0)
		return 0;
	out->periods = xcalloc(n, sizeof *out->periods);
	out->vs_previous = xcalloc(n, sizeof *out->vs_previous);
	out->vs_baseline = xcalloc(n, sizeof *out->vs_baseline);
	out->n_periods = n;
	for (i = 0; i < n; i++) {
		if (stats_period(ind, &ind->measurements[i],
		    &out->periods[i]) != 0) {
			stats_indicator_clear(out);
			return -1;
		}
	}
	stats_link(out);
	return 0;
}

void
stats_indicator_clear(struct stats_indicator *s)
{
	size_t i;

	for (i = 0; i < s->n_periods; i++)
		stats_period_clear(&s->periods[i]);
	free(s->periods);
	free(s->vs_previous);
	free(s->vs_baseline);
	memset(s, 0, sizeof *s);
	s->latest = -1;
}

const struct stats_change *
stats_latest_change(const struct stats_indicator *s)
{
	if (s->latest < 0)
		return NULL;
	if (s->vs_previous[s->latest].verdict == STATS_VERDICT_NONE)
		return NULL;
	return &s->vs_previous[s->latest];
}

const char *
stats_verdict_label(enum stats_verdict v)
{
	if ((int)v < 0 || v >= STATS_VERDICT_COUNT)
		v = STATS_VERDICT_NONE;
	return _(verdict_labels[v]);
}

const char *
stats_target_label(enum stats_target t)
{
	if ((int)t < 0 || t >= STATS_TARGET_COUNT)
		t = STATS_TARGET_NONE;
	return _(target_labels[t]);
}

const char *
stats_step_name(int step)
{
	if (step < 0 || step > STATS_STEP_DONT_KNOW)
		return NULL;
	return step_names[step];
}
