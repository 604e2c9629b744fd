/*
 * The lock beside a session: a second opener is refused and told who has
 * it; a lock of a dead process on this host is taken over with a note; a
 * lock from another host never is; releasing never removes someone
 * else's lock. A live pid whose start time differs from the one in the
 * lock was reused, so the lock is stale; an empty or unparsable lock file
 * is stale once a few seconds old. The user may take any regular lock
 * over, knowing from whom.
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
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

/* Field 22 of /proc/PID/stat, read here independently of the store. */
static unsigned long long
proc_start(pid_t pid)
{
	char *path = xasprintf("/proc/%ld/stat", (long)pid), *text, *p;
	unsigned long long start = 0;
	int i;

	text = test_read_file(path, NULL);
	assert_non_null(text);
	p = strrchr(text, ')');
	assert_non_null(p);
	/* ") S ppid ...": skip the state and fields 4 to 21. */
	for (i = 0; i < 20; i++)
		p = strchr(p + 1, ' ');
	assert_int_equal(sscanf(p + 1, "%llu", &start), 1);
	free(text);
	free(path);
	assert_true(start > 0);
	return start;
}

static void
test_contention_and_holder(void **state)
{
	struct fixture *f = *state;
	struct store_lock *l = NULL, *l2 = NULL;
	char *holder = NULL, *note = NULL, *cause = NULL, *text, *want;
	char *described, *date, day[11], *start;
	const char *ts;
	struct stat st;

	assert_null(store_lock_holder(f->path));
	assert_int_equal(store_lock_acquire(f->path, &l, &holder, &note,
	    &cause), 0);
	assert_null(note);
	text = test_read_file(f->lockpath, NULL);
	want = xasprintf("%s\n%ld\n", f->me, (long)getpid());
	assert_int_equal(strncmp(text, want, strlen(want)), 0);
	/* The time (20 + newline), then our start time as /proc has it. */
	start = xasprintf("%llu\n", proc_start(getpid()));
	assert_int_equal(strlen(text), strlen(want) + 21 + strlen(start));
	assert_string_equal(text + strlen(want) + 21, start);
	free(start);
	/* A second opener is refused and told who has it. */
	assert_int_equal(store_lock_acquire(f->path, &l2, &holder, &note,
	    &cause), -1);
	assert_null(cause);
	ts = text + strlen(want);	/* the time is the third line */
	free(want);
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

/* A process that lives until killed. */
static pid_t
live_pid(void)
{
	pid_t pid = fork();

	assert_true(pid >= 0);
	if (pid == 0) {
		pause();
		_exit(0);
	}
	return pid;
}

static void
kill_pid(pid_t pid)
{
	int status;

	kill(pid, SIGKILL);
	assert_int_equal(waitpid(pid, &status, 0), pid);
}

/* Writes a lock of ours naming pid (and start, unless 0) as its holder. */
static void
write_lock(struct fixture *f, pid_t pid, unsigned long long start)
{
	char *text = start != 0 ?
	    xasprintf("%s\n%ld\n2026-11-26T09:00:00Z\n%llu\n", f->me,
	    (long)pid, start) :
	    xasprintf("%s\n%ld\n2026-11-26T09:00:00Z\n", f->me, (long)pid);

	test_write_file(f->lockpath, text, strlen(text));
	free(text);
}

/* Takes the lock; expects it taken with note want (NULL: refused). */
static void
expect_lock(struct fixture *f, const char *want)
{
	struct store_lock *l = NULL;
	char *holder = NULL, *note = NULL, *cause = NULL;
	int rc = store_lock_acquire(f->path, &l, &holder, &note, &cause);

	assert_null(cause);
	if (want == NULL) {
		assert_int_equal(rc, -1);
		assert_non_null(holder);
		free(holder);
		return;
	}
	assert_int_equal(rc, 0);
	assert_non_null(note);
	assert_string_equal(note, want);
	store_lock_release(l);
	free(note);
}

static void
test_reused_pid_is_stale(void **state)
{
	struct fixture *f = *state;
	pid_t pid = live_pid();
	unsigned long long start = proc_start(pid);
	char *want;

	/* The holder itself, with and without (older b2c) its start time. */
	write_lock(f, pid, start);
	expect_lock(f, NULL);
	write_lock(f, pid, 0);
	expect_lock(f, NULL);
	/* The same pid, started at another time: another program now. */
	write_lock(f, pid, start + 1);
	want = xasprintf("%s: took over a stale lock of %s (pid %ld now "
	    "belongs to another program)", f->lockpath, f->me, (long)pid);
	expect_lock(f, want);
	free(want);
	kill_pid(pid);
}

/* Sets path's modification time to seconds ago. */
static void
age_file(const char *path, int seconds)
{
	struct timeval tv[2];

	assert_int_equal(gettimeofday(&tv[0], NULL), 0);
	tv[0].tv_sec -= seconds;
	tv[1] = tv[0];
	assert_int_equal(utimes(path, tv), 0);
}

static void
test_empty_or_unparsable_lock_goes_stale(void **state)
{
	struct fixture *f = *state;
	static const char *bad[] = { "", "anna@", "\n\n\n", "x\ny\nz\n",
	    "anna@here\n-5\n2026-11-26T09:00:00Z\n" };
	char *want = xasprintf("%s: took over a lock file that was left empty "
	    "or unreadable", f->lockpath);
	size_t i;

	for (i = 0; i < sizeof bad / sizeof *bad; i++) {
		/* Just made: maybe being written now, so it holds. */
		test_write_file(f->lockpath, bad[i], strlen(bad[i]));
		expect_lock(f, NULL);
		age_file(f->lockpath, 2);
		expect_lock(f, NULL);
		/* Left behind by a crash a while ago. */
		age_file(f->lockpath, 10);
		expect_lock(f, want);
	}
	free(want);
}

static void
test_take_over(void **state)
{
	struct fixture *f = *state;
	static const char other[] =
	    "anna@other-host.example\n999999\n2026-11-26T15:00:00Z\n";
	struct store_lock *l = NULL;
	char *previous = NULL, *cause = NULL, *text, *want;
	struct stat st;

	/* From another host, never stale: only the user takes it over. */
	test_write_file(f->lockpath, other, strlen(other));
	assert_int_equal(store_lock_take_over(f->path, &l, &previous,
	    &cause), 0);
	assert_string_equal(previous, "anna@other-host.example, pid 999999, "
	    "since 26 November 2026 at 15:00 UTC");
	text = test_read_file(f->lockpath, NULL);
	want = xasprintf("%s\n%ld\n", f->me, (long)getpid());
	assert_int_equal(strncmp(text, want, strlen(want)), 0);
	free(text);
	free(previous);
	store_lock_release(l);
	assert_int_equal(stat(f->lockpath, &st), -1);
	/* No lock at all: simply taken. */
	assert_int_equal(store_lock_take_over(f->path, &l, &previous,
	    &cause), 0);
	assert_null(previous);
	store_lock_release(l);
	/* A FIFO is nothing b2c made: left alone. */
	assert_int_equal(mkfifo(f->lockpath, 0600), 0);
	assert_int_equal(store_lock_take_over(f->path, &l, &previous,
	    &cause), -1);
	assert_null(previous);
	assert_non_null(strstr(cause, "not a lock file"));
	assert_int_equal(lstat(f->lockpath, &st), 0);
	assert_true(S_ISFIFO(st.st_mode));
	unlink(f->lockpath);
	free(cause);
	free(want);
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
		T(test_reused_pid_is_stale),
		T(test_empty_or_unparsable_lock_goes_stale),
		T(test_take_over),
		T(test_release_keeps_someone_elses_lock),
		T(test_lock_symlink_not_followed),
	};

	lang_set(LANG_ENGLISH);	/* dates as "26 November 2026" */
	return cmocka_run_group_tests(tests, NULL, NULL);
}
