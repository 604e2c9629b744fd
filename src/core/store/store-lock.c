/*
 * The lock beside a session, FILE.lock, so a second person opening the
 * same session is told who has it. The lock file holds four lines: the
 * owner as user@host, the pid, the time it was taken (UTC) and the
 * process's start time (clock ticks after boot, /proc/PID/stat), which
 * tells the holder from a later process given the same pid; locks of
 * earlier versions have three lines. It is created with
 * O_CREAT|O_EXCL|O_NOFOLLOW, so taking it is atomic.
 *
 * A lock on this host is stale, and taken over with a note for the user,
 * when its pid no longer exists or now belongs to a process started at
 * another time; a regular lock file that is empty or cannot be parsed is
 * stale once it is older than a few seconds (its writer died between
 * creating and writing it). A lock from another host is never judged
 * stale, since its pid means nothing here: only the user can take it
 * over (store_lock_take_over), after being told who has it.
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
#include "b2c/lang.h"
#include "store-private.h"

#define LOCK_MAX_SIZE	4096	/* a lock file is four short lines */
#define LOCK_ATTEMPTS	5
/* An unparsable lock younger than this may be one being written now. */
#define LOCK_WRITE_GRACE 5

struct store_lock {
	char	*path;		/* FILE.lock */
	char	*text;		/* what we wrote, to recognise our lock */
	dev_t	 dev;		/* the file we created, to recognise it */
	ino_t	 ino;		/* when its text cannot be read back */
};

/* A lock file's contents, parsed. */
struct lock_info {
	char	*text;		/* the raw file */
	char	*owner;		/* user@host, "" when unreadable */
	long	 pid;		/* 0 when unreadable */
	char	*since;
	unsigned long long start; /* the holder's start time, 0 if unknown */
	bool	 regular;	/* a regular file (anything else is hostile) */
	time_t	 mtime;
};

static void
lock_info_free(struct lock_info *li)
{
	free(li->text);
	free(li->owner);
	free(li->since);
	memset(li, 0, sizeof *li);
}

/* Reads path into li; -1 (errno set) when there is no readable file. */
static int
lock_read(const char *path, struct lock_info *li)
{
	char buf[LOCK_MAX_SIZE + 1], *line2, *line3, *line4, *end;
	struct stat st;
	ssize_t n;
	int fd;

	memset(li, 0, sizeof *li);
	fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return -1;
	if (fstat(fd, &st) == 0) {
		li->regular = S_ISREG(st.st_mode);
		li->mtime = st.st_mtime;
	}
	do
		n = read(fd, buf, LOCK_MAX_SIZE);
	while (n < 0 && errno == EINTR);
	close(fd);
	if (n < 0)
		return -1;
	buf[n] = '\0';
	li->text = xstrdup(buf);
	line2 = strchr(buf, '\n');
	line3 = line2 != NULL ? strchr(line2 + 1, '\n') : NULL;
	if (line3 != NULL) {
		*line2++ = '\0';
		*line3++ = '\0';
		line4 = strchr(line3, '\n');
		if (line4 != NULL) {
			*line4++ = '\0';
			line4[strcspn(line4, "\n")] = '\0';
			li->start = strtoull(line4, &end, 10);
			if (end == line4 || *end != '\0' || *line4 == '-')
				li->start = 0;
		}
		li->pid = strtol(line2, &end, 10);
		if (end == line2 || *end != '\0' || li->pid <= 0)
			li->pid = 0;
	}
	li->owner = xstrdup(line3 != NULL && li->pid != 0 ? buf : "");
	li->since = xstrdup(line3 != NULL && li->pid != 0 ? line3 : "");
	return 0;
}

/* "anna@server, pid 123, since 26 November 2026 at 15:00 UTC": the
 * date as people read it in the language of the interface. */
static char *
lock_describe(const char *lockpath, const struct lock_info *li)
{
	char day[DATE_ISO_LEN], *date, *text;

	if (*li->owner == '\0')
		return xasprintf(_("unknown (the lock file %s cannot be read; "
		    "remove it if no one has the session open)"), lockpath);
	if (!date_valid_timestamp(li->since))
		return xasprintf(_("%s, pid %ld"), li->owner, li->pid);
	snprintf(day, sizeof day, "%.10s", li->since);
	date = lang_format_date(day);
	text = xasprintf(_("%s, pid %ld, since %s at %.5s UTC"), li->owner,
	    li->pid, date, li->since + 11);
	free(date);
	return text;
}

