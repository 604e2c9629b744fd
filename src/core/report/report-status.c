/*
 * Planned against done: the agreed actions and the årshjul's activities
 * counted per year by where they stand. An item counts for the year of
 * its status date, else of its own date; one with neither (a monthly
 * activity or an action not yet marked) counts as not yet dated. Said
 * only when something has been marked, so a plan alone reads as before.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/util.h"
#include "report-private.h"


char *
report_with_status(const char *title, enum activity_status st,
    const char *date)
{
	static const char *const labels[] = { N_("planned"), N_("done"),
	    N_("postponed"), N_("cancelled") };
	char *when, *out;

	if (st == STATUS_PLANNED || (size_t)st >= sizeof labels /
	    sizeof labels[0])
		return xstrdup(title);
	when = lang_format_date(date);
	out = xasprintf(*when != '\0' ? "%s [%s %s]" : "%s [%s%s]", title,
	    _(labels[st]), when);
	free(when);
	return out;
}

/* Counts one item under its year, adding the year when new. */
static void
status_count(struct report_status_year **ys, size_t *n, enum activity_status st,
    const char *status_date, const char *date)
{
	int y = 0, m, d;
	size_t i;

	if (date_split(status_date, &y, &m, &d) != 0 &&
	    date_split(date, &y, &m, &d) != 0)
		y = 0;
	for (i = 0; i < *n && (*ys)[i].year != y; i++)
		;
	if (i == *n) {
		*ys = util_grow(*ys, *n, sizeof **ys);
		(*ys)[(*n)++] = (struct report_status_year){ .year = y };
	}
	if ((unsigned)st < 4)
		(*ys)[i].n[st]++;
}

/* Years in order, the undated last. */
static int
status_year_cmp(const void *a, const void *b)
{
	const struct report_status_year *x = a, *y = b;
	int kx = x->year == 0 ? 99999 : x->year;
	int ky = y->year == 0 ? 99999 : y->year;

	return (kx > ky) - (kx < ky);
}

/* True when any action or activity is marked beyond planned. */
static bool
status_any(const struct part2 *p)
{
	size_t i;

	for (i = 0; i < p->n_actions; i++)
		if (session_action_state(p, i) != NULL)
			return true;
	for (i = 0; i < p->n_wheel; i++)
		if (p->wheel[i].status != STATUS_PLANNED ||
		    *p->wheel[i].status_date != '\0')
			return true;
	return false;
}

struct report_status_year *
report_status_years(const struct part2 *p, size_t *n)
{
	struct report_status_year *ys = NULL;
	const struct action_state *st;
	size_t i;

	*n = 0;
	if (!status_any(p))
		return NULL;
	for (i = 0; i < p->n_actions; i++) {
		st = session_action_state(p, i);
		status_count(&ys, n, st != NULL ? st->status : STATUS_PLANNED,
		    st != NULL ? st->date : "", "");
	}
	for (i = 0; i < p->n_wheel; i++)
		status_count(&ys, n, p->wheel[i].status,
		    p->wheel[i].status_date, p->wheel[i].date);
	qsort(ys, *n, sizeof *ys, status_year_cmp);
	return ys;
}

void
report_status(struct report *r)
{
	const struct part2 *p = &r->s->part2;
	struct report_status_year *ys;
	size_t i, n, all;
	char *line;

	if ((ys = report_status_years(p, &n)) == NULL)
		return;
	r->ops->heading(r, 3, _("Planned against done"));
	r->ops->field(r, _("Actions and activities per year"), "");
	r->ops->list_begin(r, false);
	for (i = 0; i < n; i++) {
		const size_t *c = ys[i].n;
		char year[32];

		all = c[0] + c[1] + c[2] + c[3];
		if (ys[i].year != 0)
			snprintf(year, sizeof year, "%d", ys[i].year);
		/* TRANSLATORS: the year (or "not yet dated"), then how many
		 * actions and activities in all, done, postponed, cancelled
		 * and still planned. */
		line = xasprintf(_("%s: %zu in all, %zu done, %zu postponed, "
		    "%zu cancelled, %zu still planned"), ys[i].year != 0 ?
		    year : _("not yet dated"), all, c[STATUS_DONE],
		    c[STATUS_POSTPONED], c[STATUS_CANCELLED],
		    c[STATUS_PLANNED]);
		r->ops->item(r, line);
		free(line);
	}
	r->ops->list_end(r);
	free(ys);
}
