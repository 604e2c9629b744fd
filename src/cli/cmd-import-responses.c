/*
 * b2c import-responses SESSION --period LABEL [options] FILE: adds a
 * survey tool's export to a period's tallies. The session is locked,
 * loaded, changed in memory and saved safely; any bad cell
 * ("FILE:ROW:COLUMN: ...") leaves the session file untouched, and
 * --dry-run shows what would be imported without writing anything.
 */
#include "config.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/cli.h"
#include "b2c/date.h"
#include "b2c/guide.h"
#include "b2c/i18n.h"
#include "b2c/import.h"
#include "b2c/period.h"
#include "b2c/sanitize.h"
#include "b2c/session.h"
#include "b2c/stats.h"
#include "b2c/store.h"
#include "b2c/textnorm.h"
#include "b2c/util.h"

struct import_args {
	const char *session;
	const char *csv;
	char	 date[DATE_ISO_LEN];
	const char **codes;
	const char **columns;
	struct import_options opt;
};

static void
import_usage(FILE *out)
{
	fprintf(out, "%s", _("Usage: b2c import-responses SESSION --period "
	    "LABEL [OPTION]... FILE\n"
	    "Add a survey's answers (one row per respondent under a header "
	    "row) to the\n"
	    "period LABEL of every statement a column names.\n"
	    "\n"
	    "The file: CSV or tab-separated text as Excel, Google Forms, "
	    "Microsoft Forms,\n"
	    "SurveyXact and others export it; UTF-8 (with or without BOM), "
	    "UTF-16 or\n"
	    "Windows-1252; separated by ';', ',' or TAB (found by itself, or "
	    "Excel's\n"
	    "\"sep=;\" first line).\n"
	    "Headers: a statement's id or full wording, an indicator's name "
	    "(when it has\n"
	    "one statement), or Google Forms' \"Question [statement]\"; case, "
	    "spaces, curly\n"
	    "quotes and a final full stop do not matter. Other columns "
	    "(Tidsstempel, Id,\n"
	    "Navn, ...) are ignored and listed.\n"
	    "Answers: Helt enig, Delvist enig, Hverken enig eller uenig, "
	    "Delvist uenig,\n"
	    "Helt uenig, Ved ikke in any case; 1-5 (1 = Helt enig); empty = "
	    "blank. A row\n"
	    "with no answer is a respondent who answered nothing.\n"
	    "\n"
	    "  -p, --period=LABEL      the period: Baseline, År 1, ...\n"
	    "  -D, --date=DATE         the date of the measurement\n"
	    "  -c, --code=CODE=ANSWER  what a code means: -c 6=\"Ved ikke\" "
	    "(repeatable)\n"
	    "      --reverse           1 means Helt uenig and 5 Helt enig\n"
	    "      --no-reverse        1 means Helt enig, whatever the session "
	    "kept\n"
	    "  -C, --column=HEADER=STATEMENT\n"
	    "                          read the column HEADER as a statement "
	    "(its id or\n"
	    "                          wording; repeatable)\n"
	    "  -n, --dry-run           show what would be imported; write "
	    "nothing\n"
	    "      --replace           replace the period's answers instead "
	    "of adding\n"
	    "      --again             add a file that was imported into the "
	    "period before\n"
	    "  -h, --help              display this help and exit\n"
	    "\n"
	    "See \"SURVEY FILES\" in b2c(1) for examples of each tool's "
	    "export.\n"));
}

/* A date option into a->date; -1 after saying why. */
static int
import_date(struct import_args *a, const char *arg)
{
	char *cause = NULL;

	if (guide_parse_date(arg, a->date, &cause) == 0)
		return 0;
	cli_error("b2c import-responses: %s\n", cause);
	free(cause);
	return -1;
}

