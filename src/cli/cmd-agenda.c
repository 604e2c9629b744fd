/*
 * b2c agenda [--today DATE] [--days N] [FILE|DIR]...: what is due across
 * a team's sessions, one line per item in date order: when, its state,
 * the file and what it is. Nothing due prints nothing, so a cron job
 * mails only when there is something to say. A file that cannot be read
 * is reported on stderr and does not stop the others (exit status 1).
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/cli.h"
#include "b2c/due.h"
#include "b2c/i18n.h"
#include "b2c/sanitize.h"
#include "b2c/store.h"
#include "b2c/textbuf.h"
#include "b2c/util.h"

/* One due item of one session, for the sort across sessions. */
struct agenda_line {
	struct due_item	 item;
	size_t		 file;		/* index into the loaded sessions */
};

struct agenda {
	char		 today[DATE_ISO_LEN];
	int		 days;
	char		**paths;	/* the files, in argument order */
	struct session	**sessions;	/* NULL where loading failed */
	size_t		 n;
	struct agenda_line *lines;
	size_t		 n_lines;
	bool		 bad;		/* a file could not be read */
};

static void
agenda_usage(FILE *out)
{
	fprintf(out, _("Usage: b2c agenda [--today=DATE] [--days=N] "
	    "[FILE|DIR]...\n"
	    "Print what is due in the sessions, in date order: missed and\n"
	    "coming evaluation meetings, the annual impact measurement and\n"
	    "the activities of the annual wheel. Without FILE or DIR, the\n"
	    "sessions directory.\n"
	    "\n"
	    "      --today=DATE  count from DATE instead of today\n"
	    "      --days=N      how many days ahead to look (default %d)\n"
	    "  -h, --help        display this help and exit\n"),
	    DUE_DEFAULT_DAYS);
}

static void
agenda_add_path(struct agenda *a, char *path)
{
	a->paths = util_grow(a->paths, a->n, sizeof *a->paths);
	a->paths[a->n++] = path;
}

static int
agenda_name_cmp(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The *.cfg files of dir, by name; false when dir cannot be read. */
static bool
agenda_add_dir(struct agenda *a, const char *dir)
{
	struct dirent *de;
	DIR *d = opendir(dir);
	size_t first = a->n, len;

	if (d == NULL)
		return false;
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (de->d_name[0] != '.' && len > 4 &&
		    strcmp(de->d_name + len - 4, ".cfg") == 0)
			agenda_add_path(a, xasprintf("%s%s%s", dir,
			    dir[strlen(dir) - 1] == '/' ? "" : "/",
			    de->d_name));
	}
	closedir(d);
	qsort(a->paths + first, a->n - first, sizeof *a->paths,
	    agenda_name_cmp);
	return true;
}

/* A FILE is read as a session; a DIR gives its *.cfg files. */
static void
agenda_add_arg(struct agenda *a, const char *arg)
{
	if (agenda_add_dir(a, arg))
		return;
	if (errno == ENOTDIR || errno == ENOENT)
		agenda_add_path(a, xstrdup(arg));
	else {
		cli_error(_("b2c: %s: %s\n"), arg, strerror(errno));
		a->bad = true;
	}
}

static void
agenda_load(struct agenda *a)
{
	struct due_item *items;
	char *cause;
	size_t i;
	int j, n;

	a->sessions = xcalloc(a->n > 0 ? a->n : 1, sizeof *a->sessions);
	for (i = 0; i < a->n; i++) {
		cause = NULL;
		if (store_load(a->paths[i], &a->sessions[i], NULL,
		    &cause) != 0) {
			cli_error("%s\n", cause);
			free(cause);
			a->sessions[i] = NULL;
			a->bad = true;
			continue;
		}
		items = NULL;
		n = due_compute(a->sessions[i], a->today, a->days, &items);
		for (j = 0; j < n; j++) {
			a->lines = util_grow(a->lines, a->n_lines,
			    sizeof *a->lines);
			a->lines[a->n_lines].item = items[j];
			a->lines[a->n_lines++].file = i;
		}
		free(items);
	}
}

/* Date order across the sessions; the late first on a day, then by file
 * in argument order, then as each session listed them. */
