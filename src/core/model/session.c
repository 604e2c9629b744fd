/*
 * The session model: construction, destruction, deep copy, comparison
 * and the list operations every client uses. Strings are never NULL in a
 * live session ("" means empty), so readers need no NULL checks.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/period.h"
#include "b2c/session.h"
#include "b2c/util.h"

/* The three indicators from Sundhedsstyrelsen's mental health scale. */
static const struct {
	const char *id, *name, *opposite, *kpi;
} session_core[] = {
	{ "belonging", "Tilhørsforhold", "Isolation",
	  "% der oplever tilhørsforhold til deres nabolag" },
	{ "trust", "Tillid", "Mistænksomhed",
	  "% der stoler på deres naboer" },
	{ "cocreation", "Medskabende", "Ikke-deltager",
	  "% der føler de bliver hørt og involveret i nabolaget" },
};

static char *
session_empty(void)
{
	return xstrdup("");
}

void
session_set_str(char **field, const char *value)
{
	char *copy = xstrdup(value == NULL ? "" : value);

	free(*field);
	*field = copy;
}

static void
session_init_part1(struct part1 *p)
{
	int i;

	p->challenges = session_empty();
	p->initiatives = session_empty();
	p->indicator_promotion = session_empty();
	p->proposed_indicators = session_empty();
	p->interest = session_empty();
	for (i = 0; i < SESSION_POINTS; i++)
		p->points[i] = session_empty();
}

static void
session_init_part2(struct part2 *p)
{
	p->indicator_notes = session_empty();
	p->q_challenges = session_empty();
	p->q_actions = session_empty();
	p->q_resources = session_empty();
	p->q_indicators = session_empty();
	p->q_other_resources = session_empty();
	p->other_resources_note = session_empty();
	p->plan.scope = session_empty();
}

/* A session without the core indicators; the base of new and clone. */
static struct session *
session_alloc(void)
{
	struct session *s = xcalloc(1, sizeof *s);
	int i;

	s->version = SESSION_FORMAT_VERSION;
	s->title = session_empty();
	s->area = session_empty();
	s->created = session_empty();
	s->modified = session_empty();
	s->saved_by = session_empty();
	s->large = true;
	for (i = 0; i < PARTY_COUNT; i++) {
		s->parties[i].name = session_empty();
		s->parties[i].contact = session_empty();
		s->parties[i].role = session_empty();
		session_init_part1(&s->part1[i]);
	}
	session_init_part2(&s->part2);
	session_small_init(s);
	return s;
}

struct session *
session_new(void)
{
	struct session *s = session_alloc();
	struct indicator *ind;
	size_t i;

	for (i = 0; i < sizeof session_core / sizeof session_core[0]; i++) {
		ind = session_add_indicator(s, session_core[i].id,
		    session_core[i].name);
		session_set_str(&ind->opposite, session_core[i].opposite);
		session_set_str(&ind->kpi, session_core[i].kpi);
		ind->core = true;
		ind->adopted = true;
		ind->esrs_s3 = true;
	}
	return s;
}

static void
session_free_part1(struct part1 *p)
{
	size_t i;

	free(p->challenges);
	free(p->initiatives);
	free(p->indicator_promotion);
	free(p->proposed_indicators);
	free(p->interest);
	for (i = 0; i < SESSION_POINTS; i++)
		free(p->points[i]);
	for (i = 0; i < p->n_resources; i++) {
		free(p->resources[i].id);
		free(p->resources[i].unit);
		free(p->resources[i].note);
		session_unknown_free(p->resources[i].extra);
	}
	free(p->resources);
}

static void
session_free_activity(struct activity *a)
{
	free(a->id);
	free(a->date);
	free(a->title);
	free(a->role);
	free(a->status_date);
	free(a->status_note);
	session_unknown_free(a->extra);
}

static void
session_free_action_state(struct action_state *st)
{
	free(st->date);
	free(st->note);
	session_unknown_free(st->extra);
}

