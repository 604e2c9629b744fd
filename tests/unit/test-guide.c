/*
 * The guide: every step reachable, every field's value round-trips
 * through its accessors, validation messages, completeness, ids, the
 * fixed five points, the flattened measurement list, and a Danish
 * translation for every string of the tables.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/guide.h"
#include "b2c/lang.h"
#include "b2c/guide-extra.h"
#include "b2c/session.h"
#include "b2c/store.h"

static struct session *
new_session(bool large)
{
	struct session *s = session_new();

	s->large = large;
	return s;
}

static void
test_steps_reachable(void **state)
{
	struct session *s = new_session(true);
	const struct guide_step *st;
	struct guide_ctx ctx;
	size_t i, n, pos, count;

	(void)state;
	n = guide_step_count(s);
	assert_int_equal(n, 2 + 2 * 5 + 9 + 6);
	for (i = 0; i < n; i++) {
		st = guide_step_at(s, i, &ctx);
		assert_non_null(st);
		assert_non_null(st->title);
		assert_true(st->n_fields > 0);
		assert_int_equal(guide_find_step(s, st->key, ctx.party),
		    (long)i);
		assert_int_equal(ctx.party >= 0, st->per_party);
		guide_step_position(s, i, &pos, &count);
		assert_true(pos >= 1 && pos <= count);
	}
	assert_null(guide_step_at(s, n, &ctx));
	i = (size_t)guide_find_step(s, "part2.wheel", -1);
	guide_step_position(s, i, &pos, &count);
	assert_int_equal(pos, 6);
	assert_int_equal(count, 9);
	assert_string_equal(guide_part_name(GUIDE_PART2), "Part 2");
	assert_true(guide_find_step(s, "part1.points", PARTY_COMPANY) >
	    guide_find_step(s, "part1.review", PARTY_HOUSING));
	s->large = false;
	/* A small partnership on the short path: the concrete proposal
	 * and the agreement, the follow-up, the measurement, the review
	 * (tests/unit/test-small-path.c checks them). */
	assert_int_equal(guide_step_count(s), 2 + 5 + 2 + 3);
	assert_int_equal(guide_find_step(s, "part1.priorities",
	    PARTY_COMPANY), -1);
	assert_true(guide_find_step(s, "part1.priorities",
	    PARTY_HOUSING) >= 0);
	assert_int_equal(guide_find_step(s, "nope", -1), -1);
	session_free(s);
}

/* A value every kind of field accepts, and what it reads back as. */
static const char *
sample_value(const struct guide_field *f, enum guide_field_kind kind,
    const char **expect)
{
	*expect = NULL;
	if (strcmp(f->key, "part3.statement.id") == 0)
		return "stmt-x";
	if (strcmp(f->key, "part3.ledger.year") == 0)
		return "2027";
	if (strcmp(f->key, "part2.meeting_dates") == 0 ||
	    kind == GUIDE_DATE) {
		*expect = "2026-03-15";
		return "15/3-2026";
	}
	switch (kind) {
	case GUIDE_CHOICE:
		return "1";
	case GUIDE_CHECK:
		return "1";
	case GUIDE_NUMBER:
		return "42";
	case GUIDE_TEXTAREA:
		return "Første linje\nAnden linje: æøå ÆØÅ é";
	default:
		return "Tilhørsforhold i Hedemarken ø";
	}
}

/* Sets a scalar and reads it back through the same accessors. */
static void
roundtrip_scalar(struct session *s, const struct guide_field *f,
    enum guide_field_kind kind, const struct guide_ctx *ctx)
{
	const char *v, *expect;
	char *cause = NULL, *got;

	if (guide_field_readonly(f) || !guide_field_applies(s, f, ctx)) {
		assert_int_equal(f->set(s, ctx, "x", &cause), -1);
		assert_non_null(cause);
		free(cause);
		return;
	}
	v = sample_value(f, kind, &expect);
	if (f->set(s, ctx, v, &cause) != 0)
		fail_msg("%s: %s", f->key, cause);
	got = f->get(s, ctx);
	assert_string_equal(got, expect != NULL ? expect : v);
	free(got);
}

