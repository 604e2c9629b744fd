/*
 * Starting a new year, against what the rules in b2c/newyear.h give by
 * hand: dated activities copied a year on (29 February to the 28th),
 * monthly ones marked last year kept as dated records and planned
 * again, meeting dates moved, the next period added to adopted
 * indicators only, and a second start adding nothing.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/newyear.h"
#include "b2c/session.h"
#include "b2c/store.h"

static struct activity *
add(struct session *s, int month, const char *date, const char *title,
    enum activity_status st, const char *st_date)
{
	struct activity *a = session_add_activity(&s->part2);

	a->month = month;
	session_set_str(&a->date, date);
	session_set_str(&a->title, title);
	a->status = st;
	session_set_str(&a->status_date, st_date);
	session_set_str(&a->status_note, "note");
	return a;
}

static struct session *
sample(void)
{
	struct session *s = session_new();

	add(s, 0, "2026-06-20", "Sommerfest", STATUS_DONE, "2026-06-20");
	add(s, 0, "2024-02-29", "Skudår", STATUS_PLANNED, "");
	add(s, 0, "2026-02-28", "Vinter", STATUS_PLANNED, "");
	add(s, 1, "", "Opstart", STATUS_DONE, "2026-01-20");
	add(s, 4, "", "Oprydning", STATUS_CANCELLED, "");
	add(s, 9, "", "Lektiecafé", STATUS_PLANNED, "");
	add(s, 10, "", "Åbent hus", STATUS_POSTPONED, "2025-10-05");
	session_add_meeting_date(&s->part2, "2026-02-24");
	session_add_meeting_date(&s->part2, "2025-11-24");
	return s;
}

static void
test_next(void **state)
{
	struct session *s = session_new();

	(void)state;
	assert_int_equal(newyear_next(s), 0);
	session_free(s);
	s = sample();
	assert_int_equal(newyear_next(s), 2027);
	/* Started, 2027 is still the one named; a record in it moves on. */
	{
		struct newyear_summary sum;
		char *cause = NULL;

		assert_int_equal(newyear_start(s, 2027, &sum, &cause), 0);
		assert_int_equal(newyear_next(s), 2027);
		session_set_str(&session_add_meeting(s)->date, "2027-02-24");
		assert_int_equal(newyear_next(s), 2028);
	}
	session_free(s);
	/* Nothing marked: after the plan's latest date. */
	s = session_new();
	session_add_meeting_date(&s->part2, "2029-03-01");
	assert_int_equal(newyear_next(s), 2030);
	session_free(s);
}

static void
test_wheel(void **state)
{
	struct session *s = sample();
	struct newyear_summary sum;
	const struct activity *w;
	char *cause = NULL;

	(void)state;
	assert_int_equal(newyear_start(s, 2027, &sum, &cause), 0);
	w = s->part2.wheel;
	/* Sommerfest and Vinter copied; Opstart and Oprydning recorded. */
	assert_int_equal(sum.activities, 4);
	assert_int_equal(s->part2.n_wheel, 11);
	/* The old ones as they were, but the months planned again. */
	assert_string_equal(w[0].date, "2026-06-20");
	assert_int_equal(w[0].status, STATUS_DONE);
	assert_int_equal(w[3].month, 1);
	assert_int_equal(w[3].status, STATUS_PLANNED);
	assert_string_equal(w[3].status_date, "");
	assert_string_equal(w[3].status_note, "");
	assert_int_equal(w[4].status, STATUS_PLANNED);
	/* Not marked last year: left alone. */
	assert_int_equal(w[5].status, STATUS_PLANNED);
	assert_int_equal(w[6].status, STATUS_POSTPONED);
	assert_string_equal(w[6].status_date, "2025-10-05");
	/* The additions, in wheel order. */
	assert_string_equal(w[7].title, "Sommerfest");
	assert_string_equal(w[7].date, "2027-06-20");
	assert_int_equal(w[7].status, STATUS_PLANNED);
	assert_string_equal(w[7].status_date, "");
	assert_string_equal(w[8].title, "Vinter");
	assert_string_equal(w[8].date, "2027-02-28");
	assert_string_equal(w[9].title, "Opstart");
	assert_int_equal(w[9].month, 0);
	assert_string_equal(w[9].date, "2026-01-20");
	assert_int_equal(w[9].status, STATUS_DONE);
	assert_string_equal(w[9].status_note, "note");
	assert_string_equal(w[10].title, "Oprydning");
	assert_string_equal(w[10].date, "2026-04-01");
	assert_int_equal(w[10].status, STATUS_CANCELLED);
	assert_string_not_equal(w[9].id, w[3].id);
	/* Meeting dates: 2026's moved, 2025's not. */
	assert_int_equal(sum.meeting_dates, 1);
	assert_int_equal(s->part2.n_meeting_dates, 3);
	assert_string_equal(s->part2.meeting_dates[2], "2027-02-24");
	/* Again: nothing more. */
	assert_int_equal(newyear_start(s, 2027, &sum, &cause), 0);
	assert_int_equal(sum.activities + sum.meeting_dates + sum.periods,
	    0);
	assert_int_equal(s->part2.n_wheel, 11);
	session_free(s);
}

