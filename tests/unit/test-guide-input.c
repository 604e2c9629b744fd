/*
 * Numbers and dates as people type them, in the Danish and the English
 * interface: thousands grouping, decimal comma or point, the refusals
 * of text that could mean values a thousand times apart, percentages
 * with "%", whole numbers, and dates in the long form the wizard shows.
 * Messages are checked in English (the msgids); the Danish for each is
 * checked to exist in the guide's PO part.
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
#include "b2c/session.h"
#include "../../src/core/guide/guide-impl.h"

/* The value of typed text, failing the test when it is refused. */
static double
num(enum guide_number_kind kind, const char *text)
{
	double v = -1;
	char *cause = NULL;

	if (guide_read_number(text, strlen(text), kind, &v, &cause) != 0)
		fail_msg("\"%s\" refused: %s", text, cause);
	return v;
}

/* The message refusing typed text, failing the test when accepted. */
static void
refused(enum guide_number_kind kind, const char *text, const char *msg)
{
	double v;
	char *cause = NULL;

	if (guide_read_number(text, strlen(text), kind, &v, &cause) == 0)
		fail_msg("\"%s\" accepted as %g", text, v);
	assert_non_null(cause);
	if (msg != NULL && strcmp(cause, msg) != 0)
		fail_msg("\"%s\": got \"%s\", want \"%s\"", text, cause, msg);
	free(cause);
}

#define DEC GUIDE_NUM_DECIMAL
#define WHOLE GUIDE_NUM_WHOLE
#define PCT GUIDE_NUM_PERCENT

static void
test_danish_numbers(void **state)
{
	(void)state;
	lang_set(LANG_DANISH);
	assert_true(num(DEC, "3.000") == 3000);
	assert_true(num(DEC, "12.500") == 12500);
	assert_true(num(DEC, "1.250.000") == 1250000);
	assert_true(num(DEC, "2,5") == 2.5);
	assert_true(num(DEC, "1.250,75") == 1250.75);
	assert_true(num(DEC, "-1.250,75") == -1250.75);
	assert_true(num(DEC, "0,125") == 0.125);
	assert_true(num(DEC, "3000") == 3000);
	/* A point that cannot group is a decimal point: one reading. */
	assert_true(num(DEC, "2.5") == 2.5);
	assert_true(num(DEC, "2.50") == 2.5);
	assert_true(num(DEC, "0.500") == 0.5);
	assert_true(num(DEC, "1234.5") == 1234.5);
	assert_true(num(DEC, "1,250,000") == 1250000);
	assert_true(num(DEC, "1,250.75") == 1250.75);
	assert_true(num(WHOLE, "1.000") == 1000);
	assert_true(num(WHOLE, "3,0") == 3);
}

static void
test_english_numbers(void **state)
{
	(void)state;
	lang_set(LANG_ENGLISH);
	assert_true(num(DEC, "3,000") == 3000);
	assert_true(num(DEC, "1,250,000") == 1250000);
	assert_true(num(DEC, "1,250.75") == 1250.75);
	assert_true(num(DEC, "2.5") == 2.5);
	assert_true(num(DEC, "2,5") == 2.5);
	assert_true(num(DEC, "0.125") == 0.125);
	assert_true(num(DEC, "2.1250") == 2.125);
	assert_true(num(DEC, "1.250.000") == 1250000);
	assert_true(num(DEC, "1.250,75") == 1250.75);
	assert_true(num(WHOLE, "1,000") == 1000);
	lang_set(LANG_DANISH);
}

