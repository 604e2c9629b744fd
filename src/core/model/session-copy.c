/*
 * Deep copy and comparison of sessions, field by field, so that a
 * round-trip test through the store proves every field survives.
 */
#include "config.h"

#include <string.h>

#include "b2c/session.h"
#include "b2c/util.h"

#define STR_EQ(a, b, f)	(strcmp((a)->f, (b)->f) == 0)

static char **
copy_strings(char *const *items, size_t n)
{
	char **out = NULL;
	size_t i;

	if (n == 0)
		return NULL;
	out = xcalloc(n, sizeof *out);
	for (i = 0; i < n; i++)
		out[i] = xstrdup(items[i]);
	return out;
}

static void
copy_part1(struct part1 *dst, const struct part1 *src)
{
	size_t i;

	session_set_str(&dst->challenges, src->challenges);
	session_set_str(&dst->initiatives, src->initiatives);
	session_set_str(&dst->indicator_promotion, src->indicator_promotion);
	session_set_str(&dst->proposed_indicators, src->proposed_indicators);
	session_set_str(&dst->interest, src->interest);
	dst->expected_size = src->expected_size;
	for (i = 0; i < SESSION_POINTS; i++)
		session_set_str(&dst->points[i], src->points[i]);
	for (i = 0; i < src->n_resources; i++) {
		struct resource *r = session_add_resource(dst);

		session_set_str(&r->id, src->resources[i].id);
		r->kind = src->resources[i].kind;
		r->amount = src->resources[i].amount;
		session_set_str(&r->unit, src->resources[i].unit);
		session_set_str(&r->note, src->resources[i].note);
	}
}

static void
copy_part2(struct part2 *dst, const struct part2 *src)
{
	size_t i;

	session_set_str(&dst->indicator_notes, src->indicator_notes);
	session_set_str(&dst->q_challenges, src->q_challenges);
	session_set_str(&dst->q_actions, src->q_actions);
	session_set_str(&dst->q_resources, src->q_resources);
	session_set_str(&dst->q_indicators, src->q_indicators);
	session_set_str(&dst->q_other_resources, src->q_other_resources);
	session_set_str(&dst->other_resources_note, src->other_resources_note);
	dst->use_municipality = src->use_municipality;
	dst->use_helhedsplan = src->use_helhedsplan;
	dst->use_boligsocial = src->use_boligsocial;
	dst->use_other_companies = src->use_other_companies;
	dst->actions = copy_strings(src->actions, src->n_actions);
	dst->n_actions = src->n_actions;
	for (i = 0; i < src->n_action_states; i++) {
		struct action_state *st = session_add_action_state(dst);

		st->status = src->action_states[i].status;
		session_set_str(&st->date, src->action_states[i].date);
		session_set_str(&st->note, src->action_states[i].note);
	}
	dst->meeting_dates = copy_strings(src->meeting_dates,
	    src->n_meeting_dates);
	dst->n_meeting_dates = src->n_meeting_dates;
	for (i = 0; i < src->n_wheel; i++) {
		struct activity *a = session_add_activity(dst);
		const struct activity *b = &src->wheel[i];

		session_set_str(&a->id, b->id);
		a->month = b->month;
		a->responsible = b->responsible;
		session_set_str(&a->date, b->date);
		session_set_str(&a->title, b->title);
		session_set_str(&a->role, b->role);
		a->status = b->status;
		session_set_str(&a->status_date, b->status_date);
		session_set_str(&a->status_note, b->status_note);
	}
	dst->plan.month = src->plan.month;
	dst->plan.sample_size = src->plan.sample_size;
	session_set_str(&dst->plan.scope, src->plan.scope);
}

static void
copy_measurement(struct measurement *dst, const struct measurement *src)
{
	size_t i;

	session_set_str(&dst->date, src->date);
	session_set_str(&dst->source, src->source);
	session_set_str(&dst->source_sha256, src->source_sha256);
	dst->base = src->base;
	dst->has_count = src->has_count;
	dst->count = src->count;
	for (i = 0; i < src->n_tallies; i++) {
		struct tally *t = session_tally_for(dst,
		    src->tallies[i].statement);

		memcpy(t->steps, src->tallies[i].steps, sizeof t->steps);
		t->dont_know = src->tallies[i].dont_know;
		t->blank = src->tallies[i].blank;
	}
	for (i = 0; i < src->n_imports; i++)
		session_add_import(dst, src->imports[i]);
}

