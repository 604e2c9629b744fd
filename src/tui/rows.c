/*
 * Row operations shared by lists, tables and record lists: add, delete
 * (after asking), move up and down, and the examples key. Each works on
 * the collection the focused slot belongs to; the form is rebuilt from
 * the model afterwards and the focus follows the row.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/i18n.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define CTRL(c)	((c) & 0x1f)

/* Rebuilds the form and focuses the first slot of row in coll (laid
 * out even when the row is far from the window in a long list). */
static void
rows_focus(struct tui *tui, const struct guide_field *coll, size_t row)
{
	tui->want = (struct slot_id){ .set = true, .coll = coll, .row = row };
	tui_relayout(tui);
	form_load_focus(tui);
	tui->need_full = true;
}

static void
rows_add(struct tui *tui, const struct guide_field *coll)
{
	struct guide_ctx ctx;
	size_t row;

	if (coll->add == NULL || tui_refuse_readonly(tui) ||
	    !form_leave_field(tui))
		return;
	tui_row_ctx(tui, &ctx, 0);
	row = coll->add(tui->s, &ctx);
	tui_changed(tui);
	if (coll->kind == GUIDE_RECORDS) {
		tui_relayout(tui);
		tui_open_record(tui, coll, row);
		return;
	}
	rows_focus(tui, coll, row);
}

static void
rows_delete(struct tui *tui, const struct slot *sl)
{
	const struct guide_field *coll = sl->coll;
	struct guide_ctx ctx;
	size_t row = sl->row, n;
	char *q;
	bool yes;

	if (sl->kind == SLOT_ADD) {
		tui_message(tui, THEME_NOTICE, "%s",
		    _("Move to the line you want to delete first."));
		return;
	}
	if (coll->remove == NULL) {
		tui_message(tui, THEME_NOTICE, "%s",
		    _("These lines cannot be deleted; empty one by "
		    "deleting its text instead."));
		return;
	}
	if (tui_refuse_readonly(tui) || !form_leave_field(tui))
		return;
	q = xasprintf(_("Delete line %zu? (y/n)"), row + 1);
	yes = input_ask(tui, q, _("yY"), _("nN"), false);
	free(q);
	if (!yes)
		return;
	tui_row_ctx(tui, &ctx, row);
	coll->remove(tui->s, &ctx, row);
	tui_changed(tui);
	tui_row_ctx(tui, &ctx, 0);
	n = coll->count(tui->s, &ctx);
	rows_focus(tui, coll, row < n ? row : (n > 0 ? n - 1 : 0));
}

static void
rows_move(struct tui *tui, const struct slot *sl, int dir)
{
	const struct guide_field *coll = sl->coll;
	struct guide_ctx ctx;
	size_t row = sl->row, n;

	if (coll->move == NULL || sl->kind == SLOT_ADD ||
	    tui_refuse_readonly(tui) || !form_leave_field(tui))
		return;
	tui_row_ctx(tui, &ctx, 0);
	n = coll->count(tui->s, &ctx);
	if ((dir < 0 && row == 0) || (dir > 0 && row + 1 >= n))
		return;
	tui_row_ctx(tui, &ctx, row);
	(*coll->move)(tui->s, &ctx, row, dir < 0 ? row - 1 : row + 1);
	tui_changed(tui);
	rows_focus(tui, coll, dir < 0 ? row - 1 : row + 1);
}

/* Row keys: F5/^O add, F6/^K delete, F7/^U up, F8/^D down, ^E example. */
bool
rows_key(struct tui *tui, const struct tui_key *k)
{
	struct slot *sl;
	wint_t c = k->code;

	if (tui->form.n_slots == 0)
		return false;
	sl = &tui->form.slots[tui->form.focus];
	if (sl->coll == NULL)
		return false;
	if ((k->is_key && c == KEY_F(5)) || (!k->is_key && c == CTRL('o')))
		rows_add(tui, sl->coll);
	else if ((k->is_key && c == KEY_F(6)) || (!k->is_key &&
	    c == CTRL('k')))
		rows_delete(tui, sl);
	else if ((k->is_key && c == KEY_F(7)) || (!k->is_key &&
	    c == CTRL('u')))
		rows_move(tui, sl, -1);
	else if ((k->is_key && c == KEY_F(8)) || (!k->is_key &&
	    c == CTRL('d')))
		rows_move(tui, sl, 1);
	else if (!k->is_key && c == CTRL('e')) {
		if (!tui_refuse_readonly(tui))
			list_suggest(tui, sl);
	} else
		return false;
	return true;
}
