/*
 * Resources given: what each party actually put in over a year (cash,
 * working hours, in-kind value, the cost of running it) and what came of
 * it (events, participants), as records on Del 3's meetings step, each
 * showing beside it what the party promised in Del 1. The inputs are
 * those LBG/B4SI reporting counts; the reports set them against Del 1.
 *
 * The file takes years 1900 to 2200 only, so a new record never has
 * year 0: it takes the latest record's year, else the session's.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "b2c/i18n.h"
#include "b2c/textbuf.h"
#include "b2c/util.h"
#include "guide-impl.h"

#define LEDGER_MIN_YEAR 1900
#define LEDGER_MAX_YEAR 2200

static const char *const party_choices[] = {
	N_("Housing organisation"), N_("Company"), NULL
};

static const struct ledger_entry *
led_get(const struct session *s, const struct guide_ctx *c)
{
	return c->row < s->n_ledger ? &s->ledger[c->row] : NULL;
}

static struct ledger_entry *
led_mut(struct session *s, const struct guide_ctx *c)
{
	return c->row < s->n_ledger ? &s->ledger[c->row] : NULL;
}

static char *
led_year_get(const struct session *s, const struct guide_ctx *c)
{
	const struct ledger_entry *e = led_get(s, c);

	return e == NULL ? guide_dup("") : guide_format_long(e->year);
}

static int
led_year_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	struct ledger_entry *e = led_mut(s, c);
	long y;
	bool empty;

	if (e == NULL)
		return guide_no_row(cause);
	if (guide_parse_count(v, &y, &empty, cause) != 0)
		return -1;
	if (empty || y < LEDGER_MIN_YEAR || y > LEDGER_MAX_YEAR) {
		*cause = xasprintf(_("Give a year from %d to %d"),
		    LEDGER_MIN_YEAR, LEDGER_MAX_YEAR);
		return -1;
	}
	e->year = (int)y;
	return 0;
}

static char *
led_party_get(const struct session *s, const struct guide_ctx *c)
{
	const struct ledger_entry *e = led_get(s, c);

	return e == NULL ? guide_dup("") : guide_format_choice((int)e->party);
}

static int
led_party_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	struct ledger_entry *e = led_mut(s, c);
	int i;

	if (e == NULL)
		return guide_no_row(cause);
	if (guide_parse_choice(v, PARTY_COUNT, &i, cause) != 0)
		return -1;
	e->party = (enum party_id)i;
	return 0;
}

/* An amount (kr. or hours): a number of 0 or more, "" for none. */
#define LED_AMOUNT(name, member)					\
static char *								\
name##_get(const struct session *s, const struct guide_ctx *c)		\
{									\
	const struct ledger_entry *e = led_get(s, c);			\
									\
	if (e == NULL || e->member == 0)				\
		return guide_dup("");					\
	return guide_format_number(e->member);				\
}									\
static int								\
name##_set(struct session *s, const struct guide_ctx *c,		\
    const char *v, char **cause)					\
{									\
	struct ledger_entry *e = led_mut(s, c);				\
	double d;							\
	bool empty;							\
									\
	if (e == NULL)							\
		return guide_no_row(cause);				\
	if (guide_parse_number(v, false, &d, &empty, cause) != 0)	\
		return -1;						\
	if (d > GUIDE_MAX_AMOUNT) {					\
		*cause = xasprintf(_("%s is too large"), v);		\
		return -1;						\
	}								\
	e->member = empty ? 0 : d;					\
	return 0;							\
}

/* A whole count, "" for none. */
#define LED_COUNT(name, member)						\
static char *								\
name##_get(const struct session *s, const struct guide_ctx *c)		\
{									\
	const struct ledger_entry *e = led_get(s, c);			\
									\
	if (e == NULL || e->member == 0)				\
		return guide_dup("");					\
	return guide_format_long(e->member);				\
}									\
static int								\
name##_set(struct session *s, const struct guide_ctx *c,		\
    const char *v, char **cause)					\
{									\
	struct ledger_entry *e = led_mut(s, c);				\
	long n;								\
	bool empty;							\
									\
	if (e == NULL)							\
		return guide_no_row(cause);				\
	if (guide_parse_count(v, &n, &empty, cause) != 0)		\
		return -1;						\
	e->member = empty ? 0 : n;					\
	return 0;							\
}

LED_AMOUNT(led_cash, cash)
LED_AMOUNT(led_hours, hours)
LED_AMOUNT(led_in_kind, in_kind)
LED_AMOUNT(led_management, management)
LED_COUNT(led_events, events)
LED_COUNT(led_participants, participants)

static char *
led_note_get(const struct session *s, const struct guide_ctx *c)
{
	const struct ledger_entry *e = led_get(s, c);

	return guide_dup(e == NULL ? "" : e->note);
}

static int
led_note_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	struct ledger_entry *e = led_mut(s, c);

	if (e == NULL)
		return guide_no_row(cause);
	return guide_put(&e->note, v, cause);
}

