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

	tui->rows = LINES;
	tui->cols = COLS;
	tui->too_small = tui->cols < TUI_MIN_COLS || tui->rows < TUI_MIN_ROWS;
	if (tui->too_small)
		return;
	max = tui->rows >= 24 ? GUIDANCE_MAX : 2;
	n = layout_guidance_lines(tui, &lines);
	draw_free_lines(lines, n);
	g = (int)n > max ? max : (int)n;
	tui->body_y = 1 + g + 1;
	tui->body_h = tui->rows - tui->body_y - 2;
}

/* The title line: part, step, position, and the save state. */
void
layout_title(struct tui *tui)
{
	size_t pos = 0, count = 0;
	char *left, *title;
	const char *state;
	int used, sw;

	if (tui->mode == MODE_MAP)
		title = xstrdup(_("Overview of all steps"));
	else if (tui->mode == MODE_HELP)
		title = xstrdup(_("Help"));
	else if (tui->mode == MODE_WHOLE)
		title = xstrdup(_("The whole session"));
	else
		title = review_step_title(tui->s, tui->step);
	guide_step_position(tui->s, tui->step, &pos, &count);
	if (tui->mode != MODE_FORM)
		left = xasprintf(" %s", title);
	else
		left = xasprintf(" %s%s%s%s%zu/%zu",
		    _(guide_part_name(tui->gs->part)), theme_mark(4), title,
		    theme_mark(4), pos, count);
	state = tui->cfg.read_only ? _("READ-ONLY") : tui->save_failed ?
	    _("NOT SAVED") : tui->dirty ? _("changed") : _("saved");
	draw_fill(0, 0, tui->cols, THEME_TITLE);
	sw = (int)strlen(state) + 2;
	used = draw_str(0, 0, tui->cols - sw, left, THEME_TITLE);
	(void)used;
	draw_str(0, tui->cols - sw + 1, sw - 1, state, tui->save_failed ?
	    THEME_ERROR : THEME_TITLE);
	free(left);
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
			char *more = xasprintf("%s %s", lines[i],
			    _("(F1: more)"));
			draw_str(1 + (int)i, 2, tui->cols - 4, more,
			    THEME_GUIDANCE);
			free(more);
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
	it[n++] = (struct legend_item){ "F10", "^X", _("Quit") };
	return n;
}

static int
layout_legend_width(const struct legend_item *it, size_t n, bool ctrl)
{
	int w = 0;
	size_t i;
	wchar_t *wl;
	size_t len;

	for (i = 0; i < n; i++) {
		wl = draw_decode(it[i].label, &len);
		w += (int)strlen(it[i].key) + 1 + draw_columns(wl, 0, len) + 2;
		if (ctrl && it[i].ctrl != NULL)
			w += (int)strlen(it[i].ctrl) + 1;
		free(wl);
	}
	return w;
}

/* The bottom line of keys; Ctrl alternatives when there is room. */
void
layout_legend(struct tui *tui)
{
	struct legend_item it[10];
	size_t n = layout_legend_items(tui, it), i;
	bool ctrl = layout_legend_width(it, n, true) <= tui->cols;
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

/* The message line: errors and notices until the next key. */
void
layout_message(struct tui *tui)
{
	int y = tui->rows - 2;

	move(y, 0);
	clrtoeol();
	if (tui->msg != NULL)
		draw_str(y, 1, tui->cols - 2, tui->msg, tui->msg_style);
}

/* Below the minimum size: a notice instead of the wizard (state kept). */
void
layout_too_small(struct tui *tui)
{
	char *line;

	erase();
	line = xasprintf(_("Terminal too small (%dx%d). b2c needs at least "
	    "%dx%d."), COLS, LINES, TUI_MIN_COLS, TUI_MIN_ROWS);
	draw_str(0, 0, COLS, line, THEME_ERROR);
	free(line);
	draw_str(1, 0, COLS, _("Make the window larger; nothing is lost."),
	    THEME_NORMAL);
	draw_str(2, 0, COLS, _("F10 or Ctrl-X quits."), THEME_NORMAL);
}
