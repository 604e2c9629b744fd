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
#include "keymap.h"
#include "tui-internal.h"

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

/* Row requests (keymap.h): add, delete, move up and down, example. */
bool
rows_key(struct tui *tui, const struct tui_key *k)
{
	struct slot *sl;

	if (tui->form.n_slots == 0)
		return false;
	sl = &tui->form.slots[tui->form.focus];
	if (sl->coll == NULL)
		return false;
	switch (keymap_request(k)) {
	case REQ_ADD:
		rows_add(tui, sl->coll);
		break;
	case REQ_DELETE:
		rows_delete(tui, sl);
		break;
	case REQ_LINE_UP:
		rows_move(tui, sl, -1);
		break;
	case REQ_LINE_DOWN:
		rows_move(tui, sl, 1);
		break;
	case REQ_EXAMPLE:
		if (!tui_refuse_readonly(tui))
			list_suggest(tui, sl);
		break;
	default:
		return false;
	}
	return true;
}
