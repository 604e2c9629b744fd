/*
 * Typed values and periods: white space (NBSP included) trimmed and
 * alone counting as empty; period labels in either language and any case
 * mapping to one key; files written before keys existed loading with
 * their labels mapped and same-period records merged (or refused when a
 * merge would lose something); the step map not counting blank fields.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/guide.h"
#include "b2c/period.h"
#include "b2c/session.h"
#include "b2c/store.h"
#include "b2c/textnorm.h"
#include "b2c/util.h"

#define NBSP "\xc2\xa0"

static void
test_textnorm(void **state)
{
	char *s;

	(void)state;
	assert_true(textnorm_blank(""));
	assert_true(textnorm_blank(" \t\n" NBSP "\xe2\x80\xaf\xe3\x80\x80"));
	assert_false(textnorm_blank(NBSP "x"));
	s = textnorm_trim(NBSP " Vi vil\tsamarbejde " NBSP "\n");
	assert_string_equal(s, "Vi vil\tsamarbejde");
	free(s);
	s = textnorm_collapse("  År" NBSP NBSP " 1  ");
	assert_string_equal(s, "År 1");
	free(s);
	s = textnorm_trim("   ");
	assert_string_equal(s, "");
	free(s);
	assert_int_equal(textnorm_casecmp("ÅR 1", "år 1"), 0);
	assert_int_not_equal(textnorm_casecmp("år 1", "år 2"), 0);
	s = textnorm_fold("MIDTVEJS ÆØÅ");
	assert_string_equal(s, "midtvejs æøå");
	free(s);
}

static void
assert_key(const char *label, const char *key)
{
	char *k = period_key(label);

	assert_string_equal(k, key);
	free(k);
}

static void
test_period_keys(void **state)
{
	(void)state;
	assert_key("Baseline", "baseline");
	assert_key("Baseline ", "baseline");
	assert_key(NBSP "BASELINE" NBSP, "baseline");
	assert_key("Basislinje", "baseline");
	assert_key("År 1", "year 1");
	assert_key("år  1", "year 1");
	assert_key("Year 1", "year 1");
	assert_key("YEAR" NBSP "12", "year 12");
	assert_key("År2", "year 2");
	assert_key("Aar 3", "year 3");
	assert_key("year 0", "year 0");		/* no year 0: a name */
	assert_key("År 1 og 2", "År 1 og 2");
	assert_key("  Midtvejs   måling ", "Midtvejs måling");
	assert_key("   ", "");
	assert_int_equal(period_year("baseline"), 0);
	assert_int_equal(period_year("Year 3"), 3);
	assert_int_equal(period_year("Midtvejs"), -1);
	/* The test runs untranslated: keys show in English. */
	assert_string_equal(period_label("baseline"), "Baseline");
	assert_string_equal(period_label("year 2"), "Year 2");
	assert_string_equal(period_label("Midtvejs"), "Midtvejs");
	assert_true(period_same("Year 1", "År 1"));
	assert_true(period_same("midtvejs", "Midtvejs "));
	assert_false(period_same("År 1", "År 2"));
}

static void
test_period_session(void **state)
{
	struct session *s = session_new();
	struct indicator *ind = &s->indicators[0];
	char **offer, *line;

	(void)state;
	session_add_measurement(ind, "Baseline ");
	session_add_measurement(ind, "År 1");
	assert_string_equal(ind->measurements[0].period, "baseline");
	assert_string_equal(ind->measurements[1].period, "year 1");
	assert_ptr_equal(session_find_measurement(ind, "BASELINE"),
	    &ind->measurements[0]);
	assert_ptr_equal(session_find_measurement(ind, "Year 1"),
	    &ind->measurements[1]);
	assert_null(session_find_measurement(ind, "Year 2"));
	session_add_measurement(&s->indicators[1], "Midtvejs");
	offer = period_choices(s);
	assert_string_equal(offer[0], "Baseline");
	assert_string_equal(offer[1], "Year 1");
	assert_string_equal(offer[2], "Year 2");
	assert_string_equal(offer[3], "Year 3");
	assert_string_equal(offer[4], "Midtvejs");
	assert_null(offer[5]);
	period_choices_free(offer);
	line = period_offer(s);
	assert_string_equal(line, "Baseline, Year 1, Year 2, Year 3, "
	    "Midtvejs");
	free(line);
	/* Measured up to year 4: year 5 is offered next. */
	session_add_measurement(ind, "year 4");
	line = period_offer(s);
	assert_string_equal(line, "Baseline, Year 1, Year 2, Year 3, "
	    "Year 4, Year 5, Midtvejs");
	free(line);
	session_free(s);
}

