/*
 * Del 3's measurements as one list: every measurement of every
 * indicator, in indicator order, so row r is (indicator i, measurement
 * j). A new measurement goes to the first adopted indicator; the
 * record's indicator choice moves it to another one (appended there).
 * Periods are unique within an indicator, as the reports key periods
 * by them; a period is stored by its key and shown in the interface's
 * language (period.h).
 *
 * The tallies table has one row per statement of the indicator, or a
 * single indicator-level row when it has none; its rows are fixed.
 *
 * An indicator not adopted in Del 2 can still be measured; the record
 * then says so under the indicator choice, as every output will show
 * its figures marked as not adopted (adoption.h).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/adoption.h"
#include "b2c/guide-extra.h"
#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/period.h"
#include "b2c/util.h"
#include "guide-impl.h"

int
guide_measurement_at(const struct session *s, size_t row, size_t *ind,
    size_t *meas)
{
	size_t i;

	for (i = 0; i < s->n_indicators; i++) {
		if (row < s->indicators[i].n_measurements) {
			*ind = i;
			*meas = row;
			return 0;
		}
		row -= s->indicators[i].n_measurements;
	}
	return -1;
}

long
guide_measurement_row(const struct session *s, size_t ind, size_t meas)
{
	size_t i, row = 0;

	if (ind >= s->n_indicators || meas >= s->indicators[ind].n_measurements)
		return -1;
	for (i = 0; i < ind; i++)
		row += s->indicators[i].n_measurements;
	return (long)(row + meas);
}

static const struct measurement *
meas_get(const struct session *s, const struct guide_ctx *c,
    const struct indicator **owner)
{
	size_t i, j;

	if (guide_measurement_at(s, c->row, &i, &j) != 0)
		return NULL;
	if (owner != NULL)
		*owner = &s->indicators[i];
	return &s->indicators[i].measurements[j];
}

static struct measurement *
meas_mut(struct session *s, const struct guide_ctx *c,
    struct indicator **owner)
{
	size_t i, j;

	if (guide_measurement_at(s, c->row, &i, &j) != 0)
		return NULL;
	if (owner != NULL)
		*owner = &s->indicators[i];
	return &s->indicators[i].measurements[j];
}

static size_t
meas_count(const struct session *s, const struct guide_ctx *c)
{
	size_t i, n = 0;

	for (i = 0; i < s->n_indicators; i++)
		n += s->indicators[i].n_measurements;
	return n;
}

/* The baseline for the first, then year 1, year 2 ... unused ones. */
static char *
meas_period_for(const struct indicator *ind)
{
	char *p;
	size_t n;

	if (session_find_measurement(ind, PERIOD_BASELINE) == NULL)
		return xstrdup(PERIOD_BASELINE);
	for (n = 1; ; n++) {
		p = xasprintf("year %zu", n);
		if (session_find_measurement(ind, p) == NULL)
			return p;
		free(p);
	}
}

static size_t
meas_add(struct session *s, const struct guide_ctx *c)
{
	struct indicator *ind = &s->indicators[0];
	size_t i;
	char *period;

	for (i = 0; i < s->n_indicators; i++) {
		if (s->indicators[i].adopted) {
			ind = &s->indicators[i];
			break;
		}
	}
	period = meas_period_for(ind);
	session_add_measurement(ind, period);
	free(period);
	return (size_t)guide_measurement_row(s, (size_t)(ind - s->indicators),
	    ind->n_measurements - 1);
}

static void
meas_remove(struct session *s, const struct guide_ctx *c, size_t row)
{
	size_t i, j;

	if (guide_measurement_at(s, row, &i, &j) == 0)
		session_remove_measurement(&s->indicators[i], j);
}

/* Moves within one indicator only: the order there is period order. */
static void
meas_move(struct session *s, const struct guide_ctx *c, size_t from,
    size_t to)
{
	size_t fi, fj, ti, tj;
	struct indicator *ind;

	if (guide_measurement_at(s, from, &fi, &fj) != 0 ||
	    guide_measurement_at(s, to, &ti, &tj) != 0 || fi != ti)
		return;
	ind = &s->indicators[fi];
	session_move(ind->measurements, ind->n_measurements,
	    sizeof *ind->measurements, fj, tj);
}