static void
test_spaces_group(void **state)
{
	static const char *const langs[] = { LANG_DANISH, LANG_ENGLISH };
	size_t i;

	(void)state;
	for (i = 0; i < 2; i++) {
		lang_set(langs[i]);
		assert_true(num(DEC, "3 000") == 3000);
		assert_true(num(DEC, "3\xc2\xa0" "000") == 3000);
		assert_true(num(DEC, "1\xe2\x80\xaf" "250\xe2\x80\xaf" "000")
		    == 1250000);
		assert_true(num(WHOLE, "12 500") == 12500);
		refused(DEC, "3 00", "\"3 00\" is not a number; write it as, "
		    "e.g., 2500 or 2.5");
		refused(DEC, "3  000", NULL);
		refused(DEC, "3 000.000,5", NULL);
	}
	lang_set(LANG_DANISH);
	assert_true(num(DEC, "1 250,75") == 1250.75);
	assert_true(num(DEC, "1 250,750") == 1250.75);
	refused(DEC, "1 250.750", NULL);
	lang_set(LANG_ENGLISH);
	assert_true(num(DEC, "1 250.75") == 1250.75);
	refused(DEC, "1 250,750", NULL);
	lang_set(LANG_DANISH);
}

/* Text that could mean values a thousand times apart is refused. */
static void
test_ambiguous_refused(void **state)
{
	(void)state;
	lang_set(LANG_ENGLISH);
	refused(DEC, "3.000", "\"3.000\" is ambiguous: write 3000 if you "
	    "mean thousands, or 3");
	refused(DEC, "12.500", "\"12.500\" is ambiguous: write 12500 if you "
	    "mean thousands, or 12.5000");
	refused(DEC, "2.125", "\"2.125\" is ambiguous: write 2125 if you "
	    "mean thousands, or 2.1250");
	refused(WHOLE, "1.000", "\"1.000\" is ambiguous: write 1000 if you "
	    "mean thousands, or 1");
	refused(DEC, "-3.000", "\"-3.000\" is ambiguous: write -3000 if you "
	    "mean thousands, or -3");
	refused(WHOLE, "3.500", "\"3.500\" is ambiguous: write 3500 if you "
	    "mean thousands; a count has no decimals");
	lang_set(LANG_DANISH);
	refused(DEC, "3,000", "\"3,000\" is ambiguous: write 3000 if you "
	    "mean thousands, or 3");
	refused(DEC, "2,125", "\"2,125\" is ambiguous: write 2125 if you "
	    "mean thousands, or 2,1250");
	refused(WHOLE, "1,000", "\"1,000\" is ambiguous: write 1000 if you "
	    "mean thousands, or 1");
	refused(PCT, "12,500 %", NULL);
}

static void
test_malformed_refused(void **state)
{
	(void)state;
	lang_set(LANG_DANISH);
	refused(DEC, "ti", "\"ti\" is not a number; write it as, e.g., 2500 "
	    "or 2.5");
	refused(PCT, "ti", "\"ti\" is not a number; write it as, e.g., 80");
	refused(WHOLE, "ti", "\"ti\" is not a number; write it as, e.g., 80");
	assert_true(num(DEC, "3.00") == 3);	/* cannot group: a point */
	refused(DEC, "1.2.3", NULL);
	refused(DEC, "1.250.00", NULL);
	refused(DEC, "1234.567.890", NULL);
	refused(DEC, "1.250,7,5", NULL);
	refused(DEC, "3,", NULL);
	refused(DEC, "-", NULL);
	refused(DEC, "1e5", NULL);
	refused(DEC, "80 %", "\"80 %\" is not a number; write it as, e.g., "
	    "2500 or 2.5");
	refused(DEC, "1234567890123456", NULL);
	refused(WHOLE, "2,5", "\"2,5\" is not a whole number; a count has no "
	    "decimals");
	lang_set(LANG_ENGLISH);
	refused(WHOLE, "2.5", "\"2.5\" is not a whole number; a count has no "
	    "decimals");
	assert_true(num(DEC, "3,00") == 3);
	lang_set(LANG_DANISH);
}

/* A leading zero never makes "01.000" read as 1 (a factor of 1000). */
static void
test_leading_zero(void **state)
{
	(void)state;
	lang_set(LANG_DANISH);
	refused(DEC, "01.000", NULL);
	refused(DEC, "01.250", NULL);
	assert_true(num(DEC, "0.500") == 0.5);
	lang_set(LANG_ENGLISH);
	refused(DEC, "01.000", NULL);
	refused(DEC, "01,000", NULL);
	assert_true(num(DEC, "0,500") == 0.5);
	lang_set(LANG_DANISH);
}

