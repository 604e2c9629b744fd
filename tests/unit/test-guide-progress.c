/*
 * The remembered completeness (guide-progress.h) against the functions
 * that work it out each time: the same statuses, counts and missing
 * answers for every step and part of the demo, a new session and a large
 * one; a new version after an edit gives the new figures at once; the
 * same version keeps the remembered ones (the contract the wizard's
 * change counter meets).
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/guide.h"
#include "b2c/guide-progress.h"
#include "b2c/session.h"
#include "b2c/store.h"

#define MISSING_MAX	200

static struct session *
demo_session(void)
{
	struct session *s = NULL;
	char *cause = NULL;

	if (store_load(DEMO_CFG, &s, NULL, &cause) != 0)
		fail_msg("%s", cause);
	return s;
}

/* Everything p says of s at version equals the uncached figures. */
static void
assert_same(struct guide_progress *p, const struct session *s,
    unsigned long version)
{
	struct guide_missing a[MISSING_MAX], b[MISSING_MAX];
	size_t i, n, na, nb, done, total, cdone, ctotal;
	int part;

	n = guide_step_count(s);
	for (i = 0; i < n; i++)
		assert_int_equal(guide_progress_step(p, s, version, i),
		    guide_step_status(s, i));
	assert_int_equal(guide_progress_step(p, s, version, n), GUIDE_EMPTY);
	for (part = 0; part < GUIDE_PART_COUNT; part++) {
		guide_part_progress(s, (enum guide_part)part, &done, &total);
		guide_progress_part(p, s, version, (enum guide_part)part,
		    &cdone, &ctotal);
		assert_int_equal(cdone, done);
		assert_int_equal(ctotal, total);
		na = guide_missing(s, (enum guide_part)part, a, MISSING_MAX);
		nb = guide_progress_missing(p, s, version,
		    (enum guide_part)part, b, MISSING_MAX);
		assert_int_equal(nb, na);
		assert_true(na <= MISSING_MAX);
		for (i = 0; i < na; i++) {
			assert_int_equal(b[i].step, a[i].step);
			assert_ptr_equal(b[i].field, a[i].field);
			assert_int_equal(b[i].party, a[i].party);
		}
	}
}

static void
test_same_figures(void **state)
{
	struct guide_progress *p = guide_progress_new();
	struct session *s = session_new(), *demo = demo_session();
	size_t i;

	(void)state;
	assert_same(p, s, 0);
	assert_same(p, s, 0);	/* and again, from what it remembers */
	s->large = true;
	assert_same(p, s, 1);
	assert_same(p, demo, 1);	/* another session, same version */
	/* Many meeting dates, all blank but the last. */
	for (i = 0; i < 2000; i++)
		session_add_meeting_date(&demo->part2, "");
	assert_same(p, demo, 2);
	session_set_str(&demo->part2.meeting_dates[1999], "2027-03-15");
	assert_same(p, demo, 3);
	guide_progress_free(p);
	guide_progress_free(NULL);
	session_free(demo);
	session_free(s);
}

/* The index of the review step of a part (the first, for Del 1). */
static size_t
review_of(const struct session *s, enum guide_part part)
{
	const struct guide_step *st;
	size_t i, j;

	for (i = 0; i < guide_step_count(s); i++) {
		st = guide_step_at(s, i, NULL);
		for (j = 0; st->part == part && j < st->n_fields; j++)
			if (st->fields[j].kind == GUIDE_REVIEW)
				return i;
	}
	fail_msg("no review");
	return 0;
}

/* An edit shows at once under a new version, and only then. */
static void
test_edit_shows(void **state)
{
	struct guide_progress *p = guide_progress_new();
	struct session *s = session_new();
	struct guide_missing m[MISSING_MAX];
	size_t review = review_of(s, GUIDE_PART2), n, done, total, i;
	unsigned long version = 7;

	(void)state;
	n = guide_progress_missing(p, s, version, GUIDE_PART2, m, MISSING_MAX);
	assert_int_equal(guide_progress_step(p, s, version, review),
	    GUIDE_EMPTY);
	for (i = 0; i < n; i++)
		if (strcmp(m[i].field->key, "part2.meeting_dates") == 0)
			break;
	assert_true(i < n);
	guide_progress_part(p, s, version, GUIDE_PART2, &done, &total);
	assert_int_equal(done, 0);

	/* One meeting date: the step is done and no longer missing. */
	session_add_meeting_date(&s->part2, "2027-03-15");
	/* Under the same version the remembered figures stay ... */
	assert_int_equal(guide_progress_missing(p, s, version, GUIDE_PART2,
	    m, MISSING_MAX), n);
	assert_int_equal(guide_progress_step(p, s, version, review),
	    GUIDE_EMPTY);
	/* ... and the next version has the new ones. */
	version++;
	assert_int_equal(guide_progress_missing(p, s, version, GUIDE_PART2,
	    m, MISSING_MAX), n - 1);
	for (i = 0; i < n - 1; i++)
		assert_string_not_equal(m[i].field->key, "part2.meeting_dates");
	assert_int_equal(guide_progress_step(p, s, version, review),
	    GUIDE_PARTLY);
	guide_progress_part(p, s, version, GUIDE_PART2, &done, &total);
	assert_int_equal(done, 1);
	assert_same(p, s, version);

	/* A blank date is no date: back to missing. */
	session_set_str(&s->part2.meeting_dates[0], "");
	version++;
	assert_int_equal(guide_progress_missing(p, s, version, GUIDE_PART2,
	    m, MISSING_MAX), n);
	assert_int_equal(guide_progress_step(p, s, version, review),
	    GUIDE_EMPTY);
	guide_progress_free(p);
	session_free(s);
}

/* Fewer slots than missing answers: the count is still all of them. */
static void
test_missing_max(void **state)
{
	struct guide_progress *p = guide_progress_new();
	struct session *s = session_new();
	struct guide_missing m[2], all[MISSING_MAX];
	size_t n;

	(void)state;
	s->large = true;
	n = guide_missing(s, GUIDE_PART1, all, MISSING_MAX);
	assert_true(n > 2);
	memset(m, 0, sizeof m);
	assert_int_equal(guide_progress_missing(p, s, 0, GUIDE_PART1, m, 2),
	    n);
	assert_ptr_equal(m[1].field, all[1].field);
	assert_int_equal(guide_progress_missing(p, s, 0, GUIDE_PART1, NULL,
	    0), n);
	guide_progress_free(p);
	session_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_figures),
		cmocka_unit_test(test_edit_shows),
		cmocka_unit_test(test_missing_max),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
