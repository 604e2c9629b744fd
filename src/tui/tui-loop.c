/*
 * The wizard's main loop, navigation between steps and records, and the
 * keys that work on every screen.
 */
#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/util.h"
#include "keymap.h"
#include "tui-internal.h"

/* Goes to step i, saving the step being left. */
void
tui_goto_step(struct tui *tui, size_t i)
{
	if (!form_leave_field(tui))
		return;
	if (tui->dirty && !tui->cfg.read_only && !tui->conflict)
		save_soon(tui);
	tui->record = NULL;
	tui->step = i;
	tui->mode = MODE_FORM;
	form_restart(tui, 0);
	tui_relayout(tui);
	form_focus_unanswered(tui);
	form_load_focus(tui);
}

/* Puts the focus on the first slot of field (a review's jump target):
 * a collection's first row, which a long one may not have laid out. */
void
tui_focus_field(struct tui *tui, const struct guide_field *fl)
{
	struct slot_id id = { .set = true, .coll = fl, .row = 0 };
	size_t i;

	if (fl != NULL && (fl->kind == GUIDE_TABLE || fl->kind == GUIDE_LIST ||
	    fl->kind == GUIDE_RECORDS)) {
		if (form_focus_id(tui, &id)) {
			form_load_focus(tui);
			tui->need_full = true;
		}
		return;
	}
	for (i = 0; fl != NULL && i < tui->form.n_slots; i++) {
		const struct slot *sl = &tui->form.slots[i];
		if (sl->field == fl || sl->coll == fl) {
			tui->form.focus = i;
			form_load_focus(tui);
			tui->need_full = true;
			return;
		}
	}
}

/* Opens the sub-form of record row of the RECORDS field coll. */
void
tui_open_record(struct tui *tui, const struct guide_field *coll, size_t row)
{
	if (!form_leave_field(tui))
		return;
	if (tui->record == NULL)
		tui->record_focus = tui->form.focus;
	tui->record = coll;
	tui->record_row = row;
	form_restart(tui, 0);
	tui_relayout(tui);
	form_focus_unanswered(tui);
	form_load_focus(tui);
}

/* Back from a record's sub-form to its list, on the record's own line
 * even when it moved in the list. */
void
tui_close_record(struct tui *tui)
{
	const struct guide_field *coll = tui->record;

	if (tui->record == NULL || !form_leave_field(tui))
		return;
	tui->record = NULL;
	form_restart(tui, tui->record_focus);
	tui->want = (struct slot_id){ .set = true, .kind = SLOT_RECORD,
	    .field = coll, .coll = coll, .row = tui->record_row };
	tui_relayout(tui);
	form_load_focus(tui);
}

/* Draws whatever is out of date and moves the cursor to the focus. */
void
tui_render(struct tui *tui)
{
	if (tui->too_small) {
		/* Keys may have drawn into the hidden form: repaint the
		 * notice each time (curses sends only what differs). */
		layout_too_small(tui);
		tui->need_full = tui->need_title = tui->need_msg = false;
		move(0, 0);
		refresh();
		return;
	}
	if (tui->need_full) {
		layout_guidance(tui);
		if (tui->mode == MODE_FORM)
			form_draw(tui);
		else if (tui->mode == MODE_MAP)
			stepmap_draw(tui);
		else
			page_draw(tui, "");
		layout_legend(tui);
	}
	if (tui->need_full || tui->need_title)
		layout_title(tui);
	if (tui->need_full || tui->need_msg)
		layout_message(tui);
	tui->need_full = tui->need_title = tui->need_msg = false;
	if (tui->cur_show)
		move(tui->cur_y, tui->cur_x);
	else
		move(tui->rows - 2, 0);
	refresh();
}

/* Requests of the step form (keymap.h); false for the form's own keys. */
static bool
tui_form_key(struct tui *tui, const struct tui_key *k)
{
	size_t n = guide_step_count(tui->s);

	switch (keymap_request(k)) {
	case REQ_NEXT:
		if (tui->record != NULL)
			tui_close_record(tui);
		else if (tui->step + 1 < n)
			tui_goto_step(tui, tui->step + 1);
		else
			tui_message(tui, THEME_NOTICE, "%s",
			    _("This is the last step. F3 shows all steps."));
		return true;
	case REQ_PREV:
		if (tui->record != NULL)
			tui_close_record(tui);
		else if (tui->step > 0)
			tui_goto_step(tui, tui->step - 1);
		return true;
	case REQ_BACK:
		if (tui->record != NULL)
			tui_close_record(tui);
		return true;
	case REQ_IMPORT:
		if (strcmp(tui->gs->key, IMPORT_STEP_KEY) != 0)
			return false;
		import_dialog_open(tui);
		return true;
	default:
		return false;
	}
}

/*
 * Ctrl-L in a read-only wizard also reads the file again when someone has
 * saved it since, so a viewer can follow the person editing. The new
 * contents go into the same session struct, which the caller owns.
 */
