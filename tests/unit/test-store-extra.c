/*
 * Settings this version does not know inside list elements (a resource, an
 * årshjul activity, a meeting, an indicator, a statement, a measurement, a
 * tally) survive loading and saving: in the same element, after the known
 * settings, with their types and values, also after the user has edited
 * the element, moved it, or deleted and added others through the guide.
 * The saved file is read back with libconfig itself, independently of the
 * store, to check each kept setting's type and value. Kept settings obey
 * the limits known ones do: a bad one is refused with FILE:LINE.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <libconfig.h>

#include "b2c/guide.h"
#include "b2c/session.h"
#include "b2c/store.h"
#include "../../src/core/store/store-internal.h"
#include "b2c/util.h"
#include "store-test.h"

#define FIXTURE "tests/data/unknown-everywhere.cfg"

static struct session *
load_fixture(char **text, size_t *len)
{
	char *path = test_srcpath(FIXTURE), *cause = NULL;
	struct session *s = NULL;

	if (store_load(path, &s, NULL, &cause) != 0)
		fail_msg("%s", cause);
	if (text != NULL)
		*text = test_read_file(path, len);
	free(path);
	return s;
}

/* The fixture is what b2c writes: loading and writing it changes nothing. */
static void
test_fixture_written_back_byte_identical(void **state)
{
	struct session *s;
	char *file, *text, *cause = NULL;
	size_t flen, len;

	(void)state;
	s = load_fixture(&file, &flen);
	if (store_serialise(s, &text, &len, &cause) != 0)
		fail_msg("%s", cause);
	assert_int_equal(len, flen);
	assert_memory_equal(text, file, len);
	free(text);
	free(file);
	session_free(s);
}

/* The field with key in any step (columns included); NULL if none. */
static const struct guide_field *
field_in(const struct guide_field *f, size_t n, const char *key)
{
	const struct guide_field *found;
	size_t i;

	for (i = 0; i < n; i++) {
		if (strcmp(f[i].key, key) == 0)
			return &f[i];
		if (f[i].columns != NULL &&
		    (found = field_in(f[i].columns, f[i].n_columns, key)) != NULL)
			return found;
	}
	return NULL;
}

static const struct guide_field *
field(const struct session *s, const char *key)
{
	const struct guide_field *f;
	const struct guide_step *step;
	size_t i;

	for (i = 0; i < guide_step_count(s); i++) {
		step = guide_step_at(s, i, NULL);
		if ((f = field_in(step->fields, step->n_fields, key)) != NULL)
			return f;
	}
	fail_msg("no field %s", key);
	return NULL;
}

/* Sets a field through the guide, as the wizard does. */
static void
set(struct session *s, const char *key, int party, size_t row, size_t sub,
    const char *value)
{
	struct guide_ctx ctx = { party, row, sub };
	char *cause = NULL;

	if (field(s, key)->set(s, &ctx, value, &cause) != 0)
		fail_msg("%s: %s", key, cause);
}

static void
remove_row(struct session *s, const char *key, int party, size_t row,
    size_t which)
{
	struct guide_ctx ctx = { party, row, 0 };

	field(s, key)->remove(s, &ctx, which);
}

static void
move_row(struct session *s, const char *key, int party, size_t from,
    size_t to)
{
	struct guide_ctx ctx = { party, 0, 0 };

	field(s, key)->move(s, &ctx, from, to);
}

/* The user's edits: known fields of elements with kept settings change,
 * elements move, others (with and without kept settings) go, one is new. */
