/*
 * Per-file session summaries. Loading goes through the store, so a
 * hostile or broken file is refused the same way everywhere; its message
 * becomes the entry's error. Strings are kept as the file has them: the
 * caller shows them through sanitize_text().
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "b2c/due.h"
#include "b2c/i18n.h"
#include "b2c/overview.h"
#include "b2c/store.h"
#include "b2c/textbuf.h"
#include "b2c/util.h"

static char *
overview_partners(const struct session *s)
{
	const char *a = s->parties[PARTY_HOUSING].name;
	const char *b = s->parties[PARTY_COMPANY].name;

	if (*a != '\0' && *b != '\0')
		return xasprintf("%s & %s", a, b);
	return xstrdup(*a != '\0' ? a : b);
}

/* The first thing due, as one line, and the number of late ones. */
static void
overview_due(struct overview *o, const struct session *s, const char *today,
    int days)
{
	struct due_item *items = NULL;
	const struct due_item *first;
	char when[DATE_ISO_LEN];
	int i, n = due_compute(s, today, days, &items);

	for (i = 0; i < n; i++)
		o->n_late += due_is_late(items[i].kind);
	if ((first = due_first(items, n > 0 ? (size_t)n : 0)) != NULL) {
		due_when(first, when);
		o->next = xasprintf(_("%s %s: %s"), when,
		    due_state(first, today), due_what(first));
	} else
		o->next = xstrdup("");
	free(items);
}

static void
overview_fill(struct overview *o, const struct session *s, const char *today,
    int days)
{
	int p;

	o->title = xstrdup(s->title);
	o->partners = overview_partners(s);
	o->modified = xstrdup(s->modified);
	o->saved_by = xstrdup(s->saved_by);
	o->n_meetings = s->n_meetings;
	o->short_path = session_small_path(s);
	for (p = 0; p < GUIDE_PART_COUNT; p++)
		guide_part_progress(s, (enum guide_part)p, &o->done[p],
		    &o->total[p]);
	overview_due(o, s, today, days);
}

void
overview_load(const char *path, struct overview *o)
{
	char today[DATE_ISO_LEN];

	due_today(today);
	overview_load_at(path, today, DUE_DEFAULT_DAYS, o);
}

void
overview_load_at(const char *path, const char *today, int days,
    struct overview *o)
{
	struct session *s = NULL;
	const char *slash = strrchr(path, '/');
	char *cause = NULL;
	struct stat st;
	size_t len;

	memset(o, 0, sizeof *o);
	o->path = xstrdup(path);
	o->name = xstrdup(slash != NULL ? slash + 1 : path);
	if (lstat(path, &st) == 0)
		o->mtime = st.st_mtime;
	if (store_load(path, &s, NULL, &cause) == 0) {
		overview_fill(o, s, today, days);
		session_free(s);
	} else {
		o->error = cause != NULL ? cause : xstrdup(_("cannot read"));
		len = strlen(o->error);
		while (len > 0 && o->error[len - 1] == '\n')
			o->error[--len] = '\0';
		o->title = xstrdup("");
		o->partners = xstrdup("");
		o->modified = xstrdup("");
		o->saved_by = xstrdup("");
		o->next = xstrdup("");
	}
	o->locked_by = store_lock_holder(path);
}

void
overview_clear(struct overview *o)
{
	if (o == NULL)
		return;
	free(o->path);
	free(o->name);
	free(o->error);
	free(o->title);
	free(o->partners);
	free(o->modified);
	free(o->saved_by);
	free(o->locked_by);
	free(o->next);
	memset(o, 0, sizeof *o);
}

void
overview_free_all(struct overview *items, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		overview_clear(&items[i]);
	free(items);
}

/* Newest save first; never saved ones by mtime; unreadable ones last. */
static int
overview_cmp(const void *a, const void *b)
{
	const struct overview *x = a, *y = b;
	int c;

	if ((x->error == NULL) != (y->error == NULL))
		return x->error != NULL ? 1 : -1;
	if ((*x->modified == '\0') != (*y->modified == '\0'))
		return *x->modified == '\0' ? 1 : -1;
	if ((c = strcmp(y->modified, x->modified)) != 0)
		return c;
	if (x->mtime != y->mtime)
		return x->mtime < y->mtime ? 1 : -1;
	return strcmp(x->name, y->name);
}

static bool
is_session_name(const char *name)
{
	size_t len = strlen(name);

	return name[0] != '.' && len > 4 && strcmp(name + len - 4, ".cfg") == 0;
}

int
overview_scan(const char *dir, struct overview **items, size_t *n,
    char **cause)
{
	char today[DATE_ISO_LEN];

	due_today(today);
	return overview_scan_at(dir, today, DUE_DEFAULT_DAYS, items, n, cause);
}

int
overview_scan_at(const char *dir, const char *today, int days,
    struct overview **items, size_t *n, char **cause)
{
	struct dirent *de;
	DIR *d;
	char *path;

	*items = NULL;
	*n = 0;
	if ((d = opendir(dir)) == NULL) {
		if (cause != NULL)
			*cause = xasprintf("%s: %s", dir, strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		if (!is_session_name(de->d_name))
			continue;
		path = xasprintf("%s/%s", dir, de->d_name);
		*items = util_grow(*items, *n, sizeof **items);
		overview_load_at(path, today, days, &(*items)[(*n)++]);
		free(path);
	}
	closedir(d);
	if (*n > 1)
		qsort(*items, *n, sizeof **items, overview_cmp);
	return 0;
}

char *
overview_progress(const struct overview *o, bool ascii)
{
	struct textbuf b;
	int p;

	textbuf_init(&b);
	/* On the short path Del 3 is the follow-up, a step like the others;
	 * else it is the meetings held. */
	for (p = GUIDE_PART1; p <= (o->short_path ? GUIDE_PART3 :
	    GUIDE_PART2); p++) {
		textbuf_addf(&b, "%s ", _(guide_part_name((enum guide_part)p)));
		if (o->total[p] != 0 && o->done[p] == o->total[p])
			textbuf_adds(&b, ascii ? "ok" : "✓");
		else
			textbuf_addf(&b, "%zu/%zu", o->done[p], o->total[p]);
		textbuf_adds(&b, "  ");
	}
	if (o->short_path) {
		textbuf_trim(&b, ' ');
		return textbuf_detach(&b);
	}
	textbuf_addf(&b, "%s ", _(guide_part_name(GUIDE_PART3)));
	textbuf_addf(&b, P_("%zu meeting", "%zu meetings", o->n_meetings),
	    o->n_meetings);
	return textbuf_detach(&b);
}
