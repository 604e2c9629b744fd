/*
 * Choices and check boxes. A choice shows every option with a text mark
 * on the chosen one ("(•) Large"), so the state never depends on colour;
 * in a table cell, or when the options do not fit on a line, only the
 * chosen label shows, between < >.
 *
 * A list of options works like dialog's radiolist: Up and Down (Left and
 * Right beside each other) move a highlight, which starts on the chosen
 * option, and Space or Enter chooses the highlighted one; past the first
 * or last option Up and Down go on to the next field, as Tab and
 * Shift-Tab do. A compact choice changes with Left and Right. Nothing
 * else changes a value: letters, digits, a paste or a whole sentence
 * typed there by mistake (its spaces too) leave it as it was and the
 * message line says how to choose. A check box toggles with Space.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/guide-extra.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "tui-internal.h"

static long
choice_current(struct tui *tui, const struct slot *sl)
{
	char *v = form_value(tui, sl), *end;
	long i = strtol(v, &end, 10);

	if (*v == '\0' || *end != '\0')
		i = -1;
	free(v);
	return i;
}

static size_t
choice_count(char **labels)
{
	size_t n = 0;

	while (labels != NULL && labels[n] != NULL)
		n++;
	return n;
}

/* True when the options do not fit side by side in w columns. */
bool
choice_wide(char **labels, int w)
{
	size_t i;
	int total = 0;

	for (i = 0; labels != NULL && labels[i] != NULL; i++)
		total += draw_str_columns(labels[i]) + 6;
	return total > w;
}

/* Whether the choice is shown compact, "< label >", changed with Left
 * and Right rather than picked from its options. */
static bool
choice_compact(const struct slot *sl, char **labels)
{
	return sl->kind == SLOT_CHOICE && (sl->coll != NULL ||
	    (sl->h == 1 && choice_wide(labels, sl->w)));
}

/* The highlighted option of the focused list: the chosen one until the
 * highlight is moved. */
static long
choice_highlight(const struct tui *tui, long cur, size_t n)
{
	long hl = tui->choice_hl >= 0 ? tui->choice_hl : cur;

	return hl >= 0 && (size_t)hl < n ? hl : 0;
}

/* Every option with its mark, side by side or one per line; the
 * highlighted one (hl, -1 for none) in reverse, the cursor on it. */
static void
choice_draw_options(struct tui *tui, const struct slot *sl, int y,
    char **labels, size_t n, long cur, long hl)
{
	size_t i;
	int x = sl->x, end = sl->x + sl->w, row;
	char *s;

	for (i = 0; i < n && x < end; i++) {
		row = sl->h > 1 ? y + (int)i : y;
		if (sl->h > 1) {
			if ((int)i >= sl->h)
				break;
			x = sl->x;
			draw_fill(row, sl->x, sl->w, THEME_NORMAL);
		}
		if ((long)i == hl) {
			tui->cur_y = row;
			tui->cur_x = x + 1;
		}
		s = xasprintf("%s %s", theme_mark((long)i == cur ? 5 : 6),
		    labels[i]);
		x += draw_str(row, x, end - x, s, (long)i == hl ?
		    THEME_SELECTED : (long)i == cur ? THEME_FOCUS :
		    THEME_INPUT) + 2;
		free(s);
	}
}

/*
 * A choice of path (a small partnership's full Del 2) changes the
 * steps: when the step shown is no longer the one at its place, go to
 * the step of this part that now has the same field, focused there, so
 * the same key takes the choice back.
 */
static void
choice_follow_path(struct tui *tui, const char *key)
{
	const struct guide_step *gs;
	enum guide_part part = tui->gs->part;
	size_t i, j, n = guide_step_count(tui->s);
	char *k;

	if (guide_step_at(tui->s, tui->step, NULL) == tui->gs)
		return;
	k = xstrdup(key);
	for (i = 0; i < n; i++) {
		gs = guide_step_at(tui->s, i, NULL);
		for (j = 0; gs->part == part && j < gs->n_fields; j++) {
			if (strcmp(gs->fields[j].key, k) != 0)
				continue;
			tui_goto_step(tui, i);
			tui_focus_field(tui, &gs->fields[j]);
			free(k);
			return;
		}
	}
	free(k);
	tui_relayout(tui);
}

/* Draws a choice or a check box at screen line y. */
void
choice_draw(struct tui *tui, const struct slot *sl, int y, bool focused)
{
	long cur = choice_current(tui, sl);
	char **labels = sl->kind == SLOT_CHOICE ? guide_field_choices(tui->s,
	    sl->field, &sl->ctx) : NULL;
	size_t n = choice_count(labels);
	const char *now = cur >= 0 && (size_t)cur < n ? labels[cur] : "";
	char *s = NULL;
	int x;

	if (focused) {
		tui->cur_y = y;
		tui->cur_x = sl->x + (sl->kind == SLOT_CHECK ? 1 : 0);
		tui->cur_show = true;
	}
	draw_fill(y, sl->x, sl->w, THEME_NORMAL);
	if (sl->kind == SLOT_CHECK)
		s = sl->coll != NULL ? xstrdup(cur == 1 ? "[x]" : "[ ]") :
		    xasprintf("%s %s", cur == 1 ? "[x]" : "[ ]",
		    _(sl->field->label));
	else if (sl->coll != NULL && sl->w > 2) {
		/* A narrow table cell cuts the label, not its brackets. */
		x = draw_str(y, sl->x, 1, "<", THEME_INPUT);
		x += draw_str(y, sl->x + x, sl->w - 2, now, THEME_INPUT);
		draw_str(y, sl->x + x, 1, ">", THEME_INPUT);
	}
	else if (choice_compact(sl, labels))
		s = xasprintf("< %s >  %s", now, _("(Left/Right changes)"));
	else
		choice_draw_options(tui, sl, y, labels, n, cur, focused ?
		    choice_highlight(tui, cur, n) : -1);
	if (s != NULL)
		draw_str(y, sl->x, sl->w, s, focused && sl->kind == SLOT_CHECK ?
		    THEME_FOCUS : THEME_INPUT);
	free(s);
	guide_choices_free(labels);
}

