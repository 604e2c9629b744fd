/*
 * Nothing typed is lost: while the session has unsaved changes, the
 * wizard writes them to the recovery journal (journal.h) within a second,
 * whatever state the session's own directory is in; a clean save removes
 * it. On the next open of the session a journal, or an emergency copy
 * FILE.save left beside it, is offered back: Recover, Show what differs,
 * or Discard. Only the wizard holding the session's lock does either, so
 * a second b2c opened read-only never touches the first one's journal.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "b2c/i18n.h"
#include "b2c/journal.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define RECOVER_SHOW	8	/* differing lines shown in the question */

/* Writes the journal when there are changes it does not have yet; at
 * most once a second, and at once when now is true (a signal). */
void
recover_tick(struct tui *tui, bool now)
{
	char *cause = NULL;
	time_t t = time(NULL);

	if (!tui->dirty || tui->cfg.read_only ||
	    tui->changes == tui->journal_changes ||
	    (!now && t == tui->journal_at))
		return;
	tui->journal_at = t;
	if (journal_write(tui->path, tui->s, &cause) == 0) {
		tui->journal_changes = tui->changes;
		tui->journal_failed = false;
	} else if (!tui->journal_failed) {
		/* Said once: the autosave still works without it. */
		tui->journal_failed = true;
		tui_message(tui, THEME_ERROR, "%s", cause != NULL ? cause :
		    _("cannot write the recovery journal"));
	}
	free(cause);
}

/* Saved cleanly: the journal holds nothing the file does not. */
void
recover_saved(struct tui *tui)
{
	journal_remove(tui->path);
	tui->journal_changes = 0;
}

/* The kept copy: the journal, else FILE.save; NULL when neither. */
static struct session *
recover_find(struct tui *tui, char **save_copy, time_t *when)
{
	struct session *kept = NULL;
	char *cause = NULL, *alt;

	*save_copy = NULL;
	if (journal_read(tui->path, &kept, when, &cause) == 1)
		return kept;
	free(cause);
	cause = NULL;
	alt = xasprintf("%s.save", tui->path);
	if (access(alt, F_OK) == 0 &&
	    store_load(alt, &kept, NULL, &cause) == 0) {
		*save_copy = alt;
		*when = 0;
		return kept;
	}
	free(cause);
	free(alt);
	return NULL;
}

/* Lines of the differences, joined for the question. */
static char *
recover_diff_text(struct tui *tui, struct session *kept)
{
	char **lines, *text = xstrdup("");
	size_t n = journal_differences(tui->s, kept, &lines, RECOVER_SHOW + 1);
	size_t i;

	for (i = 0; i < n && i < RECOVER_SHOW; i++) {
		char *next = xasprintf("%s%s%s", text, i > 0 ? " | " : "",
		    lines[i]);

		free(text);
		text = next;
	}
	if (n > RECOVER_SHOW) {
		char *next = xasprintf("%s | ...", text);

		free(text);
		text = next;
	}
	journal_lines_free(lines, n);
	return text;
}

/* Asks; 0 recover, 1 discard. */
static int
recover_ask(struct tui *tui, struct session *kept, const char *save_copy)
{
	/* TRANSLATORS: the keys of "(r)ecover", "(d)iscard", "(s)how". */
	const char *all[] = { _("rR"), _("dD"), _("sS"), NULL };
	char *where, *q, *diff = NULL;
	int c;

	where = save_copy != NULL ? xasprintf(_("in the emergency copy %s"),
	    save_copy) : xstrdup(_("in the recovery journal"));
	for (;;) {
		if (diff == NULL)
			q = xasprintf(_("Changes that were never saved are kept "
			    "%s. (r)ecover them, (s)how what differs, "
			    "(d)iscard them"), where);
		else
			q = xasprintf(_("Kept %s, against the file: %s. "
			    "(r)ecover them, (d)iscard them"), where, diff);
		c = input_choice(tui, q, all);
		free(q);
		if (c != 2)
			break;
		free(diff);
		diff = recover_diff_text(tui, kept);
	}
	free(diff);
	free(where);
	/* Input gone (a hangup): recover, so the emergency save keeps it. */
	return c == 1 ? 1 : 0;
}

/* At the start of the wizard: offers what a journal or FILE.save kept. */
void
recover_offer(struct tui *tui)
{
	struct session *kept, old;
	char **lines, *save_copy = NULL;
	time_t when;
	size_t n;

	if (tui->cfg.read_only ||
	    (kept = recover_find(tui, &save_copy, &when)) == NULL)
		return;
	n = journal_differences(tui->s, kept, &lines, 1);
	journal_lines_free(lines, n);
	if (n > 0 && recover_ask(tui, kept, save_copy) == 0) {
		tui->need_full = true;	/* the question covered the body */
		/* The focused field's buffer holds the file's value: drop
		 * it, so nothing commits it over what is recovered. */
		tui->editing = false;
		old = *tui->s;
		*tui->s = *kept;
		*kept = old;
		tui_changed(tui);
		tui_relayout(tui);
		form_load_focus(tui);
		/* Safe in the journal before the copy it came from goes. */
		recover_tick(tui, true);
		tui_message(tui, THEME_NOTICE, "%s", _("Recovered; not saved "
		    "yet (autosave saves it in a few seconds)."));
	} else {
		tui->need_full = true;
		journal_remove(tui->path);
	}
	if (save_copy != NULL && (n == 0 || !tui->journal_failed))
		unlink(save_copy);
	session_free(kept);
	free(save_copy);
}
