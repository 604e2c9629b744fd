/*
 * Where actions and activities stand: the optional action_status list
 * in the file (absent, present, trimmed, kept with unknown settings),
 * states travelling with their actions, the three wizard tables (a
 * meeting record dating what it marks), and planned against done per
 * year in the reports, counted by hand.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/guide.h"
#include "b2c/lang.h"
#include "b2c/report.h"
#include "b2c/session.h"
#include "b2c/store.h"

static const char file_with[] = "version = 2;\n"
    "part2 = {\n"
    "  actions = [ \"Praktik\", \"Sommerfest\", \"Lektiecafe\" ];\n"
    "  action_status = ( { status = \"done\"; date = \"2026-06-20\";\n"
    "    note = \"300 kom\"; }, { },\n"
    "    { status = \"cancelled\"; colour = \"red\"; } );\n"
    "};\n";

/* A file without the list reads as all planned and writes without it. */
static void
test_absent(void **state)
{
	static const char old[] = "version = 1;\n"
	    "part2 = { actions = [ \"a\", \"b\" ]; };\n";
	struct session *s = NULL;
	char *text = NULL, *cause = NULL;
	size_t len;

	(void)state;
	assert_int_equal(store_parse("old.cfg", old, sizeof old - 1, &s,
	    &cause), 0);
	assert_int_equal(s->part2.n_action_states, 0);
	assert_null(session_action_state(&s->part2, 0));
	assert_int_equal(store_serialise(s, &text, &len, &cause), 0);
	assert_null(strstr(text, "action_status"));
	free(text);
	/* Set back to planned with nothing noted: still not written. */
	session_action_state_mut(&s->part2, 1)->status = STATUS_DONE;
	session_action_state_mut(&s->part2, 1)->status = STATUS_PLANNED;
	assert_int_equal(store_serialise(s, &text, &len, &cause), 0);
	assert_null(strstr(text, "action_status"));
	free(text);
	session_free(s);
}

/* Read by position, unknown settings kept, written back the same. */
static void
test_round_trip(void **state)
{
	struct session *s = NULL, *again = NULL;
	const struct action_state *st;
	char *text = NULL, *cause = NULL;
	size_t len;

	(void)state;
	assert_int_equal(store_parse("with.cfg", file_with,
	    sizeof file_with - 1, &s, &cause), 0);
	st = session_action_state(&s->part2, 0);
	assert_non_null(st);
	assert_int_equal(st->status, STATUS_DONE);
	assert_string_equal(st->date, "2026-06-20");
	assert_string_equal(st->note, "300 kom");
	assert_null(session_action_state(&s->part2, 1));
	assert_int_equal(session_action_state(&s->part2, 2)->status,
	    STATUS_CANCELLED);
	assert_int_equal(store_serialise(s, &text, &len, &cause), 0);
	assert_non_null(strstr(text, "colour = \"red\";"));
	assert_non_null(strstr(text, "note = \"300 kom\";"));
	assert_int_equal(store_parse("again.cfg", text, len, &again,
	    &cause), 0);
	assert_true(session_equal(s, again));
	free(text);
	session_free(again);
	session_free(s);
}

/* A bad status or date names the file and line. */
static void
test_bad(void **state)
{
	static const char bad[] = "version = 2;\n"
	    "part2 = { actions = [ \"a\" ];\n"
	    "  action_status = ( { status = \"finished\"; } ); };\n";
	static const char bad_date[] = "version = 2;\n"
	    "part2 = { actions = [ \"a\" ];\n"
	    "  action_status = ( {\n date = \"20-06-2026\"; } ); };\n";
	struct session *s = NULL;
	char *cause = NULL;

	(void)state;
	assert_int_equal(store_parse("bad.cfg", bad, sizeof bad - 1, &s,
	    &cause), -1);
	assert_non_null(strstr(cause, "bad.cfg:3: status: unknown value"));
	free(cause);
	cause = NULL;
	assert_int_equal(store_parse("bad.cfg", bad_date, sizeof bad_date - 1,
	    &s, &cause), -1);
	assert_non_null(strstr(cause, "bad.cfg:4:"));
	free(cause);
}

/* Removing or moving an action takes its state along. */
static void
test_move_remove(void **state)
{
	struct session *s = NULL;
	char *cause = NULL;

	(void)state;
	assert_int_equal(store_parse("with.cfg", file_with,
	    sizeof file_with - 1, &s, &cause), 0);
	session_move_action(&s->part2, 0, 2);
	assert_string_equal(s->part2.actions[2], "Praktik");
	assert_int_equal(session_action_state(&s->part2, 2)->status,
	    STATUS_DONE);
	assert_int_equal(session_action_state(&s->part2, 1)->status,
	    STATUS_CANCELLED);
	assert_null(session_action_state(&s->part2, 0));
	session_remove_action(&s->part2, 1);
	assert_string_equal(s->part2.actions[1], "Praktik");
	assert_int_equal(session_action_state(&s->part2, 1)->status,
	    STATUS_DONE);
	assert_int_equal(s->part2.n_actions, 2);
	session_free(s);
}

