/*
 * Drawing a form into the body area and moving the focus through it.
 * Only the focused slot is redrawn while typing, so each keystroke costs
 * the terminal about one byte; everything else is redrawn on navigation.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/i18n.h"
#include "tui-internal.h"

/* Scrolls so that the focused slot (and its label) is visible. */
static void
form_scroll_to_focus(struct tui *tui)
{
	struct form *f = &tui->form;
	const struct slot *sl;
	int top, bottom, max;

	if (f->n_slots > 0 && !f->read_on) {
		sl = &f->slots[f->focus];
		top = sl->y > 0 ? sl->y - 1 : 0;
		bottom = table_detail_bottom(f, sl, sl->y + sl->h,
		    top + tui->body_h);
		if (bottom - top > tui->body_h)
			top = sl->y;
		if (top < f->scroll)
			f->scroll = top;
		if (bottom > f->scroll + tui->body_h)
			f->scroll = bottom - tui->body_h;
	}
	max = f->height - tui->body_h;
	if (f->scroll > max)
		f->scroll = max;
	if (f->scroll < 0)
		f->scroll = 0;
}

static bool
form_visible(const struct tui *tui, int y, int h)
{
	return y >= tui->form.scroll && y + h <= tui->form.scroll +
	    tui->body_h;
}

/* A choice shown one option per line has the focus mark on the chosen
 * option, where the cursor is, not on its first line. */
static bool
form_marks_option(const struct slot *sl)
{
	return sl->kind == SLOT_CHOICE && sl->h > 1 && sl->coll == NULL;
}

static void
form_mark_option(struct tui *tui, const struct slot *sl, int y)
{
	int i;

	for (i = 0; i < sl->h; i++)
		mvaddstr(y + i, 0, " ");
	mvaddstr(tui->cur_y, 0, theme_mark(0));
}

/* Draws one slot if it is on screen. */
static void
form_draw_slot(struct tui *tui, struct slot *sl, bool focused)
{
	int y = tui->body_y + sl->y - tui->form.scroll;

	if (!form_visible(tui, sl->y, sl->h))
		return;
	if (focused && !form_marks_option(sl))
		mvaddstr(y, 0, theme_mark(0));
	switch (sl->kind) {
	case SLOT_TEXT:
		text_draw(tui, sl, y, focused);
		break;
	case SLOT_AREA:
		textarea_draw(tui, sl, y, focused);
		break;
	case SLOT_CHOICE:
	case SLOT_CHECK:
		choice_draw(tui, sl, y, focused);
		if (focused && form_marks_option(sl))
			form_mark_option(tui, sl, y);
		break;
	case SLOT_CONFLICT:
		conflict_draw(tui, sl, y, focused);
		break;
	default:
		records_caption(tui, sl);
		draw_fill(y, sl->x, sl->w, THEME_NORMAL);
		draw_str(y, sl->x, sl->w, sl->text != NULL ? sl->text : "",
		    focused ? THEME_FOCUS : THEME_NORMAL);
		if (focused) {
			tui->cur_y = y;
			tui->cur_x = sl->x;
			tui->cur_show = true;
		}
		break;
	}
}

/*
 * The first slot (or decoration, with decos) at or below virtual line
 * top. Both are laid out in line order, so a long table costs a binary
 * search per redraw instead of a walk over every cell.
 */