static void
copy_indicator(struct session *s, const struct indicator *src)
{
	struct indicator *ind = session_add_indicator(s, src->id, src->name);
	size_t i;

	session_set_str(&ind->opposite, src->opposite);
	session_set_str(&ind->kpi, src->kpi);
	session_set_str(&ind->comment, src->comment);
	ind->kind = src->kind;
	ind->core = src->core;
	ind->adopted = src->adopted;
	ind->has_target = src->has_target;
	ind->target = src->target;
	ind->target_year = src->target_year;
	for (i = 0; i < src->n_milestones; i++)
		session_set_milestone(ind, src->milestones[i].year,
		    src->milestones[i].value);
	ind->esrs_s3 = src->esrs_s3;
	ind->esrs_s4 = src->esrs_s4;
	for (i = 0; i < src->n_statements; i++)
		session_add_statement(ind, src->statements[i].id,
		    src->statements[i].text);
	for (i = 0; i < src->n_measurements; i++)
		copy_measurement(session_add_measurement(ind,
		    src->measurements[i].period), &src->measurements[i]);
}

static void
copy_conflicts(struct session *dst, const struct session *src)
{
	const struct conflict *o;
	struct conflict *c;
	size_t i;

	for (i = 0; i < src->n_conflicts; i++) {
		o = &src->conflicts[i];
		c = session_add_conflict(dst);
		session_set_str(&c->path, o->path);
		session_set_str(&c->kind, o->kind);
		session_set_str(&c->base, o->base);
		session_set_str(&c->ours, o->ours);
		session_set_str(&c->theirs, o->theirs);
	}
}

struct session *
session_clone(const struct session *src)
{
	struct session *s = session_new();
	size_t i;
	int p;

	/* session_new() added the core indicators; copy the source's own. */
	while (s->n_indicators > 0) {
		s->indicators[s->n_indicators - 1].core = false;
		session_remove_indicator(s, s->n_indicators - 1);
	}
	s->version = src->version;
	session_set_str(&s->title, src->title);
	session_set_str(&s->area, src->area);
	session_set_str(&s->created, src->created);
	session_set_str(&s->modified, src->modified);
	session_set_str(&s->saved_by, src->saved_by);
	s->large = src->large;
	for (p = 0; p < PARTY_COUNT; p++) {
		session_set_str(&s->parties[p].name, src->parties[p].name);
		session_set_str(&s->parties[p].contact,
		    src->parties[p].contact);
		session_set_str(&s->parties[p].role, src->parties[p].role);
		copy_part1(&s->part1[p], &src->part1[p]);
	}
	copy_part2(&s->part2, &src->part2);
	session_small_copy(s, src);
	for (i = 0; i < src->n_meetings; i++) {
		struct meeting *m = session_add_meeting(s);
		const struct meeting *o = &src->meetings[i];

		session_set_str(&m->id, o->id);
		session_set_str(&m->date, o->date);
		session_set_str(&m->planned, o->planned);
		session_set_str(&m->participants, o->participants);
		session_set_str(&m->experience, o->experience);
		session_set_str(&m->learnings, o->learnings);
		session_set_str(&m->adjust, o->adjust);
		session_set_str(&m->decisions, o->decisions);
	}
	for (i = 0; i < src->n_indicators; i++)
		copy_indicator(s, &src->indicators[i]);
	s->survey_columns = copy_strings(src->survey_columns,
	    src->n_survey_columns);
	s->n_survey_columns = src->n_survey_columns;
	s->survey_codes = copy_strings(src->survey_codes, src->n_survey_codes);
	s->n_survey_codes = src->n_survey_codes;
	s->survey_reverse = src->survey_reverse;
	copy_conflicts(s, src);
	s->history = copy_strings(src->history, src->n_history);
	s->n_history = src->n_history;
	for (i = 0; i < src->n_ledger; i++) {
		struct ledger_entry *e = session_add_ledger(s);
		char *note = e->note;

		*e = src->ledger[i];
		e->note = note;
		e->extra = NULL;
		session_set_str(&e->note, src->ledger[i].note);
	}
	return s;
}

/* The same inputs and outputs, in the same order. */
static bool
ledger_equal(const struct session *a, const struct session *b)
{
	size_t i;

	if (a->n_ledger != b->n_ledger)
		return false;
	for (i = 0; i < a->n_ledger; i++) {
		const struct ledger_entry *x = &a->ledger[i], *y = &b->ledger[i];

		if (x->year != y->year || x->party != y->party ||
		    x->cash != y->cash || x->hours != y->hours ||
		    x->in_kind != y->in_kind ||
		    x->management != y->management ||
		    x->events != y->events ||
		    x->participants != y->participants || !STR_EQ(x, y, note))
			return false;
	}
	return true;
}

