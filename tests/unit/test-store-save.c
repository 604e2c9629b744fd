/*
 * Saving: the demo survives a save and load unchanged, a second save
 * gives the same bytes (apart from the modified time), new files are
 * private (0600, or 0660 in a setgid directory), and every way a save can
 * fail halfway (full disk, I/O errors on write, fsync, close or rename, a
 * read-only directory, a file-size limit) leaves the old file
 * byte-identical and names the file in the message. A file changed by
 * another program is not overwritten unless forced.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "b2c/session.h"
#include "b2c/store.h"
#include "../../src/core/store/store-internal.h"
#include "b2c/util.h"
#include "store-test.h"
#include "test-user.h"

struct fixture {
	char		*dir;
	char		*path;		/* dir/session.cfg, the demo saved */
	char		*old;		/* its bytes */
	size_t		 old_len;
	struct session	*s;
};

static int
setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	char *demo = test_srcpath("share/b2c/demo.cfg"), *cause = NULL;

	f->dir = test_tmpdir("store-save");
	f->path = xasprintf("%s/session.cfg", f->dir);
	if (store_load(demo, &f->s, NULL, &cause) != 0)
		fail_msg("%s", cause);
	if (store_save(f->path, f->s, NULL, 0, &cause) != 0)
		fail_msg("%s", cause);
	f->old = test_read_file(f->path, &f->old_len);
	free(demo);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;
	char *cmd = xasprintf("chmod -R u+w '%s'; rm -rf '%s'", f->dir,
	    f->dir);

	store_ops_reset();
	if (system(cmd) != 0)
		return -1;
	free(cmd);
	session_free(f->s);
	free(f->old);
	free(f->path);
	free(f->dir);
	free(f);
	return 0;
}

/* The file is exactly the bytes before the failed save. */
static void
assert_old_intact(const struct fixture *f)
{
	size_t len;
	char *now = test_read_file(f->path, &len);

	assert_non_null(now);
	assert_int_equal(len, f->old_len);
	assert_memory_equal(now, f->old, len);
	free(now);
}

/* Nothing but the session (and its lock) in the directory. */
static int
count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

/* The text with the "modified = ..." line removed. */
static char *
without_modified(const char *text)
{
	const char *m = strstr(text, "\nmodified = ");
	const char *end;

	assert_non_null(m);
	end = strchr(m + 1, '\n');
	return xasprintf("%.*s%s", (int)(m - text), text, end);
}

