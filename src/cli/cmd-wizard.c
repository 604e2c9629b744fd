/*
 * b2c [FILE], b2c --demo and the session picker: opens the session in
 * the wizard. A missing FILE starts a new session there. The store lock
 * is taken for editing; when someone else holds it the session opens
 * read-only with a notice naming the holder.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "b2c/cli-wizard.h"
#include "b2c/i18n.h"
#include "b2c/store.h"
#include "b2c/tui.h"
#include "b2c/util.h"

/* Loads path, or a new session when there is no file yet. */
static struct session *
wizard_load(const char *path, struct store_file *file, char **cause)
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

/* Takes the lock into *lock; on failure switches cfg to read-only with
 * a notice (and, when someone holds it, lets the user take it over). */
static void
wizard_lock(const char *path, struct store_lock **out,
    struct tui_config *cfg, char **notice)
{
	struct store_lock *lock = NULL;
	char *holder = NULL, *note = NULL, *cause = NULL;

	if (store_lock_acquire(path, &lock, &holder, &note, &cause) != 0) {
		cfg->read_only = true;
		if (holder != NULL) {
			*notice = xasprintf(_("Opened read-only: the session "
			    "is in use by %s. Ctrl-B takes it over."), holder);
			cfg->lock = out;
		} else
			*notice = xasprintf(_("Opened read-only: cannot lock "
			    "the session: %s"), cause != NULL ? cause : "");
		lock = NULL;
	} else if (note != NULL)
		*notice = xstrdup(note);
	free(holder);
	free(note);
	free(cause);
	*out = lock;
}

static int
wizard_fail(const char *cause)
{
	fprintf(stderr, "b2c: %s\n", cause);
	return EXIT_DATA;
}

/* Runs the wizard on path (already chosen) with the TUI started; title
 * is the name of a session the picker is to create, or NULL. */
static int
wizard_session(const char *path, struct tui_config *cfg, const char *title,
    char **error)
{
	struct store_file file;
	struct store_lock *lock = NULL;
	struct session *s;
	char *notice = NULL, *real;
	int status;

	memset(&file, 0, sizeof file);
	if ((s = wizard_load(path, &file, error)) == NULL)
		return EXIT_DATA;
	if (cfg->read_only && !file.exists) {
		/* Nothing to show, and read-only could never create it. */
		*error = xasprintf(_("%s: no such session"), path);
		session_free(s);
		return EXIT_DATA;
	}
	cfg->lock = NULL;
	if (!cfg->read_only)
		wizard_lock(path, &lock, cfg, &notice);
	else if (!cfg->view)
		notice = xstrdup(_("Opened read-only; nothing will be "
		    "changed."));
	else
		notice = xstrdup(_("Read-only view. F4 shows the whole "
		    "session on one page."));
	if (title != NULL && !file.exists && !cfg->read_only)
		if (!cli_session_create(path, s, &file, title,
		    _("Could not save: %s. Your changes are kept; F2 "
		    "tries again."), &notice))
			cfg->unsaved = true;
	cfg->notice = notice;
	/* Where this user left it is kept by the file's real path, so
	 * every name and link of one file shares it. */
	real = realpath(path, NULL);
	cfg->resume_key = real;
	status = tui_run(s, path, &file, cfg);
	cfg->resume_key = NULL;
	free(real);
	store_lock_release(lock);
	session_free(s);
	free(notice);
	return status;
}

/* Opens FILE, the demo or the picker in the wizard; the exit status. */
int
cli_wizard_open(const struct cli_options *opts, const char *file, bool view)
{
	struct tui_config cfg;
	char *dir = cli_sessions_dir(opts), *path = NULL, *cause = NULL;
	char *title = NULL, *resume;
	int status = 0;

	memset(&cfg, 0, sizeof cfg);
	cfg.read_only = opts->read_only || view;
	cfg.view = view;
	cfg.ascii = opts->ascii;
	cfg.sessions_dir = dir;
	cfg.resume_file = resume = cli_state_file("resume");
	if (opts->demo && (path = cli_demo_copy(dir, &cause)) == NULL)
		goto fail;
	if (file != NULL)
		path = xstrdup(file);
	if (tui_start(&cfg, &cause) != 0) {
		tui_stop();
		/* A demo copy nobody could see is not left behind. */
		if (opts->demo && path != NULL)
			unlink(path);
		goto fail;
	}
	if (path == NULL && cli_mkdirs(dir) == 0)
		path = tui_pick(dir, &title);
	if (path != NULL)
		status = wizard_session(path, &cfg, title, &cause);
	free(title);
	tui_stop();
	if (cause != NULL)
		goto fail;
	free(path);
	free(dir);
	free(resume);
	return status;
fail:
	status = wizard_fail(cause);
	free(cause);
	free(path);
	free(dir);
	free(resume);
	return status;
}

/* b2c [FILE]: the wizard. */
int
cli_wizard(const struct cli_options *opts, const char *file)
{
	return cli_wizard_open(opts, file, false);
}