/* Adds a row (or takes the first fixed one) of a collection. */
static size_t
take_row(struct session *s, const struct guide_field *f,
    const struct guide_ctx *ctx)
{
	size_t before = f->count(s, ctx), row;

	if (f->add == NULL) {
		assert_true(before > 0);
		return 0;
	}
	row = f->add(s, ctx);
	assert_int_equal(f->count(s, ctx), before + 1);
	return row;
}

static void
roundtrip_field(struct session *s, const struct guide_field *f,
    const struct guide_ctx *ctx, int depth)
{
	struct guide_ctx c = *ctx;
	size_t i, row;

	switch (f->kind) {
	case GUIDE_INFO:
	case GUIDE_REVIEW:
	case GUIDE_CHART:
		assert_null(f->set);
		return;
	case GUIDE_LIST:
		c.row = take_row(s, f, ctx);
		roundtrip_scalar(s, f, GUIDE_TEXT, &c);
		return;
	case GUIDE_TABLE:
	case GUIDE_RECORDS:
		row = take_row(s, f, ctx);
		for (i = 0; i < f->n_columns; i++) {
			if (depth == 0)
				c.row = row;
			else
				c.sub = row;
			if (f->columns[i].kind == GUIDE_TABLE)
				roundtrip_field(s, &f->columns[i], &c, 1);
			else
				roundtrip_scalar(s, &f->columns[i],
				    f->columns[i].kind, &c);
		}
		if (f->summary != NULL)
			free(f->summary(s, &c));
		return;
	default:
		roundtrip_scalar(s, f, f->kind, &c);
	}
}

static void
test_roundtrip_every_field(void **state)
{
	struct session *s = new_session(true);
	const struct guide_step *st;
	struct guide_ctx ctx;
	size_t i, j;

	(void)state;
	for (i = 0; i < guide_step_count(s); i++) {
		st = guide_step_at(s, i, &ctx);
		for (j = 0; j < st->n_fields; j++)
			roundtrip_field(s, &st->fields[j], &ctx, 0);
	}
	/* Del 1 values went to the right party. */
	assert_string_equal(s->part1[PARTY_COMPANY].challenges,
	    s->part1[PARTY_HOUSING].challenges);
	assert_int_equal(s->part1[PARTY_COMPANY].n_resources, 1);
	assert_int_equal(s->part1[PARTY_HOUSING].n_resources, 1);
	assert_string_equal(s->part2.meeting_dates[0], "2026-03-15");
	assert_true(s->part2.use_helhedsplan);
	assert_int_equal(s->part2.plan.sample_size, 42);
	assert_int_equal(s->n_meetings, 1);
	assert_string_equal(s->meetings[0].date, "2026-03-15");
	session_free(s);
}

/* Whatever the guide lets a user enter, the store saves and loads. */
static void
test_everything_entered_saves(void **state)
{
	struct session *s = new_session(true), *back = NULL;
	const struct guide_field *f;
	const struct guide_step *st;
	struct guide_ctx ctx;
	char *text = NULL, *cause = NULL;
	size_t i, j, len;

	(void)state;
	for (i = 0; i < guide_step_count(s); i++) {
		st = guide_step_at(s, i, &ctx);
		for (j = 0; j < st->n_fields; j++)
			roundtrip_field(s, &st->fields[j], &ctx, 0);
	}
	/* Answers to two statements of belonging, then save. */
	i = (size_t)guide_find_step(s, "part3.indicators", -1);
	f = &guide_step_at(s, i, &ctx)->fields[0];
	ctx.row = 0;
	f->columns[7].add(s, &ctx);
	f->columns[7].add(s, &ctx);
	i = (size_t)guide_find_step(s, "part3.measurement", -1);
	f = &guide_step_at(s, i, &ctx)->fields[0];
	ctx.row = f->add(s, &ctx);
	assert_int_equal(f->columns[5].count(s, &ctx), 2);
	for (ctx.sub = 0; ctx.sub < 2; ctx.sub++)
		for (j = 1; j < f->columns[5].n_columns; j++)
			assert_int_equal(f->columns[5].columns[j].set(s, &ctx,
			    "7", &cause), 0);
	assert_int_equal(s->indicators[0].measurements[0].n_tallies, 2);
		if (store_serialise(s, &text, &len, &cause) != 0)
		fail_msg("serialise: %s", cause);
	if (store_parse("walk", text, len, &back, &cause) != 0)
		fail_msg("parse: %s\n%s", cause, text);
	assert_true(session_equal(s, back));
	free(text);
	session_free(back);
	session_free(s);
}

