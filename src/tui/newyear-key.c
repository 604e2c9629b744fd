/*
 * Ctrl-Y: starting the next year of a partnership from the wizard, as
 * `b2c new-year` does from the command line (newyear.h has the rules).
 * It names the year and what it will do, asks, and then shows what was
 * added; the change is saved like any other. Last year's records stay.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/i18n.h"
#include "b2c/newyear.h"
#include "b2c/util.h"
#include "tui-internal.h"

static bool
newyear_ask(struct tui *tui, int year)
{
	char *q = xasprintf(_("Start %d? The annual wheel and the agreed "
	    "meeting dates are carried forward a year and the next "
	    "measurement period is added; this year's records stay. (y/n)"),
	    year);
	bool yes = input_ask(tui, q, _("yY"), _("nN"), false);

	free(q);
	return yes;
}

void
newyear_key(struct tui *tui)
{
	struct newyear_summary sum;
	char *cause = NULL;
	int year;

	if (tui->cfg.read_only) {
		tui_message(tui, THEME_ERROR, "%s", _("The session is open "
		    "read-only: a new year cannot be started here."));
		return;
	}
	if ((year = newyear_next(tui->s)) == 0) {
		tui_message(tui, THEME_ERROR, "%s", _("There is no year to "
		    "carry forward yet: the annual wheel and the meetings "
		    "name no date."));
		return;
	}
	if (!newyear_ask(tui, year))
		return;
	if (newyear_start(tui->s, year, &sum, &cause) != 0) {
		tui_message(tui, THEME_ERROR, "%s", cause);
		free(cause);
		return;
	}
	tui_changed(tui);
	tui_goto_step(tui, tui->step);	/* the step shows what was added */
	tui_message(tui, THEME_NOTICE, _("%d started: %zu activities, %zu "
	    "meeting dates and %zu measurement periods added."), year,
	    sum.activities, sum.meeting_dates, sum.periods);
}
