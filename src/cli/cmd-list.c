/*
 * b2c list [DIR]: one line per session file, most recently saved first:
 * file, title, partners, last save, progress per part, lock holder. A
 * file that cannot be read is listed with its error; it does not stop
 * the listing.
 */
#include "config.h"

#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/cli.h"
#include "b2c/i18n.h"
#include "b2c/overview.h"
#include "b2c/sanitize.h"
#include "b2c/textbuf.h"
#include "b2c/util.h"

#define LIST_COLS 4	/* aligned columns: file, title, partners, saved */
#define LIST_MAX_COL 40	/* longer titles and partner names are cut */

/* s (safe, allocated) cut to max display columns with an ellipsis. */
static char *
list_fit(char *s, size_t max, bool ascii)
{
	size_t len = strlen(s), i = 0, cols = 0, n;
	uint32_t cp;
	char *cut;

	if (sanitize_width(s) <= max)
		return s;
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

/* The aligned cells of one entry, sanitised. */
static void
list_cells(const struct overview *o, char *cells[LIST_COLS], bool ascii)
{
	char *when, *saved;

	cells[0] = sanitize_text(o->name, 0);
	if (o->error != NULL) {
		cells[1] = xstrdup("");
		cells[2] = xstrdup("");
		cells[3] = xstrdup("");
		return;
	}
	cells[1] = list_fit(sanitize_text(*o->title != '\0' ? o->title :
	    _("(untitled)"), 0), LIST_MAX_COL, ascii);
	cells[2] = list_fit(sanitize_text(o->partners, 0), LIST_MAX_COL,
	    ascii);
	when = overview_when_local(o->modified);
	saved = *o->saved_by != '\0' ? xasprintf(_("%s by %s"), when,
	    o->saved_by) : xstrdup(when);
	cells[3] = list_fit(sanitize_text(saved, 0), LIST_MAX_COL + 8,
	    ascii);
	free(saved);
	free(when);
}

static void
list_line(struct textbuf *b, const struct overview *o, char *cells[],
    const size_t widths[], bool ascii)
{
	char *rest, *safe;
	size_t c;

	for (c = 0; c < LIST_COLS && o->error == NULL; c++) {
		textbuf_adds(b, cells[c]);
		textbuf_repeat(b, " ", (int)(widths[c] -
		    sanitize_width(cells[c])) + 2);
	}
	if (o->error != NULL) {
		textbuf_adds(b, cells[0]);
		textbuf_repeat(b, " ", (int)(widths[0] -
		    sanitize_width(cells[0])) + 2);
		safe = sanitize_text(o->error, 0);
		textbuf_addf(b, _("error: %s"), safe);
		free(safe);
	} else {
		rest = overview_progress(o, ascii);
		textbuf_adds(b, rest);
		free(rest);
	}
	if (o->locked_by != NULL) {
		safe = sanitize_text(o->locked_by, 0);
		textbuf_adds(b, "  ");
		textbuf_addf(b, _("locked by %s"), safe);
		free(safe);
	}
	textbuf_trim(b, ' ');
	textbuf_addc(b, '\n');
}

static void
list_print(struct overview *items, size_t n, bool ascii)
{
	size_t widths[LIST_COLS] = { 0 }, i, c, w;
	char *(*cells)[LIST_COLS] = xcalloc(n, sizeof *cells);
	struct textbuf b;

	for (i = 0; i < n; i++) {
		list_cells(&items[i], cells[i], ascii);
		for (c = 0; c < LIST_COLS; c++)
			if ((w = sanitize_width(cells[i][c])) > widths[c])
				widths[c] = w;
	}
	textbuf_init(&b);
	for (i = 0; i < n; i++) {
		list_line(&b, &items[i], cells[i], widths, ascii);
		for (c = 0; c < LIST_COLS; c++)
			free(cells[i][c]);
	}
	free(cells);
	if (b.len != 0)
		fwrite(b.data, 1, b.len, stdout);
	textbuf_reset(&b);
}

int
cmd_list(int argc, char **argv, const struct cli_options *opts)
{
	static const struct option longopts[] = {
		{ "ascii", no_argument, NULL, 'a' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct overview *items;
	char *dir, *cause = NULL;
	bool ascii = opts->ascii;
	size_t n;
	int c;

	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		if (c == 'a')
			ascii = true;
		else if (c == 'h') {
			printf(_("Usage: b2c list [DIR]\n"));
			return 0;
		} else {
			cli_error(_("Usage: b2c list [DIR]\n"));
			return EXIT_USAGE;
		}
	}
	if (argc - optind > 1) {
		cli_error(_("Usage: b2c list [DIR]\n"));
		return EXIT_USAGE;
	}
	dir = optind < argc ? xstrdup(argv[optind]) : cli_sessions_dir(opts);
	if (overview_scan(dir, &items, &n, &cause) != 0) {
		cli_error("b2c: %s\n", cause);
		free(cause);
		free(dir);
		return EXIT_DATA;
	}
	if (n == 0)
		cli_error(_("b2c: no sessions in %s\n"), dir);
	list_print(items, n, ascii);
	overview_free_all(items, n);
	free(dir);
	return fflush(stdout) == 0 ? 0 : EXIT_DATA;
}
