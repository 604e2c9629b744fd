/*
 * The session picker, shown when b2c starts without a FILE: the sessions
 * in the sessions directory, newest first, with their titles, and a first
 * line to start a new one (its file name is asked for on the spot).
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "b2c/i18n.h"
#include "b2c/store.h"
#include "b2c/util.h"
#include "tui-internal.h"

struct picker_entry {
	char	*path;
	char	*line;
	time_t	 mtime;
};

struct picker {
	struct picker_entry *items;
	size_t	 n;
	size_t	 sel;
	int	 top;
	const char *dir;
};

static int
picker_cmp(const void *a, const void *b)
{
	const struct picker_entry *x = a, *y = b;

	return x->mtime < y->mtime ? 1 : x->mtime > y->mtime ? -1 :
	    strcmp(x->path, y->path);
}

static void
picker_add(struct picker *p, const char *name)
{
	struct picker_entry *e;
	struct session *s = NULL;
	struct stat st;
	char *path = xasprintf("%s/%s", p->dir, name);

	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
		free(path);
		return;
	}
	p->items = util_grow(p->items, p->n, sizeof *p->items);
	e = &p->items[p->n++];
	e->path = path;
	e->mtime = st.st_mtime;
	if (store_load(path, &s, NULL, NULL) == 0 && *s->title != '\0')
		e->line = xasprintf("%s  (%s)", s->title, name);
	else
		e->line = xstrdup(name);
	session_free(s);
}

static void
picker_scan(struct picker *p)
{
	DIR *d = opendir(p->dir);
	struct dirent *de;
	size_t len;

	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (de->d_name[0] != '.' && len > 4 &&
		    strcmp(de->d_name + len - 4, ".cfg") == 0)
			picker_add(p, de->d_name);
	}
	closedir(d);
	qsort(p->items, p->n, sizeof *p->items, picker_cmp);
}

static void
picker_draw(struct picker *p)
{
	int y, h = LINES - 4, x;
	size_t i;
	char *head;

	erase();
	head = xasprintf(" b2c%s%s", theme_mark(4), _("Choose a session"));
	draw_fill(0, 0, COLS, THEME_TITLE);
	draw_str(0, 0, COLS, head, THEME_TITLE);
	free(head);
	draw_str(1, 2, COLS - 4, p->dir, THEME_HINT);
	if ((int)p->sel < p->top)
		p->top = (int)p->sel;
	if ((int)p->sel >= p->top + h)
		p->top = (int)p->sel - h + 1;
	for (y = 0; y < h && (size_t)(p->top + y) <= p->n; y++) {
		i = (size_t)(p->top + y);
		x = draw_str(3 + y, 0, 2, i == p->sel ? theme_mark(0) : " ",
		    THEME_NORMAL);
		(void)x;
		draw_str(3 + y, 2, COLS - 4, i == 0 ? _("[+] New session") :
		    p->items[i - 1].line, i == p->sel ? THEME_SELECTED :
		    THEME_NORMAL);
	}
	draw_str(LINES - 1, 0, COLS, _("Enter Open   Up/Down Choose   "
	    "F10/^X Quit"), THEME_LEGEND);
	move(3 + (int)p->sel - p->top, 2);
	refresh();
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
		if (!k.is_key && (k.code == L'\r' || k.code == L'\n') &&
		    t.len > 0) {
			name = text_get(&t);
			if (strchr(name, '/') == NULL && name[0] != '.')
				path = xasprintf("%s/%s%s", p->dir, name,
				    strlen(name) > 4 && strcmp(name +
				    strlen(name) - 4, ".cfg") == 0 ? "" :
				    ".cfg");
			free(name);
			if (path != NULL)
				break;
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
		if ((!k.is_key && (k.code == L'\r' || k.code == L'\n')) ||
		    (k.is_key && k.code == KEY_ENTER)) {
			if (p->sel > 0)
				return xstrdup(p->items[p->sel - 1].path);
			char *path = picker_new(p);
			if (path != NULL)
				return path;
		} else if (k.is_key && k.code == KEY_UP && p->sel > 0)
			p->sel--;
		else if (k.is_key && k.code == KEY_DOWN && p->sel < p->n)
			p->sel++;
	}
}

/* Lets the user choose or name a session in dir; NULL when quitting. */
char *
tui_pick(const char *dir)
{
	struct picker p;
	char *path;
	size_t i;

	memset(&p, 0, sizeof p);
	p.dir = dir;
	picker_scan(&p);
	p.sel = p.n > 0 ? 1 : 0;
	path = picker_loop(&p);
	for (i = 0; i < p.n; i++) {
		free(p.items[i].path);
		free(p.items[i].line);
	}
	free(p.items);
	return path;
}