static void
test_leap_and_bad(void **state)
{
	struct session *s = sample();
	struct newyear_summary sum;
	char *cause = NULL;

	(void)state;
	assert_int_equal(newyear_start(s, 2025, &sum, &cause), 0);
	assert_string_equal(s->part2.wheel[7].title, "Skudår");
	assert_string_equal(s->part2.wheel[7].date, "2025-02-28");
	assert_int_equal(newyear_start(s, 1900, &sum, &cause), -1);
	assert_non_null(strstr(cause, "1900"));
	free(cause);
	session_free(s);
}

/* The next period for adopted indicators measured in a year period;
 * the file written loads again with the empty period. */
static void
test_periods(void **state)
{
	struct session *s = session_new(), *again = NULL;
	struct newyear_summary sum;
	struct indicator *ind;
	char *cause = NULL, *text = NULL;
	size_t len;

	(void)state;
	session_set_str(&session_add_measurement(&s->indicators[0],
	    "baseline")->date, "2025-11-15");
	session_set_str(&session_add_measurement(&s->indicators[1],
	    "baseline")->date, "2025-11-15");
	session_tally_for(session_add_measurement(&s->indicators[1],
	    "year 1"), "")->steps[0] = 12;
	ind = session_add_indicator(s, "tryghed", "Tryghed");
	/* Not adopted. */
	session_set_str(&session_add_measurement(ind, "year 1")->date,
	    "2026-11-14");
	ind = session_add_indicator(s, "unge", "Unge");
	ind->adopted = true;
	/* No year in its name. */
	session_set_str(&session_add_measurement(ind, "midtvejs")->date,
	    "2026-05-01");
	assert_int_equal(newyear_start(s, 2027, &sum, &cause), 0);
	assert_int_equal(sum.periods, 2);
	assert_non_null(session_find_measurement(&s->indicators[0],
	    "year 1"));
	assert_non_null(session_find_measurement(&s->indicators[1],
	    "year 2"));
	assert_null(session_find_measurement(&s->indicators[2], "year 1"));
	assert_int_equal(s->indicators[3].n_measurements, 1);
	assert_int_equal(s->indicators[4].n_measurements, 1);
	/* Again: the empty periods are not measured ones. */
	assert_int_equal(newyear_start(s, 2027, &sum, &cause), 0);
	assert_int_equal(sum.periods, 0);
	assert_int_equal(store_serialise(s, &text, &len, &cause), 0);
	if (store_parse("again.cfg", text, len, &again, &cause) != 0)
		fail_msg("%s", cause);
	assert_true(session_equal(s, again));
	free(text);
	session_free(again);
	session_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_next),
		cmocka_unit_test(test_wheel),
		cmocka_unit_test(test_leap_and_bad),
		cmocka_unit_test(test_periods),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