static void
test_bad_values_rejected(void **state)
{
	struct session *s = new_session(true);
	struct guide_ctx ctx = { PARTY_HOUSING, 0, 0 };
	const struct guide_step *st;
	const struct guide_field *res, *meetings;
	char *cause = NULL;
	long i;

	(void)state;
	i = guide_find_step(s, "part1.resources", PARTY_HOUSING);
	st = guide_step_at(s, (size_t)i, &ctx);
	res = &st->fields[0];
	ctx.row = res->add(s, &ctx);
	assert_int_equal(res->columns[1].set(s, &ctx, "abc", &cause), -1);
	assert_string_equal(cause, "\"abc\" is not a number; write it as, "
	    "e.g., 2500 or 2.5");
	free(cause);
	assert_int_equal(res->columns[1].set(s, &ctx, "-3", &cause), -1);
	assert_non_null(strstr(cause, "negative"));
	free(cause);
	assert_int_equal(res->columns[1].set(s, &ctx, " 2,5 ", &cause), 0);
	assert_true(s->part1[0].resources[0].amount == 2.5);
	assert_int_equal(res->columns[0].set(s, &ctx, "7", &cause), -1);
	free(cause);

	i = guide_find_step(s, "part3.meetings", -1);
	meetings = &guide_step_at(s, (size_t)i, &ctx)->fields[0];
	ctx.row = meetings->add(s, &ctx);
	assert_int_equal(meetings->columns[0].set(s, &ctx, "31-02-2026",
	    &cause), -1);
	assert_string_equal(cause, "31-02-2026 is not a real date");
	free(cause);
	assert_string_equal(s->meetings[0].date, "");
	assert_int_equal(meetings->columns[0].set(s, &ctx, "15.03.2026",
	    &cause), 0);
	assert_string_equal(s->meetings[0].date, "2026-03-15");
	{
		char *big = malloc(70 * 1024);

		memset(big, 'a', 70 * 1024 - 1);
		big[70 * 1024 - 1] = '\0';
		assert_int_equal(meetings->columns[1].set(s, &ctx, big,
		    &cause), -1);
		free(cause);
		free(big);
	}
	session_free(s);
}

static enum guide_status
status_of(const struct session *s, const char *key, int party)
{
	long i = guide_find_step(s, key, party);

	assert_true(i >= 0);
	return guide_step_status(s, (size_t)i);
}

