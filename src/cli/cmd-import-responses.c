/*
 * b2c import-responses SESSION --period LABEL [--date DATE] [--replace]
 * FILE.csv: adds a survey tool's export to a period's tallies. The
 * session is locked, loaded, changed in memory and saved safely; any bad
 * cell ("FILE:ROW:COLUMN: ...") leaves the session file untouched.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/cli.h"
#include "b2c/date.h"
#include "b2c/guide.h"
#include "b2c/i18n.h"
#include "b2c/import.h"
#include "b2c/period.h"
#include "b2c/session.h"
#include "b2c/store.h"
#include "b2c/textnorm.h"
#include "b2c/util.h"

struct import_args {
	const char *session;
	const char *csv;
	const char *period;
	char	 date[DATE_ISO_LEN];
	int	 flags;
};

static void
import_usage(FILE *out)
{
	fprintf(out, _("Usage: b2c import-responses SESSION --period LABEL "
	    "[--date DATE] [--replace] FILE.csv\n"
	    "Add survey responses (one row per respondent, a header row of\n"
	    "statement or indicator ids, answers 1-5 or Helt enig .. Helt\n"
	    "uenig, Ved ikke) to the period LABEL of every indicator named.\n"
	    "\n"
	    "  -p, --period=LABEL  the period: Baseline, År 1, ...\n"
	    "  -D, --date=DATE     the date of the measurement\n"
	    "      --replace       replace the period's answers instead of "
	    "adding\n"
	    "  -h, --help          display this help and exit\n"));
}

/* Parses the command line; returns -1 to exit with *status. */
static int
import_parse(int argc, char **argv, struct import_args *a, int *status)
{
	static const struct option longopts[] = {
		{ "period", required_argument, NULL, 'p' },
		{ "date", required_argument, NULL, 'D' },
		{ "replace", no_argument, NULL, 'R' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	char *cause = NULL;
	int c;

	memset(a, 0, sizeof *a);
	*status = EXIT_USAGE;
	while ((c = getopt_long(argc, argv, "p:D:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'p': a->period = optarg; break;
		case 'R': a->flags |= IMPORT_REPLACE; break;
		case 'D':
			if (guide_parse_date(optarg, a->date, &cause) != 0) {
				cli_error("b2c import-responses: %s\n",
				    cause);
				free(cause);
				return -1;
			}
			break;
		case 'h': import_usage(stdout); *status = 0; return -1;
		default: import_usage(stderr); return -1;
		}
	}
	if (argc - optind != 2 || textnorm_blank(a->period)) {
		cli_error("%s", _("b2c import-responses: a session, "
		    "--period and one CSV file are needed\n"));
		import_usage(stderr);
		return -1;
	}
	a->session = argv[optind];
	a->csv = argv[optind + 1];
	return 0;
}

/* What was imported, and which columns were not. */
static void
import_report(const struct import_args *a, const struct import_result *r)
{
	char *line, *save = NULL, *key = period_key(a->period);

	printf(P_("%s: %ld respondent imported into \"%s\" (%ld answers, "
	    "%ld \"Ved ikke\", %ld blank)\n",
	    "%s: %ld respondents imported into \"%s\" (%ld answers, "
	    "%ld \"Ved ikke\", %ld blank)\n", r->respondents), a->csv,
	    r->respondents, period_label(key), r->answers, r->dont_know,
	    r->blank);
	free(key);
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
	char **offer, *list = NULL, *more;
	size_t i;

	if (period_year(period) >= 0)
		return;
	for (i = 0; i < s->n_indicators; i++)
		if (session_find_measurement(&s->indicators[i], period) != NULL)
			return;
	offer = period_choices(s);
	for (i = 0; offer[i] != NULL; i++) {
		more = xasprintf("%s%s%s", list == NULL ? "" : list,
		    list == NULL ? "" : ", ", offer[i]);
		free(list);
		list = more;
	}
	cli_error(_("b2c import-responses: note: \"%s\" is a new period "
	    "(periods on offer: %s)\n"), period, list);
	free(list);
	period_choices_free(offer);
}

/* Loads, imports and saves; the caller holds the lock. */
static int
import_locked(const struct import_args *a)
{
	struct import_result res;
	struct store_file file;
	struct session *s;
	char *cause = NULL;
	int rc;

	if (store_load(a->session, &s, &file, &cause) != 0)
		goto fail;
	import_note_new_period(s, a->period);
	if (import_responses_file(s, a->csv, a->period, a->date, a->flags,
	    &res, &cause) != 0) {
		session_free(s);
		goto fail;
	}
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
	char *holder = NULL, *note = NULL, *cause = NULL;
	int status;

	if (import_parse(argc, argv, &a, &status) != 0)
		return status;
	if (opts->read_only) {
		cli_error("%s", _("b2c import-responses: cannot import "
		    "into a session opened read-only\n"));
		return EXIT_USAGE;
	}
	if (store_lock_acquire(a.session, &lock, &holder, &note,
	    &cause) != 0) {
		if (holder != NULL)
			cli_error(_("%s: in use by %s\n"), a.session,
			    holder);
		else
			cli_error("%s\n", cause);
		free(holder);
		free(cause);
		return EXIT_DATA;
	}
	if (note != NULL)
		cli_error("%s\n", note);
	free(note);
	status = import_locked(&a);
	store_lock_release(lock);
	return status;
}
