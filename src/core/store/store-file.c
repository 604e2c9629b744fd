/*
 * Reading session files from disk and recognising them again: a file is
 * opened without following symlinks or blocking on FIFOs, must be regular
 * and at most STORE_MAX_FILE bytes, and is identified by its device,
 * inode, size, mtime and the SHA-256 of its bytes, so a save can tell
 * whether another program changed it since it was loaded (the report's
 * audit trail prints the same digest, so one pass over the bytes serves
 * both).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "b2c/i18n.h"
#include "b2c/sha256.h"
#include "store-private.h"

uint64_t
store_file_hash(const unsigned char sha[32])
{
	uint64_t h = 0;
	int i;

	for (i = 0; i < 8; i++)
		h = h << 8 | sha[i];
	return h;
}

/* Reads all of fd (at most STORE_MAX_FILE bytes); -1 and errno on error. */
static int
file_read_all(int fd, size_t hint, char **text, size_t *len)
{
	size_t size = hint + 1, used = 0;
	char *buf = xmalloc(size + 1);
	ssize_t n;

	for (;;) {
		if (used == size) {
			if (size > STORE_MAX_FILE) {
				free(buf);
				errno = EFBIG;
				return -1;
			}
			size *= 2;
			buf = xrealloc(buf, size + 1);
		}
		n = read(fd, buf + used, size - used);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			free(buf);
			return -1;
		}
		if (n == 0)
			break;
		used += (size_t)n;
	}
	if (used > STORE_MAX_FILE) {
		free(buf);
		errno = EFBIG;
		return -1;
	}
	buf[used] = '\0';
	*text = buf;
	*len = used;
	return 0;
}

/* Why fd cannot be read as a session: NULL when it can. */
static char *
file_check_read(int fd, const char *path, char **text, size_t *len,
    struct stat *st)
{
	if (fstat(fd, st) != 0)
		return xasprintf("%s: %s", path, strerror(errno));
	if (!S_ISREG(st->st_mode))
		return xasprintf(_("%s: not a regular file"), path);
	if (st->st_size > (off_t)STORE_MAX_FILE ||
	    file_read_all(fd, (size_t)st->st_size, text, len) != 0) {
		if (st->st_size > (off_t)STORE_MAX_FILE || errno == EFBIG)
			return xasprintf(_("%s: the file is larger than %u "
			    "MiB"), path, STORE_MAX_FILE >> 20);
		return xasprintf("%s: %s", path, strerror(errno));
	}
	return NULL;
}

/* Opens, checks and reads path; errno tells ENOENT apart. file's digest
 * is taken here only when hash is true (a load takes it while it reads
 * the bytes anyway). */
static int
file_open_read(const char *path, char **text, size_t *len,
    struct store_file *file, bool hash, char **cause)
{
	struct stat st;
	char *why;
	int fd, saved;

	fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		saved = errno;
		if (cause != NULL)
			*cause = saved == ELOOP ? xasprintf(_("%s: is a "
			    "symbolic link; b2c does not follow links to "
			    "sessions"), path) : xasprintf("%s: %s", path,
			    strerror(saved));
		errno = saved;
		return -1;
	}
	if ((why = file_check_read(fd, path, text, len, &st)) != NULL) {
		close(fd);
		if (cause != NULL)
			*cause = why;
		else
			free(why);
		errno = EIO;
		return -1;
	}
	close(fd);
	if (file != NULL) {
		file->exists = true;
		file->dev = st.st_dev;
		file->ino = st.st_ino;
		file->size = (off_t)*len;
		file->mtime = st.st_mtim;
		if (hash) {
			sha256(*text, *len, file->sha256);
			file->hash = store_file_hash(file->sha256);
		}
	}
	return 0;
}

int
store_load(const char *path, struct session **out, struct store_file *file,
    char **cause)
{
	struct store_file identity;
	char *text;
	size_t len;
	int rc;

	if (file_open_read(path, &text, &len, &identity, false, cause) != 0)
		return -1;
	rc = store_parse_hashed(path, text, len, out, cause, identity.sha256);
	identity.hash = store_file_hash(identity.sha256);
	free(text);
	if (rc == 0 && file != NULL)
		*file = identity;
	return rc;
}

int
store_stat(const char *path, struct store_file *file, char **cause)
{
	char *text;
	size_t len;

	memset(file, 0, sizeof *file);
	if (file_open_read(path, &text, &len, file, true, cause) != 0) {
		if (errno != ENOENT)
			return -1;
		if (cause != NULL) {
			free(*cause);
			*cause = NULL;
		}
		memset(file, 0, sizeof *file);
		return 0;
	}
	free(text);
	return 0;
}

bool
store_unchanged(const char *path, const struct store_file *file)
{
	struct store_file now;

	if (store_stat(path, &now, NULL) != 0)
		return false;
	if (now.exists != file->exists)
		return false;
	/* The bytes decide: an editor that rewrites the same text (new
	 * inode, new mtime) has changed nothing worth protecting. */
	return !now.exists || (now.size == file->size &&
	    now.hash == file->hash);
}
