/*
 * The frame around every screen: the title line ("Del 2 · Årshjul ·
 * 5/9" and whether everything is saved), the step's guidance, a rule,
 * the body, a message line and the legend of keys. Geometry comes from
 * LINES and COLS each time, so a resize only needs a new layout.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define GUIDANCE_MAX	4

struct legend_item {
	const char *key;
	const char *ctrl;
	const char *label;
};

static size_t
layout_guidance_lines(const struct tui *tui, char ***out)
{
	const char *text;
	size_t n;

	if (tui->mode != MODE_FORM)
		text = "";
	else if (tui->record != NULL)
		text = _("Fill in this line's details. Esc, PgUp or PgDn go "
		    "back to the list.");
	else
		text = tui->gs->guidance != NULL ? _(tui->gs->guidance) : "";
	*out = draw_wrap_lines(text, tui->cols - 4, &n);
	if (n == 1 && **out[0] == '\0') {
		draw_free_lines(*out, n);
		*out = NULL;
		return 0;
	}
	return n;
}

/* Computes where the body goes for the current size and screen. */
void
layout_compute(struct tui *tui)
{
	char **lines;
	size_t n;
	int g, max = tui->rows >= 24 ? GUIDANCE_MAX : 2;

	/* Below the minimum the form is still laid out (typing goes on
	 * into the model, unseen); only the notice is drawn. */
	tui->rows = LINES;
	tui->cols = COLS > 20 ? COLS : 20;
	tui->too_small = COLS < TUI_MIN_COLS || LINES < TUI_MIN_ROWS;
	max = tui->rows >= 24 ? GUIDANCE_MAX : 2;
	n = layout_guidance_lines(tui, &lines);
	draw_free_lines(lines, n);
	g = (int)n > max ? max : (int)n;
	tui->body_y = 1 + g + 1;
	tui->body_h = tui->rows - tui->body_y - 2;
	if (tui->body_h < 1)
		tui->body_h = 1;
}

/* The title line: part, step, position, and the save state. */
void
layout_title(struct tui *tui)
{
	size_t pos = 0, count = 0;
	char *left, *title, *right;
	const char *state;
	int rw, lw, sw;

	if (tui->mode == MODE_MAP)
		title = xstrdup(_("Overview of all steps"));
	else if (tui->mode == MODE_HELP)
		title = xstrdup(_("Help"));
	else if (tui->mode == MODE_WHOLE)
		title = xstrdup(_("The whole session"));
	else if (tui->mode == MODE_IMPORT)
		title = xstrdup(_("Import of survey responses"));
	else if (tui->record != NULL) {
		/* In a record's form: which record, e.g. "Meetings › 2". */
		char *step = review_step_title(tui->s, tui->step);
		title = xasprintf("%s%s%zu", step, theme_mark(9),
		    tui->record_row + 1);
		free(step);
	} else
		title = review_step_title(tui->s, tui->step);
	guide_step_position(tui->s, tui->step, &pos, &count);
	state = tui->cfg.read_only ? _("READ-ONLY") : tui->save_failed ?
	    _("NOT SAVED") : tui->dirty ? _("changed") : _("saved");
	if (tui->mode != MODE_FORM) {
		left = xasprintf(" %s", title);
		right = xstrdup("");
	} else {
		left = xasprintf(" %s%s%s", _(guide_part_name(tui->gs->part)),
		    theme_mark(4), title);
		right = xasprintf("%s%zu/%zu", theme_mark(4), pos, count);
	}
	/* The position follows the title; the state sits at the right. */
	sw = draw_str_columns(state) + 1;
	rw = draw_str_columns(right) + 2 + sw;
	draw_fill(0, 0, tui->cols, THEME_TITLE);
	lw = draw_str(0, 0, tui->cols - rw, left, THEME_TITLE);
	draw_str(0, lw, rw - sw, right, THEME_TITLE);
	draw_str(0, tui->cols - sw, sw, state, tui->save_failed ?
	    THEME_ERROR : THEME_TITLE);
	free(left);
	free(right);
	free(title);
}

/* The guidance paragraph and the rule under it. */
void
layout_guidance(struct tui *tui)
{
	char **lines;
	size_t n, i;
	int y, max = tui->body_y - 2;

	n = layout_guidance_lines(tui, &lines);
	for (y = 1; y < tui->body_y - 1; y++) {
		move(y, 0);
		clrtoeol();
	}
	for (i = 0; i < n && (int)i < max; i++) {
		if ((int)i == max - 1 && n > (size_t)max) {
			const char *more = _("(F1: more)");
			int used = draw_str(1 + (int)i, 2, tui->cols - 16,
			    lines[i], THEME_GUIDANCE);
			draw_str(1 + (int)i, 3 + used, 13, more, THEME_HINT);
		} else
			draw_str(1 + (int)i, 2, tui->cols - 4, lines[i],
			    THEME_GUIDANCE);
	}
	draw_free_lines(lines, n);
	for (i = 0; (int)i < tui->cols; i++)
		draw_str(tui->body_y - 1, (int)i, 1, theme_mark(3), THEME_HINT);
}

