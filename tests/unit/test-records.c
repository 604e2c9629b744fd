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
#include <sys/wait.h>
#include <unistd.h>
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

static int
compare_ids(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Ids come from one random key per process: twenty thousand of them never
 * repeat, and a forked child (the wizard saves in one) hands out others
 * than its parent even at the same count. */
static void
test_ids_unique_within_and_across_a_fork(void **state)
{
	enum { N = 20000 };
	char **ids = calloc(N, sizeof *ids), child_id[17] = "";
	int fds[2], status;
	size_t i;
	pid_t pid;

	(void)state;
	for (i = 0; i < N; i++)
		ids[i] = session_make_id();
	qsort(ids, N, sizeof *ids, compare_ids);
	for (i = 1; i < N; i++)
		assert_string_not_equal(ids[i - 1], ids[i]);
	for (i = 0; i < N; i++)
		free(ids[i]);
	free(ids);

	assert_int_equal(pipe(fds), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		char *id = session_make_id();

		_exit(write(fds[1], id, 16) == 16 ? 0 : 1);
	}
	close(fds[1]);
	assert_int_equal(read(fds[0], child_id, 16), 16);
	close(fds[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	ids = calloc(1, sizeof *ids);
	ids[0] = session_make_id();
	assert_random_id(child_id);
	assert_string_not_equal(ids[0], child_id);
	free(ids[0]);
	free(ids);
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
		cmocka_unit_test(test_ids_unique_within_and_across_a_fork),
		cmocka_unit_test(test_ids_survive_save_move_and_copy),
		cmocka_unit_test(test_conflicts_written_only_when_present),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