static bool
conflicts_equal(const struct session *a, const struct session *b)
{
	const struct conflict *x, *y;
	size_t i;

	if (a->n_conflicts != b->n_conflicts)
		return false;
	for (i = 0; i < a->n_conflicts; i++) {
		x = &a->conflicts[i];
		y = &b->conflicts[i];
		if (!STR_EQ(x, y, path) || !STR_EQ(x, y, kind) ||
		    !STR_EQ(x, y, base) || !STR_EQ(x, y, ours) ||
		    !STR_EQ(x, y, theirs))
			return false;
	}
	return true;
}

static bool
strings_equal(char *const *a, size_t na, char *const *b, size_t nb)
{
	size_t i;

	if (na != nb)
		return false;
	for (i = 0; i < na; i++)
		if (strcmp(a[i], b[i]) != 0)
			return false;
	return true;
}

static bool
part1_equal(const struct part1 *a, const struct part1 *b)
{
	size_t i;

	if (!STR_EQ(a, b, challenges) || !STR_EQ(a, b, initiatives) ||
	    !STR_EQ(a, b, indicator_promotion) ||
	    !STR_EQ(a, b, proposed_indicators) || !STR_EQ(a, b, interest) ||
	    a->expected_size != b->expected_size ||
	    a->n_resources != b->n_resources)
		return false;
	for (i = 0; i < SESSION_POINTS; i++)
		if (strcmp(a->points[i], b->points[i]) != 0)
			return false;
	for (i = 0; i < a->n_resources; i++) {
		const struct resource *x = &a->resources[i];
		const struct resource *y = &b->resources[i];

		if (!STR_EQ(x, y, id) || x->kind != y->kind ||
		    x->amount != y->amount ||
		    !STR_EQ(x, y, unit) || !STR_EQ(x, y, note))
			return false;
	}
	return true;
}

static bool
activity_equal(const struct activity *x, const struct activity *y)
{
	return STR_EQ(x, y, id) && x->month == y->month &&
	    x->responsible == y->responsible &&
	    STR_EQ(x, y, date) && STR_EQ(x, y, title) && STR_EQ(x, y, role) &&
	    x->status == y->status && STR_EQ(x, y, status_date) &&
	    STR_EQ(x, y, status_note);
}

/* The actions' states as they mean: a state never set and one set back
 * to planned with nothing noted are the same. */
static bool
action_states_equal(const struct part2 *a, const struct part2 *b)
{
	const struct action_state *x, *y;
	size_t i, n = a->n_action_states > b->n_action_states ?
	    a->n_action_states : b->n_action_states;

	for (i = 0; i < n; i++) {
		x = session_action_state(a, i);
		y = session_action_state(b, i);
		if (x == NULL || y == NULL) {
			if (x != y)
				return false;
			continue;
		}
		if (x->status != y->status || strcmp(x->date, y->date) != 0 ||
		    strcmp(x->note, y->note) != 0)
			return false;
	}
	return true;
}

static bool
part2_equal(const struct part2 *a, const struct part2 *b)
{
	size_t i;

	if (!STR_EQ(a, b, indicator_notes) || !STR_EQ(a, b, q_challenges) ||
	    !STR_EQ(a, b, q_actions) || !STR_EQ(a, b, q_resources) ||
	    !STR_EQ(a, b, q_indicators) || !STR_EQ(a, b, q_other_resources) ||
	    !STR_EQ(a, b, other_resources_note) ||
	    a->use_municipality != b->use_municipality ||
	    a->use_helhedsplan != b->use_helhedsplan ||
	    a->use_boligsocial != b->use_boligsocial ||
	    a->use_other_companies != b->use_other_companies ||
	    a->plan.month != b->plan.month ||
	    a->plan.sample_size != b->plan.sample_size ||
	    strcmp(a->plan.scope, b->plan.scope) != 0 ||
	    a->n_wheel != b->n_wheel)
		return false;
	if (!strings_equal(a->actions, a->n_actions, b->actions, b->n_actions)
	    || !strings_equal(a->meeting_dates, a->n_meeting_dates,
	    b->meeting_dates, b->n_meeting_dates))
		return false;
	for (i = 0; i < a->n_wheel; i++)
		if (!activity_equal(&a->wheel[i], &b->wheel[i]))
			return false;
	return action_states_equal(a, b);
}