static void
test_status_and_missing(void **state)
{
	struct session *s = new_session(false);
	struct guide_missing miss[16];
	size_t done, total, n;
	int i;

	(void)state;
	assert_int_equal(status_of(s, "start.parties", -1), GUIDE_EMPTY);
	assert_int_equal(status_of(s, "start.intro", -1), GUIDE_DONE);
	n = guide_missing(s, GUIDE_START, miss, 16);
	assert_int_equal(n, 6);
	assert_string_equal(miss[0].field->key, "start.title");
	session_set_str(&s->title, "Hedemarken");
	assert_int_equal(status_of(s, "start.parties", -1), GUIDE_PARTLY);
	assert_int_equal(guide_missing(s, GUIDE_START, miss, 1), 5);
	assert_string_equal(miss[0].field->key, "start.area");
	session_set_str(&s->area, "Hedemarken");
	session_set_str(&s->parties[0].name, "Bo-Vest");
	session_set_str(&s->parties[0].contact, "Anna");
	session_set_str(&s->parties[1].name, "Nortec");
	session_set_str(&s->parties[1].contact, "Bo");
	assert_int_equal(status_of(s, "start.parties", -1), GUIDE_DONE);
	assert_int_equal(guide_missing(s, GUIDE_START, NULL, 0), 0);

	/* The five points are done with one written: the lines are room
	 * for up to five (the booklet's example has four). */
	assert_int_equal(status_of(s, "part1.points", PARTY_HOUSING),
	    GUIDE_EMPTY);
	session_set_str(&s->part1[0].points[2], "Vi vil øge tryghed.");
	assert_int_equal(status_of(s, "part1.points", PARTY_HOUSING),
	    GUIDE_DONE);
	for (i = 0; i < SESSION_POINTS; i++)
		session_set_str(&s->part1[0].points[i], "punkt");
	assert_int_equal(status_of(s, "part1.points", PARTY_HOUSING),
	    GUIDE_DONE);
	guide_part_progress(s, GUIDE_PART1, &done, &total);
	assert_int_equal(total, 4);
	assert_int_equal(done, 1);
	assert_int_equal(status_of(s, "part1.review", PARTY_HOUSING),
	    GUIDE_PARTLY);
	n = guide_missing(s, GUIDE_PART1, miss, 16);
	/* 3 priorities, resources, the interest: a small partnership's
	 * size was chosen at the start. */
	assert_int_equal(n, 5);
	assert_int_equal(miss[0].party, PARTY_HOUSING);
	s->large = true;
	assert_int_equal(guide_missing(s, GUIDE_PART1, NULL, 0), 6 + 7);
	guide_part_progress(s, GUIDE_PART1, &done, &total);
	assert_int_equal(total, 8);
	/* Each party's review reflects its own steps. */
	assert_int_equal(status_of(s, "part1.review", PARTY_HOUSING),
	    GUIDE_PARTLY);
	assert_int_equal(status_of(s, "part1.review", PARTY_COMPANY),
	    GUIDE_EMPTY);

	/* Core indicators are prefilled, but Del 3 starts empty. */
	assert_int_equal(status_of(s, "part3.indicators", -1), GUIDE_EMPTY);
	s->indicators[0].has_target = true;
	assert_int_equal(status_of(s, "part3.indicators", -1), GUIDE_PARTLY);
	session_free(s);
}

static void
test_indicator_ids(void **state)
{
	struct session *s = new_session(true);
	const struct guide_field *f;
	struct guide_ctx ctx = { -1, 0, 0 };
	char *cause = NULL, *id;
	long i;

	(void)state;
	i = guide_find_step(s, "part2.site_indicators", -1);
	f = &guide_step_at(s, (size_t)i, &ctx)->fields[1];
	assert_int_equal(f->count(s, &ctx), 0);
	ctx.row = f->add(s, &ctx);
	assert_int_equal(ctx.row, 0);
	assert_int_equal(f->columns[0].set(s, &ctx, "Tryghed", &cause), 0);
	ctx.row = f->add(s, &ctx);
	assert_int_equal(f->columns[0].set(s, &ctx, "Tryghed", &cause), 0);
	ctx.row = f->add(s, &ctx);
	assert_int_equal(f->columns[0].set(s, &ctx,
	    "Unge i praktik: Æble/Øst/Å", &cause), 0);
	assert_string_equal(s->indicators[3].id, "tryghed");
	assert_string_equal(s->indicators[4].id, "tryghed-2");
	assert_string_equal(s->indicators[5].id,
	    "unge-i-praktik-aeble-oest-aa");
	id = guide_indicator_id(s, "Belonging", -1);
	assert_string_equal(id, "belonging-2");
	free(id);
	id = guide_indicator_id(s, "Tryghed", 3);
	assert_string_equal(id, "tryghed");
	free(id);
	id = guide_indicator_id(s, "!!", -1);
	assert_string_equal(id, "indicator");
	free(id);
	/* Statements made before the name follow the indicator's id. */
	ctx.row = f->add(s, &ctx);
	session_add_statement(&s->indicators[6], "indicator-1", "Tekst");
	assert_int_equal(f->columns[0].set(s, &ctx, "Beskæftigelse",
	    &cause), 0);
	assert_string_equal(s->indicators[6].id, "beskaeftigelse");
	assert_string_equal(s->indicators[6].statements[0].id,
	    "beskaeftigelse-1");
	session_remove_indicator(s, 6);
	/* A core indicator keeps its name and cannot be removed. */
	i = guide_find_step(s, "part3.indicators", -1);
	f = &guide_step_at(s, (size_t)i, &ctx)->fields[0];
	ctx.row = 0;
	assert_int_equal(f->columns[0].set(s, &ctx, "X", &cause), -1);
	free(cause);
	f->remove(s, &ctx, 0);
	assert_int_equal(s->n_indicators, 6);
	assert_string_equal(s->indicators[0].id, "belonging");
	session_free(s);
}

