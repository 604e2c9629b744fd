/*
 * Output files other than sessions. The path a user gives with -o may be
 * anything: a new name, their own earlier report, /dev/null or a terminal,
 * a FIFO read by another program, or a link to any of these. Renaming a
 * temporary file over such a path would replace a device or a FIFO with a
 * regular file (as root, /dev/null itself), or a link with a copy; so the
 * path is first resolved through its links, and only a regular file (or a
 * new name) is written through a temporary file. Everything else is opened
 * and written into without creating or truncating, as the shell's `>`
 * does for a device.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "b2c/i18n.h"
#include "b2c/output-file.h"
#include "b2c/util.h"

/* As the kernel's own limit on links followed in one lookup. */
#define OUTPUT_MAX_LINKS 40

/* The target of the link at path, relative to the link's directory. */
static char *
output_read_link(const char *path, char **cause)
{
	char buf[PATH_MAX], *dir, *target;
	ssize_t n;

	if ((n = readlink(path, buf, sizeof buf - 1)) == -1) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return NULL;
	}
	buf[n] = '\0';
	if (buf[0] == '/')
		return xstrdup(buf);
	dir = util_dirname(path);
	target = xasprintf("%s/%s", dir, buf);
	free(dir);
	return target;
}

/*
 * Follows a dangling link at path to the name it points at, which will be
 * created (as vim does); a path that is not a link is returned as is.
 * /proc's fd links are never dangling, so reading link text as a path
 * here is sound.
 */
static char *
output_resolve_new(const char *path, char **cause)
{
	char *cur = xstrdup(path), *next;
	struct stat st;
	int links = 0;

	while (lstat(cur, &st) == 0 && S_ISLNK(st.st_mode)) {
		if (++links > OUTPUT_MAX_LINKS) {
			*cause = xasprintf("%s: %s", path, strerror(ELOOP));
			free(cur);
			return NULL;
		}
		next = output_read_link(cur, cause);
		free(cur);
		if (next == NULL)
			return NULL;
		cur = next;
	}
	return cur;
}