static void
session_free_part2(struct part2 *p)
{
	size_t i;

	free(p->indicator_notes);
	free(p->q_challenges);
	free(p->q_actions);
	free(p->q_resources);
	free(p->q_indicators);
	free(p->q_other_resources);
	free(p->other_resources_note);
	free(p->plan.scope);
	for (i = 0; i < p->n_actions; i++)
		free(p->actions[i]);
	free(p->actions);
	for (i = 0; i < p->n_action_states; i++)
		session_free_action_state(&p->action_states[i]);
	free(p->action_states);
	for (i = 0; i < p->n_wheel; i++)
		session_free_activity(&p->wheel[i]);
	free(p->wheel);
	for (i = 0; i < p->n_meeting_dates; i++)
		free(p->meeting_dates[i]);
	free(p->meeting_dates);
}

static void
session_free_meeting(struct meeting *m)
{
	free(m->id);
	free(m->date);
	free(m->planned);
	free(m->participants);
	free(m->experience);
	free(m->learnings);
	free(m->adjust);
	free(m->decisions);
	session_unknown_free(m->extra);
}

static void
session_free_measurement(struct measurement *m)
{
	size_t i;

	free(m->period);
	free(m->date);
	free(m->source);
	free(m->source_sha256);
	for (i = 0; i < m->n_tallies; i++) {
		free(m->tallies[i].statement);
		session_unknown_free(m->tallies[i].extra);
	}
	free(m->tallies);
	for (i = 0; i < m->n_imports; i++)
		free(m->imports[i]);
	free(m->imports);
	session_unknown_free(m->extra);
}

static void
session_free_indicator(struct indicator *ind)
{
	size_t i;

	free(ind->id);
	free(ind->name);
	free(ind->opposite);
	free(ind->kpi);
	free(ind->comment);
	for (i = 0; i < ind->n_statements; i++) {
		free(ind->statements[i].id);
		free(ind->statements[i].text);
		session_unknown_free(ind->statements[i].extra);
	}
	free(ind->statements);
	for (i = 0; i < ind->n_measurements; i++)
		session_free_measurement(&ind->measurements[i]);
	free(ind->measurements);
	free(ind->milestones);
	session_unknown_free(ind->extra);
}

void
session_free(struct session *s)
{
	size_t i;

	if (s == NULL)
		return;
	free(s->title);
	free(s->area);
	free(s->created);
	free(s->modified);
	free(s->saved_by);
	for (i = 0; i < PARTY_COUNT; i++) {
		free(s->parties[i].name);
		free(s->parties[i].contact);
		free(s->parties[i].role);
		session_free_part1(&s->part1[i]);
	}
	session_free_part2(&s->part2);
	session_small_free(s);
	for (i = 0; i < s->n_meetings; i++)
		session_free_meeting(&s->meetings[i]);
	free(s->meetings);
	for (i = 0; i < s->n_indicators; i++)
		session_free_indicator(&s->indicators[i]);
	free(s->indicators);
	for (i = 0; i < s->n_survey_columns; i++)
		free(s->survey_columns[i]);
	free(s->survey_columns);
	for (i = 0; i < s->n_survey_codes; i++)
		free(s->survey_codes[i]);
	free(s->survey_codes);
	for (i = 0; i < s->n_history; i++)
		free(s->history[i]);
	free(s->history);
	for (i = 0; i < s->n_ledger; i++) {
		free(s->ledger[i].note);
		session_unknown_free(s->ledger[i].extra);
	}
	free(s->ledger);
	if (s->unknown != NULL && s->unknown_free != NULL)
		s->unknown_free(s->unknown);
	while (s->n_conflicts > 0)
		session_remove_conflict(s, s->n_conflicts - 1);
	free(s->conflicts);
	free(s);
}

void
session_move(void *items, size_t n, size_t size, size_t from, size_t to)
{
	unsigned char *base = items, *tmp;

	if (from >= n || to >= n || from == to)
		return;
	tmp = xmalloc(size);
	memcpy(tmp, base + from * size, size);
	if (from < to)
		memmove(base + from * size, base + (from + 1) * size,
		    (to - from) * size);
	else
		memmove(base + (to + 1) * size, base + to * size,
		    (from - to) * size);
	memcpy(base + to * size, tmp, size);
	free(tmp);
}