static void
edit(struct session *s)
{
	struct guide_ctx ctx = { -1, 0, 0 };
	size_t row;

	/* Resources: edit the first, delete the second. */
	set(s, "part1.resources.amount", PARTY_HOUSING, 0, 0, "7.5");
	remove_row(s, "part1.resources", PARTY_HOUSING, 0, 1);
	/* Årshjul: edit, move the second first, delete the last. */
	set(s, "part2.wheel.activity", -1, 0, 0, "Sommerfest");
	move_row(s, "part2.wheel", -1, 1, 0);
	remove_row(s, "part2.wheel", -1, 0, 2);
	/* Meetings: edit the first, delete the second, move the third first,
	 * add a new one. */
	set(s, "part3.meeting.participants", -1, 0, 0, "Anna, Bo, Carl");
	remove_row(s, "part3.meetings", -1, 0, 1);
	move_row(s, "part3.meetings", -1, 1, 0);
	row = field(s, "part3.meetings")->add(s, &ctx);
	set(s, "part3.meeting.date", -1, row, 0, "2026-12-01");
	/* Indicators: edit a core one, swap the two site-specific ones. */
	set(s, "part3.indicator.comment", -1, 0, 0, "Målt hvert år");
	move_row(s, "part3.indicators", -1, 3, 4);
	/* Statements: edit b1; delete b2 and with it its answers. */
	set(s, "part3.statement.text", -1, 0, 0, "Jeg er stolt af Hedemarken");
	remove_row(s, "part3.indicator.statements", -1, 0, 1);
	/* Measurements and answers: edit the date, a tally, a count. */
	set(s, "part3.measurement.date", -1, 0, 0, "2026-02-15");
	set(s, "part3.tally.agree", -1, 0, 0, "12");
	set(s, "part3.measurement.count", -1, 2, 0, "6");
}

/* The element of list (a path) whose setting key is value. */
static const config_setting_t *
elem(const config_t *cfg, const char *list, const char *key,
    const char *value)
{
	const config_setting_t *l = config_lookup(cfg, list), *e;
	const char *v;
	int i;

	assert_non_null(l);
	for (i = 0; i < config_setting_length(l); i++) {
		e = config_setting_get_elem(l, (unsigned)i);
		if (config_setting_lookup_string(e, key, &v) == CONFIG_TRUE &&
		    strcmp(v, value) == 0)
			return e;
	}
	fail_msg("%s: no element with %s = \"%s\"", list, key, value);
	return NULL;
}

/* The setting at path in g, of type type. */
static const config_setting_t *
typed(const config_setting_t *g, const char *path, int type)
{
	const config_setting_t *v;

	v = config_setting_lookup((config_setting_t *)(uintptr_t)g, path);
	if (v == NULL)
		fail_msg("%s: missing", path);
	if (config_setting_type(v) != type)
		fail_msg("%s: type %d, not %d", path, config_setting_type(v),
		    type);
	return v;
}

static void
want_str(const config_setting_t *g, const char *path, const char *want)
{
	assert_string_equal(config_setting_get_string(typed(g, path,
	    CONFIG_TYPE_STRING)), want);
}

static void
want_int(const config_setting_t *g, const char *path, long long want,
    int type, short format)
{
	const config_setting_t *v = typed(g, path, type);

	if (config_setting_get_int64(v) != want)
		fail_msg("%s: %lld, not %lld", path,
		    (long long)config_setting_get_int64(v), want);
	assert_int_equal(config_setting_get_format(v), format);
}

static void
want_float(const config_setting_t *g, const char *path, double want)
{
	assert_true(config_setting_get_float(typed(g, path,
	    CONFIG_TYPE_FLOAT)) == want);
}

static void
want_bool(const config_setting_t *g, const char *path, int want)
{
	assert_int_equal(config_setting_get_bool(typed(g, path,
	    CONFIG_TYPE_BOOL)), want);
}

/* The element's settings end with exactly names (NULL-terminated), so
 * kept ones come after all the known ones, in their order. */
static void
ends_with(const config_setting_t *g, ...)
{
	const char *names[16], *name;
	int n = 0, len = config_setting_length(g), i;
	va_list ap;

	va_start(ap, g);
	while ((name = va_arg(ap, const char *)) != NULL && n < 16)
		names[n++] = name;
	va_end(ap);
	assert_true(len >= n);
	for (i = 0; i < n; i++)
		assert_string_equal(config_setting_name(config_setting_get_elem(g,
		    (unsigned)(len - n + i))), names[i]);
}

