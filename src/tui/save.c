/*
 * Saving: on F2, automatically a few seconds after a change and when a
 * step is left, on quitting, and on SIGHUP/SIGTERM/SIGINT/SIGQUIT. Signal
 * handlers only set a flag; the main loop saves. A failed save keeps
 * every change in memory and says so; F2 retries. A file changed on disk
 * by someone else is never overwritten without asking.
 */
#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/exit-status.h"
#include "b2c/i18n.h"
#include "b2c/settings.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define SAVE_RETRY	10	/* seconds between autosave attempts */

volatile sig_atomic_t tui_signalled;
volatile sig_atomic_t tui_suspend;

static void
save_on_signal(int sig)
{
	tui_signalled = sig;
}

static void
save_on_tstp(int sig)
{
	(void)sig;
	tui_suspend = 1;
}

/* Installs the flag-setting handlers (no SA_RESTART: reads return). */
void
save_signals_install(void)
{
	struct sigaction sa, old;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = save_on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
	/* Ours, not curses': the input layer stops with the terminal
	 * restored, bracketed paste included (input.c). Left alone when
	 * ignored: a shell without job control wants no stopping. */
	sa.sa_handler = save_on_tstp;
	if (sigaction(SIGTSTP, NULL, &old) == 0 && old.sa_handler != SIG_IGN)
		sigaction(SIGTSTP, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
}

static void
save_done(struct tui *tui, bool announce)
{
	tui->dirty = false;
	tui->save_failed = false;
	tui->conflict = false;
	tui->need_title = true;
	recover_saved(tui);
	if (announce)
		tui_message(tui, THEME_NOTICE, "%s", _("Saved."));
}

/* The file changed on disk: ask (on F2) or hold autosave until F2. */
static int
save_conflict(struct tui *tui, bool ask)
{
	char *cause = NULL;

	tui->conflict = true;
	tui->save_failed = true;
	tui->need_title = true;
	if (!ask || !input_ask(tui, _("The file was changed on disk by "
	    "someone else since it was opened. Overwrite it? (y/n)"),
	    _("yY"), _("nN"), false)) {
		tui_message(tui, THEME_ERROR, "%s", _("Not saved: the file "
		    "changed on disk. Your changes are kept; F2 asks "
		    "again."));
		return -1;
	}
	return save_result(tui, store_save(tui->path, tui->s, tui->file,
	    STORE_FORCE, &cause), cause, true);
}

/*
 * Takes in the result r of a store_save (and its cause, freed here):
 * marks the session saved, or says why not. 0 when saved.
 */
int
save_result(struct tui *tui, int r, char *cause, bool ask)
{
	char *one;

	if (r == STORE_CHANGED) {
		free(cause);
		return save_conflict(tui, ask);
	}
	if (r == 0) {
		free(cause);
		save_done(tui, ask);
		return 0;
	}
	/* On one line: the reason may follow a line break. */
	one = cause != NULL ? cause : xstrdup(_("unknown error"));
	for (char *nl = one; (nl = strchr(nl, '\n')) != NULL; )
		*nl = ' ';
	if (r == STORE_UNSYNCED) {
		/* In the file, but a power cut could still undo it: kept as
		 * unsaved, so autosave (and the journal) come back to it. */
		tui_message(tui, THEME_ERROR, _("Saved, but not yet safe on "
		    "disk: %s. Autosave tries again."), one);
		free(one);
		tui->conflict = false;
		tui->save_failed = false;
		tui->need_title = true;
		tui->retry_at = time(NULL) + SAVE_RETRY;
		return 0;
	}
	tui_message(tui, THEME_ERROR, _("Could not save: %s. Your changes "
	    "are kept; F2 tries again."), one);
	free(one);
	tui->save_failed = true;
	tui->need_title = true;
	tui->retry_at = time(NULL) + SAVE_RETRY;
	return -1;
}

/*
 * F2 with a value in the focused field that cannot be taken (a word in a
 * number field): the rest is saved, and the message says both, rather
 * than "Saved." over a field that was not.
 */
static void
save_done_but_field(struct tui *tui)
{
	char *why = xstrdup(tui->msg != NULL ? tui->msg : _("Invalid value"));

	save_done(tui, false);
	tui_message(tui, THEME_ERROR, _("%s. Everything else is saved."),
	    why);
	free(why);
}

/* Saves now; ask allows questions (an explicit F2). 0 when saved. */
int
save_now(struct tui *tui, bool ask)
{
	char *cause = NULL;
	bool field_ok;
	int r;

	if (tui->cfg.read_only) {
		if (ask)
			tui_refuse_readonly(tui);
		return -1;
	}
	if (!save_bg_wait(tui)) {
		recover_tick(tui, true);
		tui_message(tui, THEME_ERROR, "%s", _("An earlier save has not "
		    "finished: the disk does not answer. Your changes are kept "
		    "(and in the recovery journal)."));
		return -1;
	}
	field_ok = form_commit(tui, !ask);
	if (tui->conflict && !ask)
		return -1;
	r = store_save(tui->path, tui->s, tui->file, 0, &cause);
	if (r == 0 && ask && !field_ok && !tui->conflict) {
		free(cause);
		save_done_but_field(tui);
		return 0;
	}
	return save_result(tui, r, cause, ask);
}

/*
 * Saves without freezing the wizard: in the background when it can,
 * else at once. Nothing when a background save is already running (the
 * data stays dirty, so autosave comes back to it).
 */
void
save_soon(struct tui *tui)
{
	if (tui->cfg.read_only || save_bg_running())
		return;
	form_commit(tui, true);
	if (tui->conflict)
		return;
	if (save_bg_start(tui) != 0 && !save_bg_running())
		save_now(tui, false);
}

/* Autosave: the settings' interval (5 s) after the first unsaved change. */
void
save_tick(struct tui *tui)
{
	time_t now = time(NULL);
	int after = settings_current()->autosave_seconds;

	save_bg_poll(tui);
	if (!tui->dirty || tui->cfg.read_only || tui->conflict || after <= 0)
		return;
	if (now < tui->changed_at + after || now < tui->retry_at)
		return;
	save_soon(tui);
}

/* F10: leave, asking only when something is not saved. */
void
save_quit(struct tui *tui)
{
	static const char *const keys[] = { "yYjJ\r\n", "nN", "cCaA\x1b",
		NULL };
	int c;

	if (tui->cfg.read_only) {
		tui->quit = true;
		return;
	}
	if (!save_bg_wait(tui)) {
		form_commit(tui, true);
		recover_tick(tui, true);
		if (input_ask(tui, _("A save has not finished: the disk does "
		    "not answer. Your changes are in the recovery journal, "
		    "offered back at the next open. Quit anyway? (y/n)"),
		    _("yY"), _("nN"), false)) {
			tui->status = EXIT_DATA;
			tui->quit = true;
		}
		return;
	}
	if (!form_commit(tui, true) && !input_ask(tui, _("The field being "
	    "edited holds a value that cannot be saved. Quit anyway? (y/n)"),
	    _("yY"), _("nN"), false))
		return;
	if (!tui->dirty) {
		tui->quit = true;
		return;
	}
	c = input_choice(tui, _("Save changes before quitting? "
	    "(y)es, (n)o, (c)ancel"), keys);
	if (c == 0 && save_now(tui, true) == 0)
		tui->quit = true;
	else if (c == 0 && input_ask(tui, _("Saving failed. Quit anyway and "
	    "lose the unsaved changes? (y/n)"), _("yY"), _("nN"), false)) {
		tui->status = EXIT_DATA;
		tui->quit = true;
	} else if (c == 1) {
		recover_saved(tui);	/* the user let them go */
		tui->quit = true;
	}
	else if (c < 0) {
		save_emergency(tui);
		tui->quit = true;
	}
}

/*
 * After a hangup or signal: the journal first (it does not depend on the
 * session's directory), then save without asking; if the file changed on
 * disk or cannot be written, write FILE.save beside it instead. The
 * journal stays whenever the session file did not get the changes, and
 * the next open offers it (or FILE.save) back.
 */
void
save_emergency(struct tui *tui)
{
	char *alt;
	int r = -1;

	if (!tui->dirty || tui->cfg.read_only)
		return;
	recover_tick(tui, true);
	if (!save_bg_wait(tui))
		return;		/* hung: the journal has it */
	if (!tui->dirty)
		return;
	if (!tui->conflict && (r = store_save(tui->path, tui->s, tui->file,
	    0, NULL)) == 0) {
		recover_saved(tui);
		return;
	}
	if (r == STORE_UNSYNCED)
		return;		/* in place; the journal stays until synced */
	alt = xasprintf("%s.save", tui->path);
	if (store_save(alt, tui->s, NULL, STORE_FORCE, NULL) != 0 &&
	    tui->journal_failed)
		tui->status = EXIT_DATA;
	free(alt);
}
