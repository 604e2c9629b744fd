/*
 * b2c calendar FILE: the session's meeting dates, årshjul activities and
 * measurement as an iCalendar (RFC 5545) on standard output, for
 * importing into Outlook or Google Calendar. An unchanged session gives
 * the same bytes every time, so a re-import updates the events.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/calendar.h"
#include "b2c/cli.h"
#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/store.h"

static void
calendar_usage(FILE *out)
{
	fprintf(out, _("Usage: b2c calendar FILE\n"
	    "Print the session's evaluation meetings, annual wheel and\n"
	    "impact measurement as an iCalendar (.ics) file.\n"
	    "\n"
	    "  -h, --help    display this help and exit\n"));
}

int
cmd_calendar(int argc, char **argv, const struct cli_options *opts)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct session *s;
	char *cause = NULL, *text, stamp[21];
	size_t len;
	int c;

	(void)opts;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		if (c == 'h') {
			calendar_usage(stdout);
			return 0;
		}
		calendar_usage(stderr);
		return EXIT_USAGE;
	}
	if (argc - optind != 1) {
		calendar_usage(stderr);
		return EXIT_USAGE;
	}
	if (store_load(argv[optind], &s, NULL, &cause) != 0) {
		cli_error("%s\n", cause);
		free(cause);
		return EXIT_DATA;
	}
	/* The last save, so an unchanged session exports the same bytes. */
	if (date_valid_timestamp(s->modified))
		snprintf(stamp, sizeof stamp, "%s", s->modified);
	else
		date_now_timestamp(stamp);
	text = calendar_ics(s, stamp, &len);
	session_free(s);
	c = fwrite(text, 1, len, stdout) == len && fflush(stdout) == 0 ? 0 :
	    EXIT_DATA;
	if (c != 0)
		cli_error(_("b2c: cannot write the calendar\n"));
	free(text);
	return c;
}
