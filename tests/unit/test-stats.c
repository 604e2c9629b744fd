/*
 * Survey statistics against values computed by hand. Throughout,
 * z = 1.959964 (two-sided 95 %), z^2 = 3.841459, and Wilson's interval of
 * x out of n with p = x/n is
 *   centre = (p + z^2/2n) / (1 + z^2/n)
 *   half   = z / (1 + z^2/n) * sqrt(p(1-p)/n + z^2/4n^2)
 */
#include "config.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/session.h"
#include "b2c/stats.h"

#define assert_near(a, b, eps) assert_true(fabs((a) - (b)) < (eps))

/* Sets a tally: positive answers split over the two top steps. */
static void
tally_set(struct measurement *m, const char *stmt, long agree, long neutral,
    long disagree, long dont_know, long blank)
{
	struct tally *t = session_tally_for(m, stmt);

	t->steps[0] = agree / 2;
	t->steps[1] = agree - agree / 2;
	t->steps[2] = neutral;
	t->steps[3] = disagree / 2;
	t->steps[4] = disagree - disagree / 2;
	t->dont_know = dont_know;
	t->blank = blank;
}

static void
test_wilson_41_of_100(void **state)
{
	double lo, hi;

	(void)state;
	/*
	 * p = 0.41, z^2/n = 0.0384146, 1 + z^2/n = 1.0384146
	 * centre = (0.41 + 0.0192073) / 1.0384146 = 0.4133294
	 * half = 1.887458 * sqrt(0.0024190 + 0.0000960) = 1.887458 * 0.0501501
	 *      = 0.0946563
	 * interval 0.3186731 .. 0.5079857
	 */
	stats_wilson(41, 100, &lo, &hi);
	assert_near(lo, 31.86731, 1e-4);
	assert_near(hi, 50.79857, 1e-4);
	/* 43/100: centre 0.4325895, half 0.0952566 -> 33.7333 .. 52.7846 */
	stats_wilson(43, 100, &lo, &hi);
	assert_near(lo, 33.73330, 1e-4);
	assert_near(hi, 52.78461, 1e-4);
}

static void
test_wilson_edges(void **state)
{
	double lo, hi;

	(void)state;
	stats_wilson(0, 0, &lo, &hi);
	assert_true(isnan(lo) && isnan(hi));
	stats_wilson(3, 2, &lo, &hi);
	assert_true(isnan(lo) && isnan(hi));
	/*
	 * All positive, 20/20: 1 + z^2/n = 1.1920729,
	 * centre = (1 + 0.0960365) / 1.1920729 = 0.9194437,
	 * half = 1.644171 * sqrt(0 + 0.0024010) = 0.0805563: 0.8388874 .. 1.
	 */
	stats_wilson(20, 20, &lo, &hi);
	assert_near(lo, 83.88748, 1e-4);
	assert_true(hi == 100.0);
	/* None positive, 0/20: the mirror image, 0 .. 0.1611252. */
	stats_wilson(0, 20, &lo, &hi);
	assert_true(lo == 0.0);
	assert_near(hi, 16.11252, 1e-4);
}

static void
test_newcombe_published(void **state)
{
	double lo1, hi1, lo2, hi2, lo, hi;

	(void)state;
	/*
	 * Newcombe (1998), Statistics in Medicine 17:873, example (a):
	 * 56/70 - 48/80 = 0.2000, method 10 interval 0.0524 .. 0.3339.
	 * Wilson 48/80: 0.490455 .. 0.700382; 56/70: 0.691834 .. 0.876953.
	 * lower = 0.2 - sqrt((0.8 - 0.691834)^2 + (0.700382 - 0.6)^2)
	 *       = 0.2 - sqrt(0.011700 + 0.010077) = 0.2 - 0.147569 = 0.052431
	 * upper = 0.2 + sqrt((0.876953 - 0.8)^2 + (0.6 - 0.490455)^2)
	 *       = 0.2 + sqrt(0.005922 + 0.012000) = 0.2 + 0.133873 = 0.333873
	 */
	stats_wilson(48, 80, &lo1, &hi1);
	stats_wilson(56, 70, &lo2, &hi2);
	stats_newcombe(60.0, lo1, hi1, 80.0, lo2, hi2, &lo, &hi);
	assert_near(lo, 5.2431, 1e-3);
	assert_near(hi, 33.3873, 1e-3);
}

