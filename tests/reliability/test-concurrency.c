/*
 * Sharing a session on a server: two processes on one file, a lock left by
 * a process that died, a change made on disk by another program between
 * load and save, a symlink, FIFO, directory or garbage where the lock
 * goes, and the modes new files get. Other processes are real ones (fork), so pids, liveness and
 * locks behave as they do between two users' b2c.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "b2c/session.h"
#include "b2c/store.h"
#include "b2c/util.h"
#include "test-user.h"

static char	tmpdir[PATH_MAX];

static int
setup_dir(void **state)
{
	const char *base = getenv("B2C_TEST_TMP");

	(void)state;
	if (base == NULL)
		base = "/tmp";
	snprintf(tmpdir, sizeof tmpdir, "%s/concurrency", base);
	mkdir(base, 0700);
	mkdir(tmpdir, 0700);
	alarm(60);
	return 0;
}

static char *
tmp_path(const char *name)
{
	char *path = xasprintf("%s/%s", tmpdir, name);
	char *lock = xasprintf("%s.lock", path);

	unlink(path);
	unlink(lock);
	free(lock);
	return path;
}

static void
save_titled(const char *path, const char *title)
{
	struct session *s = session_new();
	char *cause = NULL;

	session_set_str(&s->title, title);
	if (store_save(path, s, NULL, 0, &cause) != 0)
		fail_msg("cannot save %s: %s", path, cause);
	session_free(s);
}

static char *
read_all(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf;
	size_t n;

	assert_non_null(f);
	buf = xmalloc(1 << 20);
	n = fread(buf, 1, (1 << 20) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/*
 * A child that takes the lock, reports on a pipe, and then either waits
 * for the parent to say "release" or dies holding it.
 */
static pid_t
child_holding(const char *path, bool die, int *go)
{
	int up[2], down[2];
	struct store_lock *lock;
	char *holder = NULL, *note = NULL, *cause = NULL, c;
	pid_t pid;

	assert_int_equal(pipe(up), 0);
	assert_int_equal(pipe(down), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(up[0]);
		close(down[1]);
		if (store_lock_acquire(path, &lock, &holder, &note,
		    &cause) != 0)
			_exit(3);
		if (write(up[1], "l", 1) != 1)
			_exit(4);
		if (die)
			_exit(0);	/* dies holding the lock */
		if (read(down[0], &c, 1) != 1)
			_exit(5);
		store_lock_release(lock);
		_exit(0);
	}
	close(up[1]);
	close(down[0]);
	assert_int_equal(read(up[0], &c, 1), 1);
	close(up[0]);
	*go = down[1];
	return pid;
}