/*
 * The start time of process pid in clock ticks after boot (field 22 of
 * /proc/PID/stat, after the command name, which may hold spaces and
 * parentheses); 0 when it cannot be read (no /proc, or no such process).
 */
static unsigned long long
lock_proc_start(long pid)
{
	char path[64], buf[1024], *p;
	unsigned long long start = 0;
	ssize_t n;
	int fd, field;

	snprintf(path, sizeof path, "/proc/%ld/stat", pid);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return 0;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	if ((p = strrchr(buf, ')')) == NULL)
		return 0;
	/* p + 2 is field 3 (the state). */
	for (field = 3, p += 2; field < 22 && p != NULL; field++) {
		p = strchr(p, ' ');
		if (p != NULL)
			p++;
	}
	if (p != NULL)
		start = strtoull(p, NULL, 10);
	return start;
}

/* Why a lock is stale, or NULL when it is held (its reason, allocated). */
static char *
lock_stale(const char *lockpath, const struct lock_info *li)
{
	const char *at = strrchr(li->owner, '@');
	unsigned long long start;
	char *host;
	bool here;
	time_t now = time(NULL);

	/* A FIFO, a directory...: nothing b2c made; never removed. */
	if (!li->regular)
		return NULL;
	if (*li->owner == '\0')
		return now - li->mtime >= LOCK_WRITE_GRACE ?
		    xasprintf(_("%s: took over a lock file that was left "
		    "empty or unreadable"), lockpath) : NULL;
	if (at == NULL)
		return NULL;
	host = store_host();
	here = strcmp(at + 1, host) == 0;
	free(host);
	if (!here)
		return NULL;
	if (kill((pid_t)li->pid, 0) == -1 && errno == ESRCH)
		return xasprintf(_("%s: took over a stale lock of %s (pid %ld "
		    "is no longer running)"), lockpath, li->owner, li->pid);
	start = li->start != 0 ? lock_proc_start(li->pid) : 0;
	if (start != 0 && start != li->start)
		return xasprintf(_("%s: took over a stale lock of %s (pid %ld "
		    "now belongs to another program)"), lockpath, li->owner,
		    li->pid);
	return NULL;
}

/* Creates the lock file with our text, its identity in *st; -1 with
 * errno on failure. */
static int
lock_create(const char *lockpath, const char *text, struct stat *st)
{
	size_t len = strlen(text), off = 0;
	ssize_t n;
	int fd, error = 0;

	fd = open(lockpath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, 0644);
	if (fd < 0)
		return -1;
	while (off < len && error == 0) {
		n = write(fd, text + off, len - off);
		if (n > 0)
			off += (size_t)n;
		else if (n == 0)
			error = EIO;
		else if (errno != EINTR)
			error = errno;
	}
	if (error == 0 && fstat(fd, st) != 0)
		error = errno;
	if (close(fd) != 0 && error == 0)
		error = errno;
	if (error == 0)
		return 0;
	unlink(lockpath);
	errno = error;
	return -1;
}

/*
 * Moves a stale lock out of the way. Renaming first, then checking the
 * renamed file is the one judged stale, keeps two processes taking over
 * at once from removing each other's fresh lock.
 */
static void
lock_remove_stale(const char *lockpath, const struct lock_info *stale)
{
	char *aside = xasprintf("%s.stale.%ld", lockpath, (long)getpid());
	struct lock_info now;

	if (rename(lockpath, aside) == 0) {
		/* Someone's fresh lock: put it back unless a newer one is
		 * already in place (which then wins). */
		if (lock_read(aside, &now) == 0 &&
		    strcmp(now.text, stale->text) != 0 &&
		    link(aside, lockpath) != 0)
			errno = EEXIST;
		lock_info_free(&now);
		unlink(aside);
	}
	free(aside);
}

static char *
lock_text(void)
{
	char now[21], *who, *text;

	date_now_timestamp(now);
	who = store_user_host();
	text = xasprintf("%s\n%ld\n%s\n%llu\n", who, (long)getpid(), now,
	    lock_proc_start((long)getpid()));
	free(who);
	return text;
}

