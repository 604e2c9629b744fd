/*
 * The store: reads and writes sessions as libconfig files. The only module
 * that includes <libconfig.h>.
 *
 * Reading never hands untrusted bytes to libconfig unguarded: the file is
 * opened without following symlinks or blocking on FIFOs, size-capped,
 * pre-scanned (no @include, bounded string and group sizes) and parsed from
 * memory. Every problem is reported as "FILE:LINE: text", one per line.
 *
 * Writing never damages the previous file: the text is serialised in
 * memory, re-parsed, written to an O_EXCL|O_NOFOLLOW temporary file in the
 * same directory, fsync'ed, closed (checked), renamed over the old file and
 * the directory fsync'ed. On any failure the old file is byte-identical.
 *
 * Errors: functions return -1 and set *cause to an allocated message the
 * caller frees (cause may be NULL when the caller does not want it).
 */
#ifndef B2C_STORE_H
#define B2C_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "b2c/session.h"

#define STORE_MAX_FILE	(16u * 1024 * 1024)	/* bytes */
#define STORE_MAX_STRING (64u * 1024)		/* bytes per string */
#define STORE_MAX_LIST	100000u			/* elements per list */

/* What the file looked like when it was loaded or last saved. */
struct store_file {
	bool	 exists;
	dev_t	 dev;
	ino_t	 ino;
	off_t	 size;
	struct timespec mtime;
	uint64_t hash;		/* the first 8 bytes of sha256, for quick compares */
	unsigned char sha256[32]; /* SHA-256 of the bytes (audit trails) */
};

/* Return values of store_save() beyond 0 / -1. */
#define STORE_CHANGED	(-2)	/* file changed on disk since load */
/* The new file is in place (and *file describes it), but the directory
 * could not be flushed: a power cut may still bring the old one back. */
#define STORE_UNSYNCED	(-3)

/* Save flags. */
#define STORE_FORCE	0x1	/* overwrite even if changed on disk */

/*
 * Loads path into a new session. name is used in messages (usually the
 * path). On error returns -1, *out untouched, *cause lists every problem.
 * file (may be NULL) receives the file's identity for change detection.
 */
int	store_load(const char *path, struct session **out,
	    struct store_file *file, char **cause);

/* Parses a session from memory; name is used in messages. */
int	store_parse(const char *name, const char *text, size_t len,
	    struct session **out, char **cause);

/* Serialises a session to allocated libconfig text (*len bytes). */
int	store_serialise(const struct session *, char **text, size_t *len,
	    char **cause);

/*
 * Saves safely to path; updates s->modified and s->saved_by (and created
 * when empty). If file is given and the file on disk no longer matches it,
 * returns STORE_CHANGED without writing unless flags has STORE_FORCE. On
 * success, and on STORE_UNSYNCED, *file describes the new file.
 */
int	store_save(const char *path, struct session *s,
	    struct store_file *file, int flags, char **cause);

/* Reads the identity of the file now on disk (exists = false if none). */
int	store_stat(const char *path, struct store_file *file, char **cause);

/* True when the file on disk still matches what was loaded. */
bool	store_unchanged(const char *path, const struct store_file *file);

/*
 * The lock beside a session ("FILE.lock"): owner user@host, pid, time.
 * store_lock_acquire() returns 0 and a lock, or -1 with *holder set to a
 * human-readable description of who holds it ("anna@server, pid 123,
 * since 2026-11-26 15:00") when someone else does, or *cause on other
 * errors. A stale lock (its pid dead or reused on this host, or a lock
 * file left empty or unreadable for more than a few seconds) is taken
 * over and *note says so.
 */
struct store_lock;
int	store_lock_acquire(const char *path, struct store_lock **lock,
	    char **holder, char **note, char **cause);
void	store_lock_release(struct store_lock *);
/*
 * Takes path's lock from whoever holds it, once the user has been told who
 * (store_lock_holder) and agreed. *previous describes the holder it was
 * taken from (NULL when there was none). -1 with *cause when the lock path
 * is not a regular file, or someone else took the lock meanwhile.
 */
int	store_lock_take_over(const char *path, struct store_lock **lock,
	    char **previous, char **cause);
/* The owner of a lock we hold, as user@host (allocated). */
char	*store_lock_owner(const struct store_lock *);
/* Describes the current holder of path's lock, or NULL when unlocked. */
char	*store_lock_holder(const char *path);

#endif
