/* The session model: core indicators, list operations, copy and compare. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/session.h"

static void
test_new_has_core_indicators(void **state)
{
	struct session *s = session_new();

	(void)state;
	assert_int_equal(s->n_indicators, 3);
	assert_string_equal(s->indicators[0].id, "belonging");
	assert_string_equal(s->indicators[1].name, "Tillid");
	assert_string_equal(s->indicators[2].opposite, "Ikke-deltager");
	assert_true(s->indicators[0].core);
	assert_int_equal(session_remove_indicator(s, 0), -1);
	assert_int_equal(s->n_indicators, 3);
	assert_string_equal(s->title, "");
	session_free(s);
}

static void
test_lists_grow_move_remove(void **state)
{
	struct session *s = session_new();
	char name[16];
	int i;

	(void)state;
	for (i = 0; i < 100; i++) {
		snprintf(name, sizeof name, "a%d", i);
		session_add_action(&s->part2, name);
	}
	assert_int_equal(s->part2.n_actions, 100);
	session_move(s->part2.actions, s->part2.n_actions,
	    sizeof *s->part2.actions, 0, 99);
	assert_string_equal(s->part2.actions[99], "a0");
	assert_string_equal(s->part2.actions[0], "a1");
	session_move(s->part2.actions, s->part2.n_actions,
	    sizeof *s->part2.actions, 99, 0);
	assert_string_equal(s->part2.actions[0], "a0");
	session_remove_action(&s->part2, 50);
	assert_int_equal(s->part2.n_actions, 99);
	assert_string_equal(s->part2.actions[50], "a51");
	session_free(s);
}

static struct session *
sample_session(void)
{
	struct session *s = session_new();
	struct indicator *ind;
	struct measurement *m;
	struct tally *t;

	session_set_str(&s->title, "Hedemarken æøå");
	session_set_str(&s->part1[PARTY_COMPANY].points[4], "Punkt fem");
	session_add_resource(&s->part1[0])->amount = 12.5;
	session_add_activity(&s->part2)->month = 6;
	session_add_meeting(s);
	ind = session_add_indicator(s, "safety", "Tryghed");
	session_add_statement(ind, "safety1", "Jeg føler mig tryg");
	m = session_add_measurement(ind, "Baseline");
	t = session_tally_for(m, "safety1");
	t->steps[0] = 10;
	t->dont_know = 2;
	return s;
}

static void
test_clone_equal_and_differences(void **state)
{
	struct session *a = sample_session(), *b = session_clone(a);

	(void)state;
	assert_true(session_equal(a, b));
	b->indicators[3].measurements[0].tallies[0].steps[0] = 11;
	assert_false(session_equal(a, b));
	b->indicators[3].measurements[0].tallies[0].steps[0] = 10;
	assert_true(session_equal(a, b));
	session_set_str(&b->part1[PARTY_COMPANY].points[4], "Andet");
	assert_false(session_equal(a, b));
	session_free(a);
	session_free(b);
}

static void
test_find(void **state)
{
	struct session *s = sample_session();
	struct indicator *owner = NULL;

	(void)state;
	assert_non_null(session_find_indicator(s, "safety"));
	assert_null(session_find_indicator(s, "nope"));
	assert_non_null(session_find_statement(s, "safety1", &owner));
	assert_string_equal(owner->id, "safety");
	assert_non_null(session_find_measurement(owner, "Baseline"));
	assert_ptr_equal(session_tally_for(&owner->measurements[0],
	    "safety1"), &owner->measurements[0].tallies[0]);
	session_free(s);
}

static void
test_keys_round_trip(void **state)
{
	(void)state;
	assert_int_equal(session_responsible_parse(
	    session_responsible_key(RESPONSIBLE_BOTH)), RESPONSIBLE_BOTH);
	assert_int_equal(session_resource_parse("volunteers"),
	    RESOURCE_VOLUNTEERS);
	assert_int_equal(session_kind_parse("count"), INDICATOR_COUNT);
	assert_int_equal(session_size_parse("huge"), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_new_has_core_indicators),
		cmocka_unit_test(test_lists_grow_move_remove),
		cmocka_unit_test(test_clone_equal_and_differences),
		cmocka_unit_test(test_find),
		cmocka_unit_test(test_keys_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