/* Parses the command line; returns -1 to exit with *status. */
static int
import_parse(int argc, char **argv, struct import_args *a, int *status)
{
	static const struct option longopts[] = {
		{ "period", required_argument, NULL, 'p' },
		{ "date", required_argument, NULL, 'D' },
		{ "code", required_argument, NULL, 'c' },
		{ "column", required_argument, NULL, 'C' },
		{ "reverse", no_argument, NULL, 'V' },
		{ "no-reverse", no_argument, NULL, 'F' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "replace", no_argument, NULL, 'R' },
		{ "again", no_argument, NULL, 'A' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	*status = EXIT_USAGE;
	a->codes = xcalloc((size_t)argc + 1, sizeof *a->codes);
	a->columns = xcalloc((size_t)argc + 1, sizeof *a->columns);
	while ((c = getopt_long(argc, argv, "p:D:c:C:nh", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'p': a->opt.period = optarg; break;
		case 'c': a->codes[a->opt.n_codes++] = optarg; break;
		case 'C': a->columns[a->opt.n_columns++] = optarg; break;
		case 'V': a->opt.flags |= IMPORT_REVERSE; break;
		case 'F': a->opt.flags |= IMPORT_FORWARD; break;
		case 'n': a->opt.flags |= IMPORT_DRY_RUN; break;
		case 'R': a->opt.flags |= IMPORT_REPLACE; break;
		case 'A': a->opt.flags |= IMPORT_AGAIN; break;
		case 'D':
			if (import_date(a, optarg) != 0)
				return -1;
			break;
		case 'h': import_usage(stdout); *status = 0; return -1;
		default: import_usage(stderr); return -1;
		}
	}
	if (argc - optind != 2 || textnorm_blank(a->opt.period)) {
		cli_error("%s", _("b2c import-responses: a session, "
		    "--period and one CSV file are needed\n"));
		import_usage(stderr);
		return -1;
	}
	a->session = argv[optind];
	a->csv = argv[optind + 1];
	a->opt.date = a->date;
	a->opt.codes = a->codes;
	a->opt.columns = a->columns;
	return 0;
}

static void out(const char *, ...) B2C_PRINTF(1, 2);

/* Prints to stdout with every control character made visible. */
static void
out(const char *fmt, ...)
{
	va_list ap;
	char *raw, *safe;

	va_start(ap, fmt);
	raw = xvasprintf(fmt, ap);
	va_end(ap);
	safe = sanitize_text(raw, SANITIZE_NEWLINES);
	fputs(safe, stdout);
	free(safe);
	free(raw);
}

/* One line per imported column: the five steps, Ved ikke, blank, n. */
static void
import_columns(const struct import_result *r)
{
	const struct import_column *c;
	size_t i;
	long n;
	int k;

	for (i = 0; i < r->n_cols; i++) {
		c = &r->cols[i];
		for (k = 0, n = 0; k < SESSION_ANSWER_STEPS + 1; k++)
			n += c->counts[k];
		out(_("  column %zu \"%s\" -> %s%s%s%s:\n"), c->column,
		    c->header, c->indicator, c->statement[0] ? " (" : "",
		    c->statement, c->statement[0] ? ")" : "");
		out("    ");
		for (k = 0; k < SESSION_ANSWER_STEPS + 1; k++)
			out("%s %ld, ", stats_step_name(k), c->counts[k]);
		out(_("blank %ld; n=%ld\n"), c->counts[SESSION_ANSWER_STEPS +
		    1], n - c->counts[SESSION_ANSWER_STEPS]);
	}
}

/* What was imported (or would be), and which columns were not. */
static void
import_report(const struct import_args *a, const struct import_result *r)
{
	bool dry = (a->opt.flags & IMPORT_DRY_RUN) != 0;
	char *line, *save = NULL, *key = period_key(a->opt.period);

	out(dry ? P_("%s: %ld respondent would be imported into \"%s\" "
	    "(%ld answers, %ld \"Ved ikke\", %ld blank)\n", "%s: %ld "
	    "respondents would be imported into \"%s\" (%ld answers, %ld "
	    "\"Ved ikke\", %ld blank)\n", r->respondents) :
	    P_("%s: %ld respondent imported into \"%s\" (%ld answers, "
	    "%ld \"Ved ikke\", %ld blank)\n",
	    "%s: %ld respondents imported into \"%s\" (%ld answers, "
	    "%ld \"Ved ikke\", %ld blank)\n", r->respondents), a->csv,
	    r->respondents, period_label(key), r->answers, r->dont_know,
	    r->blank);
	free(key);
	out(_("  read as %s, %s-separated\n"), r->encoding,
	    import_delimiter_name(r->delimiter));
	out("  %s\n", r->period_state == IMPORT_PERIOD_NEW ?
	    _("the period is new") : r->period_state ==
	    IMPORT_PERIOD_REPLACED ? _("the period's answers were replaced") :
	    _("added to the period's answers"));
	if (r->empty_respondents > 0)
		out(P_("  %ld respondent answered nothing: counted as blank "
		    "for every statement\n", "  %ld respondents answered "
		    "nothing: counted as blank for every statement\n",
		    r->empty_respondents), r->empty_respondents);
	if (r->saved_used > 0)
		out(P_("  %zu column mapping saved in the session was used\n",
		    "  %zu column mappings saved in the session were used\n",
		    r->saved_used), r->saved_used);
	if (r->remembered)
		out("  %s\n", _("the column mappings and codes given are saved "
		    "in the session for the next import"));
	import_columns(r);
	if (dry)
		out("%s\n", _("Nothing was written (--dry-run)."));
	for (line = r->ignored ? strtok_r(r->ignored, "\n", &save) : NULL;
	    line != NULL; line = strtok_r(NULL, "\n", &save))
		cli_error(_("%s: ignored column %s\n"), a->csv, line);
}

/*
 * Says so when period is a name of the users' own that no indicator is
 * measured in yet ("Basline"), with the periods on offer: a typing
 * mistake would otherwise start a period of its own.
 */
static void
import_note_new_period(const struct session *s, const char *period)
{
	char *list;
	size_t i;

	if (period_year(period) >= 0)
		return;
	for (i = 0; i < s->n_indicators; i++)
		if (session_find_measurement(&s->indicators[i], period) != NULL)
			return;
	list = period_offer(s);
	cli_error(_("b2c import-responses: note: \"%s\" is a new period "
	    "(periods on offer: %s)\n"), period, list);
	free(list);
}

/* Loads, imports and saves; the caller holds the lock. */
static int
import_locked(const struct import_args *a)
{
	struct import_result res;
	struct store_file file;
	struct session *s;
	char *cause = NULL;
	int rc = 0;

	if (store_load(a->session, &s, &file, &cause) != 0)
		goto fail;
	import_note_new_period(s, a->opt.period);
	if (import_run_file(s, a->csv, &a->opt, &res, &cause) != 0) {
		session_free(s);
		if (res.already) {
			cli_error("%s\n", cause);
			free(cause);
			cause = xstrdup(_("(--again adds it once more, "
			    "--replace replaces the period's answers with it)"));
		}
		goto fail;
	}
	if (!(a->opt.flags & IMPORT_DRY_RUN))
		rc = store_save(a->session, s, &file, 0, &cause);
	session_free(s);
	if (rc == STORE_CHANGED && cause == NULL)
		cause = xasprintf(_("%s: changed by someone else since it was "
		    "read; nothing was imported"), a->session);
	if (rc != 0) {
		import_result_clear(&res);
		goto fail;
	}
	import_report(a, &res);
	import_result_clear(&res);
	return fflush(stdout) == 0 ? 0 : EXIT_DATA;
fail:
	cli_error("%s\n", cause);
	free(cause);
	return EXIT_DATA;
}

int
cmd_import_responses(int argc, char **argv, const struct cli_options *opts)
{
	struct import_args a;
	struct store_lock *lock = NULL;
	int status;

	memset(&a, 0, sizeof a);
	if (import_parse(argc, argv, &a, &status) != 0)
		goto done;
	status = EXIT_USAGE;
	if (opts->read_only && !(a.opt.flags & IMPORT_DRY_RUN)) {
		cli_error("%s", _("b2c import-responses: cannot import "
		    "into a session opened read-only\n"));
		goto done;
	}
	status = EXIT_DATA;
	if ((lock = cli_lock(a.session)) == NULL)
		goto done;
	status = import_locked(&a);
	store_lock_release(lock);
done:
	free(a.codes);
	free(a.columns);
	return status;
}