static void
test_points_fixed(void **state)
{
	struct session *s = new_session(true);
	const struct guide_field *f;
	struct guide_ctx ctx;
	char *v, *cause = NULL;
	long i;

	(void)state;
	i = guide_find_step(s, "part1.points", PARTY_COMPANY);
	f = &guide_step_at(s, (size_t)i, &ctx)->fields[0];
	assert_int_equal(ctx.party, PARTY_COMPANY);
	assert_int_equal(f->count(s, &ctx), 5);
	assert_null(f->add);
	assert_null(f->remove);
	assert_non_null(f->move);
	assert_string_equal(f->suggestions[0], "We want to reduce loneliness.");
	for (ctx.row = 0; ctx.row < 5; ctx.row++) {
		char text[8];

		snprintf(text, sizeof text, "p%zu", ctx.row);
		assert_int_equal(f->set(s, &ctx, text, &cause), 0);
	}
	ctx.row = 5;
	assert_int_equal(f->set(s, &ctx, "x", &cause), -1);
	free(cause);
	f->move(s, &ctx, 4, 0);
	ctx.row = 0;
	v = f->get(s, &ctx);
	assert_string_equal(v, "p4");
	free(v);
	assert_string_equal(s->part1[PARTY_COMPANY].points[1], "p0");
	assert_string_equal(s->part1[PARTY_HOUSING].points[0], "");
	assert_int_equal(f->count(s, &ctx), 5);
	session_free(s);
}

/* Every flattened row maps to a measurement and back. */
static void
check_flattening(const struct session *s, const struct guide_field *f)
{
	struct guide_ctx ctx = { -1, 0, 0 };
	size_t row, ind, meas, total = 0;

	for (ind = 0; ind < s->n_indicators; ind++)
		total += s->indicators[ind].n_measurements;
	assert_int_equal(f->count(s, &ctx), total);
	for (row = 0; row < total; row++) {
		assert_int_equal(guide_measurement_at(s, row, &ind, &meas), 0);
		assert_int_equal(guide_measurement_row(s, ind, meas),
		    (long)row);
	}
	assert_int_equal(guide_measurement_at(s, total, &ind, &meas), -1);
}