static void
choice_set(struct tui *tui, struct slot *sl, long v)
{
	char buf[24], *cause = NULL;

	if (sl->field->set == NULL)
		return;
	snprintf(buf, sizeof buf, "%ld", v);
	if (tui->record != NULL)
		records_follow(tui, true);
	if (sl->field->set(tui->s, &sl->ctx, buf, &cause) != 0)
		tui_message(tui, THEME_ERROR, "%s", cause != NULL ? cause :
		    _("Invalid value"));
	else {
		tui_changed(tui);
		if (tui->record != NULL) {
			records_follow(tui, false);
			tui_relayout(tui);	/* the record may have moved */
		} else
			choice_follow_path(tui, sl->field->key);
	}
	free(cause);
}

/* Says how to choose, after a key that does not (typed text). */
static void
choice_hint(struct tui *tui, const struct slot *sl, bool compact)
{
	tui_message(tui, THEME_NOTICE, "%s", sl->kind == SLOT_CHECK ?
	    _("Typing changes no check box: Space ticks or clears it, Tab "
	    "leaves.") : compact ?
	    _("Typing changes no choice: Left/Right change it, Tab leaves.") :
	    _("Typing changes no choice: Up/Down move, Space or Enter "
	    "chooses, Tab leaves."));
}

/* Sets the value to v, unless it is so already or cannot change. */
static void
choice_choose(struct tui *tui, struct slot *sl, long cur, long v)
{
	if (v == cur || tui_refuse_readonly(tui) ||
	    form_slot_readonly(tui, sl))
		return;
	/* A choice may change which steps exist (the partnership's size). */
	if (sl->kind == SLOT_CHOICE && tui->record == NULL)
		tui->need_full = true;
	choice_set(tui, sl, v);	/* may rebuild the form: sl is gone */
}

/* Moves the highlight of a list by dir; false past its ends. */
static bool
choice_move(struct tui *tui, long cur, long n, int dir)
{
	long hl = choice_highlight(tui, cur, (size_t)n) + dir;

	if (hl < 0 || hl >= n)
		return false;
	tui->choice_hl = hl;
	return true;
}

/* The value Left or Right gives a compact choice or a check box. */
static long
choice_step(long cur, long n, const struct tui_key *k)
{
	if (k->code == KEY_RIGHT)
		return cur + 1 >= n ? 0 : cur + 1;
	return cur <= 0 ? n - 1 : cur - 1;
}

/*
 * A key on a choice or a check box; true when it was the choice's (a
 * move of its highlight, a choice, or text it did not take), false for
 * the form to handle (Tab, Up past the first option, Enter on a check).
 * A Space or Enter that follows typed text is more of the text, not a
 * choice.
 */
bool
choice_key(struct tui *tui, struct slot *sl, const struct tui_key *k)
{
	long cur = choice_current(tui, sl), n = 2;
	bool typed = !k->is_key && k->code >= L' ' && k->code != 0x7f;
	bool space = typed && k->code == L' ', compact = false, after_text;
	char **labels;

	if (sl->kind == SLOT_CHOICE) {
		labels = guide_field_choices(tui->s, sl->field, &sl->ctx);
		n = (long)choice_count(labels);
		compact = choice_compact(sl, labels);
		guide_choices_free(labels);
	}
	after_text = tui->choice_typing;
	tui->choice_typing = typed && !space ? true : space && after_text;
	if ((typed && (!space || after_text || (compact &&
	    sl->kind == SLOT_CHOICE))) || (k->is_key &&
	    k->code == TUI_KEY_PASTE) || (after_text &&
	    tui_key_is_enter(k))) {
		choice_hint(tui, sl, compact);
		return true;
	}
	if (n == 0)
		return false;
	if (sl->kind == SLOT_CHECK) {
		if (!space)
			return false;
		choice_choose(tui, sl, cur, cur == 1 ? 0 : 1);
		return true;
	}
	if (compact) {
		if (!k->is_key || (k->code != KEY_LEFT && k->code != KEY_RIGHT))
			return false;
		choice_choose(tui, sl, cur, choice_step(cur, n, k));
		return true;
	}
	if (space || tui_key_is_enter(k)) {
		choice_choose(tui, sl, cur, choice_highlight(tui, cur,
		    (size_t)n));
		return !tui_key_is_enter(k);	/* Enter then goes on */
	}
	if (k->is_key && (k->code == KEY_UP || k->code == KEY_LEFT))
		return choice_move(tui, cur, n, -1) || k->code == KEY_LEFT;
	if (k->is_key && (k->code == KEY_DOWN || k->code == KEY_RIGHT))
		return choice_move(tui, cur, n, 1) || k->code == KEY_RIGHT;
	return false;
}