static void
reap(pid_t pid)
{
	int status;

	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

/* The second opener is told who holds the file; the lock goes with them. */
static void
test_second_process_is_told(void **state)
{
	char *path = tmp_path("shared.cfg");
	struct store_lock *lock = NULL;
	char *holder = NULL, *note = NULL, *cause = NULL, *pidstr, *desc;
	int go;
	pid_t pid;

	(void)state;
	save_titled(path, "shared");
	pid = child_holding(path, false, &go);
	assert_int_equal(store_lock_acquire(path, &lock, &holder, &note,
	    &cause), -1);
	assert_null(lock);
	assert_non_null(holder);
	pidstr = xasprintf("%ld", (long)pid);
	if (strstr(holder, pidstr) == NULL)
		fail_msg("holder \"%s\" does not name pid %s", holder, pidstr);
	desc = store_lock_holder(path);
	assert_non_null(desc);
	assert_non_null(strstr(desc, pidstr));
	free(desc);
	free(holder);
	free(cause);
	holder = cause = NULL;

	/* The holder exits: its lock is gone and the file is ours. */
	assert_int_equal(write(go, "r", 1), 1);
	close(go);
	reap(pid);
	assert_null(store_lock_holder(path));
	assert_int_equal(store_lock_acquire(path, &lock, &holder, &note,
	    &cause), 0);
	assert_null(note);
	store_lock_release(lock);
	assert_null(store_lock_holder(path));
	free(pidstr);
	free(path);
}

/* A lock left by a process that died is taken over, with a note. */
static void
test_stale_lock_taken_over(void **state)
{
	char *path = tmp_path("stale.cfg");
	struct store_lock *lock = NULL;
	char *holder = NULL, *note = NULL, *cause = NULL, *lockpath;
	struct stat sb;
	int go;
	pid_t pid;

	(void)state;
	save_titled(path, "stale");
	pid = child_holding(path, true, &go);
	close(go);
	reap(pid);
	lockpath = xasprintf("%s.lock", path);
	assert_int_equal(stat(lockpath, &sb), 0);	/* left behind */
	if (store_lock_acquire(path, &lock, &holder, &note, &cause) != 0)
		fail_msg("stale lock not taken over: %s%s", holder ? holder :
		    "", cause ? cause : "");
	assert_non_null(note);
	store_lock_release(lock);
	assert_int_equal(stat(lockpath, &sb), -1);
	free(note);
	free(lockpath);
	free(path);
}

/* Another program's change between load and save is not overwritten. */
static void
test_change_on_disk_detected(void **state)
{
	char *path = tmp_path("changed.cfg"), *text, *after;
	struct store_file file;
	struct session *s;
	char *cause = NULL;
	FILE *f;

	(void)state;
	save_titled(path, "original");
	assert_int_equal(store_load(path, &s, &file, &cause), 0);
	assert_true(store_unchanged(path, &file));

	/* Same size, same mtime, different bytes: only the hash can tell. */
	text = read_all(path);
	*strstr(text, "original") = 'O';
	f = fopen(path, "r+");
	assert_non_null(f);
	assert_int_equal(fputs(text, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
	{
		struct timespec ts[2] = { file.mtime, file.mtime };

		assert_int_equal(utimensat(AT_FDCWD, path, ts, 0), 0);
	}
	assert_false(store_unchanged(path, &file));

	session_set_str(&s->title, "mine");
	assert_int_equal(store_save(path, s, &file, 0, &cause),
	    STORE_CHANGED);
	after = read_all(path);
	assert_string_equal(after, text);
	free(after);
	free(cause);
	cause = NULL;

	/* The user chose to overwrite. */
	assert_int_equal(store_save(path, s, &file, STORE_FORCE, &cause), 0);
	assert_true(store_unchanged(path, &file));
	after = read_all(path);
	assert_non_null(strstr(after, "mine"));
	free(after);
	free(text);
	session_free(s);
	free(path);
}

/* A symlink planted at the lock path is never written through. */
static void
test_symlink_at_lock_path(void **state)
{
	char *path = tmp_path("planted.cfg");
	char *lockpath = xasprintf("%s.lock", path);
	char *victim = tmp_path("victim");
	char *missing = tmp_path("would-be-created");
	struct store_lock *lock = NULL;
	char *holder = NULL, *note = NULL, *cause = NULL, *text;
	struct stat sb;
	int r;

	(void)state;
	save_titled(path, "planted");
	save_titled(victim, "victim");
	text = read_all(victim);
	assert_int_equal(symlink(victim, lockpath), 0);
	r = store_lock_acquire(path, &lock, &holder, &note, &cause);
	if (r == 0)
		store_lock_release(lock);
	{
		char *now = read_all(victim);

		assert_string_equal(now, text);
		free(now);
	}
	free(holder);
	free(note);
	free(cause);
	holder = note = cause = NULL;

	/* Dangling: O_CREAT through it would create the target. */
	unlink(lockpath);
	assert_int_equal(symlink(missing, lockpath), 0);
	r = store_lock_acquire(path, &lock, &holder, &note, &cause);
	if (r == 0)
		store_lock_release(lock);
	assert_int_equal(lstat(missing, &sb), -1);
	assert_int_equal(errno, ENOENT);
	unlink(lockpath);
	free(holder);
	free(note);
	free(cause);
	free(text);
	free(missing);
	free(victim);
	free(lockpath);
	free(path);
}

/* A FIFO, a directory or garbage at the lock path: refused, never hung on. */
static void
test_hostile_lock_files(void **state)
{
	char *path = tmp_path("hostile-lock.cfg");
	char *lockpath = xasprintf("%s.lock", path);
	struct store_lock *lock = NULL;
	char *holder = NULL, *note = NULL, *cause = NULL;
	FILE *f;
	int i, kind;

	(void)state;
	save_titled(path, "hostile lock");
	for (kind = 0; kind < 3; kind++) {
		if (kind == 0)
			assert_int_equal(mkfifo(lockpath, 0600), 0);
		else if (kind == 1)
			assert_int_equal(mkdir(lockpath, 0700), 0);
		else {
			f = fopen(lockpath, "w");
			assert_non_null(f);
			for (i = 0; i < 100000; i++)
				fputc("\033\n\001x@"[i % 5], f);
			fclose(f);
		}
		assert_int_equal(store_lock_acquire(path, &lock, &holder,
		    &note, &cause), -1);
		assert_true(holder != NULL || cause != NULL);
		assert_non_null(strstr(holder != NULL ? holder : cause,
		    lockpath));
		free(holder);
		free(cause);
		holder = cause = NULL;
		if (kind == 1)
			rmdir(lockpath);
		else
			unlink(lockpath);
	}
	free(lockpath);
	free(path);
}

/*
 * Saves gdir/team.cfg twice (under umask 0 and 022) by the user uid/gid,
 * working from a descriptor of gdir; in a forked child so root can become
 * that user. Returns the child's exit status (0 when both saves worked).
 */
static int
save_team_as(const char *gdir, uid_t uid, gid_t gid)
{
	struct session *s;
	char *cause = NULL;
	pid_t pid;
	int status, dirfd = open(gdir, O_RDONLY | O_DIRECTORY);

	assert_true(dirfd >= 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		test_user_become(uid, gid);
		s = session_new();
		session_set_str(&s->title, "team");
		umask(0);
		if (fchdir(dirfd) != 0 ||
		    store_save("team.cfg", s, NULL, 0, &cause) != 0)
			_exit(1);
		umask(022);
		session_set_str(&s->title, "team again");
		if (store_save("team.cfg", s, NULL, 0, &cause) != 0)
			_exit(2);
		_exit(0);
	}
	close(dirfd);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	return WEXITSTATUS(status);
}

/*
 * New sessions are private, or group-shared in a setgid directory. As
 * root, the shared directory belongs to the test user and to group 0, a
 * group that user is not in by default: the file must take the
 * directory's group and be open to it.
 */
static void
test_modes(void **state)
{
	char *path = tmp_path("mode.cfg"), *gdir, *gpath, *text;
	mode_t old = umask(0);
	struct stat sb;
	uid_t uid;
	gid_t gid, want;

	(void)state;
	save_titled(path, "mode");
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0600);

	gdir = xasprintf("%s/group-shared", tmpdir);
	gpath = xasprintf("%s/team.cfg", gdir);
	unlink(gpath);
	mkdir(gdir, 0770);
	test_user_ids(&uid, &gid);
	/* Our own group when not root: setgid is then always kept. */
	want = geteuid() == 0 ? 0 : getegid();
	assert_int_equal(chown(gdir, uid, want), 0);
	assert_int_equal(chmod(gdir, 02770), 0);
	assert_int_equal(stat(gdir, &sb), 0);
	assert_true((sb.st_mode & S_ISGID) != 0);
	assert_int_equal(save_team_as(gdir, uid, gid), 0);
	assert_int_equal(stat(gpath, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0660);
	assert_int_equal(sb.st_gid, want);
	assert_int_equal(sb.st_uid, uid);
	text = read_all(gpath);
	assert_non_null(strstr(text, "team again"));
	free(text);
	umask(old);
	free(gpath);
	free(gdir);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_second_process_is_told),
		cmocka_unit_test(test_stale_lock_taken_over),
		cmocka_unit_test(test_change_on_disk_detected),
		cmocka_unit_test(test_symlink_at_lock_path),
		cmocka_unit_test(test_hostile_lock_files),
		cmocka_unit_test(test_modes),
	};

	return cmocka_run_group_tests(tests, setup_dir, NULL);
}
