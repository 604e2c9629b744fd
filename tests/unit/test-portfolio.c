/*
 * The portfolio model on sessions built in code: indicators matched by id
 * and kind, periods by key whatever the label's language, pools from the
 * summed answers (checked against hand-worked Wilson bounds), a mean of
 * several statements left out, counts summed, a pooled change only
 * between the same partnerships, and absurd sums giving up instead of
 * overflowing.
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

#include "../../src/core/report/portfolio.h"
#include "b2c/session.h"

/* Sets answers to a statement ("": the indicator) in a period. */
static void
answers(struct indicator *ind, const char *period, const char *stmt,
    long pos, long neg, long dont_know)
{
	struct measurement *m = session_find_measurement(ind, period);
	struct tally *t;

	if (m == NULL)
		m = session_add_measurement(ind, period);
	t = session_tally_for(m, stmt);
	t->steps[0] = pos;
	t->steps[4] = neg;
	t->dont_know = dont_know;
}

/* Sets a count KPI's count in a new period. */
static void
count(struct indicator *ind, const char *period, long v)
{
	struct measurement *m = session_add_measurement(ind, period);

	m->has_count = true;
	m->count = v;
}

/* The portfolio's indicator of that id; the test fails without one. */
static const struct portfolio_indicator *
find(const struct portfolio *pf, const char *id)
{
	static const struct portfolio_indicator none;
	size_t i;

	for (i = 0; i < pf->n_indicators; i++)
		if (strcmp(pf->indicators[i].indicator->id, id) == 0)
			return &pf->indicators[i];
	fail_msg("no indicator %s", id);
	return &none;
}

static void
test_pool(void **state)
{
	struct session *a = session_new(), *b = session_new();
	const struct session *both[2];
	const struct portfolio_indicator *pi;
	const struct portfolio_pool *p;
	struct portfolio *pf;
	struct indicator *ind;

	(void)state;
	/* 10 of 20 and 90 of 100: 100 of 120 pooled (83.3 %), where the
	 * mean of the percentages would be 70 %. */
	answers(&a->indicators[0], "Baseline", "", 10, 10, 3);
	answers(&b->indicators[0], "baseline", "", 90, 10, 1);
	/* "År 1" and "Year 1" are one period. */
	answers(&a->indicators[0], "År 1", "", 15, 5, 0);
	answers(&b->indicators[0], "Year 1", "", 95, 5, 0);
	ind = session_add_indicator(a, "youth", "Unge");
	ind->kind = INDICATOR_COUNT;
	ind->adopted = true;
	count(ind, "baseline", 3);
	ind = session_add_indicator(b, "youth", "Unge");
	ind->kind = INDICATOR_COUNT;
	ind->adopted = true;
	count(ind, "baseline", 4);
	both[0] = a;
	both[1] = b;
	pf = portfolio_new(both, 2);

	pi = find(pf, "belonging");
	assert_int_equal(pi->n_pools, 2);
	p = &pi->pools[0];
	assert_string_equal(p->key, "baseline");
	assert_int_equal(p->n_pooled, 2);
	assert_int_equal(p->figure.n, 120);
	assert_int_equal(p->positive, 100);
	assert_int_equal(p->figure.dont_know, 4);
	assert_true(fabs(p->figure.value - 100.0 * 100 / 120) < 1e-9);
	/* Wilson, z = 1.96, 100 of 120: 75.65 .. 88.94. */
	assert_true(fabs(p->figure.lo - 75.65) < 0.01);
	assert_true(fabs(p->figure.hi - 88.94) < 0.01);
	p = &pi->pools[1];
	assert_string_equal(p->key, "year 1");
	assert_int_equal(p->figure.n, 120);
	assert_int_equal(p->positive, 110);
	assert_int_equal(p->change.verdict, STATS_VERDICT_NO_CHANGE);
	assert_true(fabs(p->change.diff - 100.0 * 10 / 120) < 1e-9);

	pi = find(pf, "youth");
	assert_int_equal(pi->pools[0].figure.basis, STATS_BASIS_COUNT);
	assert_true(pi->pools[0].figure.value == 7.0);
	portfolio_free(pf);
	session_free(a);
	session_free(b);
}

static void
test_left_out(void **state)
{
	struct session *a = session_new(), *b = session_new();
	const struct session *both[2];
	const struct portfolio_pool *p;
	struct portfolio *pf;

	(void)state;
	/* b's trust rests on two statements: a mean, not added up. */
	answers(&a->indicators[1], "baseline", "", 6, 4, 0);
	answers(&b->indicators[1], "baseline", "t1", 5, 5, 0);
	answers(&b->indicators[1], "baseline", "t2", 8, 2, 0);
	/* a has a year 1, b has not: no pooled change. */
	answers(&a->indicators[0], "baseline", "", 5, 5, 0);
	answers(&b->indicators[0], "baseline", "", 5, 5, 0);
	answers(&a->indicators[0], "year 1", "", 9, 1, 0);
	both[0] = a;
	both[1] = b;
	pf = portfolio_new(both, 2);
	p = &find(pf, "trust")->pools[0];
	assert_int_equal(p->n_entries, 2);
	assert_int_equal(p->n_pooled, 1);
	assert_int_equal(p->entries[1].left_out, PORTFOLIO_MEAN);
	assert_int_equal(p->figure.n, 10);
	p = &find(pf, "belonging")->pools[1];
	assert_true(p->other_members);
	assert_int_equal(p->change.verdict, STATS_VERDICT_NONE);
	/* cocreation has nothing measured anywhere: no pools. */
	assert_int_equal(find(pf, "cocreation")->n_pools, 0);
	portfolio_free(pf);
	session_free(a);
	session_free(b);
}

static void
test_overflow(void **state)
{
	struct session *a = session_new(), *b = session_new();
	const struct session *both[2];
	struct portfolio *pf;
	const struct portfolio_pool *p;

	(void)state;
	/* Each within what one tally may hold; together past the limit. */
	answers(&a->indicators[0], "baseline", "", LONG_MAX / 16,
	    LONG_MAX / 16, 0);
	answers(&a->indicators[0], "baseline", "", LONG_MAX / 16,
	    LONG_MAX / 16, 0);
	a->indicators[0].measurements[0].tallies[0].steps[1] = LONG_MAX / 16;
	a->indicators[0].measurements[0].tallies[0].steps[2] = LONG_MAX / 16;
	a->indicators[0].measurements[0].tallies[0].steps[3] = LONG_MAX / 16;
	answers(&b->indicators[0], "baseline", "", 1, 1, 0);
	both[0] = a;
	both[1] = b;
	pf = portfolio_new(both, 2);
	p = &find(pf, "belonging")->pools[0];
	assert_int_equal(p->figure.basis, STATS_BASIS_NONE);
	assert_true(isnan(p->figure.value));
	portfolio_free(pf);
	portfolio_free(NULL);
	session_free(a);
	session_free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pool),
		cmocka_unit_test(test_overflow),
		cmocka_unit_test(test_left_out),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
