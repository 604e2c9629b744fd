/*
 * Inputs and outputs of the partnership per party and year, as LBG/B4SI
 * reporting counts them: cash, working hours, in-kind value and the cost
 * of managing it, then the events held and their participants; one line
 * each, years in order, and a total per year when both parties gave,
 * after what each party promised in Del 1. Nothing is said when the
 * session keeps no ledger.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/i18n.h"
#include "b2c/textbuf.h"
#include "b2c/util.h"
#include "report-private.h"

/* Years first, the housing organisation before the company. */
static int
ledger_cmp(const void *a, const void *b)
{
	const struct ledger_entry *const *x = a, *const *y = b;

	if ((*x)->year != (*y)->year)
		return (*x)->year < (*y)->year ? -1 : 1;
	if ((*x)->party != (*y)->party)
		return (*x)->party < (*y)->party ? -1 : 1;
	return *x < *y ? -1 : *x > *y;
}

/* A whole amount as such, else with one decimal: "180", "240,5". */
static void
ledger_amount(char buf[32], double v)
{
	if (v == (double)(long long)v)
		report_fmt_count(buf, v);
	else
		report_fmt1_local(buf, v);
}

/* "2026, Bo-Vest: cash 25,000 kr.; 180 working hours; ...". */
static char *
ledger_line(const char *who, const struct ledger_entry *e)
{
	struct textbuf b;
	char cash[32], hours[32], kind[32], mgmt[32], ev[32], part[32];

	ledger_amount(cash, e->cash);
	ledger_amount(hours, e->hours);
	ledger_amount(kind, e->in_kind);
	ledger_amount(mgmt, e->management);
	report_fmt_count(ev, (double)e->events);
	report_fmt_count(part, (double)e->participants);
	textbuf_init(&b);
	/* TRANSLATORS: year, who; then cash, hours, in-kind value and
	 * management cost (kr.), events and participants. */
	textbuf_addf(&b, _("%d, %s: cash %s kr.; %s working hours; in kind "
	    "%s kr.; management %s kr.; %s events, %s participants"),
	    e->year, who, cash, hours, kind, mgmt, ev, part);
	if (*e->note != '\0')
		textbuf_addf(&b, " (%s)", e->note);
	textbuf_adds(&b, "");
	return textbuf_detach(&b);
}

/* The sum of a year's entries, as an entry. */
static struct ledger_entry
ledger_sum(const struct ledger_entry **order, size_t from, size_t to)
{
	static char none[] = "";
	struct ledger_entry t = { .year = order[from]->year, .note = none };
	size_t i;

	for (i = from; i < to; i++) {
		t.cash += order[i]->cash;
		t.hours += order[i]->hours;
		t.in_kind += order[i]->in_kind;
		t.management += order[i]->management;
		t.events += order[i]->events;
		t.participants += order[i]->participants;
	}
	return t;
}

char *
report_resource_text(const struct resource *res, bool note)
{
	static const char *const kinds[] = { N_("Working hours"),
	    N_("Facilities"), N_("Volunteer work"), N_("Money"),
	    N_("Other") };
	const char *kind = (unsigned)res->kind < RESOURCE_KIND_COUNT ?
	    _(kinds[res->kind]) : _("Other");
	char num[32], *amount, *v;

	if (res->amount == (double)(long)res->amount)
		report_fmt_count(num, res->amount);
	else
		report_fmt1_local(num, res->amount);
	amount = res->amount != 0 ? xasprintf(" %s%s%s", num,
	    *res->unit != '\0' ? " " : "", res->unit) : xstrdup("");
	if (!note)
		v = xasprintf("%s%s", kind, amount);
	else
		v = xasprintf("%s:%s%s%s", kind, amount, *res->note != '\0' ?
		    (*amount != '\0' ? " - " : " ") : "", res->note);
	free(amount);
	return v;
}

/* What each party promised in Del 1, to read beside what it gave: one
 * item per party that promised anything, its resources in a row. */
static void
ledger_promised(struct report *r)
{
	const struct session *s = r->s;
	struct textbuf b;
	char *v;
	size_t i;
	int p;

	r->ops->field(r, _("Promised in Part 1"), "");
	r->ops->list_begin(r, false);
	for (p = 0; p < PARTY_COUNT; p++) {
		const struct part1 *p1 = &s->part1[p];
		const char *name = s->parties[p].name;

		textbuf_init(&b);
		textbuf_addf(&b, "%s: ", *name != '\0' ? name :
		    report_party_kind(p));
		for (i = 0; i < p1->n_resources; i++) {
			v = report_resource_text(&p1->resources[i], false);
			textbuf_addf(&b, "%s%s", i > 0 ? "; " : "", v);
			free(v);
		}
		if (p1->n_resources == 0)
			textbuf_adds(&b, _("nothing promised"));
		v = textbuf_detach(&b);
		r->ops->item(r, v);
		free(v);
	}
	r->ops->list_end(r);
}

void
report_ledger(struct report *r)
{
	const struct session *s = r->s;
	const struct ledger_entry **order;
	struct ledger_entry total;
	size_t i, first;
	char *v;

	if (s->n_ledger == 0)
		return;
	order = xcalloc(s->n_ledger, sizeof *order);
	for (i = 0; i < s->n_ledger; i++)
		order[i] = &s->ledger[i];
	qsort(order, s->n_ledger, sizeof *order, ledger_cmp);
	r->ops->heading(r, 3, _("Inputs and outputs"));
	ledger_promised(r);
	r->ops->field(r, _("Given, per party and year"), "");
	r->ops->list_begin(r, false);
	for (first = i = 0; i < s->n_ledger; i++) {
		const char *name = s->parties[order[i]->party].name;

		v = ledger_line(*name != '\0' ? name :
		    report_party_kind(order[i]->party), order[i]);
		r->ops->item(r, v);
		free(v);
		if (i + 1 < s->n_ledger && order[i + 1]->year == order[i]->year)
			continue;
		if (i > first) {
			total = ledger_sum(order, first, i + 1);
			v = ledger_line(_("total"), &total);
			r->ops->item(r, v);
			free(v);
		}
		first = i + 1;
	}
	r->ops->list_end(r);
	free(order);
}