static int
agenda_cmp(const void *x, const void *y)
{
	const struct agenda_line *a = x, *b = y;
	int r = strcmp(a->item.date, b->item.date);

	if (r != 0)
		return r;
	if (due_is_late(a->item.kind) != due_is_late(b->item.kind))
		return due_is_late(a->item.kind) ? -1 : 1;
	if (a->file != b->file)
		return a->file < b->file ? -1 : 1;
	if (a->item.kind != b->item.kind)
		return a->item.kind < b->item.kind ? -1 : 1;
	return a->item.index < b->item.index ? -1 :
	    a->item.index > b->item.index;
}

/* Pads cell to width display columns and two spaces. */
static void
agenda_cell(struct textbuf *b, const char *cell, size_t width)
{
	textbuf_adds(b, cell);
	textbuf_repeat(b, " ", (int)(width - sanitize_width(cell)) + 2);
}

static void
agenda_print(struct agenda *a)
{
	size_t i, wstate = 0, wfile = 0, w;
	struct textbuf b;
	char when[DATE_ISO_LEN], *file, *what;
	const struct agenda_line *l;

	if (a->n_lines > 1)	/* qsort takes no NULL array */
		qsort(a->lines, a->n_lines, sizeof *a->lines, agenda_cmp);
	for (i = 0; i < a->n_lines; i++) {
		l = &a->lines[i];
		if ((w = sanitize_width(due_state(&l->item, a->today))) > wstate)
			wstate = w;
		file = sanitize_text(a->paths[l->file], 0);
		if ((w = sanitize_width(file)) > wfile)
			wfile = w;
		free(file);
	}
	textbuf_init(&b);
	for (i = 0; i < a->n_lines; i++) {
		l = &a->lines[i];
		due_when(&l->item, when);
		agenda_cell(&b, when, 10);
		agenda_cell(&b, due_state(&l->item, a->today), wstate);
		file = sanitize_text(a->paths[l->file], 0);
		agenda_cell(&b, file, wfile);
		what = sanitize_text(due_what(&l->item), 0);
		textbuf_adds(&b, what);
		textbuf_addc(&b, '\n');
		free(file);
		free(what);
	}
	if (b.len != 0)
		fwrite(b.data, 1, b.len, stdout);
	textbuf_reset(&b);
}

static void
agenda_free(struct agenda *a)
{
	size_t i;

	for (i = 0; i < a->n; i++) {
		free(a->paths[i]);
		if (a->sessions != NULL)
			session_free(a->sessions[i]);
	}
	free(a->paths);
	free(a->sessions);
	free(a->lines);
}

/* Reads --today and --days; 0, or an exit status. */
static int
agenda_options(int argc, char **argv, struct agenda *a)
{
	static const struct option longopts[] = {
		{ "today", required_argument, NULL, 't' },
		{ "days", required_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	char *cause = NULL, *end;
	long days;
	int c;

	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 't':
			if (date_parse(optarg, a->today, &cause) == 0)
				break;
			cli_error(_("b2c: --today: %s\n"), cause);
			free(cause);
			return EXIT_USAGE;
		case 'n':
			errno = 0;
			days = strtol(optarg, &end, 10);
			if (*optarg != '\0' && *end == '\0' && errno == 0 &&
			    days >= 0 && days <= DUE_MAX_DAYS) {
				a->days = (int)days;
				break;
			}
			cli_error(_("b2c: --days: \"%s\" is not a number of "
			    "days from 0 to %d\n"), optarg, DUE_MAX_DAYS);
			return EXIT_USAGE;
		case 'h':
			agenda_usage(stdout);
			return -1;
		default:
			fprintf(stderr, _("Try 'b2c agenda --help' for more "
			    "information.\n"));
			return EXIT_USAGE;
		}
	}
	return 0;
}

int
cmd_agenda(int argc, char **argv, const struct cli_options *opts)
{
	struct agenda a;
	char *dir;
	int i, rc;

	memset(&a, 0, sizeof a);
	due_today(a.today);
	a.days = DUE_DEFAULT_DAYS;
	if ((rc = agenda_options(argc, argv, &a)) != 0)
		return rc < 0 ? 0 : rc;
	for (i = optind; i < argc; i++)
		agenda_add_arg(&a, argv[i]);
	if (optind == argc) {
		dir = cli_sessions_dir(opts);
		agenda_add_arg(&a, dir);
		free(dir);
	}
	agenda_load(&a);
	agenda_print(&a);
	rc = a.bad ? EXIT_DATA : 0;
	agenda_free(&a);
	if (fflush(stdout) != 0)
		rc = EXIT_DATA;
	return rc;
}
