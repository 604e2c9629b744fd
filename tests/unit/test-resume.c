/*
 * Where each session was left, kept per user: the point comes back for
 * the same real path only, the latest first, other sessions' points are
 * kept, damaged lines are skipped, and the directory is made on demand.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "b2c/resume.h"
#include "b2c/util.h"

static char *
state_file(const char *test)
{
	char *dir = xasprintf("%s/tests/tmp/resume-%s.%ld", TOP_BUILDDIR, test,
	    (long)getpid()), *file = xasprintf("%s/deep/b2c/resume", dir);
	char *cmd = xasprintf("rm -rf '%s'", dir);

	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(dir);
	return file;
}

static void
keep(const char *file, const char *session, const char *step, int party,
    const char *field, size_t row)
{
	struct resume_point p = { (char *)(uintptr_t)step, party,
	    (char *)(uintptr_t)field, row };
	char *cause = NULL;

	if (resume_save(file, session, &p, &cause) != 0)
		fail_msg("%s", cause);
}

static void
test_round_trip(void **state)
{
	char *file = state_file("trip");
	struct resume_point p;

	(void)state;
	assert_int_equal(resume_load(file, "/s/a.cfg", &p), -1);
	keep(file, "/s/a.cfg", "part2.wheel", -1, "part2.wheel", 2);
	keep(file, "/s/b\tc.cfg", "part1.points", 1, "part1.points", 4);
	keep(file, "/s/a.cfg", "part3.meetings", -1, "part3.meetings", 1);
	assert_int_equal(resume_load(file, "/s/a.cfg", &p), 0);
	assert_string_equal(p.step, "part3.meetings");
	assert_string_equal(p.field, "part3.meetings");
	assert_int_equal(p.party, -1);
	assert_int_equal(p.row, 1);
	resume_clear(&p);
	assert_int_equal(resume_load(file, "/s/b\tc.cfg", &p), 0);
	assert_string_equal(p.step, "part1.points");
	assert_int_equal(p.party, 1);
	assert_int_equal(p.row, 4);
	resume_clear(&p);
	assert_int_equal(resume_load(file, "/s/b", &p), -1);
	resume_clear(NULL);
	free(file);
}

static void
test_damaged_and_refused(void **state)
{
	char *file = state_file("damaged");
	struct resume_point p = { (char *)(uintptr_t)"part2.wheel", -1,
	    (char *)(uintptr_t)"", 0 };
	char *cause = NULL;
	FILE *f;

	(void)state;
	keep(file, "/s/a.cfg", "part2.wheel", -1, "", 0);
	f = fopen(file, "a");
	assert_non_null(f);
	fputs("garbage\npart1.x\t7\t\t0\t/s/b.cfg\n\t0\t\t0\t/s/c.cfg\n"
	    "part1.x\t0\tf\tx\t/s/d.cfg\npart1.y\t0\tf\t3\t/s/e.cfg", f);
	fclose(f);
	assert_int_equal(resume_load(file, "/s/b.cfg", &p), -1);
	assert_int_equal(resume_load(file, "/s/c.cfg", &p), -1);
	assert_int_equal(resume_load(file, "/s/d.cfg", &p), -1);
	assert_int_equal(resume_load(file, "/s/e.cfg", &p), 0);
	assert_string_equal(p.field, "f");
	resume_clear(&p);
	/* Saving drops the damaged lines and keeps the good ones. */
	keep(file, "/s/f.cfg", "part3.review", -1, "", 0);
	assert_int_equal(resume_load(file, "/s/e.cfg", &p), 0);
	resume_clear(&p);
	assert_int_equal(resume_load(file, "/s/a.cfg", &p), 0);
	resume_clear(&p);
	/* A path with a newline cannot be a line of its own. */
	p.step = (char *)(uintptr_t)"part2.wheel";
	p.field = (char *)(uintptr_t)"";
	assert_int_equal(resume_save(file, "/s/x\ny.cfg", &p, &cause), -1);
	free(cause);
	free(file);
}

static void
test_at_most_max(void **state)
{
	char *file = state_file("max"), *name;
	struct resume_point p;
	int i;

	(void)state;
	for (i = 0; i <= RESUME_MAX; i++) {
		name = xasprintf("/s/%d.cfg", i);
		keep(file, name, "part2.wheel", -1, "", (size_t)i);
		free(name);
	}
	/* The oldest went; the latest RESUME_MAX stay. */
	assert_int_equal(resume_load(file, "/s/0.cfg", &p), -1);
	assert_int_equal(resume_load(file, "/s/1.cfg", &p), 0);
	assert_int_equal(p.row, 1);
	resume_clear(&p);
	free(file);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_damaged_and_refused),
		cmocka_unit_test(test_at_most_max),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
