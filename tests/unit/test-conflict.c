/*
 * Deciding merge conflicts (store-conflict.h) and finding the field they
 * show at (guide-conflict.h), on conflicts made by store_merge() from
 * sessions built through the model; the oracle is the model's fields.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/conflict-spot.h"
#include "b2c/session.h"
#include "b2c/store-conflict.h"
#include "b2c/store-merge.h"

static struct session *
base_session(void)
{
	struct session *s = session_new();

	session_set_str(&s->title, "T");
	session_set_str(&s->part1[0].points[0], "p1");
	session_set_str(&session_add_meeting(s)->learnings, "L");
	session_set_str(&session_add_meeting(s)->learnings, "M");
	s->part2.plan.sample_size = 10;
	return s;
}

/* The merge of b with o and t; n conflicts expected. */
static struct session *
merged(struct session *b, struct session *o, struct session *t, size_t n)
{
	struct session *out = NULL;
	char *cause = NULL;
	size_t got;

	if (store_merge(b, o, t, "m.cfg", &out, &got, &cause) != 0)
		fail_msg("%s", cause);
	assert_int_equal(got, n);
	assert_int_equal(out->n_conflicts, n);
	session_free(b);
	session_free(o);
	session_free(t);
	return out;
}

static const char *
step_key(const struct session *s, size_t step)
{
	struct guide_ctx ctx;

	return guide_step_at(s, step, &ctx)->key;
}

/* Two titles: the spot is the title field; keeping drops the entry,
 * taking the other puts theirs in. */
static void
test_title(void **state)
{
	struct session *b = base_session(), *o, *t, *m, *k;
	struct guide_spot sp;
	char *cause = NULL;

	(void)state;
	o = session_clone(b);
	t = session_clone(b);
	session_set_str(&o->title, "Ours");
	session_set_str(&t->title, "Theirs");
	m = merged(b, o, t, 1);
	assert_true(conflict_spot(m, 0, &sp));
	assert_string_equal(step_key(m, sp.step), "start.parties");
	assert_string_equal(sp.field->key, "start.title");
	assert_true(sp.row == GUIDE_NO_ROW);
	k = session_clone(m);
	assert_int_equal(store_conflict_decide(k, 0, false, &cause), 0);
	assert_string_equal(k->title, "Ours");
	assert_int_equal(k->n_conflicts, 0);
	assert_int_equal(store_conflict_decide(m, 0, true, &cause), 0);
	assert_string_equal(m->title, "Theirs");
	assert_int_equal(m->n_conflicts, 0);
	assert_int_equal(m->n_meetings, 2);
	assert_string_equal(m->meetings[1].learnings, "M");
	session_free(k);
	session_free(m);
}

/* A meeting's field: the record and its column; a number; a point. */
static void
test_record_number_point(void **state)
{
	struct session *b = base_session(), *o, *t, *m;
	struct guide_spot sp;
	char *cause = NULL, *v;
	struct guide_ctx ctx = { .party = -1, .row = 1 };
	size_t i;

	(void)state;
	o = session_clone(b);
	t = session_clone(b);
	session_set_str(&o->meetings[1].learnings, "ours");
	session_set_str(&t->meetings[1].learnings, "theirs");
	o->part2.plan.sample_size = 20;
	t->part2.plan.sample_size = 30;
	session_set_str(&o->part1[0].points[0], "po");
	session_set_str(&t->part1[0].points[0], "pt");
	m = merged(b, o, t, 3);
	for (i = 0; i < 3; i++)
		if (strstr(m->conflicts[i].path, "meetings") != NULL)
			break;
	assert_true(i < 3);
	assert_true(conflict_spot(m, i, &sp));
	assert_string_equal(sp.field->key, "part3.meetings");
	assert_int_equal(sp.row, 1);
	assert_non_null(sp.column);
	v = sp.column->get(m, &ctx);
	assert_string_equal(v, "ours");
	free(v);
	while (m->n_conflicts > 0) {
		assert_true(conflict_spot(m, 0, &sp));
		assert_int_equal(store_conflict_decide(m, 0, true, &cause), 0);
	}
	assert_string_equal(m->meetings[1].learnings, "theirs");
	assert_int_equal(m->part2.plan.sample_size, 30);
	assert_string_equal(m->part1[0].points[0], "pt");
	session_free(m);
}

/* One side removed a meeting the other changed: the record is the spot;
 * the other side's decision removes it, keeping leaves it. */
static void
test_removed(void **state)
{
	struct session *b = base_session(), *o, *t, *m, *k;
	struct guide_spot sp;
	char *cause = NULL;

	(void)state;
	o = session_clone(b);
	t = session_clone(b);
	session_remove_meeting(o, 0);
	session_set_str(&t->meetings[0].learnings, "changed");
	m = merged(b, o, t, 1);
	assert_true(store_conflict_is_removal(&m->conflicts[0]));
	assert_true(conflict_spot(m, 0, &sp));
	assert_string_equal(sp.field->key, "part3.meetings");
	/* Ours' records first: the one kept from theirs comes after. */
	assert_int_equal(sp.row, 1);
	assert_string_equal(m->meetings[1].learnings, "changed");
	assert_null(sp.column);
	k = session_clone(m);
	assert_int_equal(store_conflict_decide(k, 0, false, &cause), 0);
	assert_int_equal(k->n_meetings, 2);
	assert_int_equal(store_conflict_decide(m, 0, true, &cause), 0);
	assert_int_equal(m->n_meetings, 1);
	assert_string_equal(m->meetings[0].learnings, "M");
	assert_int_equal(m->n_conflicts, 0);
	assert_int_equal(store_conflict_decide(m, 0, true, &cause), -1);
	assert_non_null(cause);
	free(cause);
	session_free(k);
	session_free(m);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_title),
		cmocka_unit_test(test_record_number_point),
		cmocka_unit_test(test_removed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