static size_t
layout_legend_items(const struct tui *tui, struct legend_item *it)
{
	size_t n = 0;

	it[n++] = (struct legend_item){ "F1", "^G", _("Help") };
	if (tui->mode == MODE_FORM && tui->record != NULL) {
		it[n++] = (struct legend_item){ "Esc", NULL, _("Back") };
	} else if (tui->mode != MODE_FORM) {
		it[n++] = (struct legend_item){ "Esc", NULL, _("Back") };
	}
	if (!tui->cfg.read_only)
		it[n++] = (struct legend_item){ "F2", "^S", _("Save") };
	it[n++] = (struct legend_item){ "F3", "^T", _("Overview") };
	if (tui->mode == MODE_FORM && tui->record == NULL) {
		it[n++] = (struct legend_item){ "PgDn", "^N", _("Next") };
		it[n++] = (struct legend_item){ "PgUp", "^P", _("Previous") };
	}
	if (tui->cfg.view)
		it[n++] = (struct legend_item){ "F4", "^W", _("Whole") };
	if (tui->mode == MODE_FORM && !tui->cfg.read_only &&
	    strcmp(tui->gs->key, IMPORT_STEP_KEY) == 0)
		it[n++] = (struct legend_item){ "F9", "^R", _("Import") };
	it[n++] = (struct legend_item){ "F10", "^X", _("Quit") };
	return n;
}

static int
layout_legend_width(const struct legend_item *it, size_t n, bool ctrl)
{
	int w = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		w += (int)strlen(it[i].key) + 1 +
		    draw_str_columns(it[i].label) + 2;
		if (ctrl && it[i].ctrl != NULL)
			w += (int)strlen(it[i].ctrl) + 1;
	}
	return w;
}

/* Drops the item with key when the legend is wider than cols. */
static size_t
layout_legend_drop(struct legend_item *it, size_t n, const char *key,
    int cols)
{
	size_t i;

	if (layout_legend_width(it, n, false) <= cols)
		return n;
	for (i = 0; i < n; i++) {
		if (strcmp(it[i].key, key) == 0) {
			memmove(&it[i], &it[i + 1], (n - i - 1) * sizeof *it);
			return n - 1;
		}
	}
	return n;
}

/* The bottom line of keys; Ctrl alternatives when there is room. */
void
layout_legend(struct tui *tui)
{
	struct legend_item it[10];
	size_t n = layout_legend_items(tui, it), i;
	bool ctrl = layout_legend_width(it, n, true) <= tui->cols;

	/* Narrow: drop "Previous" first, then "Overview" (F1 lists all). */
	n = layout_legend_drop(it, n, "PgUp", tui->cols);
	n = layout_legend_drop(it, n, "F3", tui->cols);
	int x = 0, y = tui->rows - 1;
	char *key;

	move(y, 0);
	clrtoeol();
	for (i = 0; i < n && x < tui->cols; i++) {
		key = ctrl && it[i].ctrl != NULL ? xasprintf("%s/%s",
		    it[i].key, it[i].ctrl) : xstrdup(it[i].key);
		x += draw_str(y, x, tui->cols - x, key, THEME_KEY);
		if (x < tui->cols)
			x += 1 + draw_str(y, x + 1, tui->cols - x - 1,
			    it[i].label, THEME_LEGEND);
		x += 2;
		free(key);
	}
}

/*
 * The message line: errors and notices until the next key. A long one
 * (a save error with its full path and cause) takes up to five lines
 * over the bottom of the body, so its closing reassurance ("your changes
 * are kept") is not the part that is cut.
 */
void
layout_message(struct tui *tui)
{
	char **lines = NULL;
	size_t total = 0, n, i, most;
	int y = tui->rows - 2;

	move(y, 0);
	clrtoeol();
	tui->msg_lines = 0;
	if (tui->msg == NULL)
		return;
	lines = draw_wrap_lines(tui->msg, tui->cols - 2, &total);
	most = tui->rows / 4 < 5 ? (size_t)(tui->rows / 4) : 5;
	n = total > most ? most : total;
	for (i = 0; i < n; i++) {
		move(y - (int)(n - 1 - i), 0);
		clrtoeol();
		draw_str(y - (int)(n - 1 - i), 1, tui->cols - 2, lines[i],
		    tui->msg_style);
	}
	tui->msg_lines = (int)n;
	draw_free_lines(lines, total);
}

/* Below the minimum size: a notice instead of the wizard (state kept). */
void
layout_too_small(struct tui *tui)
{
	char *line;

	char **lines;
	size_t n, i;

	erase();
	line = xasprintf(_("Terminal too small (%dx%d). b2c needs at least "
	    "%dx%d. Make the window larger; nothing is lost. F10 or Ctrl-X "
	    "quits."), COLS, LINES, TUI_MIN_COLS, TUI_MIN_ROWS);
	/* Keys typed meanwhile still reach the model. */
	lines = draw_wrap_lines(line, COLS, &n);
	for (i = 0; i < n && (int)i < LINES; i++)
		draw_str((int)i, 0, COLS, lines[i], i == 0 ? THEME_ERROR :
		    THEME_NORMAL);
	draw_free_lines(lines, n);
	free(line);
}
