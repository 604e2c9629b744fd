/*
 * Scrolling pages: the help screen (F1 / Ctrl-G: the step's help text
 * from the guide, then every key of the keymap) and the whole-session page share the
 * same pager. Pages are wrapped to the current width when opened, and
 * again after a resize.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/util.h"
#include "keymap.h"
#include "tui-internal.h"

/* After the keys (keymap.c): how values are typed. */
static const char *const help_values =
	N_("Dates: 2026-03-15, 15-03-2026, 15.03.2026, 15/3-2026 or "
	    "15 March 2026. Numbers: 3000, 3 000 or 2.5.");

/* Frees the lines of the help or whole-session page. */
void
page_free(struct tui *tui)
{
	size_t i;

	for (i = 0; i < tui->n_page; i++)
		free(tui->page[i]);
	free(tui->page);
	tui->page = NULL;
	tui->n_page = 0;
}

/* Appends text wrapped to the screen, continuation lines hanging. */
static void
page_add_hanging(struct tui *tui, const char *text, int indent, int hang)
{
	char **lines, **rest;
	size_t n, nr, i;
	int w = tui->cols - 4 - indent;

	lines = draw_wrap_lines(text, w > 10 ? w : 10, &n);
	tui->page = xreallocarray(tui->page, tui->n_page + 1,
	    sizeof *tui->page);
	tui->page[tui->n_page++] = xasprintf("%*s%s", indent, "", lines[0]);
	if (n > 1) {
		/* Re-wrap what follows the first line to the hanging width. */
		const char *tail = text + strlen(lines[0]);
		tail += strspn(tail, " \n");
		w -= hang;
		rest = draw_wrap_lines(tail, w > 10 ? w : 10, &nr);
		tui->page = xreallocarray(tui->page, tui->n_page + nr,
		    sizeof *tui->page);
		for (i = 0; i < nr; i++)
			tui->page[tui->n_page++] = xasprintf("%*s%s",
			    indent + hang, "", rest[i]);
		draw_free_lines(rest, nr);
	}
	draw_free_lines(lines, n);
}

/* Appends text wrapped to the screen to the page. */
void
page_add(struct tui *tui, const char *text, int indent)
{
	char **lines;
	size_t n, i;
	int w = tui->cols - 4 - indent;

	lines = draw_wrap_lines(text, w > 10 ? w : 10, &n);
	tui->page = xreallocarray(tui->page, tui->n_page + n,
	    sizeof *tui->page);
	for (i = 0; i < n; i++) {
		tui->page[tui->n_page++] = xasprintf("%*s%s", indent, "",
		    lines[i]);
	}
	draw_free_lines(lines, n);
}

/* The column where a key line's description starts (after "   "). */
static int
help_hang(const char *line)
{
	const char *gap = strstr(line, "   ");
	char *head;
	int cols;

	if (gap == NULL)
		return 2;
	gap += strspn(gap, " ");
	head = xstrndup(line, (size_t)(gap - line));
	cols = draw_str_columns(head);
	free(head);
	return cols < 30 ? cols : 2;
}

/* Opens the help: the step's own help text, then every key. */
void
help_open(struct tui *tui)
{
	char **keys;
	size_t i, n;

	page_free(tui);
	tui->mode = MODE_HELP;
	tui->page_top = 0;
	page_add(tui, _(tui->gs->title), 0);
	if (tui->gs->guidance != NULL)
		page_add(tui, _(tui->gs->guidance), 2);
	page_add(tui, "", 0);
	if (tui->gs->help != NULL)
		page_add(tui, _(tui->gs->help), 2);
	page_add(tui, "", 0);
	page_add(tui, _("Keys"), 0);
	keys = keymap_help_lines(&n);
	for (i = 0; i < n; i++)
		page_add_hanging(tui, keys[i], 2, help_hang(keys[i]));
	draw_free_lines(keys, n);
	page_add_hanging(tui, _(help_values), 2, 0);
	tui->need_full = true;
}

/* Draws the page into the body area. */
void
page_draw(struct tui *tui, const char *title)
{
	int y, max = (int)tui->n_page - tui->body_h;

	(void)title;
	if (tui->page_top > max)
		tui->page_top = max;
	if (tui->page_top < 0)
		tui->page_top = 0;
	for (y = 0; y < tui->body_h; y++) {
		size_t i = (size_t)(tui->page_top + y);
		move(tui->body_y + y, 0);
		clrtoeol();
		if (i < tui->n_page)
			draw_str(tui->body_y + y, 2, tui->cols - 4,
			    tui->page[i], THEME_NORMAL);
	}
	if (tui->page_top > 0)
		mvaddstr(tui->body_y, tui->cols - 2, theme_mark(1));
	if (tui->page_top + tui->body_h < (int)tui->n_page)
		mvaddstr(tui->body_y + tui->body_h - 1, tui->cols - 2,
		    theme_mark(2));
	tui->cur_y = tui->body_y;
	tui->cur_x = 2;
	tui->cur_show = true;
}

/* Scrolls a page; Esc goes back to the form. */
void
page_key(struct tui *tui, const struct tui_key *k)
{
	int page = tui->body_h > 2 ? tui->body_h - 1 : 1;

	tui->need_full = true;
	if (!k->is_key && k->code == 0x1b) {
		tui->mode = MODE_FORM;
		tui_relayout(tui);
		form_load_focus(tui);
		return;
	}
	if (!k->is_key && k->code == L' ')
		tui->page_top += page;
	if (!k->is_key)
		return;
	switch (k->code) {
	case KEY_UP:
		tui->page_top--;
		break;
	case KEY_DOWN:
		tui->page_top++;
		break;
	case KEY_PPAGE:
		tui->page_top -= page;
		break;
	case KEY_NPAGE:
		tui->page_top += page;
		break;
	case KEY_HOME:
		tui->page_top = 0;
		break;
	case KEY_END:
		tui->page_top = (int)tui->n_page;
		break;
	}
}