static size_t
form_first_at(const struct form *f, bool decos, int top)
{
	size_t lo = 0, hi = decos ? f->n_decos : f->n_slots, mid;
	int y;

	if (f->unsorted)
		return 0;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		y = decos ? f->decos[mid].y : f->slots[mid].y;
		if (y < top)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* True once line y and everything after it is below the window. */
static bool
form_past_end(const struct tui *tui, int y)
{
	return !tui->form.unsorted && y >= tui->form.scroll + tui->body_h;
}

static void
form_draw_decos(struct tui *tui)
{
	struct form *f = &tui->form;
	const struct deco *d;
	size_t i;

	for (i = form_first_at(f, true, f->scroll); i < f->n_decos; i++) {
		d = &f->decos[i];
		if (form_past_end(tui, d->y))
			break;
		if (!form_visible(tui, d->y, 1))
			continue;
		if (d->canvas != NULL)
			chart_draw_row(d->canvas, d->crow,
			    tui->body_y + d->y - f->scroll, d->x, d->w);
		else
			draw_str(tui->body_y + d->y - f->scroll, d->x, d->w,
			    d->text, d->style);
	}
}

/* Draws the whole body: decorations, slots, and marks for more. */
void
form_draw(struct tui *tui)
{
	struct form *f = &tui->form;
	size_t i;
	int y;

	/* Scrolled near the end of what is laid out: lay out further. */
	if (f->more && f->scroll + 2 * tui->body_h >= f->height)
		form_build(tui);
	form_scroll_to_focus(tui);
	/* Scrolled near the rows of a long list left out: lay them out
	 * (the focus and the scroll stay). */
	if (form_window_stale(tui))
		form_build(tui);
	for (y = 0; y < tui->body_h; y++) {
		move(tui->body_y + y, 0);
		clrtoeol();
	}
	tui->cur_show = false;
	form_draw_decos(tui);
	table_draw_details(tui);
	for (i = form_first_at(f, false, f->scroll); i < f->n_slots; i++) {
		if (form_past_end(tui, f->slots[i].y))
			break;
		form_draw_slot(tui, &f->slots[i], i == f->focus);
	}
	if (f->scroll > 0)
		mvaddstr(tui->body_y, tui->cols - 2, theme_mark(1));
	if (f->scroll + tui->body_h < f->height)
		mvaddstr(tui->body_y + tui->body_h - 1, tui->cols - 2,
		    theme_mark(2));
}

/* Redraws only the focused slot (after typing in it). */
void
form_draw_focus(struct tui *tui)
{
	if (tui->form.n_slots == 0)
		return;
	form_draw_slot(tui, &tui->form.slots[tui->form.focus], true);
}

/* Moves the focus to slot i, committing the field being left. */
static void
form_focus(struct tui *tui, size_t i)
{
	if (i == tui->form.focus || i >= tui->form.n_slots)
		return;
	if (!form_leave_field(tui))
		return;
	tui->form.focus = i;
	tui->form.read_on = false;
	form_load_focus(tui);
	tui->need_full = true;
}

/*
 * Tab from the last slot to the first, or Shift-Tab back to the last:
 * that may be in a row of a long list or table left out (form-window.c).
 */
static void
form_focus_wrap(struct tui *tui, bool to_last)
{
	struct form *f = &tui->form;
	struct slot_id id;

	if (!form_window_end(f, to_last, &id)) {
		form_focus(tui, to_last ? f->n_slots - 1 : 0);
		return;
	}
	if (!form_leave_field(tui))
		return;
	form_focus_id(tui, &id);
	form_load_focus(tui);
	tui->need_full = true;
}

/* Whether slot i is a better vertical target than best so far; on a
 * tie the lower index wins (ties set: i is below best in the array). */
static size_t form_vertical(const struct tui *, int dir);

/*
 * Down on the last field reads on: text under it (the one-page
 * agreement under its review) scrolls into view a line at a time; Up
 * scrolls back until the field shows again. False when the key moves
 * the focus instead.
 */
static bool
form_read_on(struct tui *tui, int dir)
{
	struct form *f = &tui->form;
	const struct slot *sl = &f->slots[f->focus];

	if (dir < 0 && f->read_on) {
		if (f->scroll > 0)
			f->scroll--;
		f->read_on = sl->y < f->scroll || sl->y + sl->h >
		    f->scroll + tui->body_h;
		tui->need_full = true;
		return true;
	}
	if (dir < 0 || f->more || form_vertical(tui, dir) != f->focus ||
	    f->scroll + tui->body_h >= f->height)
		return false;
	f->scroll++;
	f->read_on = true;
	tui->need_full = true;
	return true;
}

static bool
form_closer(const struct form *f, size_t i, size_t best, int dir, bool ties)
{
	const struct slot *cur = &f->slots[f->focus], *sl = &f->slots[i];
	const struct slot *b = &f->slots[best];
	int dy = dir < 0 ? cur->y - sl->y : sl->y - cur->y;
	int by = dir < 0 ? cur->y - b->y : b->y - cur->y;

	if (dy <= 0)
		return false;
	return best == f->focus || dy < by || (dy == by &&
	    (abs(sl->x - cur->x) < abs(b->x - cur->x) || (ties &&
	    abs(sl->x - cur->x) == abs(b->x - cur->x))));
}

/*
 * The nearest slot above (dir < 0) or below, preferring the same column.
 * In line order the nearest line is next to the focus, so the scan stops
 * after it instead of visiting every cell of a long table.
 */
static size_t
form_vertical(const struct tui *tui, int dir)
{
	const struct form *f = &tui->form;
	size_t i, best = f->focus;
	int cy = f->slots[f->focus].y;

	if (f->unsorted) {
		for (i = 0; i < f->n_slots; i++)
			if (form_closer(f, i, best, dir, false))
				best = i;
		return best;
	}
	for (i = f->focus; dir > 0 ? i + 1 < f->n_slots : i > 0;) {
		i = dir > 0 ? i + 1 : i - 1;
		if (best != f->focus && f->slots[i].y != f->slots[best].y)
			break;
		if (f->slots[i].y != cy && form_closer(f, i, best, dir,
		    dir < 0))
			best = i;
	}
	return best;
}

/* Tab or Shift-Tab to a column the table left out: the table is laid
 * out again around it (table.c). */
static bool
form_focus_hidden(struct tui *tui, int dir)
{
	struct slot_id id;

	if (!table_hidden_cell(&tui->form, dir, &id))
		return false;
	if (!form_leave_field(tui))
		return true;
	tui->want = id;
	form_build(tui);
	form_load_focus(tui);
	tui->need_full = true;
	return true;
}

/* Up/Down/Tab movement; true when the key was a movement key. */
static bool
form_move_key(struct tui *tui, const struct tui_key *k)
{
	struct form *f = &tui->form;

	if (!k->is_key && k->code == L'\t') {
		if (form_focus_hidden(tui, 1))
			return true;
		if (f->focus + 1 < f->n_slots)
			form_focus(tui, f->focus + 1);
		else
			form_focus_wrap(tui, false);
		return true;
	}
	if (!k->is_key)
		return false;
	switch (k->code) {
	case KEY_BTAB:
		if (form_focus_hidden(tui, -1))
			return true;
		if (f->focus > 0)
			form_focus(tui, f->focus - 1);
		else
			form_focus_wrap(tui, true);
		return true;
	case KEY_HOME:
	case KEY_END:
		/* In a text field they move within the text; elsewhere (a
		 * list of records, a choice) to the step's first or last
		 * field, as in the step map. */
		if (f->slots[f->focus].kind == SLOT_TEXT ||
		    f->slots[f->focus].kind == SLOT_AREA)
			return false;
		form_focus_wrap(tui, k->code == KEY_END);
		return true;
	case KEY_UP:
	case KEY_DOWN:
		if (f->slots[f->focus].kind == SLOT_AREA && tui->editing &&
		    textarea_key(tui, &f->slots[f->focus], k))
			form_draw_focus(tui);
		else if (!form_read_on(tui, k->code == KEY_UP ? -1 : 1))
			form_focus(tui, form_vertical(tui, k->code == KEY_UP ?
			    -1 : 1));
		return true;
	}
	return false;
}

/* Scrolls a form that has nothing to focus (text to read only). */
static void
form_scroll_key(struct tui *tui, const struct tui_key *k)
{
	/* Space reads on a screenful, as in a pager (PgDn is the next
	 * step); the scroll is kept within the page when it is drawn. */
	if (!k->is_key && k->code == L' ') {
		tui->form.scroll += tui->body_h > 1 ? tui->body_h - 1 : 1;
		tui->need_full = true;
		return;
	}
	if (!k->is_key)
		return;
	if (k->code == KEY_UP && tui->form.scroll > 0)
		tui->form.scroll--;
	else if (k->code == KEY_DOWN)
		tui->form.scroll++;
	tui->need_full = true;
}

/* Whether a key or a paste begins with a digit: it replaces the 0 of
 * a number not yet typed. */
static bool
form_digit_first(const struct tui_key *k)
{
	wint_t c = k->code;

	if (k->is_key && c == TUI_KEY_PASTE && k->n_paste > 0)
		c = (wint_t)k->paste[0];
	else if (k->is_key)
		return false;
	return c >= L'0' && c <= L'9';
}

/* Typing or pasting into the focused text slot. */
static void
form_text_key(struct tui *tui, struct slot *sl, const struct tui_key *k)
{
	int r;
	enum guide_field_kind kind = sl->field->kind;
	char *v;

	if (tui_key_is_enter(k) && sl->kind == SLOT_TEXT) {
		struct tui_key tab = { .code = L'\t' };
		form_move_key(tui, &tab);
		return;
	}
	if (tui->edit_fresh && form_digit_first(k))
		text_set(&tui->edit, "");
	tui->edit_fresh = false;
	r = text_key(&tui->edit, k, sl->kind == SLOT_AREA);
	if (r == 2 && (tui_refuse_readonly(tui) ||
	    form_slot_readonly(tui, sl))) {
		v = shown_value(tui, sl, 0);
		text_set(&tui->edit, v);
		free(v);
	} else if (r == 2 && kind != GUIDE_NUMBER && kind != GUIDE_DATE)
		form_commit(tui, false);
	else if (r == 2 && !tui->dirty)
		tui_changed(tui);
	if (r != 0)
		form_draw_focus(tui);
}

/* Enter on a button-like slot. */
static void
form_activate(struct tui *tui, struct slot *sl)
{
	switch (sl->kind) {
	case SLOT_RECORD:
		tui_open_record(tui, sl->field, sl->row);
		break;
	case SLOT_CONFLICT:
		conflict_decide(tui, sl);
		break;
	case SLOT_JUMP: {
		const struct guide_field *fl = sl->jump_field;
		tui_goto_step(tui, sl->jump);
		tui_focus_field(tui, fl);
		break;
	}
	default:
		rows_key(tui, &(struct tui_key){ .is_key = true,
		    .code = KEY_F(5) });
		break;
	}
}

/* A key for the form: movement, row operations, or the focused widget. */
void
form_key(struct tui *tui, const struct tui_key *k)
{
	struct slot *sl;
	bool enter = tui_key_is_enter(k);

	if (tui->form.n_slots == 0) {
		form_scroll_key(tui, k);
		return;
	}
	sl = &tui->form.slots[tui->form.focus];
	if (sl->kind == SLOT_AREA && enter)
		enter = false;
	/* A choice takes its keys first: Up and Down move in its list, and
	 * typed text is refused there, not taken for anything else. */
	if ((sl->kind == SLOT_CHOICE || sl->kind == SLOT_CHECK) &&
	    choice_key(tui, sl, k)) {
		if (!tui->need_full)
			form_draw_focus(tui);
		return;
	}
	/* Pasted text is for text fields; elsewhere it is ignored, as
	 * letters typed onto a list of records are. */
	if (k->is_key && k->code == TUI_KEY_PASTE && sl->kind != SLOT_TEXT &&
	    sl->kind != SLOT_AREA)
		return;
	if (form_move_key(tui, k) || rows_key(tui, k))
		return;
	switch (sl->kind) {
	case SLOT_TEXT:
	case SLOT_AREA:
		form_text_key(tui, sl, k);
		break;
	case SLOT_CHOICE:
	case SLOT_CHECK:
		if (enter)	/* after choosing (choice_key) */
			form_move_key(tui, &(struct tui_key){
			    .code = L'\t' });
		break;
	default:
		if (enter || (!k->is_key && k->code == L' '))
			form_activate(tui, sl);
		break;
	}
}
