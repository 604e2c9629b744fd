/*
 * Choosing a session in the line mode, for b2c --line without FILE: the
 * sessions of the directory numbered, most recently saved first, as the
 * wizard's picker lists them; the answer is a number, or the file name
 * of a new session.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "b2c/i18n.h"
#include "b2c/overview.h"
#include "b2c/util.h"
#include "line-internal.h"

/* Prints the sessions, numbered from 1. */
static void
line_pick_list(struct line *l, const char *dir, struct overview *items,
    size_t n)
{
	char *progress;
	size_t i;

	line_say(l, _("Sessions in %s:"), dir);
	if (n == 0)
		line_say(l, "   %s", _("(none yet)"));
	for (i = 0; i < n; i++) {
		if (items[i].error != NULL) {
			line_say(l, "  %2zu. %s: %s", i + 1, items[i].name,
			    items[i].error);
			continue;
		}
		progress = overview_progress(&items[i], l->cfg.ascii);
		line_say(l, "  %2zu. %s%s%s%s%s%s%s", i + 1,
		    items[i].title[0] != '\0' ? items[i].title :
		    items[i].name, line_dot(l), items[i].partners,
		    items[i].partners[0] != '\0' ? line_dot(l) : "", progress,
		    items[i].locked_by != NULL ? line_dot(l) : "",
		    items[i].locked_by != NULL ? items[i].locked_by : "");
		free(progress);
	}
	line_say(l, "%s", _("Answer the number of a session, or the file "
	    "name of a new one; Enter alone leaves."));
}

/* The session an answer names: a listed one, or a new file; NULL (and
 * a message) when it names neither. */
static char *
line_pick_answer(struct line *l, const char *dir, struct overview *items,
    size_t n, const char *answer, char **new_title)
{
	char *end, *path, *title = NULL;
	long v = strtol(answer, &end, 10);

	if (end != answer && *end == '\0') {
		if (v >= 1 && (size_t)v <= n)
			return xstrdup(items[v - 1].path);
		line_say(l, _("Give a number from 1 to %zu, or a new name."),
		    n);
		return NULL;
	}
	if ((path = overview_new_path(dir, answer, &title)) == NULL) {
		line_say(l, "%s", _("Invalid value"));
		return NULL;
	}
	if (access(path, F_OK) == 0) {
		line_say(l, "%s", _("There is a session by that name: choose "
		    "it in the list, or give another name."));
		free(path);
		free(title);
		return NULL;
	}
	*new_title = title;
	return path;
}

char *
line_pick(const char *dir, FILE *in, FILE *out, bool ascii,
    char **new_title)
{
	struct line l;
	struct overview *items = NULL;
	char *cause = NULL, *got, *path = NULL;
	size_t n = 0;

	memset(&l, 0, sizeof l);
	l.out = out;
	l.cfg.ascii = ascii;
	line_signals_install();
	l.in = line_input_new(in, out);
	if (overview_scan(dir, &items, &n, &cause) != 0) {
		free(cause);	/* an unreadable directory lists nothing */
		items = NULL;
		n = 0;
	}
	line_pick_list(&l, dir, items, n);
	while (path == NULL) {
		fflush(out);
		got = line_input_read(l.in, "> ");
		if (got == NULL || *got == '\0') {
			free(got);
			break;
		}
		path = line_pick_answer(&l, dir, items, n, got, new_title);
		free(got);
	}
	overview_free_all(items, n);
	line_input_free(l.in);
	return path;
}