/* Writes all of data to fd, resuming after signals and short writes. */
static int
output_write_all(int fd, const char *data, size_t len)
{
	ssize_t n;

	while (len > 0) {
		if ((n = write(fd, data, len)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/* A message for the last error, naming path and, for a link, target. */
static char *
output_cause(const char *path, const char *target)
{
	if (strcmp(path, target) == 0)
		return xasprintf("%s: %s", path, strerror(errno));
	return xasprintf("%s (-> %s): %s", path, target, strerror(errno));
}

/*
 * Writes into an existing file that is not to be replaced: a device, a
 * FIFO, or a regular file with other names (hard links), which a rename
 * would split from the rest. Links are followed by open itself, which
 * also understands /dev/stdout. Never creates; truncates only a regular
 * file, which the caller has found to be the user's own.
 */
static int
output_write_in_place(const char *path, const char *target,
    const char *data, size_t len, char **cause)
{
	struct stat st;
	int fd, saved;

	fd = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC);
	if (fd == -1) {
		*cause = output_cause(path, target);
		return -1;
	}
	if (fstat(fd, &st) == -1 ||
	    (S_ISREG(st.st_mode) && ftruncate(fd, 0) == -1) ||
	    output_write_all(fd, data, len) == -1 ||
	    (S_ISREG(st.st_mode) && fsync(fd) == -1)) {
		saved = errno;
		close(fd);
		errno = saved;
		*cause = output_cause(path, target);
		return -1;
	}
	if (close(fd) == -1) {
		*cause = output_cause(path, target);
		return -1;
	}
	return 0;
}

/* Makes the temporary file as readable as a file the user creates, or
 * as the file it replaces. */
static int
output_set_mode(int fd, const struct stat *old)
{
	mode_t mask, mode;

	if (old != NULL)
		mode = old->st_mode & 07777;
	else {
		mask = umask(0);
		umask(mask);
		mode = 0666 & ~mask;
	}
	return fchmod(fd, mode);
}

/* Fills a new temporary file beside target; returns its name or NULL. */
static char *
output_write_temp(const char *target, const struct stat *old,
    const char *data, size_t len)
{
	char *tmp = xasprintf("%s.XXXXXX", target);
	int fd, saved;

	if ((fd = mkstemp(tmp)) == -1) {
		free(tmp);
		return NULL;
	}
	if (output_set_mode(fd, old) == -1 ||
	    output_write_all(fd, data, len) == -1 || fsync(fd) == -1) {
		saved = errno;
		close(fd);
		unlink(tmp);
		free(tmp);
		errno = saved;
		return NULL;
	}
	if (close(fd) == -1) {
		saved = errno;
		unlink(tmp);
		free(tmp);
		errno = saved;
		return NULL;
	}
	return tmp;
}

/*
 * Puts the finished temporary file in place. A new name is taken with
 * link(), which fails if something appeared there meanwhile, so even a
 * race cannot make this replace what it did not see; file systems without
 * hard links fall back to rename.
 */
static int
output_commit(const char *tmp, const char *target, bool replace)
{
	int fd;

	if (!replace && link(tmp, target) == 0)
		unlink(tmp);
	else if (!replace && errno == EEXIST)
		return -1;
	else if (rename(tmp, target) == -1)
		return -1;
	/* The report is complete on disk either way; a directory that
	 * cannot be synced costs at most a report that can be made again,
	 * so that error is not the user's to handle. */
	{
		char *dir = util_dirname(target);

		if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) != -1) {
			(void)fsync(fd);
			close(fd);
		}
		free(dir);
	}
	return 0;
}

/* A new name, or b2c's own regular file: through a temporary file. */
static int
output_write_atomic(const char *path, const char *target,
    const struct stat *old, const char *data, size_t len, char **cause)
{
	char *tmp;
	int saved;

	if ((tmp = output_write_temp(target, old, data, len)) == NULL) {
		*cause = output_cause(path, target);
		return -1;
	}
	if (output_commit(tmp, target, old != NULL) == -1) {
		saved = errno;
		unlink(tmp);
		free(tmp);
		errno = saved;
		*cause = output_cause(path, target);
		return -1;
	}
	free(tmp);
	return 0;
}

/*
 * An existing regular file is replaced through a temporary file at its
 * real name (so a link to it stays a link), unless it has other names
 * or its real name cannot be told (a /proc fd link to a deleted file):
 * then it is rewritten in place.
 */
static int
output_write_regular(const char *path, const struct stat *st,
    const char *data, size_t len, char **cause)
{
	char *target;
	struct stat again;
	int rc;

	if (st->st_uid != geteuid()) {
		*cause = xasprintf(_("%s: the file belongs to another user; "
		    "b2c does not replace it (write to a new name)"), path);
		return -1;
	}
	target = st->st_nlink > 1 ? NULL : realpath(path, NULL);
	if (target == NULL || lstat(target, &again) == -1 ||
	    !S_ISREG(again.st_mode) || again.st_dev != st->st_dev ||
	    again.st_ino != st->st_ino)
		rc = output_write_in_place(path, path, data, len, cause);
	else
		rc = output_write_atomic(path, target, st, data, len, cause);
	free(target);
	return rc;
}

int
output_file_write(const char *path, const char *data, size_t len,
    char **cause)
{
	struct stat st;
	char *target;
	int rc;

	*cause = NULL;
	if (stat(path, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			errno = EISDIR;
			*cause = output_cause(path, path);
			return -1;
		}
		if (!S_ISREG(st.st_mode))
			return output_write_in_place(path, path, data, len,
			    cause);
		return output_write_regular(path, &st, data, len, cause);
	}
	if (errno != ENOENT) {
		*cause = output_cause(path, path);
		return -1;
	}
	if ((target = output_resolve_new(path, cause)) == NULL)
		return -1;
	rc = output_write_atomic(path, target, NULL, data, len, cause);
	free(target);
	return rc;
}