static void
check_part1(const config_t *cfg)
{
	const config_setting_t *e;

	e = elem(cfg, "part1.housing.resources", "note", "Tilskud");
	assert_true(config_setting_get_float(typed(e, "amount",
	    CONFIG_TYPE_FLOAT)) == 7.5);
	ends_with(e, "budget_code", "big", "mask", NULL);
	want_str(e, "budget_code", "A-17");
	want_int(e, "big", 9999999999LL, CONFIG_TYPE_INT64,
	    CONFIG_FORMAT_DEFAULT);
	want_int(e, "mask", 0x1F, CONFIG_TYPE_INT, CONFIG_FORMAT_HEX);
	assert_int_equal(config_setting_length(config_lookup(cfg,
	    "part1.housing.resources")), 1);
	e = elem(cfg, "part1.company.resources", "note", "Kantinen");
	ends_with(e, "sizes", NULL);
	typed(e, "sizes", CONFIG_TYPE_ARRAY);
	want_float(e, "sizes.[0]", 40.5);
	want_float(e, "sizes.[1]", 80.25);
}

static void
check_wheel(const config_t *cfg)
{
	const config_setting_t *e, *l = config_lookup(cfg, "part2.wheel");

	assert_int_equal(config_setting_length(l), 2);
	/* Moved first, unedited. */
	e = config_setting_get_elem(l, 0);
	want_str(e, "title", "Loppemarked");
	ends_with(e, "tags", NULL);
	typed(e, "tags", CONFIG_TYPE_LIST);
	want_str(e, "tags.[0]", "ude");
	want_int(e, "tags.[1]", 1, CONFIG_TYPE_INT, CONFIG_FORMAT_DEFAULT);
	want_str(e, "tags.[2].rain_date", "2026-05-17");
	/* Edited. */
	e = config_setting_get_elem(l, 1);
	want_str(e, "title", "Sommerfest");
	ends_with(e, "colour", "layout", NULL);
	want_int(e, "colour", 0xFF00, CONFIG_TYPE_INT, CONFIG_FORMAT_HEX);
	typed(e, "layout", CONFIG_TYPE_GROUP);
	want_float(e, "layout.pos.[1]", 2.5);
	want_bool(e, "layout.visible", 1);
}

static void
check_meetings(const config_t *cfg)
{
	const config_setting_t *e, *l = config_lookup(cfg, "part3.meetings");

	assert_int_equal(config_setting_length(l), 3);
	e = config_setting_get_elem(l, 0);
	want_str(e, "date", "2026-09-15");
	ends_with(e, "attachments", "ratio", "quote", "empty_list",
	    "empty_group", NULL);
	typed(e, "attachments", CONFIG_TYPE_ARRAY);
	want_str(e, "attachments.[1]", "b.pdf");
	want_float(e, "ratio", 0.125);
	want_str(e, "quote", "Han sagde \"hej\"\n\tog gik æøå €");
	assert_int_equal(config_setting_length(typed(e, "empty_list",
	    CONFIG_TYPE_LIST)), 0);
	assert_int_equal(config_setting_length(typed(e, "empty_group",
	    CONFIG_TYPE_GROUP)), 0);
	e = config_setting_get_elem(l, 1);
	want_str(e, "date", "2026-01-15");
	want_str(e, "participants", "Anna, Bo, Carl");
	ends_with(e, "room", "seats", NULL);
	want_str(e, "room", "Salen");
	want_int(e, "seats", 40, CONFIG_TYPE_INT, CONFIG_FORMAT_DEFAULT);
	/* The one the user added has the known settings only. */
	e = config_setting_get_elem(l, 2);
	want_str(e, "date", "2026-12-01");
	assert_int_equal(config_setting_length(e), 7);
}