static char *
meas_summary(const struct session *s, const struct guide_ctx *c)
{
	const struct indicator *ind;
	const struct measurement *m = meas_get(s, c, &ind);
	char *date, *name, *out;

	if (m == NULL)
		return guide_dup("");
	date = lang_format_date(m->date);
	name = adoption_name(ind, false);
	out = xasprintf("%s · %s%s%s", name, period_label(m->period),
	    date[0] != '\0' ? " · " : "", date);
	free(name);
	free(date);
	return out;
}

static char *
meas_ind_get(const struct session *s, const struct guide_ctx *c)
{
	const struct indicator *ind;

	if (meas_get(s, c, &ind) == NULL)
		return guide_dup("");
	return guide_format_choice((int)(ind - s->indicators));
}

/* Shown (read only) when the record's indicator is not adopted. */
static char *
meas_adopted_get(const struct session *s, const struct guide_ctx *c)
{
	const struct indicator *ind;

	if (meas_get(s, c, &ind) == NULL || adoption_adopted(ind))
		return guide_dup("");
	/* One line: the field is a single line on screen. */
	return guide_dup(_("No: not ticked in Del 2 (Site-specific "
	    "indicators)"));
}

static bool
meas_has_statement(const struct indicator *ind, const char *id)
{
	size_t i;

	for (i = 0; i < ind->n_statements; i++)
		if (strcmp(ind->statements[i].id, id) == 0)
			return true;
	return false;
}

/* True when measurement m can move to indicator to without losing
 * what has been entered (a count, or answers to its statements). */
static bool
meas_fits(const struct measurement *m, const struct indicator *to)
{
	size_t j;
	const char *id;

	if (m->has_count && to->kind != INDICATOR_COUNT)
		return false;
	for (j = 0; j < m->n_tallies; j++) {
		id = m->tallies[j].statement;
		if (to->kind != INDICATOR_PERCENT)
			return false;
		if (id[0] == '\0' ? to->n_statements > 0 :
		    !meas_has_statement(to, id))
			return false;
	}
	return true;
}

/* Moves measurement j of indicator from to the end of indicator to. */
static void
meas_transfer(struct session *s, size_t from, size_t j, size_t to)
{
	struct indicator *src = &s->indicators[from];
	struct indicator *dst = &s->indicators[to];
	struct measurement m = src->measurements[j];

	memmove(&src->measurements[j], &src->measurements[j + 1],
	    (src->n_measurements - j - 1) * sizeof *src->measurements);
	src->n_measurements--;
	dst->measurements = util_grow(dst->measurements, dst->n_measurements,
	    sizeof *dst->measurements);
	dst->measurements[dst->n_measurements++] = m;
}

static int
meas_ind_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	size_t i, j;
	int to;

	if (guide_measurement_at(s, c->row, &i, &j) != 0)
		return guide_no_row(cause);
	if (guide_parse_choice(v, s->n_indicators, &to, cause) != 0)
		return -1;
	if ((size_t)to == i)
		return 0;
	if (session_find_measurement(&s->indicators[to],
	    s->indicators[i].measurements[j].period) != NULL) {
		*cause = xasprintf(_("%s already has a measurement called "
		    "%s"), s->indicators[to].name,
		    period_label(s->indicators[i].measurements[j].period));
		return -1;
	}
	if (!meas_fits(&s->indicators[i].measurements[j],
	    &s->indicators[to])) {
		*cause = xasprintf(_("The answers entered do not fit %s; add a "
		    "new measurement for it instead"), s->indicators[to].name);
		return -1;
	}
	meas_transfer(s, i, j, (size_t)to);
	return 0;
}

static char *
meas_period_get(const struct session *s, const struct guide_ctx *c)
{
	const struct measurement *m = meas_get(s, c, NULL);

	return guide_dup(m == NULL ? "" : period_label(m->period));
}

/* Stored by its key, so "Year 1" and "År 1" name one period. */
static int
meas_period_set(struct session *s, const struct guide_ctx *c,
    const char *v, char **cause)
{
	struct indicator *ind;
	struct measurement *m = meas_mut(s, c, &ind), *other;
	char *key;
	int rc;

	if (m == NULL)
		return guide_no_row(cause);
	key = period_key(v);
	if (key[0] == '\0') {
		free(key);
		*cause = xstrdup(_("A measurement needs a name, e.g. "
		    "Baseline or Year 1"));
		return -1;
	}
	other = session_find_measurement(ind, key);
	if (other != NULL && other != m) {
		*cause = xasprintf(_("%s already has a measurement called "
		    "%s"), ind->name, period_label(other->period));
		free(key);
		return -1;
	}
	rc = guide_put(&m->period, key, cause);
	free(key);
	return rc;
}