static void
test_measurements_flattened(void **state)
{
	struct session *s = new_session(true);
	const struct guide_field *f;
	struct guide_ctx ctx = { -1, 0, 0 };
	char *cause = NULL, *v, **choices;
	long i;

	(void)state;
	i = guide_find_step(s, "part3.measurement", -1);
	f = &guide_step_at(s, (size_t)i, &ctx)->fields[0];
	assert_int_equal(f->add(s, &ctx), 0);
	assert_int_equal(f->add(s, &ctx), 1);
	assert_int_equal(f->add(s, &ctx), 2);
	assert_string_equal(s->indicators[0].measurements[0].period,
	    "baseline");
	assert_string_equal(s->indicators[0].measurements[2].period, "year 2");
	check_flattening(s, f);
	choices = guide_field_choices(s, &f->columns[0], &ctx);
	assert_string_equal(choices[1], "Tillid");
	assert_null(choices[3]);
	guide_choices_free(choices);
	/* Moving "Year 1" to trust: it leaves belonging's list. */
	ctx.row = 1;
	assert_int_equal(f->columns[0].set(s, &ctx, "1", &cause), 0);
	assert_int_equal(s->indicators[0].n_measurements, 2);
	assert_string_equal(s->indicators[1].measurements[0].period, "year 1");
	check_flattening(s, f);
	ctx.row = 2;
	v = f->columns[0].get(s, &ctx);
	assert_string_equal(v, "1");
	free(v);
	/* A duplicate period in the same indicator is refused. */
	ctx.row = 0;
	assert_int_equal(f->columns[2].set(s, &ctx, "Year 2", &cause), -1);
	assert_non_null(cause);
	free(cause);
	/* Tallies: one indicator-level row until statements exist. */
	assert_int_equal(f->columns[5].count(s, &ctx), 1);
	session_add_statement(&s->indicators[0], "b1", "Stolt");
	session_add_statement(&s->indicators[0], "b2", "Hjemme");
	assert_int_equal(f->columns[5].count(s, &ctx), 2);
	ctx.sub = 1;
	assert_int_equal(f->columns[5].columns[1].set(s, &ctx, "12", &cause),
	    0);
	assert_int_equal(s->indicators[0].measurements[0].tallies[0].steps[0],
	    12);
	assert_string_equal(s->indicators[0].measurements[0].tallies[0].
	    statement, "b2");
	assert_int_equal(f->columns[5].columns[2].set(s, &ctx, "1.5", &cause),
	    -1);
	free(cause);
	assert_false(guide_field_applies(s, &f->columns[4], &ctx));
	assert_true(guide_field_applies(s, &f->columns[5], &ctx));
	assert_int_equal(f->columns[4].set(s, &ctx, "4", &cause), -1);
	free(cause);
	/* Answers pin a measurement to its indicator and its kind. */
	assert_int_equal(f->columns[0].set(s, &ctx, "2", &cause), -1);
	assert_non_null(strstr(cause, "Medskabende"));
	free(cause);
	s->indicators[0].core = false;	/* only site ones may change kind */
	i = guide_find_step(s, "part3.indicators", -1);
	assert_int_equal(guide_step_at(s, (size_t)i, NULL)->fields[0].
	    columns[2].set(s, &ctx, "1", &cause), -1);
	free(cause);
	s->indicators[0].core = true;
	f->remove(s, &ctx, 1);
	check_flattening(s, f);
	f->remove(s, &ctx, 0);
	f->remove(s, &ctx, 0);
	assert_int_equal(f->count(s, &ctx), 0);
	check_flattening(s, f);
	session_free(s);
}

static void
test_proposals(void **state)
{
	struct session *s = new_session(true);
	const struct guide_field *f;
	struct guide_ctx ctx;
	char *text, *cause = NULL;
	long i;

	(void)state;
	text = guide_proposed_indicators(s);
	assert_string_equal(text, "");
	free(text);
	session_set_str(&s->parties[1].name, "Nortec");
	session_set_str(&s->part1[0].proposed_indicators, "Tryghed");
	session_set_str(&s->part1[1].proposed_indicators, "Unge i praktik");
	text = guide_proposed_indicators(s);
	assert_string_equal(text, "Housing organisation:\nTryghed\n\n"
	    "Nortec:\nUnge i praktik\n");
	free(text);
	/* The site indicators step shows them, read only. */
	i = guide_find_step(s, "part2.site_indicators", -1);
	f = &guide_step_at(s, (size_t)i, &ctx)->fields[0];
	assert_true(guide_field_readonly(f));
	text = f->get(s, &ctx);
	assert_non_null(strstr(text, "Unge i praktik"));
	free(text);
	assert_int_equal(f->set(s, &ctx, "x", &cause), -1);
	free(cause);
	assert_int_equal(guide_step_status(s, (size_t)i), GUIDE_EMPTY);
	text = guide_party_label(s, PARTY_COMPANY);
	assert_string_equal(text, "Nortec");
	free(text);
	text = guide_party_label(s, PARTY_HOUSING);
	assert_string_equal(text, "Housing organisation");
	free(text);
	s->large = false;
	text = guide_proposed_indicators(s);
	assert_null(strstr(text, "Nortec"));
	free(text);
	session_free(s);
}