static void
test_demo_no_detectable_change(void **state)
{
	struct session *s = session_new();
	struct indicator *ind = &s->indicators[0];
	struct stats_indicator si;
	const struct stats_change *c;

	(void)state;
	ind->has_target = true;
	ind->target = 85;
	tally_set(session_add_measurement(ind, "Baseline"), "", 41, 30, 29,
	    7, 3);
	tally_set(session_add_measurement(ind, "Year 1"), "", 43, 30, 27, 0, 0);
	assert_int_equal(stats_indicator(ind, &si), 0);
	assert_int_equal(si.n_periods, 2);
	assert_int_equal(si.latest, 1);
	/* "Ved ikke" and blanks are counted but not in n. */
	assert_int_equal(si.periods[0].n, 100);
	assert_int_equal(si.periods[0].dont_know, 7);
	assert_int_equal(si.periods[0].blank, 3);
	assert_int_equal(si.periods[0].basis, STATS_BASIS_SINGLE);
	assert_near(si.periods[0].value, 41.0, 1e-9);
	/*
	 * 43 - 41 = +2 points;
	 * lower = 2 - sqrt((43 - 33.7333)^2 + (50.7986 - 41)^2)
	 *       = 2 - sqrt(85.8718 + 96.0120) = 2 - 13.4864 = -11.4864
	 * upper = 2 + sqrt((52.7846 - 43)^2 + (41 - 31.8673)^2)
	 *       = 2 + sqrt(95.7386 + 83.4060) = 2 + 13.3845 = 15.3845
	 * The interval contains 0: no detectable change.
	 */
	c = stats_latest_change(&si);
	assert_non_null(c);
	assert_near(c->diff, 2.0, 1e-9);
	assert_near(c->lo, -11.4864, 1e-3);
	assert_near(c->hi, 15.3845, 1e-3);
	assert_int_equal(c->verdict, STATS_VERDICT_NO_CHANGE);
	assert_string_equal(c->from, "Baseline");
	assert_string_equal(c->to, "Year 1");
	/* 85 is above 52.78, the upper end of Year 1's interval. */
	assert_int_equal(si.periods[1].target, STATS_TARGET_ABOVE);
	assert_false(si.periods[1].low_sample);
	stats_indicator_clear(&si);
	session_free(s);
}

static void
test_increase_decrease(void **state)
{
	struct stats_period a, b;
	struct stats_change c;
	struct session *s = session_new();
	struct indicator *ind = &s->indicators[1];

	(void)state;
	/*
	 * 41/100 -> 60/100: +19; Wilson 60/100 = 50.2003 .. 69.0599;
	 * lower = 19 - sqrt((60 - 50.2002)^2 + (50.7986 - 41)^2)
	 *       = 19 - sqrt(96.0349 + 96.0120) = 19 - 13.8580 = 5.1419 > 0.
	 */
	tally_set(session_add_measurement(ind, "A"), "", 41, 59, 0, 0, 0);
	tally_set(session_add_measurement(ind, "B"), "", 60, 0, 40, 0, 0);
	assert_int_equal(stats_period(ind, &ind->measurements[0], &a), 0);
	assert_int_equal(stats_period(ind, &ind->measurements[1], &b), 0);
	stats_change(&a, &b, &c);
	assert_int_equal(c.verdict, STATS_VERDICT_INCREASE);
	assert_near(c.lo, 5.1419, 1e-3);
	assert_near(c.hi, 31.8642, 1e-3);
	/* The reverse is the mirror image. */
	stats_change(&b, &a, &c);
	assert_int_equal(c.verdict, STATS_VERDICT_DECREASE);
	assert_near(c.lo, -31.8642, 1e-3);
	assert_near(c.hi, -5.1419, 1e-3);
	stats_period_clear(&a);
	stats_period_clear(&b);
	session_free(s);
}

