/*
 * The small path as the booklet means it: the steps of a small
 * partnership on the short path (the concrete proposal, the one-page
 * agreement, the follow-up, an optional measurement) against the full
 * path and a large partnership; what counts as done and missing on each;
 * the proposal's checks; and its settings through a save and a load,
 * with files without them loading and saving as before.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/due.h"
#include "b2c/guide.h"
#include "b2c/guide-extra.h"
#include "b2c/lang.h"
#include "b2c/report.h"
#include "b2c/session.h"
#include "b2c/store.h"

static struct session *
small_session(void)
{
	struct session *s = session_new();

	s->large = false;
	session_set_str(&s->title, "Sommerfest");
	session_set_str(&s->parties[PARTY_HOUSING].name, "Bo-Vest");
	session_set_str(&s->parties[PARTY_COMPANY].name, "Nortec");
	return s;
}

/* The keys of a part's steps, joined by spaces. */
static char *
part_keys(const struct session *s, enum guide_part part)
{
	static char buf[1024];
	const struct guide_step *st;
	size_t i, n = guide_step_count(s);

	buf[0] = '\0';
	for (i = 0; i < n; i++) {
		st = guide_step_at(s, i, NULL);
		if (st->part != part)
			continue;
		if (buf[0] != '\0')
			strcat(buf, " ");
		strcat(buf, st->key);
	}
	return buf;
}

static void
test_steps_of_each_path(void **state)
{
	struct session *s = small_session();

	(void)state;
	assert_true(session_small_path(s));
	assert_string_equal(part_keys(s, GUIDE_PART2),
	    "part2.proposal part2.agreement");
	assert_string_equal(part_keys(s, GUIDE_PART3),
	    "part3.followup part3.measurement part3.review");
	assert_int_equal(guide_step_count(s), 2 + 5 + 2 + 3);

	/* The full Del 2: the proposal, then the nine steps. */
	s->part2.full = true;
	assert_false(session_small_path(s));
	assert_string_equal(part_keys(s, GUIDE_PART2), "part2.proposal "
	    "part2.indicators part2.site_indicators part2.questions "
	    "part2.other_resources part2.actions part2.wheel part2.meetings "
	    "part2.plan part2.review");
	assert_int_equal(guide_step_count(s), 2 + 5 + 10 + 6);
	assert_int_equal(guide_find_step(s, "part3.followup", -1), -1);

	/* A large partnership has no proposal step, whatever full says. */
	s->large = true;
	s->part2.full = false;
	assert_false(session_small_path(s));
	assert_int_equal(guide_find_step(s, "part2.proposal", -1), -1);
	assert_int_equal(guide_find_step(s, "part2.agreement", -1), -1);
	assert_int_equal(guide_step_count(s), 2 + 10 + 9 + 6);
	session_free(s);
}

/* The field of step key with field key fkey. */
static const struct guide_field *
field_of(const struct session *s, const char *key, const char *fkey)
{
	const struct guide_step *st;
	long i = guide_find_step(s, key, -1);
	size_t j;

	assert_true(i >= 0);
	st = guide_step_at(s, (size_t)i, NULL);
	for (j = 0; j < st->n_fields; j++)
		if (strcmp(st->fields[j].key, fkey) == 0)
			return &st->fields[j];
	fail_msg("%s has no field %s", key, fkey);
	return NULL;
}

static void
set_ok(struct session *s, const char *step, const char *field,
    const char *value)
{
	struct guide_ctx ctx = { -1, 0, 0 };
	char *cause = NULL;

	if (field_of(s, step, field)->set(s, &ctx, value, &cause) != 0)
		fail_msg("%s = %s: %s", field, value, cause);
}

static void
set_refused(struct session *s, const char *step, const char *field,
    const char *value, const char *want)
{
	struct guide_ctx ctx = { -1, 0, 0 };
	char *cause = NULL;

	assert_int_equal(field_of(s, step, field)->set(s, &ctx, value,
	    &cause), -1);
	assert_non_null(cause);
	assert_string_equal(cause, want);
	free(cause);
}

static enum guide_status
status_of(const struct session *s, const char *key)
{
	long i = guide_find_step(s, key, -1);

	assert_true(i >= 0);
	return guide_step_status(s, (size_t)i);
}