/* What the record's party promised in Del 1, one resource a line. */
static char *
led_promised_get(const struct session *s, const struct guide_ctx *c)
{
	static const char *const kinds[] = { N_("Working hours"),
	    N_("Facilities"), N_("Volunteers"), N_("Money"), N_("Other") };
	const struct ledger_entry *e = led_get(s, c);
	const struct part1 *p;
	struct textbuf b;
	char *num;
	size_t i;

	if (e == NULL || (unsigned)e->party >= PARTY_COUNT)
		return guide_dup("");
	p = &s->part1[e->party];
	if (p->n_resources == 0)
		return guide_dup(_("(nothing promised in Part 1)"));
	textbuf_init(&b);
	for (i = 0; i < p->n_resources; i++) {
		const struct resource *r = &p->resources[i];

		textbuf_addf(&b, "%s%s", i > 0 ? "\n" : "",
		    _(kinds[(unsigned)r->kind < RESOURCE_KIND_COUNT ? r->kind :
		    RESOURCE_OTHER]));
		if (r->amount != 0) {
			num = guide_format_number(r->amount);
			textbuf_addf(&b, ": %s%s%s", num, *r->unit != '\0' ?
			    " " : "", r->unit);
			free(num);
		}
		if (*r->note != '\0')
			textbuf_addf(&b, " (%s)", r->note);
	}
	textbuf_adds(&b, "");
	return textbuf_detach(&b);
}

size_t
guide_ledger_count(const struct session *s, const struct guide_ctx *c)
{
	return s->n_ledger;
}

/* The year a new record takes: the latest record's, else the year the
 * session was created, else this year. */
static int
led_new_year(const struct session *s)
{
	time_t now;
	struct tm tm;
	int y;

	if (s->n_ledger > 0)
		return s->ledger[s->n_ledger - 1].year;
	if (strlen(s->created) >= 4 && (y = atoi(s->created)) >=
	    LEDGER_MIN_YEAR && y <= LEDGER_MAX_YEAR)
		return y;
	now = time(NULL);
	if (gmtime_r(&now, &tm) == NULL)
		return 2026;
	return tm.tm_year + 1900;
}

size_t
guide_ledger_add(struct session *s, const struct guide_ctx *c)
{
	int year = led_new_year(s);

	session_add_ledger(s)->year = year;
	return s->n_ledger - 1;
}

void
guide_ledger_remove(struct session *s, const struct guide_ctx *c, size_t row)
{
	session_remove_ledger(s, row);
}

void
guide_ledger_move(struct session *s, const struct guide_ctx *c, size_t from,
    size_t to)
{
	session_move(s->ledger, s->n_ledger, sizeof *s->ledger, from, to);
}

/* "2026 · Bo-Vest · 180 hours, 12,000 kr. in kind" */
char *
guide_ledger_summary(const struct session *s, const struct guide_ctx *c)
{
	const struct ledger_entry *e = led_get(s, c);
	const char *who;
	char *hours, *kr, *out;

	if (e == NULL || (unsigned)e->party >= PARTY_COUNT)
		return guide_dup("");
	who = *s->parties[e->party].name != '\0' ? s->parties[e->party].name :
	    _(party_choices[e->party]);
	hours = guide_format_number(e->hours);
	kr = guide_format_number(e->cash + e->in_kind + e->management);
	/* TRANSLATORS: year, party, working hours, and cash, in-kind value
	 * and management cost added up in kr. */
	out = xasprintf(_("%d · %s · %s hours, %s kr."), e->year, who, hours,
	    kr);
	free(hours);
	free(kr);
	return out;
}

#define LFIELD(k, kd, lbl, hnt, name) \
	{ .key = k, .kind = kd, .label = lbl, .hint = hnt, \
	  .get = name##_get, .set = name##_set }

const struct guide_field guide_ledger_columns[GUIDE_LEDGER_N_COLUMNS] = {
	LFIELD("part3.ledger.year", GUIDE_NUMBER, N_("Year"),
	    N_("The year the resources were given, e.g. 2026"), led_year),
	{ .key = "part3.ledger.party", .kind = GUIDE_CHOICE,
	  .label = N_("Party"), .choices = party_choices,
	  .get = led_party_get, .set = led_party_set },
	{ .key = "part3.ledger.promised", .kind = GUIDE_TEXTAREA,
	  .label = N_("Promised in Part 1"),
	  .hint = N_("What this party said it could put in; read only"),
	  .get = led_promised_get, .set = guide_set_readonly },
	LFIELD("part3.ledger.hours", GUIDE_NUMBER, N_("Working hours given"),
	    N_("Staff and volunteer hours in the year"), led_hours),
	LFIELD("part3.ledger.cash", GUIDE_NUMBER, N_("Cash given (kr.)"),
	    N_("Money paid out, e.g. a sponsorship"), led_cash),
	LFIELD("part3.ledger.in_kind", GUIDE_NUMBER,
	    N_("In kind (kr.)"),
	    N_("The value of rooms, goods and services lent or given"),
	    led_in_kind),
	LFIELD("part3.ledger.management", GUIDE_NUMBER,
	    N_("Management cost (kr.)"),
	    N_("The cost of running the partnership itself"),
	    led_management),
	LFIELD("part3.ledger.events", GUIDE_NUMBER, N_("Events held"), NULL,
	    led_events),
	LFIELD("part3.ledger.participants", GUIDE_NUMBER,
	    N_("Participants"), N_("All the events' participants together"),
	    led_participants),
	LFIELD("part3.ledger.note", GUIDE_TEXT, N_("Note"),
	    N_("E.g. the rooms or the volunteers behind the figures"),
	    led_note),
};
