/*
 * An LD_PRELOAD shim that makes one system call fail, so the tests can
 * prove that a save interrupted at any point leaves the previous session
 * file intact and says why.
 *
 * Environment:
 *   FAULT_CALL   open, write, fsync, close or rename (fdatasync counts as
 *                fsync, openat/creat as open, renameat as rename); or
 *                plant: before the Nth open that may create a file, put a
 *                symlink to FAULT_TARGET at its path
 *   FAULT_NTH    which matching call fails, from 1
 *   FAULT_ALL    set: that call and every matching one after it fail (a
 *                disk that stays full)
 *   FAULT_ERRNO  ENOSPC, EIO, EACCES, EDQUOT, EROFS, EINTR or a number; for
 *                write also "short": the call writes half and says so
 *   FAULT_MATCH  only calls on paths containing this string count (for
 *                write, fsync and close: on descriptors opened from such a
 *                path); unset, every call counts
 *   FAULT_LOG    a file the shim appends one line to when it injects:
 *                "CALL NTH KIND PATH" where KIND is file, dir or written
 *                (a descriptor that has been written to)
 *
 * Only the one call fails (unless FAULT_ALL); later calls work, so the
 * program under test can retry. Counting is per process and not thread-safe (b2c saves from one
 * thread).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define SHIM_MAX_FD 1024

struct shim_fd {
	char	*path;
	int	 dir;
	int	 written;
};

static struct shim_fd	shim_fds[SHIM_MAX_FD];
static unsigned long	shim_count;
static int		shim_ready;
static const char	*shim_call;
static unsigned long	shim_nth;
static int		shim_errno;
static int		shim_short;
static const char	*shim_match;
static int		shim_all;

/* Reads the environment once; before that nothing is counted. */
static void
shim_init(void)
{
	static const struct { const char *name; int value; } names[] = {
		{ "ENOSPC", ENOSPC }, { "EIO", EIO }, { "EACCES", EACCES },
		{ "EDQUOT", EDQUOT }, { "EROFS", EROFS }, { "EINTR", EINTR },
		{ "EPERM", EPERM }, { "EFBIG", EFBIG },
	};
	const char *e;
	size_t i;

	if (shim_ready)
		return;
	shim_ready = 1;
	shim_call = getenv("FAULT_CALL");
	e = getenv("FAULT_NTH");
	shim_nth = e != NULL ? strtoul(e, NULL, 10) : 0;
	shim_all = getenv("FAULT_ALL") != NULL;
	shim_match = getenv("FAULT_MATCH");
	if (shim_match != NULL && *shim_match == '\0')
		shim_match = NULL;
	shim_errno = EIO;
	e = getenv("FAULT_ERRNO");
	if (e == NULL)
		return;
	if (strcmp(e, "short") == 0) {
		shim_short = 1;
		return;
	}
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (strcmp(e, names[i].name) == 0) {
			shim_errno = names[i].value;
			return;
		}
	}
	shim_errno = atoi(e) > 0 ? atoi(e) : EIO;
}

static const char *
shim_kind(int fd)
{
	if (fd < 0 || fd >= SHIM_MAX_FD || shim_fds[fd].path == NULL)
		return "file";
	if (shim_fds[fd].dir)
		return "dir";
	return shim_fds[fd].written ? "written" : "file";
}

static void
shim_log(const char *call, const char *kind, const char *path)
{
	const char *log = getenv("FAULT_LOG");
	FILE *f;

	if (log == NULL || (f = fopen(log, "a")) == NULL)
		return;
	fprintf(f, "%s %lu %s %s\n", call, shim_nth, kind,
	    path != NULL ? path : "-");
	fclose(f);
}

/* True when this call is the one to fail; counts it either way. */
static int
shim_hit(const char *call, const char *path, const char *kind)
{
	shim_init();
	if (shim_call == NULL || strcmp(call, shim_call) != 0)
		return 0;
	if (shim_match != NULL && (path == NULL ||
	    strstr(path, shim_match) == NULL))
		return 0;
	if (++shim_count != shim_nth && !(shim_all && shim_count > shim_nth))
		return 0;
	shim_log(call, kind, path);
	return 1;
}

static int
shim_hit_fd(const char *call, int fd)
{
	const char *path = NULL;

	if (fd >= 0 && fd < SHIM_MAX_FD)
		path = shim_fds[fd].path;
	/* A failed write always matters, even the first one on a file. */
	return shim_hit(call, path, strcmp(call, "write") == 0 ? "written" :
	    shim_kind(fd));
}

static void
shim_track(int fd, const char *path)
{
	struct stat sb;

	if (fd < 0 || fd >= SHIM_MAX_FD)
		return;
	free(shim_fds[fd].path);
	shim_fds[fd].path = strdup(path);
	shim_fds[fd].written = 0;
	shim_fds[fd].dir = fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode);
}

static void *
shim_next(const char *name)
{
	void *fn = dlsym(RTLD_NEXT, name);

	if (fn == NULL)
		abort();
	return fn;
}