void
tui_reload(struct tui *tui)
{
	struct session *fresh = NULL, old;
	struct store_file file;
	char *cause = NULL;
	size_t n;

	if (tui->file == NULL || store_unchanged(tui->path, tui->file))
		return;
	memset(&file, 0, sizeof file);
	if (store_load(tui->path, &fresh, &file, &cause) != 0) {
		tui_message(tui, THEME_ERROR, "%s", cause);
		free(cause);
		return;
	}
	old = *tui->s;
	*tui->s = *fresh;
	*fresh = old;
	session_free(fresh);
	*tui->file = file;
	tui->changes++;		/* every cache keyed on it starts again */
	n = guide_step_count(tui->s);
	tui_goto_step(tui, tui->step < n ? tui->step : n - 1);
	tui_message(tui, THEME_NOTICE, "%s", _("Read again: the session was "
	    "saved meanwhile."));
}

/* Requests that work on every screen; false for the screen's keys. */
static bool
tui_global_key(struct tui *tui, const struct tui_key *k)
{
	switch (keymap_request(k)) {
	case REQ_HELP:
		if (tui->mode == MODE_HELP)
			tui->mode = MODE_FORM;
		else if (form_leave_field(tui))
			help_open(tui);
		break;
	case REQ_SAVE:
		save_now(tui, true);
		break;
	case REQ_OVERVIEW:
		if (tui->mode == MODE_MAP)
			tui->mode = MODE_FORM;
		else if (form_leave_field(tui))
			stepmap_open(tui);
		break;
	case REQ_WHOLE:
		if (tui->mode == MODE_WHOLE)
			tui->mode = MODE_FORM;
		else if (form_leave_field(tui))
			whole_open(tui);
		break;
	case REQ_QUIT:
		save_quit(tui);
		break;
	case REQ_REDRAW:
		clearok(curscr, TRUE);
		if (tui->cfg.read_only)
			tui_reload(tui);
		break;
	case REQ_TAKEOVER:
		takeover_key(tui);
		break;
	case REQ_NEW_YEAR:
		if (form_leave_field(tui))
			newyear_key(tui);
		break;
	default:
		return false;
	}
	tui_relayout(tui);
	if (tui->mode == MODE_FORM && !tui->editing)
		form_load_focus(tui);
	return true;
}

static void
tui_dispatch(struct tui *tui, const struct tui_key *k)
{
	/* A resize is no answer to a message: it stays until a real key. */
	if (k->is_key && k->code == KEY_RESIZE) {
		tui_resized(tui);
		return;
	}
	if (tui->msg != NULL) {
		free(tui->msg);
		tui->msg = NULL;
		tui->need_msg = true;
		if (tui->msg_lines > 1)
			tui->need_full = true;	/* it covered the body */
	}
	/* Never typed, never taken for Esc: only named (input.c). */
	if (k->is_key && k->code == TUI_KEY_UNKNOWN) {
		tui_message(tui, THEME_NOTICE, _("The terminal sent a key b2c "
		    "does not know (%s); nothing was changed. F1 lists the "
		    "keys."), k->unknown);
		return;
	}
	if (tui_global_key(tui, k))
		return;
	switch (tui->mode) {
	case MODE_FORM:
		if (!tui_form_key(tui, k))
			form_key(tui, k);
		break;
	case MODE_MAP:
		stepmap_key(tui, k);
		break;
	default:
		page_key(tui, k);
		break;
	}
	if (k->is_key && k->code == TUI_KEY_PASTE && k->paste_cut)
		tui_message(tui, THEME_ERROR, _("Only the first %d characters "
		    "of the paste were taken; the rest was left out."),
		    TUI_PASTE_MAX);
}

/* A hangup or a terminating signal: save what there is and leave. */
static void
tui_hangup(struct tui *tui)
{
	form_commit(tui, true);
	save_emergency(tui);
	tui->quit = true;
}

/* The main loop: keys, autosave, signals, drawing; returns the status. */
int
tui_run(struct session *s, const char *path, struct store_file *file,
    const struct tui_config *cfg)
{
	struct tui tui;
	struct tui_key k;
	int r;

	memset(&tui, 0, sizeof tui);
	tui.s = s;
	tui.path = path;
	tui.file = file;
	tui.cfg = *cfg;
	tui_relayout(&tui);
	form_focus_unanswered(&tui);
	form_load_focus(&tui);
	comeback_offer(&tui);
	if (cfg->notice != NULL)
		tui_message(&tui, cfg->unsaved ? THEME_ERROR : THEME_NOTICE,
		    "%s", cfg->notice);
	if (cfg->unsaved && !cfg->read_only) {
		tui_changed(&tui);	/* autosave and quit take it from here */
		tui.save_failed = true;
	}
	else if (tui_locale_notice() != NULL)
		tui_message(&tui, THEME_ERROR, "%s", tui_locale_notice());
	conflict_notice(&tui);
	recover_offer(&tui);
	while (!tui.quit) {
		if (tui_signalled != 0) {
			tui_hangup(&tui);
			break;
		}
		save_tick(&tui);
		recover_tick(&tui, false);
		tui_render(&tui);
		if ((r = input_next(&tui, &k)) < 0)
			tui_hangup(&tui);
		else if (r > 0)
			tui_dispatch(&tui, &k);
	}
	save_bg_wait(&tui);	/* before the caller releases the lock */
	comeback_keep(&tui);
	form_free(&tui.form);
	chart_cache_free();
	conflict_cache_free();
	review_progress_free();
	text_free(&tui.edit);
	page_free(&tui);
	free(tui.msg);
	return tui.status;
}
