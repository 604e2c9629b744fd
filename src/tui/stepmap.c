/*
 * The step map (F3 / Ctrl-T): every step of the session with a text mark
 * for its state, [ ] empty, [~] partly and [x] done, so the state never
 * depends on colour; Enter jumps to the selected step. The steps where
 * something is due (b2c/due.h) say so: "! 2 late", or the next date.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/due.h"
#include "b2c/guide-progress.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "tui-internal.h"

/* Shows the step map with the current step selected. */
void
stepmap_open(struct tui *tui)
{
	tui->mode = MODE_MAP;
	tui->map_sel = tui->step;
	tui->need_full = true;
}

static const char *
stepmap_mark(enum guide_status st)
{
	return st == GUIDE_DONE ? "[x]" : st == GUIDE_PARTLY ? "[~]" : "[ ]";
}

static enum theme_item
stepmap_style(enum guide_status st)
{
	return st == GUIDE_DONE ? THEME_DONE : st == GUIDE_PARTLY ?
	    THEME_PARTLY : THEME_EMPTY;
}

/* The step where a due item is dealt with. */
static const char *
stepmap_due_step(enum due_kind k)
{
	switch (k) {
	case DUE_MEETING_MISSED:
	case DUE_MEETING:
		return "part3.meetings";
	case DUE_MEASUREMENT_OVERDUE:
	case DUE_MEASUREMENT:
		return "part3.measurement";
	case DUE_PROPOSAL:
		return "part2.proposal";
	case DUE_FOLLOWUP:
		return "part3.followup";
	case DUE_ACTIVITY_OVERDUE:
	case DUE_ACTIVITY:
		break;
	}
	return "part2.wheel";
}

/* What is due at step key, as a tail for its line (allocated). */
static char *
stepmap_due(const struct due_item *items, size_t n, const char *key,
    const char *today)
{
	const struct due_item *first = NULL;
	char when[DATE_ISO_LEN];
	size_t i, late = 0;

	for (i = 0; i < n; i++) {
		if (strcmp(stepmap_due_step(items[i].kind), key) != 0)
			continue;
		late += due_is_late(items[i].kind);
		if (first == NULL)
			first = &items[i];
	}
	if (late > 0)
		return xasprintf(P_("  ! %zu late", "  ! %zu late", late), late);
	if (first == NULL)
		return xstrdup("");
	due_when(first, when);
	return xasprintf("  (%s %s)", due_state(first, today), when);
}

/* Draws the list of steps into the body, scrolled to the selection. */
void
stepmap_draw(struct tui *tui)
{
	size_t n = guide_step_count(tui->s), i;
	int y, h = tui->body_h - 1;
	enum guide_status st;
	char *title, *line, *due, *mark, today[DATE_ISO_LEN];
	struct guide_ctx ctx;
	const struct guide_step *gs;
	struct due_item *items = NULL;
	int n_due;

	for (y = 0; y < tui->body_h; y++) {
		move(tui->body_y + y, 0);
		clrtoeol();
	}
	draw_str(tui->body_y, 2, tui->cols - 4, _("[x] done  [~] partly  "
	    "[ ] empty  * you are here  Enter: go there"),
	    THEME_HINT);
	due_today(today);
	n_due = due_compute(tui->s, today, DUE_DEFAULT_DAYS, &items);
	if ((int)tui->map_sel < tui->map_top)
		tui->map_top = (int)tui->map_sel;
	if ((int)tui->map_sel >= tui->map_top + h)
		tui->map_top = (int)tui->map_sel - h + 1;
	for (y = 0; y < h && (size_t)(tui->map_top + y) < n; y++) {
		i = (size_t)(tui->map_top + y);
		gs = guide_step_at(tui->s, i, &ctx);
		st = guide_progress_step(review_progress(), tui->s,
		    tui->changes, i);
		title = review_step_title(tui->s, i);
		due = stepmap_due(items, n_due > 0 ? (size_t)n_due : 0,
		    gs->key, today);
		mark = conflict_step_tail(tui, i);
		line = xasprintf("%s %s%s%s%s%s%s", stepmap_mark(st),
		    _(guide_part_name(gs->part)), theme_mark(4), title,
		    i == tui->step ? " *" : "", mark, due);
		free(mark);
		free(due);
		draw_str(tui->body_y + 1 + y, 0, 2, i == tui->map_sel ?
		    theme_mark(0) : " ", THEME_NORMAL);
		draw_str(tui->body_y + 1 + y, 2, tui->cols - 4, line,
		    i == tui->map_sel ? THEME_SELECTED : stepmap_style(st));
		if (i == tui->map_sel) {
			tui->cur_y = tui->body_y + 1 + y;
			tui->cur_x = 2;
			tui->cur_show = true;
		}
		free(title);
		free(line);
	}
	free(items);
	/* More steps above or below: the marks the forms use. */
	if (tui->map_top > 0)
		mvaddstr(tui->body_y + 1, tui->cols - 2, theme_mark(1));
	if ((size_t)(tui->map_top + h) < n)
		mvaddstr(tui->body_y + h, tui->cols - 2, theme_mark(2));
}

/* Moves the selection; Enter jumps, Esc goes back. */
void
stepmap_key(struct tui *tui, const struct tui_key *k)
{
	size_t n = guide_step_count(tui->s);
	size_t page = tui->body_h > 2 ? (size_t)tui->body_h - 2 : 1;

	tui->need_full = true;
	if (tui_key_is_enter(k)) {
		tui_goto_step(tui, tui->map_sel);
		return;
	}
	if (!k->is_key && k->code == 0x1b) {
		tui->mode = MODE_FORM;
		tui_relayout(tui);
		form_load_focus(tui);
		return;
	}
	if (!k->is_key)
		return;
	switch (k->code) {
	case KEY_UP:
		if (tui->map_sel > 0)
			tui->map_sel--;
		break;
	case KEY_DOWN:
		if (tui->map_sel + 1 < n)
			tui->map_sel++;
		break;
	case KEY_PPAGE:
		tui->map_sel = tui->map_sel > page ? tui->map_sel - page : 0;
		break;
	case KEY_NPAGE:
		tui->map_sel = tui->map_sel + page < n ? tui->map_sel + page :
		    n - 1;
		break;
	case KEY_HOME:
		tui->map_sel = 0;
		break;
	case KEY_END:
		tui->map_sel = n - 1;
		break;
	}
}