static void
check_belonging(const config_t *cfg)
{
	const config_setting_t *ind, *e;

	ind = elem(cfg, "part3.indicators", "id", "belonging");
	want_str(ind, "comment", "Målt hvert år");
	ends_with(ind, "future", NULL);
	want_int(ind, "future", 1, CONFIG_TYPE_INT, CONFIG_FORMAT_DEFAULT);
	e = typed(ind, "statements", CONFIG_TYPE_LIST);
	assert_int_equal(config_setting_length(e), 1);
	e = config_setting_get_elem(e, 0);
	want_str(e, "text", "Jeg er stolt af Hedemarken");
	ends_with(e, "weight", NULL);
	want_float(e, "weight", 0.5);
	e = config_setting_get_elem(typed(ind, "measurements",
	    CONFIG_TYPE_LIST), 0);
	want_str(e, "date", "2026-02-15");
	ends_with(e, "source", NULL);
	want_str(e, "source", "survey");
	/* b2's answers went with b2; b1's kept theirs. */
	e = typed(e, "tallies", CONFIG_TYPE_LIST);
	assert_int_equal(config_setting_length(e), 1);
	e = config_setting_get_elem(e, 0);
	want_int(e, "strongly_agree", 12, CONFIG_TYPE_INT,
	    CONFIG_FORMAT_DEFAULT);
	want_int(e, "agree", 20, CONFIG_TYPE_INT, CONFIG_FORMAT_DEFAULT);
	ends_with(e, "note", "avogadro", "tiny", NULL);
	want_str(e, "note", "papir");
	want_float(e, "avogadro", 6.02214076e23);
	want_float(e, "tiny", 1e-300);
}

static void
check_indicators(const config_t *cfg)
{
	const config_setting_t *ind, *e, *l = config_lookup(cfg,
	    "part3.indicators");

	check_belonging(cfg);
	ind = config_setting_get_elem(l, 3);
	want_str(ind, "id", "internships");
	ends_with(ind, "unit", NULL);
	want_str(ind, "unit", "personer");
	e = config_setting_get_elem(typed(ind, "measurements",
	    CONFIG_TYPE_LIST), 0);
	want_int(e, "count", 6, CONFIG_TYPE_INT, CONFIG_FORMAT_DEFAULT);
	ends_with(e, "verified", "budget", "wide_mask", NULL);
	want_bool(e, "verified", 1);
	want_int(e, "budget", -9999999999LL, CONFIG_TYPE_INT64,
	    CONFIG_FORMAT_DEFAULT);
	want_int(e, "wide_mask", 0x1FFFFFFFFLL, CONFIG_TYPE_INT64,
	    CONFIG_FORMAT_HEX);
	ind = config_setting_get_elem(l, 4);
	want_str(ind, "id", "safety");
	ends_with(ind, "owner", NULL);
	want_str(ind, "owner", "Bo-Vest");
	/* Elements without kept settings got none. */
	ind = elem(cfg, "part3.indicators", "id", "trust");
	ends_with(ind, "statements", "measurements", NULL);
}

/* Deleted elements took their kept settings with them. */
static void
check_gone(const char *file)
{
	assert_null(strstr(file, "Kælderen"));
	assert_null(strstr(file, "minutes"));
	assert_null(strstr(file, "approval"));
	assert_null(strstr(file, "Juleafslutning"));
	assert_null(strstr(file, "scale"));
	assert_null(strstr(file, "weights"));
}

static void
test_kept_through_edits_save_and_load(void **state)
{
	struct session *s = load_fixture(NULL, NULL), *back = NULL;
	char *dir = test_tmpdir("store-extra"), *path, *cause = NULL;
	char *file, *text;
	size_t flen, len;
	config_t cfg;

	(void)state;
	path = xasprintf("%s/s.cfg", dir);
	edit(s);
	if (store_save(path, s, NULL, 0, &cause) != 0)
		fail_msg("%s", cause);
	config_init(&cfg);
	if (config_read_file(&cfg, path) != CONFIG_TRUE)
		fail_msg("%s:%d: %s", path, config_error_line(&cfg),
		    config_error_text(&cfg));
	check_part1(&cfg);
	check_wheel(&cfg);
	check_meetings(&cfg);
	check_indicators(&cfg);
	config_destroy(&cfg);
	file = test_read_file(path, &flen);
	check_gone(file);
	/* Loaded again, it writes the same bytes. */
	if (store_load(path, &back, NULL, &cause) != 0)
		fail_msg("%s", cause);
	assert_true(session_equal(s, back));
	assert_int_equal(store_serialise(back, &text, &len, &cause), 0);
	assert_int_equal(len, flen);
	assert_memory_equal(text, file, len);
	free(text);
	free(file);
	session_free(back);
	session_free(s);
	remove(path);
	remove(dir);
	free(path);
	free(dir);
}

