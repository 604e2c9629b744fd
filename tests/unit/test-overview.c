/*
 * Session summaries for the listing and the session picker: a directory
 * scan in last-saved order with broken files kept as errors, partners,
 * progress text and the Del 1 answer check.
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

#include "b2c/lang.h"
#include "b2c/overview.h"
#include "b2c/session.h"

static char dir[512];

static void
write_file(const char *name, const char *text)
{
	char path[600];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

static int
setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "%s/tests/tmp/overview.%ld", TOP_BUILDDIR,
	    (long)getpid());
	mkdir(TOP_BUILDDIR "/tests", 0777);
	mkdir(TOP_BUILDDIR "/tests/tmp", 0777);
	return mkdir(dir, 0777);
}

static int
teardown(void **state)
{
	char cmd[600];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd);
}

static void
test_scan(void **state)
{
	struct overview *items;
	char *cause = NULL, *progress;
	size_t n;

	(void)state;
	write_file("older.cfg", "version = 1;\ntitle = \"Ældre\";\n"
	    "modified = \"2026-01-01T10:00:00Z\";\n"
	    "parties = { housing = { name = \"Bo-Vest\"; };\n"
	    "  company = { name = \"Nortec\"; }; };\n");
	write_file("newer.cfg", "version = 1;\ntitle = \"Nyere\";\n"
	    "modified = \"2026-02-01T10:00:00Z\";\n"
	    "saved_by = \"mette@bo-vest\";\n");
	write_file("broken.cfg", "version = 1;\ntitle = ;\n");
	write_file("notes.txt", "not a session\n");
	assert_int_equal(overview_scan(dir, &items, &n, &cause), 0);
	assert_int_equal(n, 3);
	assert_string_equal(items[0].name, "newer.cfg");
	assert_string_equal(items[0].saved_by, "mette@bo-vest");
	assert_string_equal(items[1].name, "older.cfg");
	assert_string_equal(items[1].title, "Ældre");
	assert_string_equal(items[1].partners, "Bo-Vest & Nortec");
	assert_null(items[1].error);
	assert_null(items[1].locked_by);
	assert_string_equal(items[2].name, "broken.cfg");
	assert_non_null(items[2].error);
	assert_non_null(strstr(items[2].error, "broken.cfg:2: "));
	assert_null(strchr(items[2].error, '\n'));
	progress = overview_progress(&items[1], true);
	assert_non_null(strstr(progress, "Part 3 0 meetings"));
	free(progress);
	overview_free_all(items, n);

	assert_int_equal(overview_scan("/nonexistent/dir", &items, &n,
	    &cause), -1);
	assert_non_null(cause);
	free(cause);
}

static void
test_part1_used_and_when(void **state)
{
	struct session *s = session_new();
	char *when;

	(void)state;
	assert_false(overview_part1_used(&s->part1[PARTY_COMPANY]));
	session_set_str(&s->part1[PARTY_COMPANY].points[4], "Punkt fem");
	assert_true(overview_part1_used(&s->part1[PARTY_COMPANY]));
	s->part1[PARTY_HOUSING].expected_size = SIZE_SMALL;
	assert_true(overview_part1_used(&s->part1[PARTY_HOUSING]));
	session_free(s);
	when = overview_when("2026-11-20T14:05:00Z");
	assert_string_equal(when, "2026-11-20 14:05 UTC");
	free(when);
	when = overview_when("");
	assert_string_equal(when, "");
	free(when);
	/* For people: the date in the language (the msgid's words here). */
	lang_set(LANG_DANISH);
	when = overview_when_local("2026-11-20T14:05:00Z");
	assert_string_equal(when, "20. november 2026 at 14:05 UTC");
	free(when);
	lang_set(LANG_ENGLISH);
	when = overview_when_local("2026-11-20T14:05:00Z");
	assert_string_equal(when, "20 November 2026 at 14:05 UTC");
	free(when);
	when = overview_when_local("soon");
	assert_string_equal(when, "soon");
	free(when);
	lang_set(LANG_DANISH);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_scan, setup, teardown),
		cmocka_unit_test(test_part1_used_and_when),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