/* The field of a step (or of a record's sub-form) with key. */
static const struct guide_field *
find_field(const struct guide_field *fields, size_t n, const char *key)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(fields[i].key, key) == 0)
			return &fields[i];
	fail_msg("no field %s", key);
	abort();
}

static const struct guide_step *
step(struct session *s, const char *key, struct guide_ctx *ctx)
{
	long i = guide_find_step(s, key, -1);

	assert_true(i >= 0);
	return guide_step_at(s, (size_t)i, ctx);
}

/* A meeting marks the second activity done: dated with the meeting. */
static void
test_meeting_marks(void **state)
{
	struct session *s = session_new();
	const struct guide_step *gs;
	const struct guide_field *recs, *tab;
	struct guide_ctx ctx;
	struct activity *a;
	char *cause = NULL, *v;

	(void)state;
	session_add_action(&s->part2, "Praktik");
	a = session_add_activity(&s->part2);
	session_set_str(&a->title, "Jul");
	session_set_str(&a->date, "2026-12-12");
	session_set_str(&session_add_meeting(s)->date, "2026-12-14");
	gs = step(s, "part3.meetings", &ctx);
	recs = find_field(gs->fields, gs->n_fields, "part3.meetings");
	tab = find_field(recs->columns, recs->n_columns,
	    "part3.meeting.status");
	ctx.row = 0;
	assert_int_equal(tab->count(s, &ctx), 2);
	ctx.sub = 1;
	v = tab->columns[0].get(s, &ctx);
	assert_string_equal(v, "Activity: Jul (12 December 2026)");
	free(v);
	assert_int_equal(tab->columns[1].set(s, &ctx, "1", &cause), 0);
	assert_int_equal(a->status, STATUS_DONE);
	assert_string_equal(a->status_date, "2026-12-14");
	/* A date given first is kept. */
	ctx.sub = 0;
	assert_int_equal(tab->columns[2].set(s, &ctx, "01-12-2026", &cause),
	    0);
	assert_int_equal(tab->columns[1].set(s, &ctx, "2", &cause), 0);
	assert_int_equal(session_action_state(&s->part2, 0)->status,
	    STATUS_POSTPONED);
	assert_string_equal(session_action_state(&s->part2, 0)->date,
	    "2026-12-01");
	assert_int_equal(tab->columns[1].set(s, &ctx, "4", &cause), -1);
	free(cause);
	cause = NULL;
	assert_int_equal(tab->columns[0].set(s, &ctx, "x", &cause), -1);
	free(cause);
	session_free(s);
}

/* The Del 2 tables: reading a row never grows the states. */
static void
test_part2_tables(void **state)
{
	struct session *s = session_new();
	const struct guide_step *gs;
	const struct guide_field *tab;
	struct guide_ctx ctx;
	char *cause = NULL, *v;

	(void)state;
	session_add_action(&s->part2, "Praktik");
	session_add_action(&s->part2, "Fest");
	gs = step(s, "part2.actions", &ctx);
	tab = find_field(gs->fields, gs->n_fields, "part2.action_status");
	ctx.row = 1;
	v = tab->columns[1].get(s, &ctx);
	assert_string_equal(v, "0");
	free(v);
	assert_int_equal(s->part2.n_action_states, 0);
	assert_int_equal(tab->columns[3].set(s, &ctx, "flyttet", &cause), 0);
	assert_string_equal(session_action_state(&s->part2, 1)->note,
	    "flyttet");
	session_add_activity(&s->part2);
	gs = step(s, "part2.wheel", &ctx);
	tab = find_field(gs->fields, gs->n_fields, "part2.wheel_status");
	ctx.row = 0;
	assert_int_equal(tab->count(s, &ctx), 1);
	assert_int_equal(tab->columns[1].set(s, &ctx, "3", &cause), 0);
	assert_int_equal(s->part2.wheel[0].status, STATUS_CANCELLED);
	/* No meeting here: no date is made up. */
	assert_string_equal(s->part2.wheel[0].status_date, "");
	session_free(s);
}

/* A ledger record on the meetings step: the session's year first, then
 * the latest record's; a year the file cannot hold is refused; the
 * party's Del 1 promise is shown beside it and cannot be edited. */
