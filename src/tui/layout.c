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
#include "keymap.h"
#include "tui-internal.h"

#define GUIDANCE_MAX	4


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
	/* "saved" only once there is a file: a new session is not. */
	state = tui->cfg.read_only ? _("READ-ONLY") : tui->save_failed ?
	    _("NOT SAVED") : tui->dirty ? _("changed") : tui->file == NULL ||
	    !tui->file->exists ? _("not saved yet") : _("saved");
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

/* The requests the legend names on this screen (keymap.h). */
static size_t
layout_legend_items(const struct tui *tui, enum keymap_request *it)
{
	size_t n = 0;

	it[n++] = REQ_HELP;
	if (tui->mode != MODE_FORM || tui->record != NULL)
		it[n++] = REQ_BACK;
	if (!tui->cfg.read_only)
		it[n++] = REQ_SAVE;
	it[n++] = REQ_OVERVIEW;
	if (tui->mode == MODE_FORM && tui->record == NULL) {
		it[n++] = REQ_NEXT;
		it[n++] = REQ_PREV;
	}
	if (tui->cfg.view)
		it[n++] = REQ_WHOLE;
	if (tui->mode == MODE_FORM && !tui->cfg.read_only &&
	    strcmp(tui->gs->key, IMPORT_STEP_KEY) == 0)
		it[n++] = REQ_IMPORT;
	it[n++] = REQ_QUIT;
	return n;
}

static int
layout_legend_width(const enum keymap_request *it, size_t n, bool ctrl)
{
	int w = 0;
	size_t i;
	char *key;

	for (i = 0; i < n; i++) {
		key = keymap_keys(it[i], ctrl);
		w += (int)strlen(key) + 1 + draw_str_columns(keymap_label(it[i]))
		    + 2;
		free(key);
	}
	return w - 2;
}

/* Drops request r when the legend is wider than cols. */
static size_t
layout_legend_drop(enum keymap_request *it, size_t n, enum keymap_request r,
    int cols, bool ctrl)
{
	size_t i;

	if (layout_legend_width(it, n, ctrl) <= cols)
		return n;
	for (i = 0; i < n; i++) {
		if (it[i] == r) {
			memmove(&it[i], &it[i + 1], (n - i - 1) * sizeof *it);
			return n - 1;
		}
	}
	return n;
}

/*
 * The bottom line of keys, each with its Ctrl alternative, which is the
 * key that arrives when a function key does not. Narrow: "Previous" goes
 * first, then "Overview" (F1 lists every key), and only then the Ctrl
 * alternatives.
 */
void
layout_legend(struct tui *tui)
{
	enum keymap_request it[REQ_NONE];
	size_t n = layout_legend_items(tui, it), i;
	bool ctrl = true;
	int x = 0, y = tui->rows - 1;
	char *key;

	n = layout_legend_drop(it, n, REQ_PREV, tui->cols, ctrl);
	n = layout_legend_drop(it, n, REQ_OVERVIEW, tui->cols, ctrl);
	ctrl = layout_legend_width(it, n, true) <= tui->cols;
	move(y, 0);
	clrtoeol();
	for (i = 0; i < n && x < tui->cols; i++) {
		key = keymap_keys(it[i], ctrl);
		x += draw_str(y, x, tui->cols - x, key, THEME_KEY);
		if (x < tui->cols)
			x += 1 + draw_str(y, x + 1, tui->cols - x - 1,
			    keymap_label(it[i]), THEME_LEGEND);
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