static void
test_demo_save_load_round_trip(void **state)
{
	struct fixture *f = *state;
	struct session *back = NULL;
	char *cause = NULL, *second, *a, *b;
	struct stat st;

	assert_int_equal(store_load(f->path, &back, NULL, &cause), 0);
	assert_true(session_equal(f->s, back));
	assert_string_equal(back->created, "2025-09-01T08:30:00Z");
	assert_non_null(strchr(back->saved_by, '@'));
	assert_int_equal(store_save(f->path, back, NULL, 0, &cause), 0);
	second = test_read_file(f->path, NULL);
	a = without_modified(f->old);
	b = without_modified(second);
	assert_string_equal(a, b);
	assert_int_equal(stat(f->path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	assert_int_equal(count_entries(f->dir), 1);
	free(a);
	free(b);
	free(second);
	session_free(back);
}

/*
 * Saves s as sub/s.cfg where sub is a setgid directory of group 0 owned by
 * the test user, as that user (whose own group is another one).
 */
static void
setgid_save_as_other_user(const char *sub, struct session *s)
{
	char *cause = NULL;
	uid_t uid;
	gid_t gid;
	pid_t pid;
	int status, dirfd;

	test_user_ids(&uid, &gid);
	assert_int_not_equal(gid, 0);
	assert_int_equal(chown(sub, uid, 0), 0);
	assert_int_equal(chmod(sub, 02770), 0);
	dirfd = open(sub, O_RDONLY | O_DIRECTORY);
	assert_true(dirfd >= 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		test_user_become(uid, gid);
		umask(022);
		if (fchdir(dirfd) != 0 ||
		    store_save("s.cfg", s, NULL, 0, &cause) != 0)
			_exit(1);
		_exit(0);
	}
	close(dirfd);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

static void
test_setgid_directory_gives_0660(void **state)
{
	struct fixture *f = *state;
	char *sub = xasprintf("%s/shared", f->dir), *path, *cause = NULL;
	struct stat st;
	mode_t old_mask = umask(022);
	gid_t want = 0;

	assert_int_equal(mkdir(sub, 0770), 0);
	path = xasprintf("%s/s.cfg", sub);
	if (geteuid() == 0) {
		setgid_save_as_other_user(sub, f->s);
	} else {
		/*
		 * Made inside a setgid directory of a group we are not in,
		 * sub would lose its own setgid bit: give it our group.
		 */
		want = getegid();
		assert_int_equal(chown(sub, (uid_t)-1, want), 0);
		assert_int_equal(chmod(sub, 02770), 0);
		assert_int_equal(store_save(path, f->s, NULL, 0, &cause), 0);
	}
	assert_int_equal(stat(sub, &st), 0);
	assert_true((st.st_mode & S_ISGID) != 0);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0660);
	assert_int_equal(st.st_gid, want);
	umask(old_mask);
	free(path);
	free(sub);
}

static int enospc_after;	/* bytes written before the disk is full */

static ssize_t
write_enospc(int fd, const void *buf, size_t len)
{
	ssize_t n;

	if (enospc_after <= 0) {
		errno = ENOSPC;
		return -1;
	}
	n = write(fd, buf, len < (size_t)enospc_after ? len :
	    (size_t)enospc_after);
	if (n > 0)
		enospc_after -= (int)n;
	return n;
}

/* Saves a changed session, which must fail with a message naming the
 * file and reason and leave everything as it was. */
static void
expect_failed_save(struct fixture *f, const char *reason)
{
	char *cause = NULL, *modified = xstrdup(f->s->modified);

	session_set_str(&f->s->title, "A title that never reaches the disk");
	assert_int_equal(store_save(f->path, f->s, NULL, 0, &cause), -1);
	assert_non_null(cause);
	if (strncmp(cause, f->path, strlen(f->path)) != 0 ||
	    strstr(cause, reason) == NULL)
		fail_msg("unexpected message: %s", cause);
	assert_old_intact(f);
	assert_int_equal(count_entries(f->dir), 1);
	assert_string_equal(f->s->modified, modified);
	free(modified);
	free(cause);
}

static void
test_disk_full_halfway(void **state)
{
	struct fixture *f = *state;

	enospc_after = 4096;
	store_ops.write = write_enospc;
	expect_failed_save(f, strerror(ENOSPC));
}

static int fsync_calls, fsync_failures;

static int
fsync_eio(int fd)
{
	fsync_calls++;
	if (fsync_failures > 0) {
		fsync_failures--;
		errno = EIO;
		return -1;
	}
	return fsync(fd);
}

static void
test_fsync_error_never_retried_on_same_file(void **state)
{
	struct fixture *f = *state;
	char *cause = NULL, *now;

	fsync_calls = 0;
	fsync_failures = 100;
	store_ops.fsync = fsync_eio;
	expect_failed_save(f, strerror(EIO));
	/* One fsync per temporary file: a second file, not a second try. */
	assert_int_equal(fsync_calls, 2);
	/* One failure, then a fresh file succeeds (plus the directory). */
	fsync_calls = 0;
	fsync_failures = 1;
	assert_int_equal(store_save(f->path, f->s, NULL, 0, &cause), 0);
	assert_int_equal(fsync_calls, 3);
	now = test_read_file(f->path, NULL);
	assert_non_null(strstr(now, "never reaches the disk"));
	assert_int_equal(count_entries(f->dir), 1);
	free(now);
}

static int
close_eio(int fd)
{
	close(fd);
	errno = EIO;
	return -1;
}

static void
test_close_error(void **state)
{
	struct fixture *f = *state;

	store_ops.close = close_eio;
	expect_failed_save(f, strerror(EIO));
}

static int
rename_exdev(const char *from, const char *to)
{
	errno = EXDEV;
	return -1;
}

static void
test_rename_error(void **state)
{
	struct fixture *f = *state;

	store_ops.rename = rename_exdev;
	expect_failed_save(f, strerror(EXDEV));
}

static int write_calls;

/* A byte or an EINTR at a time: the loop must still write it all. */
static ssize_t
write_dribble(int fd, const void *buf, size_t len)
{
	if (write_calls++ % 2 == 0) {
		errno = EINTR;
		return -1;
	}
	return write(fd, buf, len < 997 ? len : 997);
}

static void
test_short_writes_and_eintr(void **state)
{
	struct fixture *f = *state;
	struct session *back = NULL;
	char *cause = NULL;

	store_ops.write = write_dribble;
	session_set_str(&f->s->title, "Written in small pieces");
	assert_int_equal(store_save(f->path, f->s, NULL, 0, &cause), 0);
	assert_true(write_calls > 20);
	assert_int_equal(store_load(f->path, &back, NULL, &cause), 0);
	assert_true(session_equal(f->s, back));
	session_free(back);
}

/*
 * As root, permissions do not apply: the save is tried by a user who may
 * not write into the directory (root's). The child works from a descriptor
 * of the directory, so the directories above it need not be open to that
 * user and the save fails for the one reason under test.
 */
static void
read_only_as_other_user(struct fixture *f)
{
	char *cause = NULL;
	uid_t uid;
	gid_t gid;
	pid_t pid;
	int status, dirfd;

	test_user_ids(&uid, &gid);
	assert_int_equal(chmod(f->dir, 0755), 0);
	dirfd = open(f->dir, O_RDONLY | O_DIRECTORY);
	assert_true(dirfd >= 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		test_user_become(uid, gid);
		if (fchdir(dirfd) != 0)
			_exit(2);
		if (store_save("session.cfg", f->s, NULL, 0, &cause) != -1 ||
		    strncmp(cause, "session.cfg", 11) != 0 ||
		    strstr(cause, "cannot create a temporary file") == NULL)
			_exit(1);
		_exit(0);
	}
	close(dirfd);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	assert_old_intact(f);
	assert_int_equal(count_entries(f->dir), 1);
}

static void
test_read_only_directory(void **state)
{
	struct fixture *f = *state;

	if (geteuid() == 0) {
		read_only_as_other_user(f);
		return;
	}
	assert_int_equal(chmod(f->dir, 0500), 0);
	expect_failed_save(f, "cannot create a temporary file");
	assert_int_equal(chmod(f->dir, 0700), 0);
}

static void
test_file_size_limit(void **state)
{
	struct fixture *f = *state;
	struct rlimit old, small;

	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	small = old;
	small.rlim_cur = 1000;
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &small), 0);
	expect_failed_save(f, strerror(EFBIG));
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
}

