/*
 * The ordered list editor: one numbered line per item, an "add" button
 * when the list can grow, and the guide's examples (the booklet's
 * handwritten points) offered for insertion with Ctrl-E.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define LIST_X	4

/* What the line of item row is, for the focus (form-window.c). */
static void
list_item_id(const struct guide_field *fl, size_t row, struct slot_id *id)
{
	*id = (struct slot_id){ .set = true, .kind = SLOT_TEXT, .field = fl,
	    .coll = fl, .row = row };
}

/* Lays out a list field at y; returns the next free line. */
int
list_build(struct tui *tui, const struct guide_field *fl, int y)
{
	struct form *f = &tui->form;
	struct guide_ctx ctx;
	struct slot *sl;
	struct form_rows rows;
	size_t n, i;
	int w = form_body_width(tui) - LIST_X - 6;
	char num[24];	/* "%zu." of any size_t */

	y = form_add_paragraph(f, y, 2, w, THEME_LABEL, _(fl->label));
	tui_row_ctx(tui, &ctx, 0);
	n = fl->count != NULL ? fl->count(tui->s, &ctx) : 0;
	/* A long list has lines only near the window (form-window.c). */
	rows = (struct form_rows){ .coll = fl, .y0 = y, .n = n };
	list_item_id(fl, 0, &rows.first);
	list_item_id(fl, n > 0 ? n - 1 : 0, &rows.last);
	form_window_rows(tui, &rows);
	for (i = rows.from; i < rows.to; i++) {
		snprintf(num, sizeof num, "%zu.", i + 1);
		form_add_deco(f, y + (int)i, LIST_X - 1, 4, THEME_NORMAL, num);
		tui_row_ctx(tui, &ctx, i);
		sl = form_add_slot(f, SLOT_TEXT, fl, &ctx, y + (int)i,
		    LIST_X + 3, w, 1);
		sl->coll = fl;
		sl->row = i;
	}
	y += (int)n;
	if (fl->add != NULL && !tui->cfg.read_only) {	/* no button that refuses */
		tui_row_ctx(tui, &ctx, n);
		sl = form_add_slot(f, SLOT_ADD, fl, &ctx, y++, LIST_X, w, 1);
		sl->coll = fl;
		sl->row = n;
		sl->text = xasprintf("[+] %s", _("Add an item (Enter)"));
	}
	if (fl->suggestions != NULL && fl->suggestions[0] != NULL) {
		form_add_deco(f, y++, LIST_X, w, THEME_HINT,
		    _("Examples (Ctrl-E puts one in the current line):"));
		for (i = 0; fl->suggestions[i] != NULL; i++) {
			char *line = xasprintf("- %s", _(fl->suggestions[i]));
			y = form_add_paragraph(f, y, LIST_X + 2, w - 2,
			    THEME_HINT, line);
			free(line);
		}
	}
	return y;
}

/* Whether another line of the list than sl's holds text. */
static bool
list_used(struct tui *tui, const struct slot *sl, const char *text)
{
	struct guide_ctx ctx;
	size_t n, i;
	bool used = false;
	char *v;

	tui_row_ctx(tui, &ctx, 0);
	n = sl->coll->count(tui->s, &ctx);
	for (i = 0; i < n && !used; i++) {
		if (i == sl->row)
			continue;
		tui_row_ctx(tui, &ctx, i);
		v = sl->coll->get(tui->s, &ctx);
		used = v != NULL && strcmp(v, text) == 0;
		free(v);
	}
	return used;
}

/* The example after the one at from (from 0 when none), skipping those
 * other lines hold already; from itself when all are in use. */
static size_t
list_next_example(struct tui *tui, const struct slot *sl, size_t from,
    size_t n)
{
	const char *const *sug = sl->coll->suggestions;
	size_t j, c;

	for (j = 0; j < n; j++) {
		c = (from + j) % n;
		if (!list_used(tui, sl, _(sug[c])))
			return c;
	}
	return from % n;
}

/*
 * Ctrl-E: puts an example into the focused line when it is empty, the
 * first one no other line holds yet; again, the next one instead, so
 * the examples can be cycled through. Other lines are never touched.
 */
void
list_suggest(struct tui *tui, struct slot *sl)
{
	const char *const *sug = sl->coll->suggestions;
	char *cur;
	size_t i, n, from = 0;

	if (sug == NULL || sug[0] == NULL || sl->kind != SLOT_TEXT) {
		tui_message(tui, THEME_NOTICE, "%s",
		    _("There are no examples for this field."));
		return;
	}
	for (n = 0; sug[n] != NULL; n++)
		;
	cur = text_get(&tui->edit);
	if (cur[strspn(cur, " ")] != '\0') {
		for (i = 0; i < n; i++)
			if (strcmp(cur, _(sug[i])) == 0)
				break;
		if (i == n) {
			tui_message(tui, THEME_NOTICE, "%s", _("Empty the "
			    "line first to insert an example."));
			free(cur);
			return;
		}
		from = i + 1;
	}
	free(cur);
	text_set(&tui->edit, _(sug[list_next_example(tui, sl, from, n)]));
	form_commit(tui, false);
	form_draw_focus(tui);
}