/* Kept settings a hand edit put first go after the known ones, in their
 * own order, and stay there. */
static void
test_kept_settings_follow_the_known_ones(void **state)
{
	static const char text[] = "version = 1;\npart2 = { wheel = ( {\n"
	    "z_first = 1; title = \"Fest\"; a_second = \"x\"; month = 3; } );"
	    " };\n";
	struct session *s = NULL, *again = NULL;
	char *out, *out2, *cause = NULL;
	size_t len, len2;

	(void)state;
	assert_int_equal(store_parse("h.cfg", text, strlen(text), &s, &cause),
	    0);
	assert_int_equal(store_serialise(s, &out, &len, &cause), 0);
	assert_non_null(strstr(out, "      role = \"\";\n"
	    "      z_first = 1;\n      a_second = \"x\";\n    } );\n"));
	assert_int_equal(store_parse("h2.cfg", out, len, &again, &cause), 0);
	assert_int_equal(store_serialise(again, &out2, &len2, &cause), 0);
	assert_int_equal(len, len2);
	assert_memory_equal(out, out2, len);
	free(out);
	free(out2);
	session_free(s);
	session_free(again);
}

/* Parses text that must be refused with exactly message. */
static void
expect_refused(const char *text, const char *message)
{
	struct session *s = NULL;
	char *cause = NULL;

	if (store_parse("h.cfg", text, strlen(text), &s, &cause) == 0)
		fail_msg("accepted:\n%s", text);
	if (strcmp(cause, message) != 0)
		fail_msg("got: %s\nwant: %s", cause, message);
	assert_null(s);
	free(cause);
}

