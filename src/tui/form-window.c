/*
 * Long collections laid out near the window only. Every line of a list
 * or record list and every cell of a table is a slot; a 5,000-row
 * årshjul made 20,000 of them each time its step was entered. Now only
 * the rows on the lines around the window get slots: the others keep
 * their lines, so the form's height, its scrolling and the "more" marks
 * are as before, and they are laid out when the window comes near them
 * (form_draw asks form_window_stale after scrolling).
 *
 * Laying out other rows shifts the slots' indices, so across a rebuild
 * the focus is kept by what it is (struct slot_id), not where.
 *
 * Invariant: after each redraw the focused slot is on screen and every
 * row within a screen of the window has its slots, so the keys that move
 * by one row or one cell (Up, Down, Tab, Shift-Tab) always find their
 * target laid out. Only the wrap from the last slot to the first (and
 * back), a row focused by number (add, delete, move, back from a record,
 * a review's jump) and the focus found again after a rebuild may need
 * rows left out; they go through tui->want, and form_build lays the form
 * out around that row.
 */
#include "config.h"

#include <limits.h>
#include <string.h>

#include "tui-internal.h"

/* Screens laid out above and below the window's top, and the margin
 * that must stay laid out: a rebuild happens once per screen scrolled. */
#define WIN_ABOVE	2
#define WIN_BELOW	3
#define WIN_MARGIN	1

static int
win_screen(const struct tui *tui)
{
	return tui->body_h > 0 ? tui->body_h : 1;
}

/* Starts a layout whose table rows get slots around line top. */
void
form_window_reset(struct tui *tui, int top)
{
	struct form *f = &tui->form;
	int h = win_screen(tui);

	f->win_lo = top - WIN_ABOVE * h;
	f->win_hi = top + WIN_BELOW * h;
	f->windowed = false;
	f->skip_above = -1;
	f->skip_below = INT_MAX;
	f->want_y = -1;
	memset(&f->first, 0, sizeof f->first);
	memset(&f->last, 0, sizeof f->last);
}

/* True when the window scrolled within a screen of rows left out. */
bool
form_window_stale(const struct tui *tui)
{
	const struct form *f = &tui->form;
	int h = win_screen(tui);

	return f->windowed && ((f->skip_above >= 0 &&
	    f->skip_above >= f->scroll - WIN_MARGIN * h) ||
	    f->skip_below < f->scroll + (1 + WIN_MARGIN) * h);
}

static size_t
win_clamp(long v, size_t n)
{
	if (v <= 0)
		return 0;
	return (size_t)v < n ? (size_t)v : n;
}

/*
 * Which rows of a collection get slots: sets r->from..r->to-1 from its
 * r->n rows starting on line r->y0. Notes the rows left out, the line
 * of the wanted row when it is one of them (form_build then lays out
 * around it), and r->first and r->last when row 0 or the last row is
 * left out, for the Tab that wraps round the form.
 */
void
form_window_rows(struct tui *tui, struct form_rows *r)
{
	struct form *f = &tui->form;
	const struct slot_id *want = &tui->want;
	int y0 = r->y0, last_y = r->y0 + (int)r->n - 1;

	r->from = win_clamp((long)f->win_lo - y0, r->n);
	r->to = win_clamp((long)f->win_hi - y0, r->n);
	if (r->to < r->from)
		r->to = r->from;
	if (r->n == 0)
		return;
	if (r->from > 0) {
		f->windowed = true;
		if (y0 + (int)r->from - 1 > f->skip_above)
			f->skip_above = y0 + (int)r->from - 1;
	}
	if (r->to < r->n) {
		f->windowed = true;
		if (y0 + (int)r->to < f->skip_below)
			f->skip_below = y0 + (int)r->to;
	}
	if ((r->from > 0 || r->to == 0) && !f->first.set) {
		f->first = r->first;
		f->first_y = y0;
	}
	if (r->from == r->to || r->to < r->n) {
		f->last = r->last;
		f->last_y = last_y;
	}
	if (want->set && want->coll == r->coll && want->kind != SLOT_ADD &&
	    want->row < r->n && (want->row < r->from || want->row >= r->to))
		f->want_y = y0 + (int)want->row;
}

