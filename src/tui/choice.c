/*
 * Choices and check boxes. A choice shows every option with a text mark
 * on the chosen one ("(•) Large"), so the state never depends on colour;
 * in a table cell only the chosen label shows, between < >. Left/Right
 * and Space change it, digits pick an option directly.
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

/* Every option with its mark, side by side or one per line. */
static void
choice_draw_options(const struct slot *sl, int y, char **labels, size_t n,
    long cur)
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
		s = xasprintf("%s %s", theme_mark((long)i == cur ? 5 : 6),
		    labels[i]);
		x += draw_str(row, x, end - x, s, (long)i == cur ?
		    THEME_FOCUS : THEME_INPUT) + 2;
		free(s);
	}
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
	else if (sl->h == 1 && choice_wide(labels, sl->w))
		s = xasprintf("< %s >  %s", now, _("(Left/Right changes)"));
	else
		choice_draw_options(sl, y, labels, n, cur);
	if (s != NULL)
		draw_str(y, sl->x, sl->w, s, focused && sl->kind == SLOT_CHECK ?
		    THEME_FOCUS : THEME_INPUT);
	free(s);
	if (focused) {
		tui->cur_y = y + (sl->h > 1 && cur > 0 && cur < sl->h ?
		    (int)cur : 0);
		tui->cur_x = sl->x + (sl->kind == SLOT_CHECK || sl->h > 1 ?
		    1 : 0);
		tui->cur_show = true;
	}
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
		}
	}
	free(cause);
}

/* Keys of a choice or check box; true when the value changed. */
bool
choice_key(struct tui *tui, struct slot *sl, const struct tui_key *k)
{
	long cur = choice_current(tui, sl), n, v;
	bool space = !k->is_key && k->code == L' ';
	char **labels;

	if (sl->kind == SLOT_CHECK)
		n = 2;
	else {
		labels = guide_field_choices(tui->s, sl->field, &sl->ctx);
		n = (long)choice_count(labels);
		guide_choices_free(labels);
	}
	if (n == 0)
		return false;
	if (space || (k->is_key && k->code == KEY_RIGHT))
		v = cur + 1 >= n ? 0 : cur + 1;
	else if (k->is_key && k->code == KEY_LEFT)
		v = cur <= 0 ? n - 1 : cur - 1;
	else if (!k->is_key && k->code >= L'1' && k->code <= L'9' &&
	    sl->kind == SLOT_CHOICE && (long)(k->code - L'1') < n)
		v = (long)(k->code - L'1');
	else
		return false;
	if (sl->kind == SLOT_CHECK && space)
		v = cur == 1 ? 0 : 1;
	if (tui_refuse_readonly(tui) || form_slot_readonly(tui, sl))
		return false;
	/* A choice may change which steps exist (the partnership's size). */
	if (sl->kind == SLOT_CHOICE && tui->record == NULL)
		tui->need_full = true;
	choice_set(tui, sl, v);	/* may rebuild the form: sl is gone */
	return true;
}