/* The PO file's translated msgids, as one "\n"-separated list. */
static char *
po_translated(const char *path)
{
	FILE *f = fopen(path, "r");
	char line[4096], *id = NULL, *str = NULL, **cur = NULL, *list;
	size_t len = 1;

	assert_non_null(f);
	list = calloc(1, 1);
	while (1) {
		bool eof = fgets(line, sizeof line, f) == NULL;

		if (eof || strncmp(line, "msgid ", 6) == 0) {
			if (id != NULL && str != NULL && str[0] != '\0') {
				len += strlen(id) + 2;
				list = realloc(list, len + 1);
				strcat(list, "\x01");
				strcat(list, id);
				strcat(list, "\x01");
			}
			free(id);
			free(str);
			id = str = NULL;
			if (eof)
				break;
		}
		if (strncmp(line, "msgid ", 6) == 0)
			cur = &id;
		else if (strncmp(line, "msgstr ", 7) == 0)
			cur = &str;
		else if (line[0] != '"')
			continue;
		{
			char *q = strchr(line, '"'), *end = strrchr(line, '"');
			char *out, *o;
			size_t old = *cur == NULL ? 0 : strlen(*cur);

			assert_true(q != NULL && end > q);
			*cur = realloc(*cur, old + (size_t)(end - q) + 1);
			out = *cur + old;
			for (o = out, q++; q < end; q++) {
				if (*q == '\\') {
					q++;
					*o++ = *q == 'n' ? '\n' : *q;
				} else
					*o++ = *q;
			}
			*o = '\0';
		}
	}
	fclose(f);
	return list;
}

static void
check_translated(const char *list, const char *msgid)
{
	char *needle;

	if (msgid == NULL)
		return;
	needle = malloc(strlen(msgid) + 3);
	sprintf(needle, "\x01%s\x01", msgid);
	if (strstr(list, needle) == NULL)
		fail_msg("no Danish translation for \"%s\"", msgid);
	free(needle);
}

static void
check_field_texts(const char *list, const struct guide_field *f)
{
	size_t i;

	check_translated(list, f->label);
	check_translated(list, f->hint);
	for (i = 0; f->choices != NULL && f->choices[i] != NULL; i++)
		check_translated(list, f->choices[i]);
	for (i = 0; f->suggestions != NULL && f->suggestions[i] != NULL; i++)
		check_translated(list, f->suggestions[i]);
	for (i = 0; i < f->n_columns; i++)
		check_field_texts(list, &f->columns[i]);
}

static void
test_every_text_translated(void **state)
{
	struct session *s = new_session(true);
	const struct guide_step *st;
	char *list = po_translated(GUIDE_PO);
	size_t i, j;

	(void)state;
	for (i = 0; i < GUIDE_PART_COUNT; i++) {
		check_translated(list, guide_part_name((enum guide_part)i));
		check_translated(list, guide_part_title((enum guide_part)i));
	}
	for (i = 0; i < guide_step_count(s); i++) {
		st = guide_step_at(s, i, NULL);
		check_translated(list, st->title);
		check_translated(list, st->guidance);
		check_translated(list, st->help);
		for (j = 0; j < st->n_fields; j++)
			check_field_texts(list, &st->fields[j]);
	}
	free(list);
	session_free(s);
}

