/*
 * Saving without ever damaging the previous file. The session is
 * serialised in memory and re-parsed (the text must read back to the same
 * text), then written to a new O_EXCL|O_NOFOLLOW temporary file in the
 * same directory, fsync'ed, closed (NFS reports errors there), renamed
 * over the old file and the directory fsync'ed. Until the rename the old
 * file is untouched, so any failure leaves it byte-identical. After an
 * fsync error the page cache may have dropped the data, so the retry
 * writes a fresh file from memory instead of calling fsync again.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/sha256.h"
#include "store-private.h"

#define WRITE_ATTEMPTS	2	/* a second file after an fsync error */

struct store_ops store_ops = { write, fsync, close, rename };

void
store_ops_reset(void)
{
	store_ops.write = write;
	store_ops.fsync = fsync;
	store_ops.close = close;
	store_ops.rename = rename;
}

/* One save in progress. */
struct save {
	const char	*path;
	char		*dir;
	char		*tmp;		/* temporary file, while it exists */
	const char	*text;
	size_t		 len;
	struct stat	 st;		/* of the written file */
	bool		 fsync_failed;
	bool		 renamed;	/* the new file is in place */
};

static int
save_write_all(int fd, const char *p, size_t len)
{
	ssize_t n;

	while (len > 0) {
		n = store_ops.write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0) {
			errno = EIO;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Creates a temporary file beside path that no one else can have made. */
static int
save_create(struct save *sv, mode_t mode, char **cause)
{
	static unsigned counter;
	const char *base = strrchr(sv->path, '/');
	struct timespec ts;
	int fd, i;

	base = base == NULL ? sv->path : base + 1;
	for (i = 0; i < 100; i++) {
		clock_gettime(CLOCK_REALTIME, &ts);
		free(sv->tmp);
		sv->tmp = xasprintf("%s/.%s.%ld.%u.%lx.tmp", sv->dir, base,
		    (long)getpid(), counter++, (unsigned long)ts.tv_nsec);
		fd = open(sv->tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
		    O_CLOEXEC, mode);
		if (fd >= 0)
			break;
		if (errno != EEXIST)
			break;
	}
	/* The umask must not take group write away from 0660. */
	if (fd >= 0 && fchmod(fd, mode) == 0)
		return fd;
	if (fd >= 0) {
		i = errno;
		close(fd);
		unlink(sv->tmp);
		errno = i;
	}
	*cause = xasprintf(_("%s: cannot save: cannot create a temporary "
	    "file in %s: %s"), sv->path, sv->dir, strerror(errno));
	free(sv->tmp);
	sv->tmp = NULL;
	return -1;
}

/* Reports step's failure, removes the temporary file; returns -1. */
static int
save_fail(struct save *sv, const char *step, int error, char **cause)
{
	*cause = xasprintf(_("%s: cannot save: %s: %s; the previous file is "
	    "unchanged"), sv->path, step, strerror(error));
	if (sv->tmp != NULL) {
		unlink(sv->tmp);
		free(sv->tmp);
		sv->tmp = NULL;
	}
	return -1;
}

/* Writes, syncs and closes one temporary file. */
static int
save_write_temp(struct save *sv, mode_t mode, char **cause)
{
	int fd, error;

	if ((fd = save_create(sv, mode, cause)) < 0)
		return -1;
	if (save_write_all(fd, sv->text, sv->len) != 0) {
		error = errno;
		store_ops.close(fd);
		return save_fail(sv, _("writing"), error, cause);
	}
	if (store_ops.fsync(fd) != 0) {
		error = errno;
		store_ops.close(fd);
		sv->fsync_failed = true;
		return save_fail(sv, _("flushing to disk"), error, cause);
	}
	if (fstat(fd, &sv->st) != 0) {
		error = errno;
		store_ops.close(fd);
		return save_fail(sv, "fstat", error, cause);
	}
	if (store_ops.close(fd) != 0)
		return save_fail(sv, _("closing"), errno, cause);
	return 0;
}

/* Makes the rename durable; failure here cannot undo the save, so it
 * is STORE_UNSYNCED: saved, but not yet safe on disk. */
static int
save_sync_dir(struct save *sv, char **cause)
{
	int fd = open(sv->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC), rc = 0;

	if (fd < 0)
		rc = STORE_UNSYNCED;
	else if (store_ops.fsync(fd) != 0 && errno != EINVAL &&
	    errno != ENOTSUP)
		rc = STORE_UNSYNCED;
	if (rc != 0)
		*cause = xasprintf(_("%s: saved, but the directory %s could "
		    "not be flushed to disk: %s"), sv->path, sv->dir,
		    strerror(errno));
	if (fd >= 0)
		close(fd);
	return rc;
}

/* The whole sequence from temporary file to renamed and synced. */
static int
save_replace(struct save *sv, char **cause)
{
	struct stat dst;
	mode_t mode = 0600;
	int attempt;

	/* A group-shared (setgid) directory gets group-writable files. */
	if (stat(sv->dir, &dst) == 0 && (dst.st_mode & S_ISGID) != 0)
		mode = 0660;
	for (attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
		sv->fsync_failed = false;
		if (save_write_temp(sv, mode, cause) == 0)
			break;
		if (!sv->fsync_failed || attempt + 1 == WRITE_ATTEMPTS)
			return -1;
		free(*cause);
		*cause = NULL;
	}
	if (store_ops.rename(sv->tmp, sv->path) != 0)
		return save_fail(sv, _("renaming the temporary file"), errno,
		    cause);
	free(sv->tmp);
	sv->tmp = NULL;
	sv->renamed = true;
	return save_sync_dir(sv, cause);
}

/* The text must read back, and read back to exactly the same text. */
static int
save_verify(const char *path, const char *text, size_t len, char **cause)
{
	struct session *back = NULL;
	char *why = NULL, *again = NULL;
	size_t len2;
	int rc = -1;

	if (store_parse(path, text, len, &back, &why) != 0)
		*cause = xasprintf(_("%s: cannot save: the session would not "
		    "read back:\n%s"), path, why);
	else if (store_serialise(back, &again, &len2, &why) != 0)
		*cause = xasprintf(_("%s: cannot save: %s"), path, why);
	else if (len2 != len || memcmp(again, text, len) != 0)
		*cause = xasprintf(_("%s: cannot save: the session does not "
		    "read back the same"), path);
	else
		rc = 0;
	free(why);
	free(again);
	session_free(back);
	return rc;
}

/* The timestamps and owner a save sets, kept to undo a failed save. */
struct save_stamps {
	char	*created, *modified, *saved_by;
};

static void
save_stamp(struct session *s, struct save_stamps *old)
{
	char now[21];

	date_now_timestamp(now);
	old->created = s->created;
	old->modified = s->modified;
	old->saved_by = s->saved_by;
	s->created = xstrdup(*old->created != '\0' ? old->created : now);
	s->modified = xstrdup(now);
	s->saved_by = store_user_host();
}

/* Frees one set of stamps: the old ones, or (undo) the new ones. */
static void
save_unstamp(struct session *s, struct save_stamps *old, bool undo)
{
	if (undo) {
		free(s->created);
		free(s->modified);
		free(s->saved_by);
		s->created = old->created;
		s->modified = old->modified;
		s->saved_by = old->saved_by;
	} else {
		free(old->created);
		free(old->modified);
		free(old->saved_by);
	}
}

/* Serialises, verifies and writes; the file identity on success. */
static int
save_text(const char *path, const struct session *s,
    struct store_file *file, bool *renamed, char **cause)
{
	struct save sv;
	char *text;
	size_t len;
	int rc;

	if (store_serialise(s, &text, &len, cause) != 0)
		return -1;
	if (save_verify(path, text, len, cause) != 0) {
		free(text);
		return -1;
	}
	memset(&sv, 0, sizeof sv);
	sv.path = path;
	sv.dir = util_dirname(path);
	sv.text = text;
	sv.len = len;
	rc = save_replace(&sv, cause);
	*renamed = sv.renamed;
	if (file != NULL && sv.renamed) {
		file->exists = true;
		file->dev = sv.st.st_dev;
		file->ino = sv.st.st_ino;
		file->size = (off_t)len;
		file->mtime = sv.st.st_mtim;
		sha256(text, len, file->sha256);
		file->hash = store_file_hash(file->sha256);
	}
	free(sv.dir);
	free(text);
	return rc;
}

int
store_save(const char *path, struct session *s, struct store_file *file,
    int flags, char **cause)
{
	struct save_stamps old;
	char *why = NULL;
	bool renamed = false;
	int rc;

	/* A file-size limit must give EFBIG, not kill the process. */
	signal(SIGXFSZ, SIG_IGN);
	if (file != NULL && (flags & STORE_FORCE) == 0 &&
	    !store_unchanged(path, file)) {
		if (cause != NULL)
			*cause = xasprintf(_("%s: the file was changed by "
			    "someone else since it was opened"), path);
		return STORE_CHANGED;
	}
	save_stamp(s, &old);
	rc = save_text(path, s, file, &renamed, &why);
	save_unstamp(s, &old, !renamed);
	if (cause != NULL)
		*cause = why;
	else
		free(why);
	return rc;
}