static void
test_empty_periods(void **state)
{
	struct session *s = session_new();
	struct indicator *ind = &s->indicators[2];
	struct stats_indicator si;

	(void)state;
	ind->has_target = true;
	ind->target = 75;
	session_add_measurement(ind, "Baseline");	/* no tallies */
	tally_set(session_add_measurement(ind, "Year 1"), "", 0, 0, 0, 4, 2);
	tally_set(session_add_measurement(ind, "Year 2"), "", 20, 10, 10, 0, 0);
	assert_int_equal(stats_indicator(ind, &si), 0);
	assert_int_equal(si.periods[0].basis, STATS_BASIS_NONE);
	assert_true(isnan(si.periods[0].value));
	assert_int_equal(si.periods[0].target, STATS_TARGET_NONE);
	/* Only "Ved ikke" and blanks: n = 0, still counted. */
	assert_int_equal(si.periods[1].basis, STATS_BASIS_NONE);
	assert_int_equal(si.periods[1].n, 0);
	assert_int_equal(si.periods[1].dont_know, 4);
	assert_int_equal(si.periods[1].blank, 2);
	assert_true(isnan(si.periods[1].mdc));
	assert_false(si.periods[1].low_sample);
	/* Year 2 is the first figure: its own baseline, nothing to compare. */
	assert_int_equal(si.latest, 2);
	assert_int_equal(si.vs_previous[2].verdict, STATS_VERDICT_NONE);
	assert_int_equal(si.vs_baseline[2].verdict, STATS_VERDICT_NONE);
	assert_null(stats_latest_change(&si));
	/* 20/40 = 50 %, n = 40 < 50: a warning. */
	assert_near(si.periods[2].value, 50.0, 1e-9);
	assert_true(si.periods[2].low_sample);
	stats_indicator_clear(&si);
	/* No measurements at all. */
	assert_int_equal(stats_indicator(&s->indicators[0], &si), 0);
	assert_int_equal(si.n_periods, 0);
	assert_int_equal(si.latest, -1);
	stats_indicator_clear(&si);
	session_free(s);
}

static void
test_previous_and_baseline(void **state)
{
	struct session *s = session_new();
	struct indicator *ind = &s->indicators[2];
	struct stats_indicator si;

	(void)state;
	tally_set(session_add_measurement(ind, "Baseline"), "", 22, 78, 0, 0,
	    0);
	session_add_measurement(ind, "Year 1");
	tally_set(session_add_measurement(ind, "Year 2"), "", 31, 69, 0, 0, 0);
	tally_set(session_add_measurement(ind, "Year 3"), "", 41, 59, 0, 0, 0);
	assert_int_equal(stats_indicator(ind, &si), 0);
	/* Year 1 has no answers, so Year 2 is compared with the baseline. */
	assert_string_equal(si.vs_previous[2].from, "Baseline");
	assert_near(si.vs_previous[2].diff, 9.0, 1e-9);
	/*
	 * 22 -> 31: Wilson 22/100 = 15.0013 .. 31.0704, 31/100 = 22.7797 ..
	 * 40.6261; lower = 9 - sqrt(8.2203^2 + 9.0704^2) = 9 - 12.2410 < 0.
	 */
	assert_int_equal(si.vs_previous[2].verdict, STATS_VERDICT_NO_CHANGE);
	assert_near(si.vs_previous[2].lo, -3.2411, 1e-3);
	assert_string_equal(si.vs_previous[3].from, "Year 2");
	assert_near(si.vs_previous[3].diff, 10.0, 1e-9);
	/*
	 * 22 -> 41 against the baseline: Wilson 41/100 from above;
	 * lower = 19 - sqrt((41 - 31.8673)^2 + (31.0704 - 22)^2)
	 *       = 19 - sqrt(83.4060 + 82.2713) = 19 - 12.8716 = 6.1284
	 */
	assert_string_equal(si.vs_baseline[3].from, "Baseline");
	assert_near(si.vs_baseline[3].lo, 6.1284, 1e-3);
	assert_int_equal(si.vs_baseline[3].verdict, STATS_VERDICT_INCREASE);
	stats_indicator_clear(&si);
	session_free(s);
}

static void
test_mean_of_statements(void **state)
{
	struct session *s = session_new();
	struct indicator *ind = &s->indicators[0];
	struct measurement *m;
	struct stats_period p;

	(void)state;
	session_add_statement(ind, "b1", "Stolt");
	session_add_statement(ind, "b2", "Hjemme");
	session_add_statement(ind, "b3", "Bliver");
	m = session_add_measurement(ind, "Baseline");
	tally_set(m, "b1", 40, 60, 0, 1, 0);
	tally_set(m, "b2", 50, 50, 0, 0, 2);
	tally_set(m, "b3", 45, 45, 0, 10, 0);
	assert_int_equal(stats_period(ind, m, &p), 0);
	assert_int_equal(p.basis, STATS_BASIS_MEAN);
	assert_int_equal(p.n_scores, 3);
	assert_int_equal(p.n_scored, 3);
	assert_near(p.scores[0].percent, 40.0, 1e-9);
	assert_near(p.scores[2].percent, 50.0, 1e-9);
	assert_string_equal(p.scores[1].statement, "b2");
	/*
	 * Mean (40 + 50 + 50) / 3 = 46.6667; n = the smallest n = 90;
	 * Wilson at p = 0.466667, n = 90: 1 + z^2/n = 1.0426829,
	 * centre = (0.466667 + 0.0213414) / 1.0426829 = 0.4680312,
	 * half = 1.879751 * sqrt(0.0027654 + 0.0001186) = 0.1009470
	 * -> 36.7084 .. 56.8978
	 */
	assert_near(p.value, 46.66667, 1e-4);
	assert_int_equal(p.n, 90);
	assert_int_equal(p.dont_know, 11);
	assert_int_equal(p.blank, 2);
	assert_near(p.lo, 36.70842, 1e-3);
	assert_near(p.hi, 56.89781, 1e-3);
	stats_period_clear(&p);
	session_free(s);
}