static char *
meas_date_get(const struct session *s, const struct guide_ctx *c)
{
	const struct measurement *m = meas_get(s, c, NULL);

	return guide_dup(m == NULL ? "" : m->date);
}

static int
meas_date_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	struct measurement *m = meas_mut(s, c, NULL);

	if (m == NULL)
		return guide_no_row(cause);
	return guide_put_date(&m->date, v, cause);
}

static char *
meas_n_get(const struct session *s, const struct guide_ctx *c)
{
	const struct measurement *m = meas_get(s, c, NULL);

	if (m == NULL || !m->has_count)
		return guide_dup("");
	return guide_format_long(m->count);
}

static int
meas_n_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	struct indicator *ind;
	struct measurement *m = meas_mut(s, c, &ind);
	bool empty;
	long n;

	if (m == NULL)
		return guide_no_row(cause);
	if (ind->kind != INDICATOR_COUNT) {
		*cause = xstrdup(_("Only count indicators have a count; enter "
		    "the answers instead"));
		return -1;
	}
	if (guide_parse_count(v, &n, &empty, cause) != 0)
		return -1;
	m->has_count = !empty;
	m->count = n;
	return 0;
}

/* Tallies: row ctx->sub of measurement ctx->row. */

static size_t
tally_count(const struct session *s, const struct guide_ctx *c)
{
	const struct indicator *ind;

	if (meas_get(s, c, &ind) == NULL)
		return 0;
	return ind->n_statements == 0 ? 1 : ind->n_statements;
}

/* The statement id of tally row sub ("" = the indicator), or NULL. */
static const char *
tally_statement(const struct indicator *ind, size_t sub)
{
	if (ind->n_statements == 0)
		return sub == 0 ? "" : NULL;
	return sub < ind->n_statements ? ind->statements[sub].id : NULL;
}

static const struct tally *
tally_find(const struct measurement *m, const char *id)
{
	size_t i;

	for (i = 0; i < m->n_tallies; i++)
		if (strcmp(m->tallies[i].statement, id) == 0)
			return &m->tallies[i];
	return NULL;
}

static char *
tally_label_get(const struct session *s, const struct guide_ctx *c)
{
	const struct indicator *ind;

	if (meas_get(s, c, &ind) == NULL ||
	    tally_statement(ind, c->sub) == NULL)
		return guide_dup("");
	if (ind->n_statements == 0)
		return guide_dup(_("The indicator as a whole"));
	return guide_dup(ind->statements[c->sub].text[0] != '\0' ?
	    ind->statements[c->sub].text : ind->statements[c->sub].id);
}

/* The answer step a column stands for: 0..4, 5 don't know, 6 blank. */
static long *
tally_cell(struct tally *t, int step)
{
	if (step < SESSION_ANSWER_STEPS)
		return &t->steps[step];
	return step == SESSION_ANSWER_STEPS ? &t->dont_know : &t->blank;
}

static char *
tally_get(const struct session *s, const struct guide_ctx *c, int step)
{
	const struct indicator *ind;
	const struct measurement *m = meas_get(s, c, &ind);
	const struct tally *t;
	const char *id;

	if (m == NULL || (id = tally_statement(ind, c->sub)) == NULL ||
	    (t = tally_find(m, id)) == NULL)
		return guide_dup("");
	if (step < SESSION_ANSWER_STEPS)
		return guide_format_long(t->steps[step]);
	return guide_format_long(step == SESSION_ANSWER_STEPS ?
	    t->dont_know : t->blank);
}

static int
tally_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause, int step)
{
	struct indicator *ind;
	struct measurement *m = meas_mut(s, c, &ind);
	const char *id;
	bool empty;
	long n;

	if (m == NULL || (id = tally_statement(ind, c->sub)) == NULL)
		return guide_no_row(cause);
	if (ind->kind != INDICATOR_PERCENT) {
		*cause = xstrdup(_("Count indicators have no answers; enter "
		    "the count instead"));
		return -1;
	}
	if (guide_parse_count(v, &n, &empty, cause) != 0)
		return -1;
	*tally_cell(session_tally_for(m, id), step) = n;
	return 0;
}