static void
fill_proposal(struct session *s)
{
	set_ok(s, "part2.proposal", "part2.proposal.request",
	    "Hjælp til sommerfesten: en grill og to frivillige");
	set_ok(s, "part2.proposal", "part2.proposal.date", "19/6-2027");
	set_ok(s, "part2.proposal", "part2.proposal.offer",
	    "Jeres navn på invitationen");
	set_ok(s, "part2.proposal", "part2.proposal.contact", "Mette Hansen");
	set_ok(s, "part2.proposal", "part2.proposal.reach",
	    "43 45 67 89, mette@bo-vest.dk");
}

static void
test_proposal_checks(void **state)
{
	struct session *s = small_session();

	(void)state;
	fill_proposal(s);
	assert_string_equal(s->part2.proposal.date, "2027-06-19");
	assert_string_equal(s->part2.proposal.reach,
	    "43 45 67 89, mette@bo-vest.dk");
	set_refused(s, "part2.proposal", "part2.proposal.date", "31-02-2027",
	    "31-02-2027 is not a real date");
	assert_string_equal(s->part2.proposal.date, "2027-06-19");
	set_refused(s, "part2.proposal", "part2.proposal.reach", "Mette",
	    "\"Mette\" is neither a phone number nor an e-mail address");
	set_refused(s, "part2.proposal", "part2.proposal.reach",
	    "12 34, mette@bo-vest.dk",
	    "\"12 34\" is neither a phone number nor an e-mail address");
	set_refused(s, "part2.proposal", "part2.proposal.reach", "a@b",
	    "\"a@b\" is neither a phone number nor an e-mail address");
	set_ok(s, "part2.proposal", "part2.proposal.reach", "+45 4345 6789");
	set_ok(s, "part2.proposal", "part2.proposal.reach", "anna@x.dk");
	set_ok(s, "part2.proposal", "part2.proposal.reach", "");
	assert_string_equal(s->part2.proposal.reach, "");
	session_free(s);
}

static void
test_completeness_follows_path(void **state)
{
	struct session *s = small_session();
	struct guide_missing miss[32];
	size_t done, total, n;

	(void)state;
	guide_part_progress(s, GUIDE_PART2, &done, &total);
	assert_int_equal(done, 0);
	assert_int_equal(total, 1);
	assert_int_equal(status_of(s, "part2.agreement"), GUIDE_EMPTY);
	set_ok(s, "part2.proposal", "part2.proposal.request", "En grill");
	assert_int_equal(status_of(s, "part2.proposal"), GUIDE_PARTLY);
	assert_int_equal(status_of(s, "part2.agreement"), GUIDE_PARTLY);
	n = guide_missing(s, GUIDE_PART2, miss, 32);
	assert_int_equal(n, 4);		/* date, offer, contact, reach */
	fill_proposal(s);
	assert_int_equal(status_of(s, "part2.proposal"), GUIDE_DONE);
	assert_int_equal(status_of(s, "part2.agreement"), GUIDE_DONE);
	assert_int_equal(guide_missing(s, GUIDE_PART2, NULL, 0), 0);
	guide_part_progress(s, GUIDE_PART2, &done, &total);
	assert_int_equal(done, 1);
	assert_int_equal(total, 1);

	/* Del 3: the follow-up counts; the measurement never does. */
	guide_part_progress(s, GUIDE_PART3, &done, &total);
	assert_int_equal(total, 1);
	n = guide_missing(s, GUIDE_PART3, miss, 32);
	assert_int_equal(n, 1);
	assert_string_equal(miss[0].field->key, "part3.followup.how");
	set_ok(s, "part3.followup", "part3.followup.status", "1");
	set_ok(s, "part3.followup", "part3.followup.how", "Godt: 80 kom");
	assert_int_equal(s->followup.status, STATUS_DONE);
	assert_int_equal(guide_missing(s, GUIDE_PART3, NULL, 0), 0);
	assert_int_equal(status_of(s, "part3.review"), GUIDE_DONE);
	assert_int_equal(status_of(s, "part3.measurement"), GUIDE_EMPTY);

	/* The full Del 2 asks for its nine steps, and the choice itself
	 * is no answer: the proposal stays done. */
	set_ok(s, "part2.proposal", "part2.full", "1");
	assert_true(s->part2.full);
	assert_int_equal(status_of(s, "part2.proposal"), GUIDE_DONE);
	guide_part_progress(s, GUIDE_PART2, &done, &total);
	assert_int_equal(done, 1);
	assert_int_equal(total, 9);
	assert_true(guide_missing(s, GUIDE_PART2, NULL, 0) > 0);
	guide_part_progress(s, GUIDE_PART3, &done, &total);
	assert_int_equal(total, 3);
	/* And back, nothing lost. */
	set_ok(s, "part2.proposal", "part2.full", "0");
	assert_string_equal(s->part2.proposal.offer,
	    "Jeres navn på invitationen");
	assert_string_equal(s->followup.how, "Godt: 80 kom");
	assert_int_equal(guide_missing(s, GUIDE_PART2, NULL, 0), 0);
	/* The agreement offers the same choice. */
	set_ok(s, "part2.agreement", "part2.full", "1");
	assert_int_equal(guide_find_step(s, "part2.agreement", -1), -1);
	session_free(s);
}

