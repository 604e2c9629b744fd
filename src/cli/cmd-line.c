/*
 * b2c --line FILE (and b2c FILE where the terminal type is "dumb" or not
 * set): opens the session in the line mode. A missing FILE starts a new
 * session. The store lock is taken for editing; when someone else holds
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

/* The line mode on file; the exit status. */
int
cli_line(const struct cli_options *opts, const char *file)
{
	struct line_config cfg;
	struct store_file sf;
	struct store_lock *lock = NULL;
	struct session *s;
	char *notice = NULL, *cause = NULL;
	int status;

	if (file == NULL || opts->demo) {
		fprintf(stderr, "%s", _("b2c: the line mode needs the "
		    "session FILE to open\n"));
		fprintf(stderr, _("Try 'b2c --help' for more information.\n"));
		return EXIT_USAGE;
	}
	memset(&cfg, 0, sizeof cfg);
	memset(&sf, 0, sizeof sf);
	cfg.read_only = opts->read_only;
	if ((s = line_cli_load(file, &sf, &cause)) == NULL) {
		cli_error("b2c: %s\n", cause);
		free(cause);
		return EXIT_DATA;
	}
	if (cfg.read_only && !sf.exists) {
		cli_error(_("b2c: %s: no such session\n"), file);
		session_free(s);
		return EXIT_DATA;
	}
	if (!cfg.read_only)
		lock = line_cli_lock(file, &cfg, &notice);
	else
		notice = xstrdup(_("Opened read-only; nothing will be "
		    "changed."));
	cfg.notice = notice;
	status = line_run(s, file, &sf, &cfg, stdin, stdout);
	store_lock_release(lock);
	session_free(s);
	free(notice);
	return status;
}