/* Removes element i of an array of n, shifting the rest down. */
static void
session_remove_at(void *items, size_t *n, size_t size, size_t i)
{
	unsigned char *base = items;

	memmove(base + i * size, base + (i + 1) * size, (*n - i - 1) * size);
	(*n)--;
}

struct resource *
session_add_resource(struct part1 *p)
{
	struct resource *r;

	p->resources = util_grow(p->resources, p->n_resources,
	    sizeof *p->resources);
	r = &p->resources[p->n_resources++];
	memset(r, 0, sizeof *r);
	r->id = session_make_id();
	r->unit = session_empty();
	r->note = session_empty();
	return r;
}

void
session_remove_resource(struct part1 *p, size_t i)
{
	if (i >= p->n_resources)
		return;
	free(p->resources[i].id);
	free(p->resources[i].unit);
	free(p->resources[i].note);
	session_unknown_free(p->resources[i].extra);
	session_remove_at(p->resources, &p->n_resources,
	    sizeof *p->resources, i);
}

/* Appends a copy of value to a string array. */
static char *
session_add_string(char ***items, size_t *n, const char *value)
{
	*items = util_grow(*items, *n, sizeof **items);
	(*items)[*n] = xstrdup(value == NULL ? "" : value);
	return (*items)[(*n)++];
}

static void
session_remove_string(char **items, size_t *n, size_t i)
{
	if (i >= *n)
		return;
	free(items[i]);
	session_remove_at(items, n, sizeof *items, i);
}

char *
session_add_action(struct part2 *p, const char *text)
{
	return session_add_string(&p->actions, &p->n_actions, text);
}

void
session_remove_action(struct part2 *p, size_t i)
{
	if (i >= p->n_actions)
		return;
	session_remove_string(p->actions, &p->n_actions, i);
	if (i < p->n_action_states) {
		session_free_action_state(&p->action_states[i]);
		session_remove_at(p->action_states, &p->n_action_states,
		    sizeof *p->action_states, i);
	}
}

struct action_state *
session_add_action_state(struct part2 *p)
{
	struct action_state *st;

	p->action_states = util_grow(p->action_states, p->n_action_states,
	    sizeof *p->action_states);
	st = &p->action_states[p->n_action_states++];
	memset(st, 0, sizeof *st);
	st->date = session_empty();
	st->note = session_empty();
	return st;
}

const struct action_state *
session_action_state(const struct part2 *p, size_t i)
{
	if (i >= p->n_action_states ||
	    !session_action_state_set(&p->action_states[i]))
		return NULL;
	return &p->action_states[i];
}

struct action_state *
session_action_state_mut(struct part2 *p, size_t i)
{
	while (p->n_action_states <= i)
		session_add_action_state(p);
	return &p->action_states[i];
}

bool
session_action_state_set(const struct action_state *st)
{
	return st->status != STATUS_PLANNED || *st->date != '\0' ||
	    *st->note != '\0';
}

void
session_move_action(struct part2 *p, size_t from, size_t to)
{
	if (from >= p->n_actions || to >= p->n_actions)
		return;
	session_move(p->actions, p->n_actions, sizeof *p->actions, from, to);
	/* States reach both rows so the state travels with its action. */
	session_action_state_mut(p, from > to ? from : to);
	session_move(p->action_states, p->n_action_states,
	    sizeof *p->action_states, from, to);
}

char *
session_add_meeting_date(struct part2 *p, const char *date)
{
	return session_add_string(&p->meeting_dates, &p->n_meeting_dates,
	    date);
}

char *
session_add_history(struct session *s, const char *line)
{
	return session_add_string(&s->history, &s->n_history, line);
}

void
session_remove_meeting_date(struct part2 *p, size_t i)
{
	session_remove_string(p->meeting_dates, &p->n_meeting_dates, i);
}