/* A session as earlier versions wrote it, with periods given. */
static char *
old_file(const char *m1, const char *m2)
{
	return xasprintf("version = 1;\n"
	    "title = \"Gammel\";\n"
	    "part3 = { indicators = (\n"
	    "  { id = \"belonging\";\n"
	    "    statements = ( { id = \"b1\"; text = \"Jeg føler mig hjemme\"; } );\n"
	    "    measurements = (\n"
	    "      %s,\n"
	    "      %s\n"
	    "    );\n"
	    "  }\n"
	    "); };\n", m1, m2);
}

static struct session *
parse_ok(const char *text)
{
	struct session *s = NULL;
	char *cause = NULL;

	if (store_parse("old.cfg", text, strlen(text), &s, &cause) != 0)
		fail_msg("%s", cause);
	return s;
}

static void
test_old_files(void **state)
{
	char *text, *cause = NULL, *out;
	struct session *s = NULL;
	const struct measurement *m;
	size_t len;

	(void)state;
	/* "Baseline" and "Baseline " (the bug): one period, answers added. */
	text = old_file("{ period = \"Baseline\"; date = \"2025-11-15\";\n"
	    "  tallies = ( { statement = \"b1\"; "
	    "strongly_agree = 40; agree = 30; neutral = 10; "
	    "disagree = 10; strongly_disagree = 10; dont_know = 5; blank = 2; } ); }",
	    "{ period = \"Baseline \"; date = \"2025-11-10\";\n"
	    "  tallies = ( { statement = \"b1\"; "
	    "strongly_agree = 1; agree = 2; neutral = 3; "
	    "disagree = 4; strongly_disagree = 5; dont_know = 1; blank = 1; } ); }");
	s = parse_ok(text);
	free(text);
	assert_int_equal(s->indicators[0].n_measurements, 1);
	m = &s->indicators[0].measurements[0];
	assert_string_equal(m->period, "baseline");
	assert_string_equal(m->date, "2025-11-10");	/* the earlier */
	assert_int_equal(m->tallies[0].steps[0], 41);
	assert_int_equal(m->tallies[0].steps[4], 15);
	assert_int_equal(m->tallies[0].dont_know, 6);
	assert_int_equal(m->tallies[0].blank, 3);
	/* Written back by key, and read again the same. */
	assert_int_equal(store_serialise(s, &out, &len, &cause), 0);
	assert_non_null(strstr(out, "period = \"baseline\";"));
	session_free(s);
	s = parse_ok(out);
	free(out);
	assert_string_equal(s->indicators[0].measurements[0].period,
	    "baseline");
	session_free(s);

	/* "År 1" (Danish) and "Year 1" (English): one period. */
	text = old_file("{ period = \"År 1\"; }", "{ period = \"Year 1\"; }");
	s = parse_ok(text);
	free(text);
	assert_int_equal(s->indicators[0].n_measurements, 1);
	assert_string_equal(s->indicators[0].measurements[0].period,
	    "year 1");
	session_free(s);

	/* A name of the users' own stays as it was. */
	text = old_file("{ period = \"Baseline\"; }",
	    "{ period = \"Midtvejs  evaluering \"; }");
	s = parse_ok(text);
	free(text);
	assert_int_equal(s->indicators[0].n_measurements, 2);
	assert_string_equal(s->indicators[0].measurements[1].period,
	    "Midtvejs evaluering");
	session_free(s);
}