static bool
meeting_equal(const struct meeting *x, const struct meeting *y)
{
	return STR_EQ(x, y, id) && STR_EQ(x, y, date) &&
	    STR_EQ(x, y, planned) &&
	    STR_EQ(x, y, participants) &&
	    STR_EQ(x, y, experience) && STR_EQ(x, y, learnings) &&
	    STR_EQ(x, y, adjust) && STR_EQ(x, y, decisions);
}

static bool
measurement_equal(const struct measurement *x, const struct measurement *y)
{
	size_t i;

	if (!STR_EQ(x, y, period) || !STR_EQ(x, y, date) ||
	    !STR_EQ(x, y, source) || !STR_EQ(x, y, source_sha256) ||
	    x->base != y->base || x->has_count != y->has_count ||
	    x->count != y->count || x->n_tallies != y->n_tallies ||
	    x->n_imports != y->n_imports)
		return false;
	for (i = 0; i < x->n_imports; i++) {
		if (strcmp(x->imports[i], y->imports[i]) != 0)
			return false;
	}
	for (i = 0; i < x->n_tallies; i++) {
		const struct tally *s = &x->tallies[i], *t = &y->tallies[i];

		if (!STR_EQ(s, t, statement) || s->dont_know != t->dont_know ||
		    s->blank != t->blank ||
		    memcmp(s->steps, t->steps, sizeof s->steps) != 0)
			return false;
	}
	return true;
}

static bool
indicator_equal(const struct indicator *x, const struct indicator *y)
{
	size_t i;

	if (!STR_EQ(x, y, id) || !STR_EQ(x, y, name) ||
	    !STR_EQ(x, y, opposite) || !STR_EQ(x, y, kpi) ||
	    !STR_EQ(x, y, comment) || x->kind != y->kind ||
	    x->core != y->core || x->adopted != y->adopted ||
	    x->has_target != y->has_target || x->target != y->target ||
	    x->esrs_s3 != y->esrs_s3 || x->esrs_s4 != y->esrs_s4 ||
	    x->target_year != y->target_year ||
	    x->n_milestones != y->n_milestones ||
	    x->n_statements != y->n_statements ||
	    x->n_measurements != y->n_measurements)
		return false;
	for (i = 0; i < x->n_milestones; i++)
		if (x->milestones[i].year != y->milestones[i].year ||
		    x->milestones[i].value != y->milestones[i].value)
			return false;
	for (i = 0; i < x->n_statements; i++)
		if (!STR_EQ(&x->statements[i], &y->statements[i], id) ||
		    !STR_EQ(&x->statements[i], &y->statements[i], text))
			return false;
	for (i = 0; i < x->n_measurements; i++)
		if (!measurement_equal(&x->measurements[i],
		    &y->measurements[i]))
			return false;
	return true;
}

bool
session_equal(const struct session *a, const struct session *b)
{
	size_t i;
	int p;

	if (a->version != b->version || !STR_EQ(a, b, title) ||
	    !STR_EQ(a, b, area) || !STR_EQ(a, b, created) ||
	    !STR_EQ(a, b, modified) || !STR_EQ(a, b, saved_by) ||
	    a->large != b->large || a->n_meetings != b->n_meetings ||
	    a->n_indicators != b->n_indicators || !ledger_equal(a, b) ||
	    !strings_equal(a->history, a->n_history, b->history,
	    b->n_history))
		return false;
	for (p = 0; p < PARTY_COUNT; p++) {
		if (!STR_EQ(&a->parties[p], &b->parties[p], name) ||
		    !STR_EQ(&a->parties[p], &b->parties[p], contact) ||
		    !STR_EQ(&a->parties[p], &b->parties[p], role) ||
		    !part1_equal(&a->part1[p], &b->part1[p]))
			return false;
	}
	if (!part2_equal(&a->part2, &b->part2) || !session_small_equal(a, b))
		return false;
	for (i = 0; i < a->n_meetings; i++)
		if (!meeting_equal(&a->meetings[i], &b->meetings[i]))
			return false;
	for (i = 0; i < a->n_indicators; i++)
		if (!indicator_equal(&a->indicators[i], &b->indicators[i]))
			return false;
	if (!strings_equal(a->survey_columns, a->n_survey_columns,
	    b->survey_columns, b->n_survey_columns) ||
	    !strings_equal(a->survey_codes, a->n_survey_codes,
	    b->survey_codes, b->n_survey_codes) ||
	    a->survey_reverse != b->survey_reverse)
		return false;
	return conflicts_equal(a, b);
}