struct activity *
session_add_activity(struct part2 *p)
{
	struct activity *a;

	p->wheel = util_grow(p->wheel, p->n_wheel, sizeof *p->wheel);
	a = &p->wheel[p->n_wheel++];
	memset(a, 0, sizeof *a);
	a->id = session_make_id();
	a->date = session_empty();
	a->title = session_empty();
	a->role = session_empty();
	a->status_date = session_empty();
	a->status_note = session_empty();
	return a;
}

void
session_remove_activity(struct part2 *p, size_t i)
{
	if (i >= p->n_wheel)
		return;
	session_free_activity(&p->wheel[i]);
	session_remove_at(p->wheel, &p->n_wheel, sizeof *p->wheel, i);
}

struct meeting *
session_add_meeting(struct session *s)
{
	struct meeting *m;

	s->meetings = util_grow(s->meetings, s->n_meetings,
	    sizeof *s->meetings);
	m = &s->meetings[s->n_meetings++];
	memset(m, 0, sizeof *m);
	m->id = session_make_id();
	m->date = session_empty();
	m->planned = session_empty();
	m->participants = session_empty();
	m->experience = session_empty();
	m->learnings = session_empty();
	m->adjust = session_empty();
	m->decisions = session_empty();
	return m;
}

void
session_remove_meeting(struct session *s, size_t i)
{
	if (i >= s->n_meetings)
		return;
	session_free_meeting(&s->meetings[i]);
	session_remove_at(s->meetings, &s->n_meetings, sizeof *s->meetings,
	    i);
}

struct indicator *
session_add_indicator(struct session *s, const char *id, const char *name)
{
	struct indicator *ind;

	s->indicators = util_grow(s->indicators, s->n_indicators,
	    sizeof *s->indicators);
	ind = &s->indicators[s->n_indicators++];
	memset(ind, 0, sizeof *ind);
	ind->id = xstrdup(id == NULL ? "" : id);
	ind->name = xstrdup(name == NULL ? "" : name);
	ind->opposite = session_empty();
	ind->kpi = session_empty();
	ind->comment = session_empty();
	return ind;
}

int
session_remove_indicator(struct session *s, size_t i)
{
	if (i >= s->n_indicators || s->indicators[i].core)
		return -1;
	session_free_indicator(&s->indicators[i]);
	session_remove_at(s->indicators, &s->n_indicators,
	    sizeof *s->indicators, i);
	return 0;
}

struct indicator *
session_find_indicator(const struct session *s, const char *id)
{
	size_t i;

	for (i = 0; i < s->n_indicators; i++)
		if (strcmp(s->indicators[i].id, id) == 0)
			return &s->indicators[i];
	return NULL;
}

struct statement *
session_add_statement(struct indicator *ind, const char *id,
    const char *text)
{
	struct statement *st;

	ind->statements = util_grow(ind->statements, ind->n_statements,
	    sizeof *ind->statements);
	st = &ind->statements[ind->n_statements++];
	memset(st, 0, sizeof *st);
	st->id = xstrdup(id == NULL ? "" : id);
	st->text = xstrdup(text == NULL ? "" : text);
	return st;
}

void
session_remove_statement(struct indicator *ind, size_t i)
{
	if (i >= ind->n_statements)
		return;
	free(ind->statements[i].id);
	free(ind->statements[i].text);
	session_unknown_free(ind->statements[i].extra);
	session_remove_at(ind->statements, &ind->n_statements,
	    sizeof *ind->statements, i);
}

struct statement *
session_find_statement(const struct session *s, const char *id,
    struct indicator **owner)
{
	size_t i, j;

	for (i = 0; i < s->n_indicators; i++) {
		struct indicator *ind = &s->indicators[i];

		for (j = 0; j < ind->n_statements; j++) {
			if (strcmp(ind->statements[j].id, id) == 0) {
				if (owner != NULL)
					*owner = ind;
				return &ind->statements[j];
			}
		}
	}
	return NULL;
}