#define TALLY(step)							\
static char *								\
tally##step##_get(const struct session *s, const struct guide_ctx *c)	\
{									\
	return tally_get(s, c, step);					\
}									\
static int								\
tally##step##_set(struct session *s, const struct guide_ctx *c,		\
    const char *v, char **cause)					\
{									\
	return tally_set(s, c, v, cause, step);				\
}

TALLY(0)
TALLY(1)
TALLY(2)
TALLY(3)
TALLY(4)
TALLY(5)
TALLY(6)

#define TCOL(k, lbl, step) \
	{ .key = k, .kind = GUIDE_NUMBER, .label = lbl, \
	  .get = tally##step##_get, .set = tally##step##_set }

static const struct guide_field tally_columns[] = {
	{ .key = "part3.tally.statement", .kind = GUIDE_TEXT,
	  .label = N_("Statement"), .get = tally_label_get,
	  .set = guide_set_readonly },
	TCOL("part3.tally.agree", N_("Strongly agree"), 0),
	TCOL("part3.tally.partly_agree", N_("Partly agree"), 1),
	TCOL("part3.tally.neither", N_("Neither agree nor disagree"), 2),
	TCOL("part3.tally.partly_disagree", N_("Partly disagree"), 3),
	TCOL("part3.tally.disagree", N_("Strongly disagree"), 4),
	TCOL("part3.tally.dont_know", N_("Don't know"), 5),
	TCOL("part3.tally.blank", N_("Blank"), 6),
};

static const struct guide_field meas_columns[] = {
	{ .key = "part3.measurement.indicator", .kind = GUIDE_CHOICE,
	  .label = N_("Indicator"),
	  .hint = N_("Choosing another indicator moves the measurement"),
	  .required = true, .get = meas_ind_get, .set = meas_ind_set },
	{ .key = "part3.measurement.adopted", .kind = GUIDE_TEXT,
	  .label = N_("Adopted by both parties"),
	  .hint = N_("The progress and the reports still show its figures, "
	  "marked as not adopted by both parties."),
	  .get = meas_adopted_get, .set = guide_set_readonly },
	{ .key = "part3.measurement.period", .kind = GUIDE_TEXT,
	  .label = N_("Period"),	/* offered: guide_measure_offer */
	  .required = true, .get = meas_period_get, .set = meas_period_set },
	{ .key = "part3.measurement.date", .kind = GUIDE_DATE,
	  .label = N_("Date"), .hint = N_("When the answers were collected"),
	  .get = meas_date_get, .set = meas_date_set },
	{ .key = "part3.measurement.count", .kind = GUIDE_NUMBER,
	  .label = N_("Count"),
	  .hint = N_("For count indicators, e.g. young people in "
	  "internships"), .get = meas_n_get, .set = meas_n_set },
	{ .key = "part3.measurement.tallies", .kind = GUIDE_TABLE,
	  .label = N_("Answers per statement"),
	  .hint = N_("How many residents gave each answer"),
	  .count = tally_count, .columns = tally_columns,
	  .n_columns = GUIDE_NELEM(tally_columns) },
};

const struct guide_field guide_measurement_fields[1] = {
	{ .key = "part3.measurement", .kind = GUIDE_RECORDS,
	  .label = N_("Measurements"),
	  .hint = N_("One record per indicator and period"),
	  .required = true, .count = meas_count, .add = meas_add,
	  .remove = meas_remove, .move = meas_move, .summary = meas_summary,
	  .columns = meas_columns, .n_columns = GUIDE_NELEM(meas_columns) },
};

char *
guide_measure_offer(const struct session *s, const struct guide_field *f)
{
	char *list, *line;

	if (strcmp(f->key, "part3.measurement.period") != 0)
		return NULL;
	list = period_offer(s);
	line = xasprintf(_("Periods: %s, or a name of your own"), list);
	free(list);
	return line;
}

/* Whether a measurement sub-field applies to the row's indicator. */
bool
guide_measure_applies(const struct session *s, const struct guide_field *f,
    const struct guide_ctx *c)
{
	const struct indicator *ind;

	if (meas_get(s, c, &ind) == NULL)
		return true;
	if (strcmp(f->key, "part3.measurement.count") == 0)
		return ind->kind == INDICATOR_COUNT;
	if (strcmp(f->key, "part3.measurement.tallies") == 0)
		return ind->kind == INDICATOR_PERCENT;
	if (strcmp(f->key, "part3.measurement.adopted") == 0)
		return !adoption_adopted(ind);
	return true;
}
