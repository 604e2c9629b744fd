/*
 * What is due, against lists worked out by hand from the rules in
 * b2c/due.h (day counts checked on a calendar: 2025-12-07 is 365 days
 * before 2026-12-07, 2027-01-06 is 30 days after it).
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/due.h"
#include "b2c/session.h"
#include "b2c/store.h"
#include "b2c/textbuf.h"

/* The list as "WHEN STATE WHAT" lines. */
static char *
due_text(const struct session *s, const char *today, int days)
{
	struct due_item *items = NULL;
	struct textbuf b;
	char when[DATE_ISO_LEN];
	int i, n;

	n = due_compute(s, today, days, &items);
	assert_true(n >= 0);
	textbuf_init(&b);
	for (i = 0; i < n; i++) {
		due_when(&items[i], when);
		textbuf_addf(&b, "%s %s %s\n", when, due_state(&items[i], today),
		    due_what(&items[i]));
	}
	free(items);
	return textbuf_detach(&b);
}

static void
assert_due(const struct session *s, const char *today, int days,
    const char *want)
{
	char *got = due_text(s, today, days);

	assert_string_equal(got, want);
	free(got);
}

static struct session *
new_session(const char *created)
{
	struct session *s = session_new();

	session_set_str(&s->created, created);
	return s;
}

static void
add_record(struct session *s, const char *date, const char *planned)
{
	struct meeting *m = session_add_meeting(s);

	session_set_str(&m->date, date);
	session_set_str(&m->planned, planned);
}

static void
test_meetings(void **state)
{
	struct session *s = new_session("2025-01-10T09:00:00Z");
	static const char *const dates[] = { "2025-12-06", "2025-12-07",
	    "2026-02-24", "2026-05-26", "2026-08-25", "2026-11-24",
	    "2027-02-23", "2027-05-25", "" };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof dates / sizeof dates[0]; i++)
		session_add_meeting_date(&s->part2, dates[i]);
	add_record(s, "2026-02-24", "");	/* the day itself */
	add_record(s, "2026-06-09", "");	/* 14 days late: held */
	add_record(s, "2026-09-20", "2026-08-25");	/* named */
	/* Names another date, so it does not hold 24 November. */
	add_record(s, "2026-11-25", "2026-08-25");
	assert_due(s, "2026-12-07", 30,
	    "2025-12-07 missed Evaluation meeting without a record\n"
	    "2026-11-24 missed Evaluation meeting without a record\n"
	    "2027-02-23 coming Evaluation meeting\n");
	/* The horizon reaches the second one on its last day only. */
	assert_due(s, "2027-02-23", 91,
	    "2026-11-24 missed Evaluation meeting without a record\n"
	    "2027-02-23 today Evaluation meeting\n"
	    "2027-05-25 coming Evaluation meeting\n");
	assert_due(s, "2027-02-23", 90,
	    "2026-11-24 missed Evaluation meeting without a record\n"
	    "2027-02-23 today Evaluation meeting\n");
	/* One day late: a record 15 days after does not hold it. */
	add_record(s, "2027-03-10", "");
	assert_due(s, "2027-03-11", 0,
	    "2026-11-24 missed Evaluation meeting without a record\n"
	    "2027-02-23 missed Evaluation meeting without a record\n"
	    "2027-05-25 coming Evaluation meeting\n");
	session_free(s);
}

static void
add_measurement(struct session *s, const char *date)
{
	struct measurement *m = session_add_measurement(&s->indicators[1],
	    date);

	session_set_str(&m->date, date);
}

static void
test_measurement(void **state)
{
	struct session *s = new_session("2025-01-10T09:00:00Z");

	(void)state;
	s->part2.plan.month = 11;
	assert_due(s, "2026-12-07", 30,
	    "2026-11 overdue Annual impact measurement\n");
	assert_due(s, "2026-11-03", 30,
	    "2026-11 this month Annual impact measurement\n");
	assert_due(s, "2026-10-02", 30,
	    "2026-11 coming Annual impact measurement\n");
	assert_due(s, "2026-10-01", 30, "");
	/* The window of 2026 is May 2026 to April 2027. */
	add_measurement(s, "2026-04-30");
	assert_due(s, "2026-12-07", 30,
	    "2026-11 overdue Annual impact measurement\n");
	assert_due(s, "2026-04-30", 0,
	    "");	/* the 2025 window holds it */
	add_measurement(s, "2026-05-01");
	assert_due(s, "2026-12-07", 30, "");
	assert_due(s, "2027-04-30", 0, "");
	assert_due(s, "2027-05-01", 0, "");
	assert_due(s, "2027-10-02", 30,
	    "2027-11 coming Annual impact measurement\n");
	session_free(s);
	/* A month before the session began is not owed. */
	s = new_session("2026-11-20T10:00:00Z");
	s->part2.plan.month = 10;
	assert_due(s, "2026-12-07", 30, "");
	session_free(s);
}

static struct activity *
add_activity(struct session *s, int month, const char *date,
    const char *title, enum activity_status st, const char *st_date)
{
	struct activity *a = session_add_activity(&s->part2);

	a->month = month;
	session_set_str(&a->date, date);
	session_set_str(&a->title, title);
	a->status = st;
	session_set_str(&a->status_date, st_date);
	return a;
}