struct measurement *
session_add_measurement(struct indicator *ind, const char *period)
{
	struct measurement *m;

	ind->measurements = util_grow(ind->measurements,
	    ind->n_measurements, sizeof *ind->measurements);
	m = &ind->measurements[ind->n_measurements++];
	memset(m, 0, sizeof *m);
	m->period = period_key(period);
	m->date = session_empty();
	m->source = session_empty();
	m->source_sha256 = session_empty();
	return m;
}

void
session_remove_measurement(struct indicator *ind, size_t i)
{
	if (i >= ind->n_measurements)
		return;
	session_free_measurement(&ind->measurements[i]);
	session_remove_at(ind->measurements, &ind->n_measurements,
	    sizeof *ind->measurements, i);
}

struct measurement *
session_find_measurement(const struct indicator *ind, const char *period)
{
	size_t i;

	for (i = 0; i < ind->n_measurements; i++)
		if (period_same(ind->measurements[i].period, period))
			return &ind->measurements[i];
	return NULL;
}

void
session_set_pair(char ***items, size_t *n, const char *pair,
    bool (*same)(const char *, const char *))
{
	size_t i;

	for (i = 0; i < *n; i++) {
		if (same((*items)[i], pair)) {
			free((*items)[i]);
			(*items)[i] = xstrdup(pair);
			return;
		}
	}
	*items = util_grow(*items, *n, sizeof **items);
	(*items)[(*n)++] = xstrdup(pair);
}

void
session_add_import(struct measurement *m, const char *fingerprint)
{
	if (session_has_import(m, fingerprint))
		return;
	m->imports = util_grow(m->imports, m->n_imports, sizeof *m->imports);
	m->imports[m->n_imports++] = xstrdup(fingerprint);
}

bool
session_has_import(const struct measurement *m, const char *fingerprint)
{
	size_t i;

	for (i = 0; i < m->n_imports; i++) {
		if (strcmp(m->imports[i], fingerprint) == 0)
			return true;
	}
	return false;
}

struct ledger_entry *
session_add_ledger(struct session *s)
{
	struct ledger_entry *e;

	s->ledger = util_grow(s->ledger, s->n_ledger, sizeof *s->ledger);
	e = &s->ledger[s->n_ledger++];
	memset(e, 0, sizeof *e);
	e->note = session_empty();
	return e;
}

void
session_remove_ledger(struct session *s, size_t i)
{
	if (i >= s->n_ledger)
		return;
	free(s->ledger[i].note);
	session_unknown_free(s->ledger[i].extra);
	session_remove_at(s->ledger, &s->n_ledger, sizeof *s->ledger, i);
}

struct milestone *
session_set_milestone(struct indicator *ind, int year, double value)
{
	size_t i;

	for (i = 0; i < ind->n_milestones; i++) {
		if (ind->milestones[i].year == year) {
			ind->milestones[i].value = value;
			return &ind->milestones[i];
		}
		if (ind->milestones[i].year > year)
			break;
	}
	ind->milestones = util_grow(ind->milestones, ind->n_milestones,
	    sizeof *ind->milestones);
	memmove(&ind->milestones[i + 1], &ind->milestones[i],
	    (ind->n_milestones - i) * sizeof *ind->milestones);
	ind->n_milestones++;
	ind->milestones[i].year = year;
	ind->milestones[i].value = value;
	return &ind->milestones[i];
}

const struct measurement *
session_base_measurement(const struct indicator *ind)
{
	size_t i;

	for (i = 0; i < ind->n_measurements; i++)
		if (ind->measurements[i].base)
			return &ind->measurements[i];
	return NULL;
}

struct tally *
session_tally_for(struct measurement *m, const char *statement)
{
	struct tally *t;
	size_t i;

	for (i = 0; i < m->n_tallies; i++)
		if (strcmp(m->tallies[i].statement, statement) == 0)
			return &m->tallies[i];
	m->tallies = util_grow(m->tallies, m->n_tallies, sizeof *m->tallies);
	t = &m->tallies[m->n_tallies++];
	memset(t, 0, sizeof *t);
	t->statement = xstrdup(statement);
	return t;
}
