/*
 * b2c list [DIR]: one line per session file, most recently saved first:
 * file, title, partners, last save, progress per part, what is due
 * first, lock holder. A file that cannot be read is listed with its
 * error; it does not stop the listing. On a terminal the lines fit its
 * width (list_rules says what gives way first); piped, nothing is cut
 * unless --width asks.
 */
#include "config.h"

#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "b2c/cli.h"
#include "b2c/date.h"
#include "b2c/due.h"
#include "b2c/i18n.h"
#include "b2c/overview.h"
#include "b2c/sanitize.h"
#include "b2c/textbuf.h"
#include "b2c/util.h"

/* The columns, in the order printed. */
enum list_col {
	L_FILE,
	L_TITLE,
	L_PARTNERS,
	L_SAVED,
	L_PROGRESS,
	L_NEXT,		/* what is due first */
	L_LOCK,
	L_COLS
};
#define LIST_MAX_COL 40	/* longer titles and partner names are cut */

/*
 * How the columns give way when the line is wider than the terminal:
 * in this order, each is cut down to min columns (cut) or left out.
 * What identifies a session (file, title) and what is due go last.
 */
static const struct list_rule {
	enum list_col	 col;
	size_t		 min;
	bool		 cut;
} list_rules[] = {
	{ L_PARTNERS, 0, false },
	{ L_SAVED, 0, false },
	{ L_LOCK, 24, true },
	{ L_TITLE, 20, true },
	{ L_PROGRESS, 0, false },
	{ L_NEXT, 32, true },
	{ L_LOCK, 0, false },
	{ L_NEXT, 16, true },
	{ L_TITLE, 8, true },
	{ L_FILE, 8, true },
};

/* s (safe, allocated) cut to max display columns with an ellipsis. */
static char *
list_fit(char *s, size_t max, bool ascii)
{
	size_t len = strlen(s), i = 0, cols = 0, n;
	uint32_t cp;
	char *cut;

	if (sanitize_width(s) <= max)
		return s;
	if (max == 0) {
		free(s);
		return xstrdup("");
	}
	while (i < len) {
		n = sanitize_decode(s + i, len - i, &cp);
		n = n == 0 ? 1 : n;
		if (cols + (size_t)sanitize_cp_width(cp) > max - 1)
			break;
		cols += (size_t)sanitize_cp_width(cp);
		i += n;
	}
	cut = xasprintf("%.*s%s", (int)i, s, ascii ? "~" : "…");
	free(s);
	return cut;
}

/* The cells of one entry, sanitised; an unreadable file's error stands
 * in the title's place and spans the line. */
static void
list_cells(const struct overview *o, char *cells[L_COLS], bool ascii)
{
	char *when, *saved, *lock;
	int c;

	for (c = 0; c < L_COLS; c++)
		cells[c] = NULL;
	cells[L_FILE] = sanitize_text(o->name, 0);
	lock = o->locked_by == NULL ? xstrdup("") :
	    xasprintf(_("locked by %s"), o->locked_by);
	cells[L_LOCK] = sanitize_text(lock, 0);
	free(lock);
	if (o->error != NULL) {
		for (c = 0; c < L_COLS; c++)
			if (cells[c] == NULL)
				cells[c] = xstrdup("");
		return;
	}
	cells[L_TITLE] = list_fit(sanitize_text(*o->title != '\0' ? o->title :
	    _("(untitled)"), 0), LIST_MAX_COL, ascii);
	cells[L_PARTNERS] = list_fit(sanitize_text(o->partners, 0),
	    LIST_MAX_COL, ascii);
	when = overview_when_local(o->modified);
	saved = *o->saved_by != '\0' ? xasprintf(_("%s by %s"), when,
	    o->saved_by) : xstrdup(when);
	cells[L_SAVED] = list_fit(sanitize_text(saved, 0), LIST_MAX_COL + 8,
	    ascii);
	free(saved);
	free(when);
	cells[L_PROGRESS] = overview_progress(o, ascii);
	cells[L_NEXT] = list_fit(sanitize_text(o->next, 0), LIST_MAX_COL + 8,
	    ascii);
}

/* The width of a line with these column widths (empty ones left out). */
static size_t
list_total(const size_t widths[L_COLS])
{
	size_t total = 0, shown = 0;
	int c;

	for (c = 0; c < L_COLS; c++)
		if (widths[c] > 0) {
			total += widths[c];
			shown++;
		}
	return total + (shown > 1 ? 2 * (shown - 1) : 0);
}

#define LIST_RULES (sizeof list_rules / sizeof list_rules[0])

/* Narrows the columns by list_rules until a line fits max (0: as is),
 * then gives what a later rule freed back to the columns cut before. */
static void
list_narrow(size_t widths[L_COLS], size_t max)
{
	const struct list_rule *r;
	size_t natural[L_COLS], i, excess, more;

	memcpy(natural, widths, sizeof natural);
	for (i = 0; max > 0 && i < LIST_RULES && list_total(widths) > max;
	    i++) {
		r = &list_rules[i];
		excess = list_total(widths) - max;
		if (!r->cut)
			widths[r->col] = 0;
		else if (widths[r->col] > r->min)
			widths[r->col] = widths[r->col] - r->min > excess ?
			    widths[r->col] - excess : r->min;
	}
	while (max > 0 && i-- > 0) {
		r = &list_rules[i];
		if (!r->cut || widths[r->col] == 0 || list_total(widths) >= max)
			continue;
		more = max - list_total(widths);
		if (more > natural[r->col] - widths[r->col])
			more = natural[r->col] - widths[r->col];
		widths[r->col] += more;
	}
}

