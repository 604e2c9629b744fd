/*
 * Taking over a session someone else has open. The wizard opened it
 * read-only because of their lock (which b2c never breaks by itself when
 * its holder may be alive). Ctrl-B names the holder and asks; on yes the
 * lock becomes ours, the file is read again if it was saved meanwhile,
 * the takeover goes into the session's history, and editing starts. The other b2c, if still running, is warned of the
 * change on disk when it next saves and never removes our lock.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "tui-internal.h"

/* Asks whether to take the session from its holder, named. */
static bool
takeover_ask(struct tui *tui)
{
	char *holder = store_lock_holder(tui->path), *q;
	bool yes;

	if (holder != NULL)
		q = xasprintf(_("The session is in use by %s. Take it over? "
		    "Whoever of you saves second is warned of the other's "
		    "changes. (y/n)"), holder);
	else
		q = xstrdup(_("No one has the session open any more. Open it "
		    "for editing? (y/n)"));
	yes = input_ask(tui, q, _("yY"), _("nN"), false);
	free(q);
	free(holder);
	return yes;
}

/*
 * Reads the file again if it was saved meanwhile, then notes the
 * takeover in the session's history, so the next save records who took
 * the session from whom (a line of the file, not of the interface).
 */
static void
takeover_log(struct tui *tui, const struct store_lock *lock,
    const char *previous)
{
	char now[21], *owner = store_lock_owner(lock), *line;

	tui_reload(tui);
	date_now_timestamp(now);
	line = xasprintf("%s %s took over the session from %s", now, owner,
	    previous != NULL ? previous : "no one");
	session_add_history(tui->s, line);
	tui_changed(tui);
	free(line);
	free(owner);
}

void
takeover_key(struct tui *tui)
{
	char *previous = NULL, *cause = NULL;

	if (!tui->cfg.read_only || tui->cfg.lock == NULL) {
		tui_message(tui, THEME_ERROR, "%s", _("Only a session opened "
		    "read-only because someone else has it can be taken "
		    "over."));
		return;
	}
	if (!takeover_ask(tui))
		return;
	if (store_lock_take_over(tui->path, tui->cfg.lock, &previous,
	    &cause) != 0) {
		tui_message(tui, THEME_ERROR, "%s", cause);
		free(cause);
		return;
	}
	tui->cfg.read_only = false;
	takeover_log(tui, *tui->cfg.lock, previous);
	tui->cfg.lock = NULL;
	if (previous != NULL)
		tui_message(tui, THEME_NOTICE, _("You have the session now; "
		    "it was in use by %s."), previous);
	else
		tui_message(tui, THEME_NOTICE, "%s", _("You have the session "
		    "now."));
	free(previous);
}