/* 72 of 100 against 70 %: the figure reaches it, Wilson's interval
 * (62.5 .. 79.9) does not; a change is measured from the marked base. */
static void
test_target_uncertain_and_base(void **state)
{
	struct session *s = session_new();
	struct indicator *ind = &s->indicators[0];
	struct stats_indicator si;
	struct measurement *m;

	(void)state;
	ind->has_target = true;
	ind->target = 70;
	tally_set(session_add_measurement(ind, "pilot"), "", 10, 0, 10, 0, 0);
	m = session_add_measurement(ind, "Baseline");
	tally_set(m, "", 50, 0, 50, 0, 0);
	m->base = true;
	tally_set(session_add_measurement(ind, "År 1"), "", 72, 0, 28, 0, 0);
	assert_int_equal(stats_indicator(ind, &si), 0);
	assert_int_equal(si.periods[2].target, STATS_TARGET_UNCERTAIN);
	assert_true(si.periods[2].lo < 70 && si.periods[2].value >= 70);
	/* against the marked base (50 %), not the first period (50 % too,
	 * but of 20): the difference and the later period's label */
	assert_string_equal(si.vs_baseline[2].from, "Baseline");
	assert_near(si.vs_baseline[2].diff, 22.0, 1e-9);
	assert_string_equal(si.vs_previous[2].from, "Baseline");
	/* the base itself and the period before it have no base change */
	assert_int_equal(si.vs_baseline[1].verdict, STATS_VERDICT_NONE);
	assert_int_equal(si.vs_baseline[0].verdict, STATS_VERDICT_NONE);
	assert_int_equal(stats_status_against(&si.periods[2], 60),
	    STATS_TARGET_MET);
	assert_int_equal(stats_status_against(&si.periods[2], 85),
	    STATS_TARGET_ABOVE);
	stats_indicator_clear(&si);
	session_free(s);
}

static void
test_targets(void **state)
{
	struct session *s = session_new();
	struct indicator *ind = &s->indicators[0];
	struct stats_period p;

	(void)state;
	tally_set(session_add_measurement(ind, "all"), "", 20, 0, 0, 0, 0);
	tally_set(session_add_measurement(ind, "none"), "", 0, 10, 10, 0, 0);
	tally_set(session_add_measurement(ind, "most"), "", 99, 0, 1, 0, 0);
	ind->has_target = true;
	ind->target = 0;	/* anything meets 0 %, even 0 % */
	stats_period(ind, &ind->measurements[1], &p);
	assert_int_equal(p.target, STATS_TARGET_MET);
	stats_period_clear(&p);
	ind->target = 100;	/* only everyone meets 100 % */
	stats_period(ind, &ind->measurements[0], &p);
	assert_near(p.value, 100.0, 1e-9);
	/* 20/20: Wilson reaches down to 83.89, so not yet certain. */
	assert_int_equal(p.target, STATS_TARGET_UNCERTAIN);
	stats_period_clear(&p);
	ind->target = 83;	/* the whole interval is at or above 83 % */
	stats_period(ind, &ind->measurements[0], &p);
	assert_int_equal(p.target, STATS_TARGET_MET);
	stats_period_clear(&p);
	ind->target = 100;
	/* 99/100: Wilson upper end 99.8233 < 100: out of reach. */
	stats_period(ind, &ind->measurements[2], &p);
	assert_int_equal(p.target, STATS_TARGET_ABOVE);
	stats_period_clear(&p);
	/* 0/20 reaches up to 16.11: 15 % is not met but within reach. */
	ind->target = 15;
	stats_period(ind, &ind->measurements[1], &p);
	assert_int_equal(p.target, STATS_TARGET_NOT_MET);
	stats_period_clear(&p);
	ind->has_target = false;
	stats_period(ind, &ind->measurements[0], &p);
	assert_int_equal(p.target, STATS_TARGET_NONE);
	stats_period_clear(&p);
	session_free(s);
}