/* One attempt: 0 taken, 1 try again (stale lock moved), -1 held/error. */
static int
lock_try(const char *lockpath, const char *text, struct stat *st,
    char **holder, char **note, char **cause)
{
	struct lock_info li;
	char *why;

	if (lock_create(lockpath, text, st) == 0)
		return 0;
	if (errno != EEXIST) {
		if (cause != NULL)
			*cause = xasprintf(_("%s: cannot create the lock: %s"),
			    lockpath, strerror(errno));
		return -1;
	}
	if (lock_read(lockpath, &li) != 0) {
		if (errno == ENOENT)
			return 1;	/* released meanwhile */
		if (cause != NULL)
			*cause = xasprintf(_("%s: cannot read the lock: %s"),
			    lockpath, strerror(errno));
		return -1;
	}
	if ((why = lock_stale(lockpath, &li)) == NULL) {
		if (holder != NULL)
			*holder = lock_describe(lockpath, &li);
		lock_info_free(&li);
		return -1;
	}
	if (note != NULL) {
		free(*note);
		*note = why;
	} else
		free(why);
	lock_remove_stale(lockpath, &li);
	lock_info_free(&li);
	return 1;
}

static struct store_lock *
lock_new(char *lockpath, char *text, const struct stat *st)
{
	struct store_lock *l = xmalloc(sizeof *l);

	l->path = lockpath;
	l->text = text;
	l->dev = st->st_dev;
	l->ino = st->st_ino;
	return l;
}

int
store_lock_acquire(const char *path, struct store_lock **lock,
    char **holder, char **note, char **cause)
{
	char *lockpath = xasprintf("%s.lock", path), *text = lock_text();
	struct stat st;
	int i, rc = 1;

	for (i = 0; i < LOCK_ATTEMPTS && rc == 1; i++)
		rc = lock_try(lockpath, text, &st, holder, note, cause);
	if (rc != 0) {
		if (rc == 1 && cause != NULL)
			*cause = xasprintf(_("%s: cannot take the lock"),
			    lockpath);
		free(lockpath);
		free(text);
		return -1;
	}
	*lock = lock_new(lockpath, text, &st);
	return 0;
}

int
store_lock_take_over(const char *path, struct store_lock **lock,
    char **previous, char **cause)
{
	char *lockpath = xasprintf("%s.lock", path), *text = lock_text();
	struct lock_info li;
	struct stat st;

	*previous = NULL;
	if (lock_read(lockpath, &li) == 0) {
		if (!li.regular) {
			*cause = xasprintf(_("%s: not a lock file; remove it "
			    "by hand"), lockpath);
			goto fail;
		}
		*previous = lock_describe(lockpath, &li);
		/* Put back when someone else's lock replaced it meanwhile:
		 * the user agreed to take over from the holder named. */
		lock_remove_stale(lockpath, &li);
	} else if (errno != ENOENT) {
		*cause = xasprintf(_("%s: cannot read the lock: %s"), lockpath,
		    strerror(errno));
		goto fail;
	}
	if (lock_create(lockpath, text, &st) != 0) {
		*cause = errno == EEXIST ? xasprintf(_("%s: someone else took "
		    "the lock meanwhile"), lockpath) : xasprintf(_("%s: cannot "
		    "create the lock: %s"), lockpath, strerror(errno));
		goto fail;
	}
	lock_info_free(&li);
	*lock = lock_new(lockpath, text, &st);
	return 0;
fail:
	lock_info_free(&li);
	free(*previous);
	*previous = NULL;
	free(lockpath);
	free(text);
	return -1;
}

void
store_lock_release(struct store_lock *l)
{
	struct lock_info li;
	struct stat st;

	if (l == NULL)
		return;
	/* Only our own lock: a stale-lock takeover may have replaced it.
	 * When its text cannot be read back (EIO, EMFILE), the file we
	 * created is still recognised by its identity, so a failing read
	 * does not leave a lock that others would find stale. */
	if (lock_read(l->path, &li) == 0) {
		if (strcmp(li.text, l->text) == 0)
			unlink(l->path);
	} else if (errno != ENOENT && lstat(l->path, &st) == 0 &&
	    S_ISREG(st.st_mode) && st.st_dev == l->dev &&
	    st.st_ino == l->ino)
		unlink(l->path);
	lock_info_free(&li);
	free(l->path);
	free(l->text);
	free(l);
}

char *
store_lock_owner(const struct store_lock *l)
{
	return xstrndup(l->text, strcspn(l->text, "\n"));
}

char *
store_lock_holder(const char *path)
{
	char *lockpath = xasprintf("%s.lock", path), *who = NULL;
	struct lock_info li;

	if (lock_read(lockpath, &li) == 0)
		who = lock_describe(lockpath, &li);
	lock_info_free(&li);
	free(lockpath);
	return who;
}
