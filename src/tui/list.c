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
	if (fl->add != NULL) {
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

/*
 * Ctrl-E: puts the next example into the focused line when it is empty
 * or holds an example already, so the examples can be cycled through.
 */
void
list_suggest(struct tui *tui, struct slot *sl)
{
	const char *const *sug = sl->coll->suggestions;
	char *cur;
	size_t i, next = 0;

	if (sug == NULL || sug[0] == NULL || sl->kind != SLOT_TEXT) {
		tui_message(tui, THEME_NOTICE, "%s",
		    _("There are no examples for this field."));
		return;
	}
	cur = text_get(&tui->edit);
	if (*cur != '\0') {
		for (i = 0; sug[i] != NULL; i++)
			if (strcmp(cur, _(sug[i])) == 0)
				break;
		if (sug[i] == NULL) {
			tui_message(tui, THEME_NOTICE, "%s", _("Empty the "
			    "line first to insert an example."));
			free(cur);
			return;
		}
		next = sug[i + 1] != NULL ? i + 1 : 0;
	}
	free(cur);
	text_set(&tui->edit, _(sug[next]));
	form_commit(tui, false);
	form_draw_focus(tui);
}
