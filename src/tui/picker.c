/*
 * The session picker, shown when b2c starts without a FILE: the sessions
 * in the sessions directory, most recently saved first, each with its
 * title and partners, progress per part, last save and who has it open
 * (the same summaries as b2c list), and a first line to start a new one
 * (its name is asked for on the spot: it names the file and, until the
 * user changes it, the session).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "b2c/i18n.h"
#include "b2c/overview.h"
#include "b2c/util.h"
#include "tui-internal.h"

struct picker {
	struct overview *items;
	size_t	 n;
	size_t	 sel;		/* 0 is "new session", i is items[i - 1] */
	int	 top;
	const char *dir;
	char	*new_title;	/* the name typed for a new session */
};

/* The two lines of an entry: what it is, then how far and who has it. */
static void
picker_lines(const struct overview *o, char **first, char **second)
{
	char *progress, *when;

	if (o->error != NULL) {
		*first = xstrdup(o->name);
		*second = xstrdup(o->error);
		return;
	}
	*first = xasprintf("%s%s%s  (%s)", *o->title != '\0' ? o->title :
	    o->name, *o->partners != '\0' ? theme_mark(4) : "", o->partners,
	    o->name);
	progress = overview_progress(o, theme_ascii());
	when = overview_when_local(o->modified);
	if (o->locked_by != NULL)
		*second = xasprintf(_("in use by %s  %s  saved %s"),
		    o->locked_by, progress, when);
	else
		*second = xasprintf(_("%s  saved %s"), progress, when);
	free(progress);
	free(when);
}

/* Draws entry i (0: new session) at screen line y. */
static void
picker_draw_entry(struct picker *p, size_t i, int y)
{
	char *first, *second;
	bool sel = i == p->sel;

	draw_str(y, 0, 2, sel ? theme_mark(0) : " ", THEME_NORMAL);
	if (i == 0) {
		draw_str(y, 2, COLS - 4, _("[+] New session"), sel ?
		    THEME_SELECTED : THEME_NORMAL);
		return;
	}
	picker_lines(&p->items[i - 1], &first, &second);
	draw_str(y, 2, COLS - 4, first, sel ? THEME_SELECTED : THEME_NORMAL);
	draw_str(y + 1, 4, COLS - 6, second, THEME_HINT);
	free(first);
	free(second);
}

static void
picker_draw(struct picker *p)
{
	int h = (LINES - 4) / 2, y;
	size_t i;
	char *head;

	erase();
	head = xasprintf(" b2c%s%s", theme_mark(4), _("Choose a session"));
	draw_fill(0, 0, COLS, THEME_TITLE);
	draw_str(0, 0, COLS, head, THEME_TITLE);
	free(head);
	draw_str(1, 2, COLS - 4, p->dir, THEME_HINT);
	if (h < 1)
		h = 1;
	if ((int)p->sel < p->top)
		p->top = (int)p->sel;
	if ((int)p->sel >= p->top + h)
		p->top = (int)p->sel - h + 1;
	for (y = 0; y < h && (size_t)(p->top + y) <= p->n; y++) {
		i = (size_t)(p->top + y);
		picker_draw_entry(p, i, 3 + 2 * y);
	}
	draw_str(LINES - 1, 0, COLS, _("Enter Open   Up/Down Choose   "
	    "F10/^X Quit"), THEME_LEGEND);
	move(3 + 2 * ((int)p->sel - p->top), 2);
	refresh();
}

/* The file for the name typed (with or without .cfg); the name, less
 * the suffix, is kept as the new session's title. NULL for a name that
 * is no plain file name. */
static char *
picker_path(struct picker *p, const char *name)
{
	free(p->new_title);
	p->new_title = NULL;
	return overview_new_path(p->dir, name, &p->new_title);
}

/* Asks for a new session's file name; allocated path or NULL. */
static char *
picker_new(struct picker *p)
{
	struct tui_text t = { 0 };
	struct tui_key k;
	const char *q = _("File name of the new session: ");
	char *name, *path = NULL;
	int qw, r;

	text_set(&t, "");
	for (;;) {
		move(LINES - 2, 0);
		clrtoeol();
		qw = draw_str(LINES - 2, 0, COLS, q, THEME_NOTICE);
		draw_wcs(LINES - 2, qw, COLS - qw - 1, t.buf, t.len,
		    THEME_INPUT);
		move(LINES - 2, qw + draw_columns(t.buf, 0, t.cur));
		refresh();
		if ((r = input_next(NULL, &k)) < 0)
			break;
		if (r == 0)
			continue;
		if (!k.is_key && k.code == 0x1b)
			break;
		if (tui_key_is_enter(&k) &&
		    t.len > 0) {
			name = text_get_name(&t);
			path = picker_path(p, name);
			free(name);
			/* A new one, not a session already there. */
			if (path != NULL && access(path, F_OK) != 0)
				break;
			move(LINES - 3, 0);
			clrtoeol();
			draw_str(LINES - 3, 0, COLS, path == NULL ?
			    _("Invalid value") : _("There is a session by "
			    "that name: choose it in the list, or give "
			    "another name."), THEME_ERROR);
			free(path);
			path = NULL;
			continue;
		}
		text_key(&t, &k, false);
	}
	text_free(&t);
	return path;
}

static char *
picker_loop(struct picker *p)
{
	struct tui_key k;
	int r;

	for (;;) {
		picker_draw(p);
		if (tui_signalled != 0 || (r = input_next(NULL, &k)) < 0)
			return NULL;
		if (r == 0)
			continue;
		if ((k.is_key && k.code == KEY_F(10)) || (!k.is_key &&
		    (k.code == 0x18 || k.code == 0x03)))
			return NULL;
		if (tui_key_is_enter(&k)) {
			if (p->sel > 0)
				return xstrdup(p->items[p->sel - 1].path);
			char *path = picker_new(p);
			if (path != NULL)
				return path;
		} else if (k.is_key && k.code == KEY_UP && p->sel > 0)
			p->sel--;
		else if (k.is_key && k.code == KEY_DOWN && p->sel < p->n)
			p->sel++;
		else if (k.is_key && (k.code == KEY_HOME ||
		    k.code == KEY_PPAGE))
			p->sel = 0;	/* they move; only Enter opens */
		else if (k.is_key && (k.code == KEY_END ||
		    k.code == KEY_NPAGE))
			p->sel = p->n;
	}
}

/* Lets the user choose or name a session in dir; NULL when quitting. */
char *
tui_pick(const char *dir, char **new_title)
{
	struct picker p;
	char *path, *cause = NULL;

	memset(&p, 0, sizeof p);
	p.dir = dir;
	if (overview_scan(dir, &p.items, &p.n, &cause) != 0) {
		free(cause);	/* an unreadable directory lists nothing */
		p.items = NULL;
		p.n = 0;
	}
	p.sel = p.n > 0 ? 1 : 0;
	path = picker_loop(&p);
	overview_free_all(p.items, p.n);
	if (path != NULL && p.sel == 0)
		*new_title = p.new_title;
	else
		free(p.new_title);
	return path;
}