static void
list_line(struct textbuf *b, const struct overview *o, char *cells[],
    const size_t widths[], size_t max, bool ascii)
{
	char *safe;
	size_t w;
	int c;

	for (c = 0; c < L_COLS; c++) {
		if (widths[c] == 0 || (o->error != NULL && c != L_FILE &&
		    c != L_LOCK))
			continue;
		cells[c] = list_fit(cells[c], widths[c], ascii);
		textbuf_adds(b, cells[c]);
		textbuf_repeat(b, " ", (int)(widths[c] -
		    sanitize_width(cells[c])) + 2);
		if (o->error != NULL && c == L_FILE) {
			safe = xasprintf(_("error: %s"), o->error);
			free(cells[L_TITLE]);
			cells[L_TITLE] = sanitize_text(safe, 0);
			free(safe);
			w = widths[L_FILE] + 2;
			cells[L_TITLE] = list_fit(cells[L_TITLE], max == 0 ?
			    SIZE_MAX : max > w ? max - w : 0, ascii);
			textbuf_adds(b, cells[L_TITLE]);
			textbuf_adds(b, "  ");
		}
	}
	textbuf_trim(b, ' ');
	textbuf_addc(b, '\n');
}

static void
list_print(struct overview *items, size_t n, size_t max, bool ascii)
{
	size_t widths[L_COLS] = { 0 }, i, c, w;
	char *(*cells)[L_COLS] = xcalloc(n, sizeof *cells);
	struct textbuf b;

	for (i = 0; i < n; i++) {
		list_cells(&items[i], cells[i], ascii);
		for (c = 0; c < L_COLS; c++)
			if ((w = sanitize_width(cells[i][c])) > widths[c])
				widths[c] = w;
	}
	list_narrow(widths, max);
	textbuf_init(&b);
	for (i = 0; i < n; i++) {
		list_line(&b, &items[i], cells[i], widths, max, ascii);
		for (c = 0; c < L_COLS; c++)
			free(cells[i][c]);
	}
	free(cells);
	if (b.len != 0)
		fwrite(b.data, 1, b.len, stdout);
	textbuf_reset(&b);
}

/* The terminal's width when printing to one, else 0 (not cut). */
static size_t
list_terminal_width(void)
{
	struct winsize ws;
	const char *env;
	long v;

	if (!isatty(STDOUT_FILENO))
		return 0;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	if ((env = getenv("COLUMNS")) != NULL && (v = atol(env)) > 0)
		return (size_t)v;
	return 80;
}

static void
list_usage(FILE *out)
{
	fprintf(out, _("Usage: b2c list [--width=N] [--today=DATE] [--ascii] "
	    "[DIR]\n"));
}

/* Reads the options into *max, today and *ascii; 0, -1 (help shown) or
 * an exit status. */
static int
list_options(int argc, char **argv, size_t *max, char today[DATE_ISO_LEN],
    bool *ascii)
{
	static const struct option longopts[] = {
		{ "ascii", no_argument, NULL, 'a' },
		{ "width", required_argument, NULL, 'w' },
		{ "today", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	char *cause = NULL, *end;
	long v;
	int c;

	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'a':
			*ascii = true;
			break;
		case 'w':
			v = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || v < 0 ||
			    v > 10000) {
				cli_error(_("b2c: --width: \"%s\" is not a "
				    "width from 0 to 10000\n"), optarg);
				return EXIT_USAGE;
			}
			*max = (size_t)v;
			break;
		case 't':
			if (date_parse(optarg, today, &cause) == 0)
				break;
			cli_error(_("b2c: --today: %s\n"), cause);
			free(cause);
			return EXIT_USAGE;
		case 'h':
			list_usage(stdout);
			return -1;
		default:
			list_usage(stderr);
			return EXIT_USAGE;
		}
	}
	return 0;
}

int
cmd_list(int argc, char **argv, const struct cli_options *opts)
{
	struct overview *items;
	char *dir, *cause = NULL, today[DATE_ISO_LEN];
	bool ascii = opts->ascii;
	size_t n, max = list_terminal_width();
	int rc;

	due_today(today);
	if ((rc = list_options(argc, argv, &max, today, &ascii)) != 0)
		return rc < 0 ? 0 : rc;
	if (argc - optind > 1) {
		list_usage(stderr);
		return EXIT_USAGE;
	}
	dir = optind < argc ? xstrdup(argv[optind]) : cli_sessions_dir(opts);
	if (overview_scan_at(dir, today, DUE_DEFAULT_DAYS, &items, &n,
	    &cause) != 0) {
		cli_error("b2c: %s\n", cause);
		free(cause);
		free(dir);
		return EXIT_DATA;
	}
	if (n == 0)
		cli_error(_("b2c: no sessions in %s\n"), dir);
	list_print(items, n, max, ascii);
	overview_free_all(items, n);
	free(dir);
	return fflush(stdout) == 0 ? 0 : EXIT_DATA;
}
