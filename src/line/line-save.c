/*
 * Saving in the line mode: when a step is left, on /save, when leaving,
 * and after a hangup or a terminating signal. A failed save keeps every
 * change in memory and says so; /save tries again. A file changed on
 * disk by someone else is overwritten only when the user says so.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/cli.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "line-internal.h"

/* Notes a change to the session. */
void
line_changed(struct line *l)
{
	l->dirty = true;
}

/*
 * Saves when there is anything to save. ask: a command asked for it, so
 * say what happened and offer to overwrite a file changed on disk.
 * 0, or -1 when the changes are not on disk.
 */
int
line_save(struct line *l, bool ask)
{
	char *cause = NULL;
	int r, flags = 0;

	if (l->cfg.read_only) {
		if (ask)
			line_say(l, "%s", _("Opened read-only; nothing is "
			    "saved."));
		return 0;
	}
	if (!l->dirty) {
		if (ask)
			line_say(l, "%s", _("Saved."));
		return 0;
	}
	if (l->conflict) {
		if (!ask || !line_yes(l, _("The file was changed on disk "
		    "by someone else. Overwrite it with this session? (y/n)")))
			return -1;
		flags = STORE_FORCE;
	}
	r = store_save(l->path, l->s, l->file, flags, &cause);
	if (r == 0) {
		l->dirty = l->conflict = l->save_failed = false;
		if (ask)
			line_say(l, "%s", _("Saved."));
	} else if (r == STORE_CHANGED) {
		l->conflict = true;
		line_say(l, "%s", _("Not saved: the file was changed on disk "
		    "by someone else. /save asks whether to overwrite it."));
	} else {
		l->save_failed = true;
		line_say(l, _("Could not save: %s. Your changes are kept; "
		    "/save tries again."), cause != NULL ? cause : "");
	}
	free(cause);
	return r == 0 ? 0 : -1;
}

/*
 * After a hangup or signal: save without asking; if the file changed on
 * disk or cannot be written, write FILE.save beside it instead, as the
 * wizard does.
 */
void
line_emergency(struct line *l)
{
	char *alt;

	if (!l->dirty || l->cfg.read_only)
		return;
	if (!l->conflict && store_save(l->path, l->s, l->file, 0, NULL) == 0) {
		l->dirty = false;
		return;
	}
	alt = xasprintf("%s.save", l->path);
	if (store_save(alt, l->s, NULL, STORE_FORCE, NULL) != 0)
		l->status = EXIT_DATA;
	else
		l->dirty = false;
	free(alt);
}