/* What the wizard shows reads back as the same value in both languages,
 * three decimals included (shown with a fourth). */
static void
test_shown_reads_back(void **state)
{
	static const double values[] = { 1.125, 12.5, 999.001, 0.125,
		1234.125, 3000, 2.5, -7.375 };
	char *shown, *p;
	size_t i, l;

	(void)state;
	for (l = 0; l < 2; l++) {
		lang_set(l == 0 ? LANG_DANISH : LANG_ENGLISH);
		for (i = 0; i < sizeof values / sizeof values[0]; i++) {
			shown = guide_format_number(values[i]);
			/* The wizard shows a decimal comma in Danish. */
			if (l == 0 && (p = strchr(shown, '.')) != NULL)
				*p = ',';
			if (num(DEC, shown) != values[i])
				fail_msg("%g shown as \"%s\" reads back as %g",
				    values[i], shown, num(DEC, shown));
			free(shown);
		}
	}
	lang_set(LANG_DANISH);
}

static void
test_percent_sign(void **state)
{
	static const char *const langs[] = { LANG_DANISH, LANG_ENGLISH };
	size_t i;

	(void)state;
	for (i = 0; i < 2; i++) {
		lang_set(langs[i]);
		assert_true(num(PCT, "80 %") == 80);
		assert_true(num(PCT, "80%") == 80);
		assert_true(num(PCT, "80\xc2\xa0%") == 80);
		assert_true(num(PCT, "80") == 80);
		refused(PCT, "80 %%", NULL);
		refused(PCT, "%", NULL);
	}
	lang_set(LANG_DANISH);
	assert_true(num(PCT, "12,5 %") == 12.5);
	lang_set(LANG_ENGLISH);
	assert_true(num(PCT, "12.5%") == 12.5);
	lang_set(LANG_DANISH);
}

/* The first column setter named key of step step_key, with a row. */
static const struct guide_field *
column(struct session *s, const char *step_key, int party, size_t col,
    struct guide_ctx *ctx)
{
	long i = guide_find_step(s, step_key, party);
	const struct guide_field *f;

	assert_true(i >= 0);
	f = &guide_step_at(s, (size_t)i, ctx)->fields[0];
	ctx->row = f->add(s, ctx);
	return &f->columns[col];
}

/* The fields take these rules: amounts, targets and counts. */
static void
test_fields_follow_language(void **state)
{
	struct session *s = session_new();
	struct guide_ctx ctx = { PARTY_HOUSING, 0, 0 };
	const struct guide_field *amount;
	char *cause = NULL;

	(void)state;
	s->large = true;
	amount = column(s, "part1.resources", PARTY_HOUSING, 1, &ctx);
	lang_set(LANG_DANISH);
	assert_int_equal(amount->set(s, &ctx, "3.000", &cause), 0);
	assert_true(s->part1[0].resources[0].amount == 3000);
	assert_int_equal(amount->set(s, &ctx, "1.250,75", &cause), 0);
	assert_true(s->part1[0].resources[0].amount == 1250.75);
	assert_int_equal(amount->set(s, &ctx, "3,000", &cause), -1);
	assert_true(s->part1[0].resources[0].amount == 1250.75);
	free(cause);
	lang_set(LANG_ENGLISH);
	assert_int_equal(amount->set(s, &ctx, "3.000", &cause), -1);
	assert_non_null(strstr(cause, "ambiguous"));
	free(cause);
	assert_int_equal(amount->set(s, &ctx, "3,000", &cause), 0);
	assert_true(s->part1[0].resources[0].amount == 3000);
	assert_int_equal(amount->set(s, &ctx, "-3", &cause), -1);
	assert_string_equal(cause, "\"-3\" is negative; write 0 or more");
	free(cause);
	lang_set(LANG_DANISH);
	session_free(s);
}