static void
test_minimum_detectable_change(void **state)
{
	(void)state;
	/*
	 * mdc = (1.959964 + 0.841621) * sqrt(2 p (1 - p) / n),
	 * p = (x + 2) / (n + 4).
	 * 41/100: p = 43/104 = 0.4134615; 2 p (1-p) / 100 = 0.0048502;
	 * sqrt = 0.0696433; * 2.801585 = 0.1951 -> 19.51 points.
	 */
	assert_near(stats_mdc(41.0, 100), 19.5112, 1e-3);
	/* 20/20 and 0/20 both give p = 22/24 or 2/24: 24.486 points. */
	assert_near(stats_mdc(100.0, 20), 24.4861, 1e-3);
	assert_near(stats_mdc(0.0, 20), 24.4861, 1e-3);
	assert_true(isnan(stats_mdc(50.0, 0)));
	assert_true(isnan(stats_mdc(NAN, 10)));
}

static void
test_count_kpi(void **state)
{
	struct session *s = session_new();
	struct indicator *ind = session_add_indicator(s, "interns", "Unge");
	struct stats_indicator si;
	struct measurement *m;

	(void)state;
	ind->kind = INDICATOR_COUNT;
	ind->has_target = true;
	ind->target = 10;
	m = session_add_measurement(ind, "Baseline");
	m->has_count = true;
	m->count = 4;
	session_add_measurement(ind, "Year 1");
	m = session_add_measurement(ind, "Year 2");
	m->has_count = true;
	m->count = 10;
	assert_int_equal(stats_indicator(ind, &si), 0);
	assert_int_equal(si.periods[0].basis, STATS_BASIS_COUNT);
	assert_true(isnan(si.periods[0].lo));
	assert_true(isnan(si.periods[0].mdc));
	assert_false(si.periods[0].low_sample);
	assert_int_equal(si.periods[0].target, STATS_TARGET_NOT_MET);
	assert_int_equal(si.periods[1].basis, STATS_BASIS_NONE);
	assert_int_equal(si.periods[2].target, STATS_TARGET_MET);
	assert_int_equal(si.vs_previous[2].verdict, STATS_VERDICT_INCREASE);
	assert_near(si.vs_previous[2].diff, 6.0, 1e-9);
	assert_true(isnan(si.vs_previous[2].lo));
	m->count = 4;
	stats_indicator_clear(&si);
	stats_indicator(ind, &si);
	assert_int_equal(si.vs_previous[2].verdict, STATS_VERDICT_UNCHANGED);
	stats_indicator_clear(&si);
	session_free(s);
}

static void
test_negative_refused(void **state)
{
	struct session *s = session_new();
	struct indicator *ind = &s->indicators[0];
	struct stats_indicator si;

	(void)state;
	session_tally_for(session_add_measurement(ind, "x"), "")->blank = -1;
	assert_int_equal(stats_indicator(ind, &si), -1);
	assert_null(si.periods);
	/* Counts no survey has are refused rather than overflowing. */
	session_tally_for(&ind->measurements[0], "")->blank = 0;
	session_tally_for(&ind->measurements[0], "")->steps[2] = LONG_MAX;
	assert_int_equal(stats_indicator(ind, &si), -1);
	session_free(s);
}

static void
test_labels(void **state)
{
	(void)state;
	assert_string_equal(stats_verdict_label(STATS_VERDICT_NO_CHANGE),
	    "no detectable change");
	assert_string_equal(stats_verdict_label(STATS_VERDICT_INCREASE),
	    "increase");
	assert_string_equal(stats_target_label(STATS_TARGET_MET),
	    "target met");
	assert_string_equal(stats_step_name(0), "Helt enig");
	assert_string_equal(stats_step_name(STATS_STEP_DONT_KNOW), "Ved ikke");
	assert_null(stats_step_name(6));
	assert_null(stats_step_name(-1));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wilson_41_of_100),
		cmocka_unit_test(test_wilson_edges),
		cmocka_unit_test(test_newcombe_published),
		cmocka_unit_test(test_demo_no_detectable_change),
		cmocka_unit_test(test_increase_decrease),
		cmocka_unit_test(test_empty_periods),
		cmocka_unit_test(test_previous_and_baseline),
		cmocka_unit_test(test_mean_of_statements),
		cmocka_unit_test(test_targets),
		cmocka_unit_test(test_target_uncertain_and_base),
		cmocka_unit_test(test_minimum_detectable_change),
		cmocka_unit_test(test_count_kpi),
		cmocka_unit_test(test_negative_refused),
		cmocka_unit_test(test_labels),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