/*
 * The form's first (or last) focusable for a Tab that wraps round:
 * a row left out when it lies before (after) every slot laid out.
 */
bool
form_window_end(const struct form *f, bool last, struct slot_id *id)
{
	if (last && f->last.set && (f->n_slots == 0 ||
	    f->slots[f->n_slots - 1].y < f->last_y)) {
		*id = f->last;
		return true;
	}
	if (!last && f->first.set && (f->n_slots == 0 ||
	    f->slots[0].y > f->first_y)) {
		*id = f->first;
		return true;
	}
	return false;
}

/* What slot i stands for; unset when there is no such slot. */
void
form_slot_id(const struct form *f, size_t i, struct slot_id *id)
{
	const struct slot *sl;

	memset(id, 0, sizeof *id);
	if (i >= f->n_slots)
		return;
	sl = &f->slots[i];
	id->set = true;
	id->kind = sl->kind;
	id->field = sl->field;
	id->coll = sl->coll;
	id->row = sl->row;
}

static bool
form_matches(const struct slot *sl, const struct slot_id *id)
{
	if (sl->coll != id->coll)
		return false;
	if (id->field == NULL)
		return sl->row == id->row;
	/* The add button's row is the row count, which adding changes. */
	if (id->kind == SLOT_ADD)
		return sl->kind == SLOT_ADD;
	return sl->kind == id->kind && sl->field == id->field &&
	    sl->row == id->row;
}

/* True when slot i is what id stands for. */
static bool
form_slot_is(const struct form *f, size_t i, const struct slot_id *id)
{
	return id->set && i < f->n_slots && form_matches(&f->slots[i], id);
}

/* The index of the first slot id stands for; false when none is laid out. */
static bool
form_find(const struct form *f, const struct slot_id *id, size_t *at)
{
	size_t i;

	if (!id->set)
		return false;
	for (i = 0; i < f->n_slots; i++) {
		if (form_matches(&f->slots[i], id)) {
			*at = i;
			return true;
		}
	}
	return false;
}

/*
 * After a rebuild, puts the focus back on what id stood for: a wanted
 * slot is always looked for, the one focused before only when its index
 * now holds something else (so equal slots, like a review's jump lines,
 * keep their place). A column a narrower terminal no longer shows gives
 * its row; nothing found leaves the focus at its index.
 */
void
form_refocus(struct form *f, const struct slot_id *id, bool wanted)
{
	struct slot_id row;
	size_t at;

	if (!wanted && form_slot_is(f, f->focus, id))
		return;
	if (form_find(f, id, &at)) {
		f->focus = at;
		return;
	}
	if (!id->set || id->coll == NULL || id->kind == SLOT_ADD)
		return;
	row = *id;
	row.field = NULL;
	if (form_find(f, &row, &at))
		f->focus = at;
}

/*
 * Moves the focus to the slot id stands for, laying the form out around
 * its row when that was left out; false (focus unchanged) when the form
 * has no such slot. The caller commits the field being left first.
 */
bool
form_focus_id(struct tui *tui, const struct slot_id *id)
{
	size_t at;

	if (!form_find(&tui->form, id, &at)) {
		if (!tui->form.windowed)
			return false;
		tui->want = *id;
		form_build(tui);
		if (!form_find(&tui->form, id, &at))
			return false;
	}
	tui->form.focus = at;
	return true;
}

/* Drops the layout, so that the next one (a step or a record just
 * entered) focuses slot i rather than what this one had focused. */
void
form_restart(struct tui *tui, size_t i)
{
	form_free(&tui->form);
	tui->form.focus = i;
}