static void
test_ledger_records(void **state)
{
	struct session *s = session_new();
	const struct guide_step *gs;
	const struct guide_field *recs, *col;
	struct guide_ctx ctx;
	struct resource *res;
	char *cause = NULL, *v;
	size_t row;

	(void)state;
	session_set_str(&s->created, "2025-11-03T10:00:00Z");
	res = session_add_resource(&s->part1[PARTY_COMPANY]);
	res->kind = RESOURCE_MONEY;
	res->amount = 25000;
	session_set_str(&res->unit, "kr./år");
	gs = step(s, "part3.meetings", &ctx);
	recs = find_field(gs->fields, gs->n_fields, "part3.ledger");
	row = recs->add(s, &ctx);
	assert_int_equal(s->ledger[row].year, 2025);
	ctx.row = row;
	col = find_field(recs->columns, recs->n_columns, "part3.ledger.year");
	assert_int_equal(col->set(s, &ctx, "1899", &cause), -1);
	assert_non_null(strstr(cause, "1900"));
	free(cause);
	cause = NULL;
	assert_int_equal(col->set(s, &ctx, "2026", &cause), 0);
	col = find_field(recs->columns, recs->n_columns, "part3.ledger.party");
	assert_int_equal(col->set(s, &ctx, "1", &cause), 0);
	col = find_field(recs->columns, recs->n_columns,
	    "part3.ledger.in_kind");
	assert_int_equal(col->set(s, &ctx, "12000", &cause), 0);
	assert_true(s->ledger[row].in_kind == 12000);
	col = find_field(recs->columns, recs->n_columns,
	    "part3.ledger.promised");
	v = col->get(s, &ctx);
	assert_string_equal(v, "Money: 25000 kr./år");
	free(v);
	assert_int_equal(col->set(s, &ctx, "x", &cause), -1);
	free(cause);
	cause = NULL;
	row = recs->add(s, &ctx);
	assert_int_equal(s->ledger[row].year, 2026);
	recs->remove(s, &ctx, 0);
	assert_int_equal(s->n_ledger, 1);
	assert_int_equal(s->ledger[0].party, PARTY_HOUSING);
	ctx.row = 0;
	v = col->get(s, &ctx);
	assert_string_equal(v, "(nothing promised in Part 1)");
	free(v);
	session_free(s);
}

/* Planned against done: by status date, else own date, else undated. */
static void
test_report(void **state)
{
	struct session *s = session_new();
	struct activity *a;
	char *text;

	(void)state;
	text = report_text(s, 80, 0);
	assert_null(strstr(text, "Planned against done"));
	free(text);
	session_add_action(&s->part2, "Praktik");
	session_add_action(&s->part2, "Fest");
	session_action_state_mut(&s->part2, 0)->status = STATUS_DONE;
	session_set_str(&session_action_state_mut(&s->part2, 0)->date,
	    "2026-03-02");
	a = session_add_activity(&s->part2);
	session_set_str(&a->title, "Jul");
	session_set_str(&a->date, "2027-12-12");
	a = session_add_activity(&s->part2);
	session_set_str(&a->title, "Oprydning");
	a->month = 4;
	a->status = STATUS_POSTPONED;
	session_set_str(&a->status_date, "2026-04-18");
	text = report_text(s, 200, 0);
	assert_non_null(strstr(text, "Praktik [done 2 March 2026]"));
	assert_non_null(strstr(text, "2026: 2 in all, 1 done, 1 postponed, "
	    "0 cancelled, 0 still planned"));
	assert_non_null(strstr(text, "2027: 1 in all, 0 done, 0 postponed, "
	    "0 cancelled, 1 still planned"));
	assert_non_null(strstr(text, "not yet dated: 1 in all, 0 done"));
	assert_true(strstr(text, "2026: 2") < strstr(text, "2027: 1"));
	assert_true(strstr(text, "2027: 1") < strstr(text, "not yet dated"));
	free(text);
	session_add_ledger(s)->year = 2026;
	s->ledger[0].hours = 180;
	session_add_resource(&s->part1[PARTY_HOUSING])->amount = 15;
	session_set_str(&s->part1[PARTY_HOUSING].resources[0].unit,
	    "timer/md");
	text = report_text(s, 200, 0);
	assert_non_null(strstr(text, "Promised in Part 1:\n"
	    "  - Housing organisation: Working hours 15 timer/md\n"
	    "  - Company: nothing promised\n"));
	assert_non_null(strstr(text, "Given, per party and year:\n"
	    "  - 2026, Housing organisation: cash 0 kr.; 180 working hours"));
	free(text);
	text = report_render(s, REPORT_HTML, 80, 0);
	assert_non_null(strstr(text, "2026: 2 in all"));
	free(text);
	text = report_render(s, REPORT_MARKDOWN, 80, 0);
	assert_non_null(strstr(text, "2026: 2 in all"));
	free(text);
	session_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_absent),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_bad),
		cmocka_unit_test(test_move_remove),
		cmocka_unit_test(test_meeting_marks),
		cmocka_unit_test(test_part2_tables),
		cmocka_unit_test(test_ledger_records),
		cmocka_unit_test(test_report),
	};

	lang_set(LANG_ENGLISH);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
