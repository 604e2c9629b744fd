/*
 * The recovery journal: it lives in $XDG_STATE_HOME/b2c/journal under a
 * name of the session's absolute path (the same session however it is
 * named), private; it reads back as the session written; it does not
 * need the session's directory to be writable; its differences with the
 * saved session are the lines that changed.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "b2c/journal.h"
#include "b2c/session.h"
#include "b2c/store.h"
#include "b2c/util.h"
#include "store-test.h"

static char *dir, *state;

static int
setup(void **st)
{
	(void)st;
	dir = test_tmpdir("journal");
	state = test_tmpdir("journal-state");
	setenv("XDG_STATE_HOME", state, 1);
	return 0;
}

static int
teardown(void **st)
{
	(void)st;
	free(dir);
	free(state);
	return 0;
}

static void
test_path_is_per_session(void **st)
{
	char *a, *b, *c, *want, *sess = xasprintf("%s/s.cfg", dir);
	char *other = xasprintf("%s/sub/../s.cfg", dir), *sub;

	(void)st;
	sub = xasprintf("%s/sub", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	a = journal_path(sess);
	b = journal_path(other);
	assert_string_equal(a, b);
	want = xasprintf("%s/b2c/journal/s.cfg-", state);
	assert_int_equal(strncmp(a, want, strlen(want)), 0);
	assert_string_equal(a + strlen(a) - 8, ".journal");
	c = journal_path("t.cfg");
	assert_string_not_equal(a, c);
	free(a);
	free(b);
	free(c);
	free(want);
	free(sess);
	free(other);
	free(sub);
}

static void
test_write_read_remove(void **st)
{
	char *sess = xasprintf("%s/s.cfg", dir), *path, *cause = NULL;
	char *t1 = NULL, *t2 = NULL, *text;
	struct session *s = session_new(), *back = NULL;
	size_t l1, l2;
	struct stat sb;
	time_t when = 0;

	(void)st;
	session_set_str(&s->title, "Typet lige før strømmen gik");
	session_add_action(&s->part2, "Fælles sommerfest");
	/* The session's own directory may not even take a file. */
	assert_int_equal(chmod(dir, 0500), 0);
	assert_int_equal(journal_write(sess, s, &cause), 0);
	assert_int_equal(chmod(dir, 0700), 0);
	path = journal_path(sess);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0600);
	text = test_read_file(path, NULL);
	assert_non_null(strstr(text, "# b2c recovery journal of "));
	assert_non_null(strstr(text, "/s.cfg\n"));
	assert_int_equal(journal_read(sess, &back, &when, &cause), 1);
	assert_true(when > 0);
	assert_int_equal(store_serialise(s, &t1, &l1, &cause), 0);
	assert_int_equal(store_serialise(back, &t2, &l2, &cause), 0);
	assert_int_equal(l1, l2);
	assert_memory_equal(t1, t2, l1);
	journal_remove(sess);
	assert_int_equal(stat(path, &sb), -1);
	session_free(back);
	back = NULL;
	assert_int_equal(journal_read(sess, &back, &when, &cause), 0);
	assert_null(back);
	free(text);
	free(t1);
	free(t2);
	free(path);
	free(sess);
	session_free(s);
}

static void
test_unwritable_state_says_why(void **st)
{
	char *sess = xasprintf("%s/s.cfg", dir), *cause = NULL;
	char *blocker = xasprintf("%s/blocked", dir);
	struct session *s = session_new();

	(void)st;
	/* A file where the directories would go. */
	test_write_file(blocker, "x", 1);
	setenv("XDG_STATE_HOME", blocker, 1);
	assert_int_equal(journal_write(sess, s, &cause), -1);
	assert_non_null(cause);
	assert_non_null(strstr(cause, "cannot write the recovery journal"));
	setenv("XDG_STATE_HOME", state, 1);
	free(cause);
	free(blocker);
	free(sess);
	session_free(s);
}

static void
test_differences(void **st)
{
	struct session *a = session_new(), *b;
	char **lines;
	size_t n;

	(void)st;
	session_set_str(&a->title, "Før");
	session_set_str(&a->area, "Hedemarken");
	b = session_clone(a);
	assert_int_equal(journal_differences(a, b, &lines, 10), 0);
	session_set_str(&b->title, "Efter");
	n = journal_differences(a, b, &lines, 10);
	assert_int_equal(n, 2);
	assert_string_equal(lines[0], "- title = \"Før\";");
	assert_string_equal(lines[1], "+ title = \"Efter\";");
	journal_lines_free(lines, n);
	/* At most max lines. */
	session_set_str(&b->area, "Albertslund");
	n = journal_differences(a, b, &lines, 3);
	assert_int_equal(n, 3);
	journal_lines_free(lines, n);
	session_free(a);
	session_free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_path_is_per_session),
		cmocka_unit_test(test_write_read_remove),
		cmocka_unit_test(test_unwritable_state_says_why),
		cmocka_unit_test(test_differences),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