/* The agreement page: every section from the session, the same in the
 * wizard (the step's fields) and in print. */
static void
test_agreement_page(void **state)
{
	struct session *s = small_session();
	char *text;

	(void)state;
	lang_set(LANG_ENGLISH);
	session_set_str(&s->parties[PARTY_HOUSING].contact, "Mette Hansen");
	session_set_str(&s->parties[PARTY_HOUSING].role, "Koordinator");
	fill_proposal(s);
	assert_true(guide_step_is_review(guide_agreement()));
	text = report_agreement(s, REPORT_TEXT, 80, 0);
	assert_non_null(strstr(text, "Agreement: Sommerfest"));
	assert_non_null(strstr(text, "Housing organisation: Bo-Vest"));
	assert_non_null(strstr(text, "Contact person: Mette Hansen, "
	    "Koordinator"));
	assert_non_null(strstr(text, "Company: Nortec"));
	assert_non_null(strstr(text, "What: Hjælp til sommerfesten"));
	assert_non_null(strstr(text, "When: 19 June 2027"));
	assert_non_null(strstr(text, "Jeres navn på invitationen"));
	assert_non_null(strstr(text, "Phone or e-mail: 43 45 67 89, "
	    "mette@bo-vest.dk"));
	assert_non_null(strstr(text, "Signature"));
	free(text);
	session_set_str(&s->part2.proposal.offer, "<b>&</b>");
	text = report_agreement(s, REPORT_HTML, 80, 0);
	assert_non_null(strstr(text, "&lt;b&gt;&amp;&lt;/b&gt;"));
	assert_null(strstr(text, "<b>&</b>"));
	free(text);
	session_free(s);
}

static struct session *
parse_ok(const char *text)
{
	struct session *s = NULL;
	char *cause = NULL;

	if (store_parse("test.cfg", text, strlen(text), &s, &cause) != 0)
		fail_msg("parse: %s", cause);
	return s;
}

static char *
serialise_ok(const struct session *s)
{
	char *text = NULL, *cause = NULL;
	size_t len;

	if (store_serialise(s, &text, &len, &cause) != 0)
		fail_msg("serialise: %s", cause);
	return text;
}

/* Written the way an earlier b2c wrote a small partnership, by hand. */
static const char old_file[] =
	"version = 2;\n"
	"title = \"Sommerfest\";\n"
	"partnership = \"small\";\n"
	"parties = { housing = { name = \"Bo-Vest\"; }; };\n"
	"part2 = {\n"
	"  actions = [ \"Sommerfest\" ];\n"
	"  meeting_dates = [ \"2027-08-25\" ];\n"
	"};\n";

static const char old_empty[] =
	"version = 1;\n"
	"title = \"Sommerfest\";\n"
	"partnership = \"small\";\n"
	"parties = { housing = { name = \"Bo-Vest\"; }; };\n";

/* Written by this version: the path is the file's. */
static const char chosen[] =
	"version = 3;\n"
	"partnership = \"small\";\n"
	"part2 = {\n"
	"  actions = [ \"Sommerfest\" ];\n"
	"  proposal = { request = \"En grill\"; };\n"
	"};\n";

