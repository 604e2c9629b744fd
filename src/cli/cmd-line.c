/*
 * b2c --line [FILE] (and b2c [FILE] where the terminal type is "dumb" or
 * not set): opens the session in the line mode; without FILE, the demo
 * (--demo) or a session chosen in the sessions directory. A missing FILE
 * starts a new session. The store lock is taken for editing; when someone else holds
 * it the session opens read-only with a notice naming the holder.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/cli.h"
#include "b2c/i18n.h"
#include "b2c/line.h"
#include "b2c/store.h"
#include "b2c/util.h"

/* Loads path, or a new session when there is no file yet. */
static struct session *
line_cli_load(const char *path, struct store_file *file, char **cause)
{
	struct session *s = NULL;

	if (store_stat(path, file, cause) != 0)
		return NULL;
	if (!file->exists)
		return session_new();
	if (store_load(path, &s, file, cause) != 0)
		return NULL;
	return s;
}

/* Takes the lock; on failure switches cfg to read-only with a notice. */
static struct store_lock *
line_cli_lock(const char *path, struct line_config *cfg, char **notice)
{
	struct store_lock *lock = NULL;
	char *holder = NULL, *note = NULL, *cause = NULL;

	if (store_lock_acquire(path, &lock, &holder, &note, &cause) != 0) {
		cfg->read_only = true;
		if (holder != NULL)
			*notice = xasprintf(_("Opened read-only: the session "
			    "is in use by %s."), holder);
		else
			*notice = xasprintf(_("Opened read-only: cannot lock "
			    "the session: %s"), cause != NULL ? cause : "");
		lock = NULL;
	} else if (note != NULL)
		*notice = xstrdup(note);
	free(holder);
	free(note);
	free(cause);
	return lock;
}

/* Runs the line mode on path; title names a session to create. */
static int
line_cli_session(const struct cli_options *opts, const char *path,
    const char *title)
{
	struct line_config cfg;
	struct store_file sf;
	struct store_lock *lock = NULL;
	struct session *s;
	char *notice = NULL, *cause = NULL;
	int status;

	memset(&cfg, 0, sizeof cfg);
	memset(&sf, 0, sizeof sf);
	cfg.read_only = opts->read_only;
	cfg.ascii = opts->ascii;
	if ((s = line_cli_load(path, &sf, &cause)) == NULL) {
		cli_error("b2c: %s\n", cause);
		free(cause);
		return EXIT_DATA;
	}
	if (cfg.read_only && !sf.exists) {
		cli_error(_("b2c: %s: no such session\n"), path);
		session_free(s);
		return EXIT_DATA;
	}
	if (!cfg.read_only)
		lock = line_cli_lock(path, &cfg, &notice);
	else
		notice = xstrdup(_("Opened read-only; nothing will be "
		    "changed."));
	if (title != NULL && !sf.exists && !cfg.read_only)
		if (!cli_session_create(path, s, &sf, title,
		    _("Could not save: %s. Your changes are kept; /save "
		    "tries again."), &notice))
			cfg.unsaved = true;
	cfg.notice = notice;
	status = line_run(s, path, &sf, &cfg, stdin, stdout);
	store_lock_release(lock);
	session_free(s);
	free(notice);
	return status;
}

/* The line mode on file, the demo, or a session chosen from the
 * sessions directory; the exit status. */
int
cli_line(const struct cli_options *opts, const char *file)
{
	char *dir = cli_sessions_dir(opts), *path = NULL, *title = NULL;
	char *cause = NULL;
	int status = 0;

	if (opts->demo && (path = cli_demo_copy(dir, &cause)) == NULL) {
		cli_error("b2c: %s\n", cause);
		free(cause);
		free(dir);
		return EXIT_DATA;
	}
	if (file != NULL)
		path = xstrdup(file);
	if (path == NULL && cli_mkdirs(dir) == 0)
		path = line_pick(dir, stdin, stdout, opts->ascii, &title);
	if (path != NULL)
		status = line_cli_session(opts, path, title);
	free(title);
	free(path);
	free(dir);
	return status;
}