/* The Target column of the first indicator accepts "80 %". */
static void
test_target_percent(void **state)
{
	struct session *s = session_new();
	struct guide_ctx ctx = { -1, 0, 0 };
	const struct guide_field *list, *target;
	long k = guide_find_step(s, "part3.indicators", -1);
	char *cause = NULL;

	(void)state;
	assert_true(k >= 0);
	list = &guide_step_at(s, (size_t)k, &ctx)->fields[0];
	assert_string_equal(list->key, "part3.indicators");
	target = &list->columns[3];
	assert_string_equal(target->key, "part3.indicator.target");
	ctx.row = 0;
	lang_set(LANG_DANISH);
	s->indicators[0].kind = INDICATOR_PERCENT;
	assert_int_equal(target->set(s, &ctx, "80 %", &cause), 0);
	assert_true(s->indicators[0].target == 80);
	assert_int_equal(target->set(s, &ctx, "82,5%", &cause), 0);
	assert_true(s->indicators[0].target == 82.5);
	assert_int_equal(target->set(s, &ctx, "ti", &cause), -1);
	assert_string_equal(cause, "\"ti\" is not a number; write it as, "
	    "e.g., 80");
	free(cause);
	assert_int_equal(target->set(s, &ctx, "120 %", &cause), -1);
	free(cause);
	assert_true(s->indicators[0].target == 82.5);
	s->indicators[0].kind = INDICATOR_COUNT;
	assert_int_equal(target->set(s, &ctx, "80 %", &cause), -1);
	free(cause);
	assert_int_equal(target->set(s, &ctx, "1.200", &cause), 0);
	assert_true(s->indicators[0].target == 1200);
	session_free(s);
}

static void
test_counts_whole(void **state)
{
	struct session *s = session_new();
	struct guide_ctx ctx = { -1, 0, 0 };
	long n = -1;
	bool empty;
	char *cause = NULL;

	(void)state;
	lang_set(LANG_DANISH);
	assert_int_equal(guide_parse_count("1.000", &n, &empty, &cause), 0);
	assert_int_equal(n, 1000);
	assert_int_equal(guide_parse_count(" ", &n, &empty, &cause), 0);
	assert_true(empty);
	assert_int_equal(guide_parse_count("2,5", &n, &empty, &cause), -1);
	assert_string_equal(cause, "\"2,5\" is not a whole number; a count "
	    "has no decimals");
	free(cause);
	lang_set(LANG_ENGLISH);
	assert_int_equal(guide_parse_count("1.000", &n, &empty, &cause), -1);
	assert_non_null(strstr(cause, "ambiguous"));
	free(cause);
	assert_int_equal(guide_parse_count("1,000", &n, &empty, &cause), 0);
	assert_int_equal(n, 1000);
	lang_set(LANG_DANISH);
	(void)ctx;
	session_free(s);
}

/* A typed date into ISO, failing the test when refused. */
static void
date_is(const char *typed, const char *iso)
{
	char *field = NULL, *cause = NULL;

	if (guide_put_date(&field, typed, &cause) != 0)
		fail_msg("\"%s\" refused: %s", typed, cause);
	assert_string_equal(field, iso);
	free(field);
}

static void
date_refused(const char *typed, const char *msg)
{
	char *field = NULL, *cause = NULL;

	assert_int_equal(guide_put_date(&field, typed, &cause), -1);
	assert_string_equal(cause, msg);
	free(cause);
	free(field);
}