/* A bad kept setting in each kind of element, on its own line. */
static void
test_bad_kept_settings_refused(void **state)
{
	static const struct { const char *text, *message; } cases[] = {
		{ "version = 1;\npart3 = { meetings = ( { date = \"\";\n"
		  "x = 1e999; } ); };\n", "h.cfg:3: x: the number is not "
		  "finite" },
		{ "version = 1;\npart2 = { wheel = ( {\n"
		  "deep = ( { a = [ 1.7976931348623157e308 ]; } ); } ); };\n",
		  "h.cfg:3: list element: the number is not finite" },
		{ "version = 1;\npart1 = { housing = { resources = ( {\n\n"
		  "code = \"\\xff\"; } ); }; };\n", "h.cfg:4: code: text is "
		  "not valid UTF-8" },
		{ "version = 1;\npart3 = { indicators = ( { id = \"trust\";\n"
		  "statements = ( { id = \"t1\";\nlang = \"\\xc3\"; } );\n"
		  "measurements = ( { period = \"B\";\n"
		  "tallies = ( { statement = \"t1\";\nw = -1e999; } ); } );\n"
		  "} ); };\n",
		  "h.cfg:4: lang: text is not valid UTF-8\n"
		  "h.cfg:7: w: the number is not finite" },
		/* Raw bytes that are not UTF-8, in the file itself: a lone
		 * byte, a sequence cut short by the quote, one split
		 * between two joined literals, an overlong form. */
		{ "version = 1;\npart1 = { housing = { resources = ( {\n\n"
		  "code = \"a\xff" "b\"; } ); }; };\n", "h.cfg:4: code: text is "
		  "not valid UTF-8" },
		{ "version = 1;\npart1 = { housing = { resources = ( {\n\n"
		  "code = \"\xc3\"; } ); }; };\n", "h.cfg:4: code: text is "
		  "not valid UTF-8" },
		{ "version = 1;\npart1 = { housing = { resources = ( {\n\n"
		  "code = \"\xe2\x82\" \"x\"; } ); }; };\n", "h.cfg:4: code: "
		  "text is not valid UTF-8" },
		{ "version = 1;\npart1 = { housing = { resources = ( {\n\n"
		  "code = \"\xc0\xaf\"; } ); }; };\n", "h.cfg:4: code: text is "
		  "not valid UTF-8" },
		{ "version = 1;\npart3 = { indicators = ( { id = \"x\";\n"
		  "n = 9999999999; } ); };\n",
		  "h.cfg:3: the number 9999999999 is too large (64-bit values "
		  "need an L suffix)" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		expect_refused(cases[i].text, cases[i].message);
}

/*
 * An element with as many kept settings as still fit beside its known
 * ones, a kept text of the longest length and kept groups nested as deep
 * as a file may go: loaded, written and read back the same. One more of
 * any of them is refused, with the line.
 */
static char *
limits_text(unsigned settings, size_t text_len, unsigned depth)
{
	char *text = xmalloc(settings * 32 + text_len + depth * 16 + 512);
	size_t off;
	unsigned i;

	off = (size_t)sprintf(text, "version = 1;\npart3 = {\n"
	    "meetings = ( { date = \"2026-01-15\";\n");
	for (i = 0; i < settings; i++)
		off += (size_t)sprintf(text + off, "room_%u = %u; ", i, i);
	off += (size_t)sprintf(text + off, "} );\nindicators = ( { id = "
	    "\"trust\"; measurements = ( { period = \"B\";\n"
	    "tallies = ( { statement = \"\"; note = \"");
	memset(text + off, 'x', text_len);
	off += text_len;
	off += (size_t)sprintf(text + off, "\"; } ); } );\ndeep = ");
	for (i = 0; i < depth; i++)
		off += (size_t)sprintf(text + off, "{ a = ");
	off += (size_t)sprintf(text + off, "1;");
	for (i = 0; i < depth; i++)
		off += (size_t)sprintf(text + off, " };");
	sprintf(text + off, " } ); };\n");
	return text;
}

static void
test_kept_settings_at_the_limits(void **state)
{
	struct session *s = NULL, *again = NULL;
	char *text, *out, *out2, *cause = NULL;
	size_t len, len2;

	(void)state;
	/* A meeting has 8 known settings (its id and planned date too) and
	 * a group may hold 1000; below part3, indicators and one indicator,
	 * 29 levels of groups fit. */
	text = limits_text(STORE_MAX_GROUP - 8, STORE_MAX_STRING,
	    STORE_MAX_DEPTH - 3);
	if (store_parse("h.cfg", text, strlen(text), &s, &cause) != 0)
		fail_msg("%s", cause);
	assert_int_equal(store_serialise(s, &out, &len, &cause), 0);
	assert_non_null(strstr(out, "room_991 = 991;\n    } );"));
	assert_int_equal(store_parse("h2.cfg", out, len, &again, &cause), 0);
	assert_int_equal(store_serialise(again, &out2, &len2, &cause), 0);
	assert_int_equal(len, len2);
	assert_memory_equal(out, out2, len);
	free(out);
	free(out2);
	free(text);
	session_free(s);
	session_free(again);
	text = limits_text(STORE_MAX_GROUP - 6, 0, 0);
	expect_refused(text, "h.cfg:3: more than 992 settings in one group");
	free(text);
	text = limits_text(0, STORE_MAX_STRING + 1, 0);
	expect_refused(text, "h.cfg:6: note: text is longer than 65536 "
	    "bytes");
	free(text);
	text = limits_text(0, 0, STORE_MAX_DEPTH - 2);
	expect_refused(text, "h.cfg:7: groups and lists are nested deeper "
	    "than 32 levels");
	free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixture_written_back_byte_identical),
		cmocka_unit_test(test_kept_through_edits_save_and_load),
		cmocka_unit_test(test_kept_settings_follow_the_known_ones),
		cmocka_unit_test(test_bad_kept_settings_refused),
		cmocka_unit_test(test_kept_settings_at_the_limits),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