/* A path relative to a tracked directory descriptor, made whole. */
static const char *
shim_resolve(int dirfd, const char *path, char *buf, size_t size)
{
	if (path == NULL || path[0] == '/' || dirfd < 0 ||
	    dirfd >= SHIM_MAX_FD || shim_fds[dirfd].path == NULL)
		return path;
	snprintf(buf, size, "%s/%s", shim_fds[dirfd].path, path);
	return buf;
}

static const char *
shim_open_kind(const char *path, int flags)
{
	struct stat sb;

	if (flags & (O_WRONLY | O_RDWR))
		return "written";
	if ((flags & O_DIRECTORY) || (stat(path, &sb) == 0 &&
	    S_ISDIR(sb.st_mode)))
		return "dir";
	return "file";
}

static int
shim_open_common(int dirfd, const char *path, int flags, mode_t mode)
{
	int (*real_openat)(int, const char *, int, ...);
	char buf[4096];
	const char *full = shim_resolve(dirfd, path, buf, sizeof buf);
	int fd;

	if (shim_hit("open", full, shim_open_kind(full, flags))) {
		errno = shim_errno;
		return -1;
	}
	/* An attacker who guessed the name and won the race. */
	if ((flags & O_CREAT) && shim_hit("plant", full, "written") &&
	    getenv("FAULT_TARGET") != NULL)
		symlink(getenv("FAULT_TARGET"), full);
	real_openat = shim_next("openat");
	fd = real_openat(dirfd, path, flags, mode);
	if (fd >= 0)
		shim_track(fd, full);
	return fd;
}

static mode_t
shim_mode(int flags, va_list ap)
{
	if (flags & (O_CREAT | __O_TMPFILE))
		return (mode_t)va_arg(ap, int);
	return 0;
}

int
open(const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode;

	va_start(ap, flags);
	mode = shim_mode(flags, ap);
	va_end(ap);
	return shim_open_common(AT_FDCWD, path, flags, mode);
}

int
open64(const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode;

	va_start(ap, flags);
	mode = shim_mode(flags, ap);
	va_end(ap);
	return shim_open_common(AT_FDCWD, path, flags, mode);
}

int
openat(int dirfd, const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode;

	va_start(ap, flags);
	mode = shim_mode(flags, ap);
	va_end(ap);
	return shim_open_common(dirfd, path, flags, mode);
}

int
openat64(int dirfd, const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode;

	va_start(ap, flags);
	mode = shim_mode(flags, ap);
	va_end(ap);
	return shim_open_common(dirfd, path, flags, mode);
}

int
creat(const char *path, mode_t mode)
{
	return shim_open_common(AT_FDCWD, path,
	    O_CREAT | O_WRONLY | O_TRUNC, mode);
}

ssize_t
write(int fd, const void *buf, size_t len)
{
	ssize_t (*real_write)(int, const void *, size_t);

	real_write = shim_next("write");
	if (shim_hit_fd("write", fd)) {
		if (shim_short && len > 1)
			return real_write(fd, buf, len / 2);
		if (!shim_short) {
			errno = shim_errno;
			return -1;
		}
	}
	if (fd >= 0 && fd < SHIM_MAX_FD)
		shim_fds[fd].written = 1;
	return real_write(fd, buf, len);
}

int
fsync(int fd)
{
	int (*real_fsync)(int) = shim_next("fsync");

	if (shim_hit_fd("fsync", fd)) {
		errno = shim_errno;
		return -1;
	}
	return real_fsync(fd);
}

int
fdatasync(int fd)
{
	int (*real_fdatasync)(int) = shim_next("fdatasync");

	if (shim_hit_fd("fsync", fd)) {
		errno = shim_errno;
		return -1;
	}
	return real_fdatasync(fd);
}

/* Like Linux, the descriptor is released even when close reports an error. */
int
close(int fd)
{
	int (*real_close)(int) = shim_next("close");
	int hit = shim_hit_fd("close", fd);
	int r;

	r = real_close(fd);
	if (fd >= 0 && fd < SHIM_MAX_FD) {
		free(shim_fds[fd].path);
		shim_fds[fd].path = NULL;
	}
	if (hit) {
		errno = shim_errno;
		return -1;
	}
	return r;
}

int
rename(const char *from, const char *to)
{
	int (*real_rename)(const char *, const char *) = shim_next("rename");

	if (shim_hit("rename", to, "file")) {
		errno = shim_errno;
		return -1;
	}
	return real_rename(from, to);
}

int
renameat(int fromfd, const char *from, int tofd, const char *to)
{
	int (*real_renameat)(int, const char *, int, const char *);

	char buf[4096];

	real_renameat = shim_next("renameat");
	if (shim_hit("rename", shim_resolve(tofd, to, buf, sizeof buf),
	    "file")) {
		errno = shim_errno;
		return -1;
	}
	return real_renameat(fromfd, from, tofd, to);
}

int
renameat2(int fromfd, const char *from, int tofd, const char *to,
    unsigned int flags)
{
	int (*real_renameat2)(int, const char *, int, const char *,
	    unsigned int);
	char buf[4096];

	real_renameat2 = shim_next("renameat2");
	if (shim_hit("rename", shim_resolve(tofd, to, buf, sizeof buf),
	    "file")) {
		errno = shim_errno;
		return -1;
	}
	return real_renameat2(fromfd, from, tofd, to, flags);
}
