/* Date parsing: every form staff type, and the impossible dates refused. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/date.h"

static void
assert_parses_to(const char *typed, const char *expected)
{
	char iso[DATE_ISO_LEN];
	char *cause = NULL;

	assert_int_equal(date_parse(typed, iso, &cause), 0);
	assert_null(cause);
	assert_string_equal(iso, expected);
}

static void
assert_refused(const char *typed)
{
	char iso[DATE_ISO_LEN];
	char *cause = NULL;

	assert_int_equal(date_parse(typed, iso, &cause), -1);
	assert_non_null(cause);
	free(cause);
}

static void
test_typed_forms(void **state)
{
	(void)state;
	assert_parses_to("2026-03-15", "2026-03-15");
	assert_parses_to("15-03-2026", "2026-03-15");
	assert_parses_to("15.03.2026", "2026-03-15");
	assert_parses_to("15/3-2026", "2026-03-15");
	assert_parses_to(" 1.2.2027 ", "2027-02-01");
	assert_parses_to("29-02-2028", "2028-02-29");
}

static void
test_impossible_dates(void **state)
{
	(void)state;
	assert_refused("31-02-2026");
	assert_refused("29-02-2026");
	assert_refused("29-02-2100");
	assert_refused("2026-13-01");
	assert_refused("00-01-2026");
	assert_refused("15-03-26");
	assert_refused("i morgen");
	assert_refused("");
	assert_refused("2026-03-15x");
}

static void
test_iso_and_timestamps(void **state)
{
	(void)state;
	assert_true(date_valid_iso("2000-02-29"));
	assert_false(date_valid_iso("1900-02-29"));
	assert_false(date_valid_iso("2026-3-15"));
	assert_true(date_valid_timestamp("2026-11-26T15:06:00Z"));
	assert_false(date_valid_timestamp("2026-11-26T25:06:00Z"));
	assert_false(date_valid_timestamp("2026-11-26 15:06:00"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_typed_forms),
		cmocka_unit_test(test_impossible_dates),
		cmocka_unit_test(test_iso_and_timestamps),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