static void
test_old_file_conflict(void **state)
{
	char *text, *cause = NULL;
	struct session *s = NULL;

	(void)state;
	/* Two different counts cannot be merged: an error naming both. */
	text = xasprintf("version = 1;\n"
	    "part3 = { indicators = (\n"
	    "  { id = \"jobs\"; name = \"Jobs\"; kind = \"count\";\n"
	    "    measurements = (\n"
	    "      { period = \"År 1\"; count = 4; },\n"
	    "      { period = \"year 1\"; count = 6; }\n"
	    "    );\n"
	    "  }\n"
	    "); };\n");
	assert_int_equal(store_parse("old.cfg", text, strlen(text), &s,
	    &cause), -1);
	assert_null(s);
	assert_non_null(strstr(cause, "old.cfg:6: period: \"Year 1\" is the "
	    "same period as the one on line 5, with another count"));
	free(cause);
	free(text);
}

/* Sets field key of its step (the first field of that key) to v. */
static void
set_field(struct session *s, const char *step, const char *key,
    const char *v)
{
	struct guide_ctx ctx = { -1, 0, 0 };
	const struct guide_step *st;
	char *cause = NULL;
	size_t i;

	st = guide_step_at(s, (size_t)guide_find_step(s, step, -1), &ctx);
	for (i = 0; i < st->n_fields; i++)
		if (strcmp(st->fields[i].key, key) == 0)
			break;
	assert_true(i < st->n_fields);
	assert_int_equal(st->fields[i].set(s, &ctx, v, &cause), 0);
}

static void
test_blank_not_done(void **state)
{
	struct session *s = session_new();
	char *text, *cause = NULL;
	size_t i;

	(void)state;
	set_field(s, "start.parties", "start.title", "   " NBSP);
	assert_string_equal(s->title, "");
	set_field(s, "start.parties", "start.area", "  Hedemarken " NBSP);
	assert_string_equal(s->area, "Hedemarken");
	i = (size_t)guide_find_step(s, "start.parties", -1);
	assert_int_not_equal(guide_step_status(s, i), GUIDE_DONE);
	session_free(s);

	/* A field a file holds as spaces alone is empty too. */
	text = xstrdup("version = 1;\ntitle = \"  \\t \";\n"
	    "area = \"" NBSP "\";\n");
	assert_int_equal(store_parse("old.cfg", text, strlen(text), &s,
	    &cause), 0);
	free(text);
	assert_string_equal(s->title, "");
	assert_string_equal(s->area, "");
	assert_int_equal(guide_step_status(s, i), GUIDE_EMPTY);
	session_free(s);
}

static void
test_record_period(void **state)
{
	struct session *s = session_new();
	struct guide_ctx ctx = { -1, 0, 0 };
	const struct guide_field *f, *period;
	char *cause = NULL, *v;
	size_t i;
	long step;

	(void)state;
	step = guide_find_step(s, "part3.measurement", -1);
	f = &guide_step_at(s, (size_t)step, &ctx)->fields[0];
	assert_int_equal(f->add(s, &ctx), 0);
	ctx.row = 1;
	assert_int_equal(f->add(s, &ctx), 1);
	for (i = 0; i < f->n_columns; i++)
		if (strcmp(f->columns[i].key, "part3.measurement.period") == 0)
			break;
	assert_true(i < f->n_columns);
	period = &f->columns[i];
	assert_string_equal(s->indicators[0].measurements[0].period,
	    "baseline");
	assert_string_equal(s->indicators[0].measurements[1].period,
	    "year 1");
	/* The second record typed as "baseline " clashes with the first. */
	assert_int_equal(period->set(s, &ctx, "baseline ", &cause), -1);
	assert_non_null(strstr(cause, "already has a measurement called "
	    "Baseline"));
	free(cause);
	cause = NULL;
	assert_int_equal(period->set(s, &ctx, NBSP " ", &cause), -1);
	free(cause);
	cause = NULL;
	assert_int_equal(period->set(s, &ctx, " ÅR" NBSP "2 ", &cause), 0);
	assert_string_equal(s->indicators[0].measurements[1].period,
	    "year 2");
	v = period->get(s, &ctx);
	assert_string_equal(v, "Year 2");
	free(v);
	session_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_textnorm),
		cmocka_unit_test(test_period_keys),
		cmocka_unit_test(test_period_session),
		cmocka_unit_test(test_old_files),
		cmocka_unit_test(test_old_file_conflict),
		cmocka_unit_test(test_blank_not_done),
		cmocka_unit_test(test_record_period),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
