/*
 * Indicators not adopted in Del 2 but holding typed data: the order every
 * list uses (adopted first), the mark, the overview's rows, the CSV, and
 * the measurement record's note, on a session built in code.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/adoption.h"
#include "b2c/canvas.h"
#include "b2c/chart.h"
#include "b2c/guide-extra.h"
#include "b2c/lang.h"
#include "b2c/report.h"
#include "b2c/session.h"

#define MARK "not adopted by both parties"

/*
 * The three core ones, then: 3 youth (not adopted, a count of 3), 4 safety
 * (adopted, measured), 5 patrols (not adopted, nothing typed), 6 help
 * (not adopted, a statement only).
 */
static struct session *
mixed_session(void)
{
	struct session *s = session_new();
	struct indicator *ind;
	struct measurement *m;
	struct tally *t;

	ind = session_add_indicator(s, "youth", "Unge i virksomhedspraktik");
	ind->kind = INDICATOR_COUNT;
	ind->has_target = true;
	ind->target = 4;
	m = session_add_measurement(ind, "Year 1");
	m->has_count = true;
	m->count = 3;
	ind = session_add_indicator(s, "safety", "Tryghed");
	ind->adopted = true;
	session_set_str(&ind->opposite, "Utryghed");
	m = session_add_measurement(ind, "Year 1");
	t = session_tally_for(m, "");
	t->steps[0] = 30;
	t->steps[3] = 20;
	ind = session_add_indicator(s, "patrols", "Natteravne");
	ind = session_add_indicator(s, "help", "Hjælpsomhed");
	session_set_str(&ind->opposite, "Ligegyldighed");
	session_add_statement(ind, "help-1", "Naboer hjælper.");
	return s;
}

static void
test_order(void **state)
{
	struct session *s = mixed_session();
	static const long want[] = { 0, 1, 2, 4, 3, 6 };
	size_t pos = 0, k;

	(void)state;
	assert_false(s->indicators[3].adopted);
	for (k = 0; k < sizeof want / sizeof *want; k++)
		assert_int_equal(adoption_next(s, &pos), want[k]);
	assert_int_equal(adoption_next(s, &pos), -1);
	assert_int_equal(adoption_next(s, &pos), -1);
	assert_false(adoption_shown(&s->indicators[5]));
	assert_true(adoption_shown(&s->indicators[6]));
	session_free(s);
}

static void
test_names(void **state)
{
	struct session *s = mixed_session();
	char *v;

	(void)state;
	v = adoption_name(&s->indicators[4], true);
	assert_string_equal(v, "Tryghed (vs. Utryghed)");
	free(v);
	v = adoption_name(&s->indicators[3], true);
	assert_string_equal(v, "Unge i virksomhedspraktik (" MARK ")");
	free(v);
	v = adoption_name(&s->indicators[6], true);
	assert_string_equal(v, "Hjælpsomhed (vs. Ligegyldighed; " MARK ")");
	free(v);
	v = adoption_name(&s->indicators[6], false);
	assert_string_equal(v, "Hjælpsomhed (" MARK ")");
	free(v);
	session_free(s);
}

/* The overview: Tryghed before youth; the mark under youth's row. */
static void
test_overview(void **state)
{
	struct session *s = mixed_session();
	struct canvas *c = chart_overview(s, 80, CHART_ASCII);
	char *text = canvas_to_text(c), *safety, *youth, *mark;

	(void)state;
	safety = strstr(text, "Tryghed");
	youth = strstr(text, "Unge i");
	assert_non_null(safety);
	assert_non_null(youth);
	assert_true(safety < youth);
	mark = strstr(youth, "\n");
	assert_non_null(mark);
	/* The line after the row (or its status line) holds the mark. */
	assert_non_null(strstr(mark, MARK));
	assert_null(strstr(text, "Natteravne"));
	free(text);
	canvas_free(c);
	session_free(s);
}

static void
test_csv(void **state)
{
	struct session *s = mixed_session();
	char *csv = report_render(s, REPORT_CSV, 80, 0), *safety, *youth;

	(void)state;
	assert_non_null(strstr(csv, REPORT_CSV_HEADER "\r\n"));
	safety = strstr(csv, "\r\nsafety,Tryghed,percent,");
	youth = strstr(csv, "\r\nyouth,Unge i virksomhedspraktik (" MARK
	    "),count,year 1,,,,,,,4,3,number,");
	assert_non_null(safety);
	assert_non_null(youth);
	assert_true(safety < youth);
	assert_null(strstr(csv, "patrols"));
	free(csv);
	session_free(s);
}

/* The measurement field of Del 3's measurement step. */
static const struct guide_field *
measurement_field(const struct session *s)
{
	long i = guide_find_step(s, "part3.measurement", -1);

	assert_true(i >= 0);
	return &guide_step_at(s, (size_t)i, NULL)->fields[0];
}

static const struct guide_field *
column(const struct guide_field *f, const char *key)
{
	size_t i;

	for (i = 0; i < f->n_columns; i++)
		if (strcmp(f->columns[i].key, key) == 0)
			return &f->columns[i];
	fail_msg("no column %s", key);
	return NULL;
}

static void
test_measurement_note(void **state)
{
	struct session *s = mixed_session();
	const struct guide_field *f = measurement_field(s), *note, *ind;
	struct guide_ctx ctx;
	char **choices, *v, *cause = NULL;

	(void)state;
	memset(&ctx, 0, sizeof ctx);
	note = column(f, "part3.measurement.adopted");
	ind = column(f, "part3.measurement.indicator");
	assert_true(note == ind + 1);	/* right under the choice */
	/* Row 0 is youth's count (the core ones have none), row 1 safety. */
	ctx.row = 0;
	assert_true(guide_field_applies(s, note, &ctx));
	assert_true(guide_field_readonly(note));
	v = note->get(s, &ctx);
	assert_string_equal(v, "No: not ticked in Del 2 (Site-specific "
	    "indicators)");
	free(v);
	assert_int_equal(note->set(s, &ctx, "Yes", &cause), -1);
	free(cause);
	v = f->summary(s, &ctx);
	assert_string_equal(v, "Unge i virksomhedspraktik (" MARK ") · Year 1");
	free(v);
	ctx.row = 1;
	assert_false(guide_field_applies(s, note, &ctx));
	choices = guide_field_choices(s, ind, &ctx);
	assert_string_equal(choices[0], "Tilhørsforhold");
	assert_string_equal(choices[3], "Unge i virksomhedspraktik (" MARK ")");
	assert_string_equal(choices[4], "Tryghed");
	guide_choices_free(choices);
	session_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_overview),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_measurement_note),
	};

	lang_set(LANG_ENGLISH);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
