/*
 * Saving in the background. Serialising, re-parsing and syncing a large
 * session takes a third of a second, too long to freeze the wizard at
 * every step change and autosave. A forked child saves its copy-on-write
 * snapshot of the model through the store as usual and sends the result
 * (status, the new file identity, the error text) through a pipe; the
 * wizard reaps it between keys. Only one save runs at a time: every
 * synchronous save (F2, quit, signals) first waits for the child. The
 * lock stays with the wizard, which outlives the child.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "b2c/date.h"
#include "b2c/util.h"
#include "tui-internal.h"

/* What the child reports; smaller than PIPE_BUF, so written at once. */
struct save_bg_msg {
	int	 r;
	struct store_file file;
	char	 cause[1024];
};

#define SAVE_BG_PATIENCE 3	/* seconds quitting waits for a save */

static pid_t bg_pid = -1;
static int bg_fd = -1;
static unsigned long bg_changes;	/* tui->changes at the fork */

/*
 * In the child: nothing but the pipe stays open. The child shares the
 * wizard's open files; were it to flush or rewind one on leaving (a libc
 * clean-up under valgrind does) the wizard's terminal or key script would
 * move under it.
 */
static int
save_bg_isolate(int fd)
{
	long max = sysconf(_SC_OPEN_MAX), i;
	int null;

	if (max < 0 || max > 4096)
		max = 4096;
	if (fd != 3 && (fd = dup2(fd, 3)) != 3)
		return -1;
	for (i = 0; i < max; i++)
		if (i != 3)
			close((int)i);
	if ((null = open("/dev/null", O_RDWR)) == 0) {
		dup2(null, 1);
		dup2(null, 2);
	}
	return fd;
}

/* In the child: save the snapshot, report, and leave without atexit
 * handlers (they belong to the wizard: curses, the lock). */
static void
save_bg_child(struct tui *tui, int fd)
{
	struct save_bg_msg m;
	struct store_file file = *tui->file;
	char *cause = NULL;
	ssize_t n;

	/* Field by field, so no padding byte goes down the pipe unset. */
	memset(&m, 0, sizeof m);
	m.r = store_save(tui->path, tui->s, &file, 0, &cause);
	m.file.exists = file.exists;
	m.file.dev = file.dev;
	m.file.ino = file.ino;
	m.file.size = file.size;
	m.file.mtime.tv_sec = file.mtime.tv_sec;
	m.file.mtime.tv_nsec = file.mtime.tv_nsec;
	m.file.hash = file.hash;
	if (cause != NULL)
		snprintf(m.cause, sizeof m.cause, "%s", cause);
	free(cause);
	do
		n = write(fd, &m, sizeof m);
	while (n < 0 && errno == EINTR);
	_exit(n == (ssize_t)sizeof m ? 0 : 1);
}

/*
 * The child stamps only its own copy of the session. A new session's
 * creation time is therefore set here, in the wizard's model, or every
 * later save would take its own time for "created".
 */
static void
save_bg_stamp_created(struct session *s)
{
	char now[21];

	if (*s->created != '\0')
		return;
	date_now_timestamp(now);
	free(s->created);
	s->created = xstrdup(now);
}

/* True while a background save runs. */
bool
save_bg_running(void)
{
	return bg_pid > 0;
}

/*
 * Starts saving the session in a child; 0 when started. Falls back to
 * nothing (the data stays dirty, autosave retries) when fork fails.
 */
int
save_bg_start(struct tui *tui)
{
	int fds[2];
	pid_t pid;

	if (bg_pid > 0 || tui->file == NULL || pipe(fds) != 0)
		return -1;
	save_bg_stamp_created(tui->s);
	fcntl(fds[0], F_SETFD, FD_CLOEXEC);
	fcntl(fds[1], F_SETFD, FD_CLOEXEC);
	if ((pid = fork()) < 0) {
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		if (fds[0] == 3) {
			/* Keep the write end clear of the slot it moves to. */
			close(fds[0]);
			fds[0] = -1;
		}
		if ((fds[1] = save_bg_isolate(fds[1])) < 0)
			_exit(1);
		save_bg_child(tui, fds[1]);
	}
	close(fds[1]);
	bg_pid = pid;
	bg_fd = fds[0];
	bg_changes = tui->changes;
	/* Headless key scripts wait, so their screens and files do not
	 * depend on how fast the child is. */
	if (tui_headless())
		save_bg_wait(tui);
	return 0;
}

/* Takes in the child's report once it has exited. */
static void
save_bg_finish(struct tui *tui, int status)
{
	struct save_bg_msg m;
	ssize_t n;

	do
		n = read(bg_fd, &m, sizeof m);
	while (n < 0 && errno == EINTR);
	close(bg_fd);
	bg_fd = -1;
	bg_pid = -1;
	if (n != (ssize_t)sizeof m || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0) {
		/* Killed, or crashed: the signal's name says which;
		 * otherwise save_result says the error is unknown. */
		memset(&m, 0, sizeof m);
		m.r = -1;
		if (WIFSIGNALED(status))
			snprintf(m.cause, sizeof m.cause, "%s",
			    strsignal(WTERMSIG(status)));
	}
	m.cause[sizeof m.cause - 1] = '\0';
	/* Renamed into place, directory flushed or not: the file on disk
	 * is ours now, so the next save must not call it someone else's. */
	if (m.r == 0 || m.r == STORE_UNSYNCED)
		*tui->file = m.file;
	if (m.r == 0 && tui->changes != bg_changes) {
		/* Changed while the child wrote: saved up to the fork. */
		tui->save_failed = false;
		tui->need_title = true;
		tui->changed_at = time(NULL);
		return;
	}
	save_result(tui, m.r, m.cause[0] != '\0' ? xstrdup(m.cause) : NULL,
	    false);
}

/* Reaps a finished background save without waiting (between keys). */
void
save_bg_poll(struct tui *tui)
{
	int status;

	if (bg_pid > 0 && waitpid(bg_pid, &status, WNOHANG) == bg_pid)
		save_bg_finish(tui, status);
}

/*
 * Waits for a running background save and takes in its result: at most
 * SAVE_BG_PATIENCE seconds, so a hung file system cannot hold quitting or
 * a signal for ever (the journal has the changes meanwhile). Key scripts
 * wait as long as it takes, so their screens do not depend on speed.
 * True when no save runs any more.
 */
bool
save_bg_wait(struct tui *tui)
{
	struct timespec nap = { 0, 20 * 1000 * 1000 };
	int status, i;
	pid_t r;

	for (i = 0; bg_pid > 0; i++) {
		if (i >= SAVE_BG_PATIENCE * 50 && !tui_headless())
			return false;
		r = waitpid(bg_pid, &status, tui_headless() ? 0 : WNOHANG);
		if (r == bg_pid)
			save_bg_finish(tui, status);
		else if (r < 0 && errno != EINTR) {
			close(bg_fd);
			bg_fd = -1;
			bg_pid = -1;
		} else if (r == 0)
			nanosleep(&nap, NULL);
	}
	return true;
}