static void
test_unsaveable_values_refused(void **state)
{
	struct fixture *f = *state;
	struct meeting *m;
	char *cause = NULL;

	f->s->part1[0].resources[0].amount = NAN;
	assert_int_equal(store_save(f->path, f->s, NULL, 0, &cause), -1);
	assert_non_null(strstr(cause, "not finite"));
	free(cause);
	f->s->part1[0].resources[0].amount = 1;
	m = session_add_meeting(f->s);
	session_set_str(&m->date, "2026-02-31");
	expect_failed_save(f, "would not read back");
}

static void
test_changed_on_disk(void **state)
{
	struct fixture *f = *state;
	struct store_file file, again;
	struct session *s = NULL;
	char *cause = NULL, *other;

	assert_int_equal(store_load(f->path, &s, &file, &cause), 0);
	/* Our own saves keep the identity current. */
	assert_int_equal(store_save(f->path, s, &file, 0, &cause), 0);
	assert_true(store_unchanged(f->path, &file));
	assert_int_equal(store_save(f->path, s, &file, 0, &cause), 0);
	/* Another program rewrites it. */
	other = xasprintf("%s# edited elsewhere\n", f->old);
	test_write_file(f->path, other, strlen(other));
	assert_false(store_unchanged(f->path, &file));
	assert_int_equal(store_save(f->path, s, &file, 0, &cause),
	    STORE_CHANGED);
	assert_non_null(strstr(cause, f->path));
	free(cause);
	free(test_read_file(f->path, NULL));
	assert_int_equal(store_stat(f->path, &again, &cause), 0);
	assert_true(again.exists);
	assert_int_equal(again.size, (off_t)strlen(other));
	/* Forced, it saves and the identity follows. */
	assert_int_equal(store_save(f->path, s, &file, STORE_FORCE, &cause),
	    0);
	assert_true(store_unchanged(f->path, &file));
	free(other);
	session_free(s);
}

