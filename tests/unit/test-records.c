/*
 * Record ids and merge conflicts in the model and the file: records of a
 * file without ids get their positions, new records random ids, ids
 * survive saving, moving and copying, and a session's conflicts are
 * written only when there are some.
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
#include "b2c/store.h"

static struct session *
parse(const char *text)
{
	struct session *s = NULL;
	char *cause = NULL;

	if (store_parse("t.cfg", text, strlen(text), &s, &cause) != 0)
		fail_msg("%s", cause);
	return s;
}

static char *
serialise(const struct session *s)
{
	char *text = NULL, *cause = NULL;
	size_t len;

	if (store_serialise(s, &text, &len, &cause) != 0)
		fail_msg("%s", cause);
	return text;
}

/* 16 lower-case hex digits. */
static void
assert_random_id(const char *id)
{
	assert_int_equal(strlen(id), 16);
	assert_int_equal(strspn(id, "0123456789abcdef"), 16);
}

static void
test_positions_for_records_without_ids(void **state)
{
	struct session *s;

	(void)state;
	s = parse("version = 1;\n"
	    "part1 = { housing = { resources = ( { kind = \"hours\"; } ); }; };\n"
	    "part2 = { wheel = ( { title = \"a\"; }, { title = \"b\"; } ); };\n"
	    "part3 = { meetings = ( { date = \"2027-01-02\"; },\n"
	    "  { id = \"2\"; date = \"2027-02-02\"; },\n"
	    "  { date = \"2027-03-02\"; } ); };\n");
	assert_string_equal(s->part1[PARTY_HOUSING].resources[0].id, "1");
	assert_string_equal(s->part2.wheel[0].id, "1");
	assert_string_equal(s->part2.wheel[1].id, "2");
	assert_string_equal(s->meetings[0].id, "1");
	assert_string_equal(s->meetings[1].id, "2");
	/* Position 3 is free; had "2" been free the second would keep it. */
	assert_string_equal(s->meetings[2].id, "3");
	session_free(s);
	/* A position another record holds gives a new id. */
	s = parse("version = 1;\npart3 = { meetings = ( { id = \"2\"; },\n"
	    "  { date = \"2027-02-02\"; } ); };\n");
	assert_string_equal(s->meetings[0].id, "2");
	assert_random_id(s->meetings[1].id);
	session_free(s);
}

static void
test_new_records_get_new_ids(void **state)
{
	struct session *s = session_new();
	struct meeting *m;
	char *a, *b;

	(void)state;
	a = strdup(session_add_meeting(s)->id);
	m = session_add_meeting(s);
	b = m->id;
	assert_random_id(a);
	assert_random_id(b);
	assert_string_not_equal(a, b);
	assert_random_id(session_add_activity(&s->part2)->id);
	assert_random_id(session_add_resource(&s->part1[0])->id);
	free(a);
	session_free(s);
}

static void
test_ids_survive_save_move_and_copy(void **state)
{
	struct session *s = session_new(), *back, *copy;
	char *text, *id0, *id1;

	(void)state;
	session_add_meeting(s);
	session_add_meeting(s);
	id0 = strdup(s->meetings[0].id);
	id1 = strdup(s->meetings[1].id);
	session_move(s->meetings, s->n_meetings, sizeof *s->meetings, 1, 0);
	text = serialise(s);
	back = parse(text);
	assert_string_equal(back->meetings[0].id, id1);
	assert_string_equal(back->meetings[1].id, id0);
	assert_true(session_equal(s, back));
	copy = session_clone(back);
	assert_true(session_equal(copy, back));
	session_set_str(&copy->meetings[0].id, "other");
	assert_false(session_equal(copy, back));
	free(text);
	free(id0);
	free(id1);
	session_free(s);
	session_free(back);
	session_free(copy);
}

static void
test_conflicts_written_only_when_present(void **state)
{
	struct session *s = session_new(), *back, *copy;
	struct conflict *c;
	char *text;

	(void)state;
	text = serialise(s);
	assert_null(strstr(text, "conflicts"));
	free(text);
	c = session_add_conflict(s);
	session_set_str(&c->path, "title");
	session_set_str(&c->kind, "changed");
	session_set_str(&c->ours, "Vores");
	session_set_str(&c->theirs, "Deres");
	text = serialise(s);
	assert_non_null(strstr(text, "conflicts = ( {"));
	back = parse(text);
	assert_int_equal(back->n_conflicts, 1);
	assert_string_equal(back->conflicts[0].theirs, "Deres");
	copy = session_clone(back);
	assert_true(session_equal(copy, back));
	session_remove_conflict(copy, 0);
	assert_false(session_equal(copy, back));
	free(text);
	session_free(s);
	session_free(back);
	session_free(copy);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_positions_for_records_without_ids),
		cmocka_unit_test(test_new_records_get_new_ids),
		cmocka_unit_test(test_ids_survive_save_move_and_copy),
		cmocka_unit_test(test_conflicts_written_only_when_present),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