static void
test_settings_round_trip(void **state)
{
	struct session *s = small_session(), *back, *old;
	char *text, *again;

	(void)state;
	/* An earlier file: loads with nothing of the new settings. A
	 * small partnership with nothing beyond its parties takes the
	 * short path and saves as it was. */
	old = parse_ok(old_empty);
	assert_true(session_small_path(old));
	assert_string_equal(old->part2.proposal.request, "");
	assert_int_equal(old->followup.status, STATUS_PLANNED);
	text = serialise_ok(old);
	assert_null(strstr(text, "proposal"));
	assert_null(strstr(text, "full"));
	assert_null(strstr(text, "followup"));
	back = parse_ok(text);
	assert_true(session_equal(old, back));
	session_free(back);
	free(text);
	session_free(old);
	/* One that worked in the full Del 2 keeps it: nothing it holds is
	 * out of sight. */
	old = parse_ok(old_file);
	assert_false(session_small_path(old));
	assert_true(old->part2.full);
	assert_string_equal(old->part2.actions[0], "Sommerfest");
	assert_int_equal(guide_find_step(old, "part2.wheel", -1) > 0, 1);
	text = serialise_ok(old);
	assert_non_null(strstr(text, "full = true;"));
	assert_null(strstr(text, "proposal"));
	assert_non_null(strstr(text, "version = 3;"));
	back = parse_ok(text);
	assert_true(session_equal(old, back));
	session_free(back);
	free(text);
	session_free(old);
	/* Once the choice is in a file of version 3, it is the file's: the
	 * short path with a wheel typed on the full one stays short. */
	old = parse_ok(chosen);
	assert_true(session_small_path(old));
	assert_int_equal(old->part2.n_actions, 1);
	session_free(old);

	/* Everything of the small path, through a save and a load. */
	fill_proposal(s);
	set_ok(s, "part2.proposal", "part2.proposal.role", "Koordinator");
	s->part2.full = true;
	s->followup.status = STATUS_POSTPONED;
	session_set_str(&s->followup.date, "2027-07-03");
	session_set_str(&s->followup.how, "Regn");
	session_set_str(&s->followup.next_time, "Telt");
	text = serialise_ok(s);
	assert_non_null(strstr(text, "proposal = {"));
	assert_non_null(strstr(text, "phone_or_email = \"43 45 67 89, "
	    "mette@bo-vest.dk\";"));
	assert_non_null(strstr(text, "full = true;"));
	assert_non_null(strstr(text, "status = \"postponed\";"));
	back = parse_ok(text);
	assert_true(session_equal(s, back));
	again = serialise_ok(back);
	assert_string_equal(text, again);
	free(again);
	session_free(back);
	free(text);
	session_free(s);
}

/* Settings inside the new groups that this version does not know are
 * kept; a bad date in them is refused with its line. */
static void
test_unknown_and_bad(void **state)
{
	struct session *s = NULL;
	char *text, *cause = NULL;
	static const char unknown[] =
	    "version = 2;\npartnership = \"small\";\n"
	    "part2 = { proposal = { request = \"Grill\"; colour = \"blue\"; };"
	    " later = 7; };\n"
	    "part3 = { followup = { how = \"Godt\"; score = 5; }; };\n";
	static const char bad[] =
	    "version = 2;\npartnership = \"small\";\n"
	    "part2 = {\n proposal = {\n  date = \"2027-02-31\";\n };\n};\n";

	(void)state;
	s = parse_ok(unknown);
	assert_string_equal(s->part2.proposal.request, "Grill");
	text = serialise_ok(s);
	assert_non_null(strstr(text, "colour = \"blue\";"));
	assert_non_null(strstr(text, "later = 7;"));
	assert_non_null(strstr(text, "score = 5;"));
	free(text);
	session_free(s);
	s = NULL;
	assert_int_equal(store_parse("bad.cfg", bad, strlen(bad), &s, &cause),
	    -1);
	assert_non_null(strstr(cause, "bad.cfg:5:"));
	assert_non_null(strstr(cause, "not a valid date"));
	free(cause);
	session_free(s);
}

/* Fem vigtigste punkter: the booklet's own example fills four lines;
 * one point written is the step done, not missing. */