static void
test_new_file_created_meanwhile(void **state)
{
	struct fixture *f = *state;
	struct store_file file;
	char *path = xasprintf("%s/new.cfg", f->dir), *cause = NULL;

	assert_int_equal(store_stat(path, &file, &cause), 0);
	assert_false(file.exists);
	test_write_file(path, "version = 1;\n", 13);
	assert_int_equal(store_save(path, f->s, &file, 0, &cause),
	    STORE_CHANGED);
	free(cause);
	free(path);
}

static void
test_awkward_values_survive(void **state)
{
	struct fixture *f = *state;
	struct session *back = NULL;
	struct resource *r;
	char text[64], *cause = NULL, *file;
	int i;

	for (i = 1; i < 32; i++)
		text[i - 1] = (char)i;
	text[31] = '\0';
	session_set_str(&f->s->title, text);
	session_set_str(&f->s->area, "\"quoted\" \\ back\n@include \"x\"\n"
	    "  @ ø æ å Ø Æ Å – ✓ 🎉 \x7f");
	r = session_add_resource(&f->s->part1[PARTY_COMPANY]);
	r->amount = 1e12;
	r = session_add_resource(&f->s->part1[PARTY_COMPANY]);
	r->amount = 0.1;
	f->s->indicators[0].target = 12.5;
	session_add_indicator(f->s, "big", "Stor")->kind = INDICATOR_COUNT;
	f->s->indicators[5].has_target = true;
	f->s->indicators[5].target = 1e9;
	if (store_save(f->path, f->s, NULL, 0, &cause) != 0)
		fail_msg("%s", cause);
	assert_int_equal(store_load(f->path, &back, NULL, &cause), 0);
	assert_true(session_equal(f->s, back));
	/* No line of what b2c writes can look like a directive. */
	file = test_read_file(f->path, NULL);
	assert_null(strstr(file, "\n@"));
	assert_null(strstr(file, "\n  @"));
	free(file);
	session_free(back);
}

static const char unknown_text[] =
    "version = 1;\n"
    "future = { list = ( 1, \"two\", 3.5 ); big = 9999999999L; };\n"
    "part1 = { company = { turnover = 12.5; }; };\n"
    "part3 = { notes = [ \"a\", \"b\" ]; };\n";

static void
test_unknown_settings_survive_a_save(void **state)
{
	struct fixture *f = *state;
	struct session *s = NULL, *back = NULL;
	char *cause = NULL, *first, *second;

	test_write_file(f->path, unknown_text, strlen(unknown_text));
	assert_int_equal(store_load(f->path, &s, NULL, &cause), 0);
	assert_int_equal(store_save(f->path, s, NULL, 0, &cause), 0);
	first = test_read_file(f->path, NULL);
	assert_non_null(strstr(first, "future = {\n  list = ( 1, \"two\", "
	    "3.5 );\n  big = 9999999999L;\n};"));
	assert_non_null(strstr(first, "turnover = 12.5;"));
	assert_non_null(strstr(first, "notes = [ \"a\", \"b\" ];"));
	/* And again from what was saved. */
	assert_int_equal(store_load(f->path, &back, NULL, &cause), 0);
	assert_int_equal(store_save(f->path, back, NULL, 0, &cause), 0);
	second = test_read_file(f->path, NULL);
	assert_non_null(strstr(second, "turnover = 12.5;"));
	assert_non_null(strstr(second, "big = 9999999999L;"));
	free(first);
	free(second);
	session_free(s);
	session_free(back);
}

int
main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_demo_save_load_round_trip),
		T(test_setgid_directory_gives_0660),
		T(test_disk_full_halfway),
		T(test_fsync_error_never_retried_on_same_file),
		T(test_close_error),
		T(test_rename_error),
		T(test_short_writes_and_eintr),
		T(test_read_only_directory),
		T(test_file_size_limit),
		T(test_unsaveable_values_refused),
		T(test_changed_on_disk),
		T(test_new_file_created_meanwhile),
		T(test_awkward_values_survive),
		T(test_unknown_settings_survive_a_save),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