static void
test_activities(void **state)
{
	struct session *s = new_session("2025-09-01T08:30:00Z");

	(void)state;
	add_activity(s, 1, "", "January", STATUS_PLANNED, "");
	add_activity(s, 12, "", "December", STATUS_PLANNED, "");
	add_activity(s, 6, "", "June done", STATUS_DONE, "2026-06-21");
	add_activity(s, 3, "", "March done last year", STATUS_DONE,
	    "2025-03-10");
	add_activity(s, 4, "", "April cancelled", STATUS_CANCELLED,
	    "2026-04-02");
	add_activity(s, 0, "2026-12-12", "Christmas", STATUS_PLANNED, "");
	add_activity(s, 0, "2026-06-20", "Summer done", STATUS_DONE, "");
	add_activity(s, 0, "2026-06-20", "Summer postponed",
	    STATUS_POSTPONED, "2026-06-01");
	add_activity(s, 0, "2027-03-01", "Far", STATUS_PLANNED, "");
	add_activity(s, 0, "2026-12-31", "New Year's Eve", STATUS_PLANNED,
	    "");
	add_activity(s, 0, "2025-12-06", "Too old", STATUS_PLANNED, "");
	add_activity(s, 0, "2026-05-01", "", STATUS_PLANNED, "");
	assert_due(s, "2026-12-07", 10,
	    "2026-01 overdue January\n"
	    "2026-03 overdue March done last year\n"
	    "2026-05-01 overdue (untitled activity)\n"
	    "2026-06-20 postponed Summer postponed\n"
	    "2026-12 this month December\n"
	    "2026-12-12 coming Christmas\n"
	    "2026-12-31 coming New Year's Eve\n");
	/* 30 days reach the first of January, not March. */
	assert_due(s, "2026-12-07", 30,
	    "2026-01 overdue January\n"
	    "2026-03 overdue March done last year\n"
	    "2026-05-01 overdue (untitled activity)\n"
	    "2026-06-20 postponed Summer postponed\n"
	    "2026-12 this month December\n"
	    "2026-12-12 coming Christmas\n"
	    "2026-12-31 coming New Year's Eve\n"
	    "2027-01 coming January\n");
	session_free(s);
	/* Months before the session began are not owed. */
	s = new_session("2026-03-10T08:00:00Z");
	add_activity(s, 2, "", "February", STATUS_PLANNED, "");
	add_activity(s, 3, "", "March", STATUS_PLANNED, "");
	assert_due(s, "2026-12-07", 0, "2026-03 overdue March\n");
	session_free(s);
}

static void
test_bad_today(void **state)
{
	struct session *s = session_new();
	struct due_item *items = NULL;

	(void)state;
	assert_int_equal(due_compute(s, "2026-02-30", 30, &items), -1);
	assert_int_equal(due_compute(s, "", 30, &items), -1);
	assert_int_equal(due_compute(s, "2026-12-07", 30, &items), 0);
	assert_null(items);
	assert_null(due_first(items, 0));
	session_free(s);
}

/* The status and the record's planned date are optional settings: a
 * file without them reads as planned and writes without them; a file
 * with them keeps them; a bad value names the line. */
static void
test_optional_settings(void **state)
{
	static const char with[] = "version = 1;\n"
	    "part2 = { wheel = ( { month = 6; title = \"Fest\";\n"
	    "  status = \"done\"; status_date = \"2026-06-21\";\n"
	    "  status_note = \"300 kom\"; }, { month = 7; } ); };\n"
	    "part3 = { meetings = ( { date = \"2026-09-01\";\n"
	    "  planned = \"2026-08-25\"; } ); };\n";
	static const char bad[] = "version = 1;\n"
	    "part2 = { wheel = ( {\n status = \"finished\"; } ); };\n";
	struct session *s = NULL;
	char *text = NULL, *cause = NULL;
	size_t len;

	(void)state;
	assert_int_equal(store_parse("with.cfg", with, sizeof with - 1, &s,
	    &cause), 0);
	assert_int_equal(s->part2.wheel[0].status, STATUS_DONE);
	assert_string_equal(s->part2.wheel[0].status_date, "2026-06-21");
	assert_string_equal(s->part2.wheel[0].status_note, "300 kom");
	assert_int_equal(s->part2.wheel[1].status, STATUS_PLANNED);
	assert_string_equal(s->meetings[0].planned, "2026-08-25");
	assert_int_equal(store_serialise(s, &text, &len, &cause), 0);
	assert_non_null(strstr(text, "status = \"done\";"));
	assert_non_null(strstr(text, "status_date = \"2026-06-21\";"));
	assert_non_null(strstr(text, "planned = \"2026-08-25\";"));
	/* The second activity has none, so none is written for it. */
	assert_null(strstr(strstr(text, "month = 7;"), "status"));
	free(text);
	session_free(s);
	assert_int_equal(store_parse("bad.cfg", bad, sizeof bad - 1, &s,
	    &cause), -1);
	assert_non_null(strstr(cause, "bad.cfg:3: status: unknown value"));
	free(cause);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_meetings),
		cmocka_unit_test(test_measurement),
		cmocka_unit_test(test_activities),
		cmocka_unit_test(test_bad_today),
		cmocka_unit_test(test_optional_settings),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