static void
test_long_dates(void **state)
{
	static const char *const langs[] = { LANG_DANISH, LANG_ENGLISH };
	char *shown;
	size_t i;

	(void)state;
	for (i = 0; i < 2; i++) {
		lang_set(langs[i]);
		/* What the wizard shows reads back as the same date. */
		shown = lang_format_date("2027-03-01");
		date_is(shown, "2027-03-01");
		free(shown);
		shown = lang_format_date("2026-12-24");
		date_is(shown, "2026-12-24");
		free(shown);
		date_is("1. marts 2027", "2027-03-01");
		date_is("1. MARTS 2027", "2027-03-01");
		date_is("1 March 2027", "2027-03-01");
		date_is("1 march 2027", "2027-03-01");
		date_is("March 1, 2027", "2027-03-01");
		date_is("  15. jan. 2026 ", "2026-01-15");
		date_is("3. feb 2026", "2026-02-03");
		date_is("3. sept. 2026", "2026-09-03");
		date_is("3. okt. 2026", "2026-10-03");
		date_is("3 Oct 2026", "2026-10-03");
		date_is("17. maj 2026", "2026-05-17");
		date_is("29. februar 2028", "2028-02-29");
		/* The numeric forms still work. */
		date_is("2026-03-15", "2026-03-15");
		date_is("15-03-2026", "2026-03-15");
		date_is("15.03.2026", "2026-03-15");
		date_is("15/3-2026", "2026-03-15");
		date_refused("31. februar 2026", "31. februar 2026 is not a "
		    "real date");
		date_refused("29 February 2026", "29 February 2026 is not a "
		    "real date");
		date_refused("1. ma 2027", "\"1. ma 2027\" is not a date; write "
		    "it as 15-03-2026 or 15 March 2026");
		date_refused("1. martsx 2027", "\"1. martsx 2027\" is not a "
		    "date; write it as 15-03-2026 or 15 March 2026");
		date_refused("1. marts 27", "\"1. marts 27\" is not a date; "
		    "write it as 15-03-2026 or 15 March 2026");
		date_refused("1. marts 2027 kl. 10", "\"1. marts 2027 kl. 10\" "
		    "is not a date; write it as 15-03-2026 or 15 March 2026");
		date_refused("31-02-2026", "31-02-2026 is not a real date");
	}
	lang_set(LANG_DANISH);
}

/* The PO part translates a msgid (a plain search of its lines). */
static bool
po_has(const char *path, const char *msgid, const char *msgstr)
{
	FILE *f = fopen(path, "r");
	char line[1024], *want_id, *want_str;
	bool found = false, after_id = false;

	assert_non_null(f);
	want_id = malloc(strlen(msgid) + 16);
	want_str = malloc(strlen(msgstr) + 16);
	sprintf(want_id, "msgid \"%s\"\n", msgid);
	sprintf(want_str, "msgstr \"%s\"\n", msgstr);
	while (fgets(line, sizeof line, f) != NULL) {
		if (after_id && strcmp(line, want_str) == 0)
			found = true;
		after_id = strcmp(line, want_id) == 0;
	}
	fclose(f);
	free(want_id);
	free(want_str);
	return found;
}

static void
test_danish_messages(void **state)
{
	(void)state;
	assert_true(po_has(GUIDE_PO, "\\\"%.*s\\\" is not a number; write it "
	    "as, e.g., 80", "\\\"%.*s\\\" er ikke et tal; skriv fx 80"));
	assert_true(po_has(GUIDE_PO, "\\\"%.*s\\\" is ambiguous: write %s if "
	    "you mean thousands, or %s", "\\\"%.*s\\\" er tvetydigt: skriv "
	    "%s, hvis du mener tusinder, eller %s"));
	assert_true(po_has(I18N_PO, "%s is not a real date",
	    "%s er ikke en gyldig dato"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_danish_numbers),
		cmocka_unit_test(test_english_numbers),
		cmocka_unit_test(test_spaces_group),
		cmocka_unit_test(test_ambiguous_refused),
		cmocka_unit_test(test_malformed_refused),
		cmocka_unit_test(test_leading_zero),
		cmocka_unit_test(test_shown_reads_back),
		cmocka_unit_test(test_percent_sign),
		cmocka_unit_test(test_fields_follow_language),
		cmocka_unit_test(test_target_percent),
		cmocka_unit_test(test_counts_whole),
		cmocka_unit_test(test_long_dates),
		cmocka_unit_test(test_danish_messages),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
