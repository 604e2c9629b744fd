/*
 * The full-screen wizard. The only module besides src/tui that knows it
 * exists is the command line: it loads and locks the session, then hands
 * it here. The TUI edits the session in place and saves it through the
 * store; it never decides where files live.
 */
#ifndef B2C_TUI_H
#define B2C_TUI_H

#include <stdbool.h>

#include "b2c/session.h"
#include "b2c/store.h"

struct tui_config {
	bool	 read_only;	/* refuse every edit and never write */
	bool	 view;		/* b2c view: read-only, offers the whole page */
	bool	 ascii;		/* ASCII line drawing even in UTF-8 */
	const char *notice;	/* shown once on the message line, may be NULL */
	bool	 unsaved;	/* the session holds what is not on disk yet */
	const char *sessions_dir; /* for the picker */
	const char *resume_file; /* this user's places (b2c/resume.h), or NULL */
	const char *resume_key;	/* the session's real path, or NULL */
	/* Read-only because someone else has the session: where a lock the
	 * user takes over goes (the caller releases it), else NULL. */
	struct store_lock **lock;
};

/*
 * Starts curses (newterm on the terminal, or headless when B2C_SCRIPT is
 * set). Returns -1 with *cause when the terminal cannot be used.
 */
int	tui_start(const struct tui_config *, char **cause);
/* Restores the terminal; safe to call when tui_start failed. */
void	tui_stop(void);

/*
 * Lets the user pick a session in dir or name a new one. Returns an
 * allocated path, or NULL when the user quits; for a new one, the name
 * typed is also put in *new_title (allocated; left alone otherwise).
 */
char	*tui_pick(const char *dir, char **new_title);

/*
 * Runs the wizard on s (path is where it is saved, file its identity on
 * disk). Returns the exit status: 0, or EXIT_DATA when the last save
 * failed and the user chose to leave anyway.
 */
int	tui_run(struct session *s, const char *path, struct store_file *file,
	    const struct tui_config *);

#endif
