/*
 * The lock beside a session: a second opener is refused and told who has
 * it; a lock of a dead process on this host is taken over with a note; a
 * lock from another host never is; releasing never removes someone
 * else's lock.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "b2c/lang.h"
#include "b2c/store.h"
#include "b2c/util.h"
#include "store-test.h"

struct fixture {
	char	*dir;
	char	*path;
	char	*lockpath;
	char	*me;		/* user@host as the lock file shows it */
};

static int
setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	struct store_lock *l = NULL;
	char *text;

	f->dir = test_tmpdir("store-lock");
	f->path = xasprintf("%s/session.cfg", f->dir);
	f->lockpath = xasprintf("%s.lock", f->path);
	/* Learn our own user@host from a lock we take. */
	if (store_lock_acquire(f->path, &l, NULL, NULL, NULL) != 0)
		return -1;
	text = test_read_file(f->lockpath, NULL);
	f->me = xstrndup(text, strcspn(text, "\n"));
	free(text);
	store_lock_release(l);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;
	char *cmd = xasprintf("rm -rf '%s'", f->dir);

	if (system(cmd) != 0)
		return -1;
	free(cmd);
	free(f->dir);
	free(f->path);
	free(f->lockpath);
	free(f->me);
	free(f);
	return 0;
}

static void
test_contention_and_holder(void **state)
{
	struct fixture *f = *state;
	struct store_lock *l = NULL, *l2 = NULL;
	char *holder = NULL, *note = NULL, *cause = NULL, *text, *want;
	char *described, *date, day[11];
	const char *ts;
	struct stat st;

	assert_null(store_lock_holder(f->path));
	assert_int_equal(store_lock_acquire(f->path, &l, &holder, &note,
	    &cause), 0);
	assert_null(note);
	text = test_read_file(f->lockpath, NULL);
	want = xasprintf("%s\n%ld\n", f->me, (long)getpid());
	assert_int_equal(strncmp(text, want, strlen(want)), 0);
	assert_int_equal(strlen(text), strlen(want) + 21);
	/* A second opener is refused and told who has it. */
	assert_int_equal(store_lock_acquire(f->path, &l2, &holder, &note,
	    &cause), -1);
	assert_null(cause);
	free(want);
	ts = strrchr(text, '\n');	/* the time is the last line */
	while (ts > text && ts[-1] != '\n')
		ts--;
	snprintf(day, sizeof day, "%.10s", ts);
	date = lang_format_date(day);
	want = xasprintf("%s, pid %ld, since %s at %.5s UTC", f->me,
	    (long)getpid(), date, ts + 11);
	free(date);
	assert_string_equal(holder, want);
	described = store_lock_holder(f->path);
	assert_string_equal(described, holder);
	assert_int_equal(stat(f->lockpath, &st), 0);
	store_lock_release(l);
	assert_int_equal(stat(f->lockpath, &st), -1);
	assert_null(store_lock_holder(f->path));
	assert_int_equal(store_lock_acquire(f->path, &l, NULL, NULL, NULL),
	    0);
	store_lock_release(l);
	free(text);
	free(want);
	free(holder);
	free(described);
}

/* A pid that existed a moment ago and is now certainly gone. */
static pid_t
dead_pid(void)
{
	pid_t pid = fork();
	int status;

	assert_true(pid >= 0);
	if (pid == 0)
		_exit(0);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	return pid;
}

static void
test_stale_lock_taken_over(void **state)
{
	struct fixture *f = *state;
	struct store_lock *l = NULL;
	char *holder = NULL, *note = NULL, *cause = NULL, *text, *want;
	pid_t pid = dead_pid();

	text = xasprintf("%s\n%ld\n2026-11-26T09:00:00Z\n", f->me, (long)pid);
	test_write_file(f->lockpath, text, strlen(text));
	free(text);
	assert_int_equal(store_lock_acquire(f->path, &l, &holder, &note,
	    &cause), 0);
	want = xasprintf("%s: took over a stale lock of %s (pid %ld is no "
	    "longer running)", f->lockpath, f->me, (long)pid);
	assert_string_equal(note, want);
	text = test_read_file(f->lockpath, NULL);
	free(want);
	want = xasprintf("%s\n%ld\n", f->me, (long)getpid());
	assert_int_equal(strncmp(text, want, strlen(want)), 0);
	store_lock_release(l);
	free(text);
	free(want);
	free(note);
}

static void
test_other_host_never_taken(void **state)
{
	struct fixture *f = *state;
	static const char other[] =
	    "anna@other-host.example\n999999\n2026-11-26T15:00:00Z\n";
	struct store_lock *l = NULL;
	char *holder = NULL, *note = NULL, *cause = NULL, *text;

	test_write_file(f->lockpath, other, strlen(other));
	assert_int_equal(store_lock_acquire(f->path, &l, &holder, &note,
	    &cause), -1);
	assert_string_equal(holder, "anna@other-host.example, pid 999999, "
	    "since 26 November 2026 at 15:00 UTC");
	assert_null(note);
	text = test_read_file(f->lockpath, NULL);
	assert_string_equal(text, other);
	free(text);
	free(holder);
}

static void
test_unreadable_lock_is_held(void **state)
{
	struct fixture *f = *state;
	struct store_lock *l = NULL;
	char *holder = NULL, *want;

	test_write_file(f->lockpath, "garbage", 7);
	assert_int_equal(store_lock_acquire(f->path, &l, &holder, NULL, NULL),
	    -1);
	want = xasprintf("unknown (the lock file %s cannot be read; remove "
	    "it if no one has the session open)", f->lockpath);
	assert_string_equal(holder, want);
	free(want);
	free(holder);
}

static void
test_release_keeps_someone_elses_lock(void **state)
{
	struct fixture *f = *state;
	static const char other[] = "bo@elsewhere\n42\n2026-11-26T15:00:00Z\n";
	struct store_lock *l = NULL;
	struct stat st;

	assert_int_equal(store_lock_acquire(f->path, &l, NULL, NULL, NULL),
	    0);
	/* Someone judged ours stale and took over. */
	assert_int_equal(unlink(f->lockpath), 0);
	test_write_file(f->lockpath, other, strlen(other));
	store_lock_release(l);
	assert_int_equal(stat(f->lockpath, &st), 0);
}

static void
test_lock_symlink_not_followed(void **state)
{
	struct fixture *f = *state;
	struct store_lock *l = NULL;
	char *target = xasprintf("%s/target", f->dir), *cause = NULL;
	char *holder = NULL;
	struct stat st;

	assert_int_equal(symlink(target, f->lockpath), 0);
	assert_int_equal(store_lock_acquire(f->path, &l, &holder, NULL,
	    &cause), -1);
	assert_non_null(cause);
	assert_non_null(strstr(cause, f->lockpath));
	assert_int_equal(lstat(target, &st), -1);
	free(cause);
	free(holder);
	free(target);
}

int
main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_contention_and_holder),
		T(test_stale_lock_taken_over),
		T(test_other_host_never_taken),
		T(test_unreadable_lock_is_held),
		T(test_release_keeps_someone_elses_lock),
		T(test_lock_symlink_not_followed),
	};

	lang_set(LANG_ENGLISH);	/* dates as "26 November 2026" */
	return cmocka_run_group_tests(tests, NULL, NULL);
}