static void
test_points_done_with_some(void **state)
{
	struct session *s = small_session();
	struct guide_missing miss[32];
	long i = guide_find_step(s, "part1.points", PARTY_HOUSING);
	size_t n, k;

	(void)state;
	assert_int_equal(guide_step_status(s, (size_t)i), GUIDE_EMPTY);
	session_set_str(&s->part1[PARTY_HOUSING].points[0],
	    "Vi vil minimere ensomhed.");
	session_set_str(&s->part1[PARTY_HOUSING].points[3],
	    "Vi vil inspirere de unge til at tage uddannelse.");
	assert_int_equal(guide_step_status(s, (size_t)i), GUIDE_DONE);
	n = guide_missing(s, GUIDE_PART1, miss, 32);
	for (k = 0; k < n && k < 32; k++)
		assert_string_not_equal(miss[k].field->key, "part1.points");
	session_free(s);
}

/* What is due follows the path: the proposal's day and its follow-up
 * on the short path, the meetings and the rest on the full one. */
static void
test_due_follows_path(void **state)
{
	struct session *s = small_session();
	struct due_item *items = NULL;

	(void)state;
	session_set_str(&s->part2.proposal.request, "Grill");
	session_set_str(&s->part2.proposal.date, "2027-06-19");
	session_add_meeting_date(&s->part2, "2027-06-10");
	assert_int_equal(due_compute(s, "2027-06-01", 30, &items), 1);
	assert_int_equal(items[0].kind, DUE_PROPOSAL);
	assert_string_equal(items[0].date, "2027-06-19");
	assert_string_equal(due_what(&items[0]), "Grill");
	assert_false(due_is_late(items[0].kind));
	free(items);
	/* Far ahead, the next day is named anyway. */
	assert_int_equal(due_compute(s, "2027-01-01", 30, &items), 1);
	free(items);
	assert_int_equal(due_compute(s, "2027-06-25", 30, &items), 1);
	assert_int_equal(items[0].kind, DUE_FOLLOWUP);
	assert_true(due_is_late(items[0].kind));
	free(items);
	s->followup.status = STATUS_POSTPONED;
	session_set_str(&s->followup.date, "2027-07-03");
	assert_int_equal(due_compute(s, "2027-06-25", 30, &items), 1);
	assert_int_equal(items[0].kind, DUE_PROPOSAL);
	assert_string_equal(items[0].date, "2027-07-03");
	free(items);
	s->followup.status = STATUS_DONE;
	assert_int_equal(due_compute(s, "2027-06-25", 30, &items), 0);
	free(items);
	/* The full path: the meeting typed there, not the proposal. */
	s->part2.full = true;
	assert_int_equal(due_compute(s, "2027-06-01", 30, &items), 1);
	assert_int_equal(items[0].kind, DUE_MEETING);
	free(items);
	session_free(s);
}

/* The report follows the path: the proposal and the follow-up, and
 * nothing of the full Del 2 or Del 3 shown as unanswered. */
static void
test_report_follows_path(void **state)
{
	struct session *s = small_session();
	char *text;

	(void)state;
	lang_set(LANG_ENGLISH);
	fill_proposal(s);
	session_set_str(&s->followup.how, "Godt: 80 kom");
	text = report_text(s, 80, 0);
	assert_non_null(strstr(text, "Concrete proposal"));
	assert_non_null(strstr(text, "Hjælp til sommerfesten"));
	assert_non_null(strstr(text, "Godt: 80 kom"));
	assert_null(strstr(text, "Shared priorities"));
	assert_null(strstr(text, "Annual wheel"));
	assert_null(strstr(text, "Evaluation meetings"));
	assert_null(strstr(text, "ESG documentation"));
	free(text);
	s->part2.full = true;
	text = report_text(s, 80, 0);
	assert_non_null(strstr(text, "Concrete proposal"));
	assert_non_null(strstr(text, "Shared priorities"));
	assert_non_null(strstr(text, "Evaluation meetings"));
	free(text);
	s->large = true;
	text = report_text(s, 80, 0);
	assert_null(strstr(text, "Concrete proposal"));
	free(text);
	session_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_steps_of_each_path),
		cmocka_unit_test(test_proposal_checks),
		cmocka_unit_test(test_completeness_follows_path),
		cmocka_unit_test(test_agreement_page),
		cmocka_unit_test(test_settings_round_trip),
		cmocka_unit_test(test_unknown_and_bad),
		cmocka_unit_test(test_points_done_with_some),
		cmocka_unit_test(test_due_follows_path),
		cmocka_unit_test(test_report_follows_path),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
