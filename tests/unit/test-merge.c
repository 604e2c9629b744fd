/*
 * store_merge() and store_diff() on sessions built through the model:
 * the oracle is the model's fields after the merge, never the trees.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/session.h"
#include "b2c/store-diff.h"
#include "b2c/store-merge.h"

static struct session *
merge(const struct session *b, const struct session *o,
    const struct session *t, size_t *n_new)
{
	struct session *out = NULL;
	char *cause = NULL;

	if (store_merge(b, o, t, "m.cfg", &out, n_new, &cause) != 0)
		fail_msg("%s", cause);
	return out;
}

static struct session *
base_session(void)
{
	struct session *s = session_new();

	session_set_str(&s->title, "T");
	session_add_action(&s->part2, "a");
	session_add_action(&s->part2, "b");
	session_set_str(&s->part1[0].points[0], "p1");
	session_set_str(&session_add_meeting(s)->learnings, "L");
	return s;
}

/* Actions both sides added are all kept; one removed stays removed. */
static void
test_lists_of_texts(void **state)
{
	struct session *b = base_session(), *o, *t, *m;
	size_t n;

	(void)state;
	o = session_clone(b);
	t = session_clone(b);
	session_add_action(&o->part2, "ours");
	session_remove_action(&t->part2, 0);
	session_add_action(&t->part2, "theirs");
	m = merge(b, o, t, &n);
	assert_int_equal(n, 0);
	assert_int_equal(m->part2.n_actions, 3);
	assert_string_equal(m->part2.actions[0], "b");
	assert_string_equal(m->part2.actions[1], "ours");
	assert_string_equal(m->part2.actions[2], "theirs");
	session_free(m);
	session_free(o);
	session_free(t);
	session_free(b);
}

/* The five points are by position: one point changed two ways is one
 * conflict; a second merge about the same setting replaces it. */
static void
test_points_and_repeated_conflict(void **state)
{
	struct session *b = base_session(), *o, *t, *m, *m2;
	size_t n;

	(void)state;
	o = session_clone(b);
	t = session_clone(b);
	session_set_str(&o->part1[0].points[0], "ours");
	session_set_str(&t->part1[0].points[0], "theirs");
	session_set_str(&t->part1[0].points[4], "p5");
	m = merge(b, o, t, &n);
	assert_int_equal(n, 1);
	assert_string_equal(m->part1[0].points[0], "ours");
	assert_string_equal(m->part1[0].points[4], "p5");
	assert_int_equal(m->n_conflicts, 1);
	assert_string_equal(m->conflicts[0].path, "part1.housing.points[1]");
	assert_string_equal(m->conflicts[0].base, "p1");
	assert_string_equal(m->conflicts[0].theirs, "theirs");
	/* Merged again with a third value: still one entry, the new one. */
	session_set_str(&t->part1[0].points[0], "third");
	m2 = merge(b, m, t, &n);
	assert_int_equal(m2->n_conflicts, 1);
	assert_string_equal(m2->conflicts[0].theirs, "third");
	session_free(m2);
	session_free(m);
	session_free(o);
	session_free(t);
	session_free(b);
}

/* A meeting each side added, and the base one edited on one side. */
static void
test_meetings_and_diff(void **state)
{
	struct session *b = base_session(), *o, *t, *m;
	struct store_changes c;
	char *cause = NULL;
	size_t n, i, added = 0, changed = 0;

	(void)state;
	o = session_clone(b);
	t = session_clone(b);
	session_set_str(&session_add_meeting(o)->date, "2027-01-01");
	session_set_str(&session_add_meeting(t)->date, "2027-02-01");
	session_set_str(&t->meetings[0].learnings, "L2");
	m = merge(b, o, t, &n);
	assert_int_equal(n, 0);
	assert_int_equal(m->n_meetings, 3);
	assert_string_equal(m->meetings[0].learnings, "L2");
	assert_string_equal(m->meetings[1].id, o->meetings[1].id);
	assert_string_equal(m->meetings[2].id, t->meetings[1].id);
	assert_string_equal(m->meetings[2].date, "2027-02-01");
	assert_int_equal(store_diff(b, m, &c, &cause), 0);
	for (i = 0; i < c.n; i++) {
		if (c.items[i].kind == STORE_CHANGE_ADDED)
			added++;
		if (c.items[i].kind == STORE_CHANGE_VALUE) {
			changed++;
			assert_string_equal(c.items[i].before, "L");
			assert_string_equal(c.items[i].after, "L2");
		}
	}
	assert_int_equal(added, 2);
	assert_int_equal(changed, 1);
	store_changes_free(&c);
	session_free(m);
	session_free(o);
	session_free(t);
	session_free(b);
}

/* Both sides add a statement with one id to different indicators: not a
 * valid session, so the merge is refused. */
static void
test_invalid_result_refused(void **state)
{
	struct session *b = base_session(), *o, *t, *out = NULL;
	char *cause = NULL;
	size_t n;

	(void)state;
	o = session_clone(b);
	t = session_clone(b);
	session_add_statement(&o->indicators[0], "q", "x");
	session_add_statement(&t->indicators[1], "q", "y");
	assert_int_equal(store_merge(b, o, t, "m.cfg", &out, &n, &cause), -1);
	assert_null(out);
	assert_non_null(strstr(cause, "m.cfg:"));
	free(cause);
	session_free(o);
	session_free(t);
	session_free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lists_of_texts),
		cmocka_unit_test(test_points_and_repeated_conflict),
		cmocka_unit_test(test_meetings_and_diff),
		cmocka_unit_test(test_invalid_result_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