/* The summary line of the first record of a step's record list. */
static char *
first_summary(const struct session *s, const char *step_key)
{
	struct guide_ctx ctx = { -1, 0, 0 };
	const struct guide_step *st;
	long i = guide_find_step(s, step_key, -1);
	size_t f;

	assert_true(i >= 0);
	st = guide_step_at(s, (size_t)i, &ctx);
	for (f = 0; f < st->n_fields; f++)
		if (st->fields[f].kind == GUIDE_RECORDS)
			return st->fields[f].summary(s, &ctx);
	fail_msg("%s has no record list", step_key);
	return NULL;
}

/* Record summaries speak the interface language: long dates, and the
 * decimal comma in Danish. Files keep ISO dates (checked elsewhere). */
static void
test_summaries_follow_language(void **state)
{
	struct session *s = session_new();
	struct measurement *m;
	struct meeting *mtg;
	char *text;

	(void)state;
	m = session_add_measurement(&s->indicators[0], "Baseline");
	session_set_str(&m->date, "2025-11-15");
	mtg = session_add_meeting(s);
	session_set_str(&mtg->date, "2026-02-24");
	session_set_str(&mtg->participants, "Anna, Bo");
	s->indicators[0].has_target = true;
	s->indicators[0].target = 80.5;

	lang_set(LANG_DANISH);
	text = first_summary(s, "part3.measurement");
	assert_string_equal(text, "Tilhørsforhold · Baseline · 15. november "
	    "2025");
	free(text);
	text = first_summary(s, "part3.meetings");
	assert_string_equal(text, "24. februar 2026 · Anna, Bo");
	free(text);
	text = first_summary(s, "part3.indicators");
	assert_non_null(strstr(text, "80,5"));
	free(text);

	lang_set(LANG_ENGLISH);
	text = first_summary(s, "part3.measurement");
	assert_string_equal(text, "Tilhørsforhold · Baseline · 15 November "
	    "2025");
	free(text);
	text = first_summary(s, "part3.indicators");
	assert_non_null(strstr(text, "80.5"));
	free(text);
	session_free(s);
}

/* A small partnership is not asked "smaller or larger?" again in
 * Del 1: the question does not apply, and the step is done without it;
 * a large one is still asked. */
static void
test_small_not_asked_size(void **state)
{
	struct session *s = new_session(false);
	const struct guide_step *gs;
	struct guide_missing miss[64];
	struct guide_ctx ctx;
	size_t i, n;
	long step;

	(void)state;
	step = guide_find_step(s, "part1.expectations", PARTY_HOUSING);
	assert_true(step >= 0);
	gs = guide_step_at(s, (size_t)step, &ctx);
	assert_string_equal(gs->fields[0].key, "part1.expected_size");
	assert_false(guide_field_applies(s, &gs->fields[0], &ctx));
	session_set_str(&s->part1[PARTY_HOUSING].interest, "Liv i området");
	assert_int_equal(guide_step_status(s, (size_t)step), GUIDE_DONE);
	n = guide_missing(s, GUIDE_PART1, miss, 64);
	for (i = 0; i < n && i < 64; i++)
		assert_string_not_equal(miss[i].field->key,
		    "part1.expected_size");
	s->large = true;
	assert_true(guide_field_applies(s, &gs->fields[0], &ctx));
	assert_int_equal(guide_step_status(s, (size_t)step), GUIDE_PARTLY);
	session_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_steps_reachable),
		cmocka_unit_test(test_summaries_follow_language),
		cmocka_unit_test(test_roundtrip_every_field),
		cmocka_unit_test(test_everything_entered_saves),
		cmocka_unit_test(test_bad_values_rejected),
		cmocka_unit_test(test_status_and_missing),
		cmocka_unit_test(test_indicator_ids),
		cmocka_unit_test(test_points_fixed),
		cmocka_unit_test(test_measurements_flattened),
		cmocka_unit_test(test_proposals),
		cmocka_unit_test(test_every_text_translated),
		cmocka_unit_test(test_small_not_asked_size),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
