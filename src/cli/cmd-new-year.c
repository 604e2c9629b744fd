/*
 * b2c new-year [--year=N] FILE: starts the next year of a partnership
 * (b2c/newyear.h): the årshjul and the meeting dates carried forward a
 * year, the next measurement period added, last year's records kept;
 * under the session's lock and through the store's safe save.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "b2c/cli.h"
#include "b2c/i18n.h"
#include "b2c/newyear.h"
#include "b2c/store.h"

static void
new_year_usage(FILE *out)
{
	fprintf(out, _("Usage: b2c new-year [--year=N] FILE\n"
	    "Start the next year of a partnership: carry the annual wheel and\n"
	    "the meeting dates forward a year, add the next measurement\n"
	    "period, and keep last year's records.\n"
	    "\n"
	    "  -y, --year=N  the year to start (default: the year after the\n"
	    "                last one recorded)\n"
	    "  -h, --help    display this help and exit\n"));
}

static void
new_year_cause(char *cause)
{
	if (cause != NULL)
		cli_error("%s\n", cause);
	free(cause);
}

/* Loads, starts the year, saves; the lock is the caller's. */
static int
new_year_locked(const char *path, int year)
{
	struct newyear_summary sum;
	struct store_file file;
	struct session *s = NULL;
	char *cause = NULL;
	int rc;

	if (store_load(path, &s, &file, &cause) != 0) {
		new_year_cause(cause);
		return EXIT_DATA;
	}
	if (year == 0 && (year = newyear_next(s)) == 0) {
		cli_error(_("b2c: %s names no dates to go on; give the year "
		    "with --year\n"), path);
		session_free(s);
		return EXIT_DATA;
	}
	if (newyear_start(s, year, &sum, &cause) != 0) {
		new_year_cause(cause);
		session_free(s);
		return EXIT_DATA;
	}
	rc = store_save(path, s, &file, 0, &cause);
	session_free(s);
	if (rc == STORE_CHANGED) {
		cli_error(_("b2c: %s changed on disk meanwhile; nothing was "
		    "written\n"), path);
		free(cause);
		return EXIT_DATA;
	}
	if (rc != 0) {
		new_year_cause(cause);
		return EXIT_DATA;
	}
	/* TRANSLATORS: the year, then how many activities, meeting dates
	 * and measurement periods were added. */
	printf(_("Started %d: %zu activities, %zu meeting dates and %zu "
	    "measurement periods added.\n"), year, sum.activities,
	    sum.meeting_dates, sum.periods);
	return 0;
}

int
cmd_new_year(int argc, char **argv, const struct cli_options *opts)
{
	static const struct option longopts[] = {
		{ "year", required_argument, NULL, 'y' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct store_lock *lock = NULL;
	char *end;
	long year = 0;
	int c, rc;

	(void)opts;
	while ((c = getopt_long(argc, argv, "y:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'y':
			year = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || year < 1901 ||
			    year > 9999) {
				cli_error(_("b2c: %s is not a year to start "
				    "(1901 to 9999)\n"), optarg);
				return EXIT_USAGE;
			}
			break;
		case 'h':
			new_year_usage(stdout);
			return 0;
		default:
			new_year_usage(stderr);
			return EXIT_USAGE;
		}
	}
	if (argc - optind != 1) {
		new_year_usage(stderr);
		return EXIT_USAGE;
	}
	if ((lock = cli_lock(argv[optind])) == NULL)
		return EXIT_DATA;
	rc = new_year_locked(argv[optind], (int)year);
	store_lock_release(lock);
	return rc;
}
