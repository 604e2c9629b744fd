/*
 * Reading sessions: the demo parses and round-trips through text, every
 * malformed fixture gives exactly its expected "FILE:LINE: message", and
 * the guards in front of libconfig (symlinks, FIFOs, huge strings, many
 * settings) refuse quickly. Unknown settings survive a round trip.
 */
#include "config.h"

#include <dirent.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "b2c/session.h"
#include "b2c/sha256.h"
#include "b2c/store.h"
#include "../../src/core/store/store-internal.h"
#include "b2c/util.h"
#include "store-test.h"

static struct session *
load_demo(void)
{
	char *path = test_srcpath("share/b2c/demo.cfg"), *cause = NULL;
	struct session *s = NULL;

	if (store_load(path, &s, NULL, &cause) != 0)
		fail_msg("%s", cause);
	free(path);
	return s;
}

static void
test_demo_contents(void **state)
{
	struct session *s = load_demo();
	const struct indicator *ind;
	const struct tally *t;

	(void)state;
	assert_string_equal(s->parties[PARTY_HOUSING].name, "Bo-Vest");
	assert_true(s->large);
	assert_string_equal(s->part1[PARTY_HOUSING].points[0],
	    "Vi vil minimere ensomhed.");
	assert_true(s->part2.n_wheel >= 8);
	assert_int_equal(s->part2.n_meeting_dates, 4);
	assert_int_equal(s->n_meetings, 3);
	assert_int_equal(s->n_indicators, 5);
	ind = &s->indicators[0];
	assert_string_equal(ind->id, "belonging");
	assert_true(ind->core && ind->has_target);
	assert_true(ind->target == 85.0);
	/* A time-bound target with a milestone; the base period marked. */
	assert_int_equal(ind->target_year, 2028);
	assert_int_equal(ind->n_milestones, 1);
	assert_int_equal(ind->milestones[0].year, 2026);
	assert_true(ind->milestones[0].value == 50.0);
	assert_true(ind->measurements[0].base && !ind->measurements[1].base);
	assert_ptr_equal(session_base_measurement(ind), &ind->measurements[0]);
	/* Inputs and outputs per party and year. */
	assert_int_equal(s->n_ledger, 2);
	assert_int_equal(s->ledger[1].year, 2026);
	assert_int_equal(s->ledger[1].party, PARTY_COMPANY);
	assert_true(s->ledger[1].cash == 25000.0 && s->ledger[1].hours == 240.0);
	assert_int_equal(s->ledger[0].participants, 450);
	t = &ind->measurements[0].tallies[0];
	assert_int_equal(t->steps[0] + t->steps[1], 41);
	assert_int_equal(t->steps[0] + t->steps[1] + t->steps[2] +
	    t->steps[3] + t->steps[4], 100);
	t = &s->indicators[1].measurements[1].tallies[0];
	assert_int_equal(t->steps[0] + t->steps[1], 54);
	ind = session_find_indicator(s, "internships");
	assert_non_null(ind);
	assert_int_equal(ind->kind, INDICATOR_COUNT);
	assert_true(ind->measurements[1].has_count);
	assert_int_equal(ind->measurements[1].count, 8);
	session_free(s);
}

static void
test_demo_text_round_trip(void **state)
{
	struct session *s = load_demo(), *again = NULL;
	char *text, *text2, *cause = NULL, *path, *file;
	size_t len, len2, flen;

	(void)state;
	assert_int_equal(store_serialise(s, &text, &len, &cause), 0);
	assert_int_equal(store_parse("demo", text, len, &again, &cause), 0);
	assert_true(session_equal(s, again));
	assert_int_equal(store_serialise(again, &text2, &len2, &cause), 0);
	assert_int_equal(len, len2);
	assert_memory_equal(text, text2, len);
	/* The shipped demo is exactly what b2c writes. */
	path = test_srcpath("share/b2c/demo.cfg");
	file = test_read_file(path, &flen);
	assert_int_equal(flen, len);
	assert_memory_equal(file, text, len);
	free(path);
	free(file);
	free(text);
	free(text2);
	session_free(s);
	session_free(again);
}

static bool
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Loads one fixture (from its directory) and compares the message. */
static void
check_fixture(const char *name)
{
	struct session *s = NULL;
	char *cause = NULL, *expected_path, *expected;
	size_t n;

	expected_path = xasprintf("%.*s.expected", (int)(strlen(name) - 4),
	    name);
	expected = test_read_file(expected_path, &n);
	if (expected == NULL)
		fail_msg("%s: no expected message", expected_path);
	if (n > 0 && expected[n - 1] == '\n')
		expected[n - 1] = '\0';
	if (store_load(name, &s, NULL, &cause) == 0)
		fail_msg("%s: loaded although it is invalid", name);
	if (strcmp(cause, expected) != 0)
		fail_msg("%s:\n got: %s\nwant: %s", name, cause, expected);
	assert_null(s);
	free(cause);
	free(expected);
	free(expected_path);
}

/* FIPS 180-4's examples: empty, one block, and 56 bytes that need a
 * second block for the length. */
static void
test_sha256_vectors(void **state)
{
	static const struct {
		const char *in, *want;
	} v[] = {
		{ "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b"
		    "7852b855" },
		{ "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff"
		    "61f20015ad" },
		{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd4"
		    "19db06c1" },
	};
	unsigned char d[SHA256_LEN];
	char hex[SHA256_HEX_LEN];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof v / sizeof *v; i++) {
		sha256(v[i].in, strlen(v[i].in), d);
		sha256_hex(d, hex);
		assert_string_equal(hex, v[i].want);
		sha256_portable(v[i].in, strlen(v[i].in), d);
		sha256_hex(d, hex);
		assert_string_equal(hex, v[i].want);
	}
}

/* Piece by piece, split anywhere (in the middle of a block, exactly at
 * one, in pieces of one byte), the digest is the one-shot one; and the
 * FIPS 180-4 vector given in pieces. */
static void
test_sha256_pieces(void **state)
{
	unsigned char buf[700], a[SHA256_LEN], b[SHA256_LEN];
	struct sha256_ctx c;
	char hex[SHA256_HEX_LEN];
	size_t len, cut, i;

	(void)state;
	for (i = 0; i < sizeof buf; i++)
		buf[i] = (unsigned char)(i * 7 + 3);
	for (len = 0; len <= sizeof buf; len += len < 140 ? 1 : 37) {
		sha256_portable(buf, len, a);
		for (cut = 0; cut <= len; cut += cut < 130 ? 1 : 61) {
			sha256_init(&c);
			sha256_update(&c, buf, cut);
			sha256_update(&c, buf + cut, len - cut);
			sha256_final(&c, b);
			assert_memory_equal(a, b, SHA256_LEN);
		}
		sha256_init(&c);
		for (i = 0; i < len; i++)
			sha256_update(&c, buf + i, 1);
		sha256_final(&c, b);
		assert_memory_equal(a, b, SHA256_LEN);
	}
	sha256_init(&c);
	sha256_update(&c, "abcdbcdecdefdefgefghfghighijhijk", 32);
	sha256_update(&c, "ijkljklmklmnlmnomnopnopq", 24);
	sha256_final(&c, b);
	sha256_hex(b, hex);
	assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce459"
	    "64ff2167f6ecedd419db06c1");
}

/* The processor's SHA extensions (where sha256() uses them) and the
 * portable rounds agree at every length around the block boundaries, and
 * on FIPS 180-4's million a's. */
static void
test_sha256_paths_agree(void **state)
{
	unsigned char *buf = malloc(1000000), a[SHA256_LEN], b[SHA256_LEN];
	char hex[SHA256_HEX_LEN];
	size_t n;

	(void)state;
	assert_non_null(buf);
	for (n = 0; n < 1100; n++)
		buf[n] = (unsigned char)(n * 131 + 7);
	for (n = 0; n < 1100; n++) {
		sha256(buf, n, a);
		sha256_portable(buf, n, b);
		assert_memory_equal(a, b, SHA256_LEN);
	}
	memset(buf, 'a', 1000000);
	sha256(buf, 1000000, a);
	sha256_hex(a, hex);
	assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a4"
	    "97200e046d39ccc7112cd0");
	sha256_portable(buf, 1000000, b);
	assert_memory_equal(a, b, SHA256_LEN);
	free(buf);
}

static void
test_invalid_fixtures(void **state)
{
	char *dir = test_srcpath("tests/data/invalid"), cwd[4096];
	struct dirent *e;
	DIR *d;
	int count = 0;

	(void)state;
	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(chdir(dir), 0);
	d = opendir(".");
	assert_non_null(d);
	while ((e = readdir(d)) != NULL) {
		if (!ends_with(e->d_name, ".cfg"))
			continue;
		check_fixture(e->d_name);
		count++;
	}
	closedir(d);
	assert_int_equal(chdir(cwd), 0);
	assert_true(count >= 20);
	free(dir);
}

static const char unknown_text[] =
    "version = 1;\n"
    "title = \"x\";\n"
    "future_top = { nested = [ 1, 2, 3 ]; big = 9999999999L; };\n"
    "parties = { housing = { name = \"Bo-Vest\"; phone = \"12345678\"; }; "
    "extra = true; };\n"
    "part2 = { questions = { q6 = \"new question\"; }; ratio = 0.25; "
    "hexed = 0x1F; };\n"
    "part3 = { notes = ( \"a\", 2 ); };\n";

static void
test_unknown_settings_kept(void **state)
{
	struct session *s = NULL, *again = NULL;
	char *text, *text2, *cause = NULL;
	size_t len, len2;

	(void)state;
	assert_int_equal(store_parse("u.cfg", unknown_text,
	    strlen(unknown_text), &s, &cause), 0);
	assert_string_equal(s->parties[PARTY_HOUSING].name, "Bo-Vest");
	assert_int_equal(store_serialise(s, &text, &len, &cause), 0);
	assert_non_null(strstr(text, "big = 9999999999L;"));
	assert_non_null(strstr(text, "phone = \"12345678\";"));
	assert_non_null(strstr(text, "q6 = \"new question\";"));
	assert_non_null(strstr(text, "hexed = 0x1F;"));
	assert_non_null(strstr(text, "ratio = 0.25;"));
	assert_non_null(strstr(text, "notes = ( \"a\", 2 );"));
	assert_non_null(strstr(text, "extra = true;"));
	assert_int_equal(store_parse("u.cfg", text, len, &again, &cause), 0);
	assert_int_equal(store_serialise(again, &text2, &len2, &cause), 0);
	assert_int_equal(len, len2);
	assert_memory_equal(text, text2, len);
	free(text);
	free(text2);
	session_free(s);
	session_free(again);
}

/* Parses text that must fail with exactly message. */
static void
expect_error(const char *text, size_t len, const char *message)
{
	struct session *s = NULL;
	char *cause = NULL;

	assert_int_equal(store_parse("t.cfg", text, len, &s, &cause), -1);
	assert_string_equal(cause, message);
	free(cause);
}

static double
seconds_since(const struct timespec *start)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - start->tv_sec) +
	    (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

static void
test_huge_inputs_refused_fast(void **state)
{
	size_t n = 3u * 1024 * 1024, i, k, len;
	/* Big enough for the file size cap too (calloc maps pages lazily). */
	char *text = xcalloc(1, STORE_MAX_FILE + 2), *p;
	struct timespec start;

	(void)state;
	clock_gettime(CLOCK_MONOTONIC, &start);
	/* One multi-megabyte string literal. */
	len = (size_t)sprintf(text, "version = 1;\ntitle = \"");
	memset(text + len, 'a', n);
	len += n;
	len += (size_t)sprintf(text + len, "\";\n");
	expect_error(text, len, "t.cfg:2: a text is longer than 65536 bytes");
	/* The same length as many joined literals. */
	p = text + sprintf(text, "version = 1;\ntitle = ");
	for (i = 0; i < n / 8; i++)
		p += sprintf(p, "\"aaaa\" ");
	p += sprintf(p, ";\n");
	expect_error(text, (size_t)(p - text),
	    "t.cfg:2: a text is longer than 65536 bytes");
	/* Far more settings in one group than libconfig handles fast. */
	p = text + sprintf(text, "version = 1;\n");
	for (i = 0; i < 100000; i++)
		p += sprintf(p, "k%zu = 1;\n", i);
	expect_error(text, (size_t)(p - text),
	    "t.cfg:1001: more than 1000 settings in one group\n"
	    "t.cfg:6325: the groups in this file hold too many settings to be "
	    "read quickly");
	/* Many groups of a few hundred settings each: every group is under
	 * the limit, but libconfig would take seconds over all of them. */
	p = text + sprintf(text, "version = 1;\nx = (\n");
	for (i = 0; i < 1000; i++) {
		p += sprintf(p, "{ ");
		for (k = 0; k < 300; k++)
			p += sprintf(p, "k%zu = 1; ", k);
		p += sprintf(p, "},\n");
	}
	p += sprintf(p, "{ } );\n");
	expect_error(text, (size_t)(p - text), "t.cfg:445: the groups in this "
	    "file hold too many settings to be read quickly");
	/* More list elements than any session has, known list or not. */
	p = text + sprintf(text, "version = 1;\nfuture = [ 0");
	for (i = 0; i < STORE_MAX_LIST; i++)
		p += sprintf(p, ", 1");
	p += sprintf(p, " ];\n");
	expect_error(text, (size_t)(p - text), "t.cfg:2: more than 100000 "
	    "elements in one list");
	/* Many small lists: each is fine, together libconfig would need
	 * seconds and a gigabyte. */
	p = text + sprintf(text, "version = 1;\n");
	for (i = 0; i < 6; i++) {
		p += sprintf(p, "l%zu = [ 0", i);
		for (k = 0; k < 99999; k++)
			p += sprintf(p, ", 1");
		p += sprintf(p, " ];\n");
	}
	expect_error(text, (size_t)(p - text), "t.cfg:6: the file holds more "
	    "than 500000 settings and list elements");
	/* Over the file size cap. */
	expect_error(text, STORE_MAX_FILE + 1,
	    "t.cfg: the file is larger than 16 MiB");
	/* The messages prove the pre-scan refused these before libconfig
	 * could go quadratic; the time is for the log (make bench measures
	 * against baselines). */
	printf("# hostile inputs refused in %.3f s\n", seconds_since(&start));
	free(text);
}

static void
test_prescan_reads_comments_and_numbers(void **state)
{
	static const char ok[] =
	    "# \"an unterminated quote in a comment\n"
	    "// { ( [ and = signs = = =\n"
	    "/* @include \"x\"\n   \" */\n"
	    "version = 1; title = \"@ { = \\\" }\";\n"
	    "future = -2147483648; f = 1.5e+10; h = 0xFFFFFFFF;\n";
	static const char hex[] = "version = 1;\nx = 0x1FFFFFFFF;\n";
	static const char neg[] = "version = 1;\nx = -2147483649;\n";
	struct session *s = NULL;
	char *cause = NULL;

	(void)state;
	if (store_parse("c.cfg", ok, strlen(ok), &s, &cause) != 0)
		fail_msg("%s", cause);
	assert_string_equal(s->title, "@ { = \" }");
	session_free(s);
	/* A byte-order mark and CRLF line ends, as some editors write. */
	if (store_parse("b.cfg", "\xef\xbb\xbfversion = 1;\r\ntitle = \"x\";\r\n",
	    31, &s, &cause) != 0)
		fail_msg("%s", cause);
	assert_string_equal(s->title, "x");
	session_free(s);
	expect_error(hex, strlen(hex), "t.cfg:2: the number 0x1FFFFFFFF is "
	    "too large (64-bit values need an L suffix)");
	expect_error(neg, strlen(neg), "t.cfg:2: the number -2147483649 is "
	    "too large (64-bit values need an L suffix)");
}

/*
 * NUL bytes and directive lines are found wherever they are: in comments,
 * escaped in strings, and past nesting too deep to scan; in file order.
 * Bytes above 0x7f are never letters, whatever the locale.
 */
static void
test_prescan_finds_bytes_everywhere(void **state)
{
	static const char nul_comment[] = "version = 1; # a\0b\nx = 1;\n";
	static const char nul_escaped[] = "version = 1;\nt = \"a\\\0\";\n";
	static const char at_string[] = "version = 1;\nt = \"a\n\t @b\";\n";
	static const char late_at[] = "x = 1;\n@include \"/etc/passwd\"\n";
	char deep[200];
	size_t n;

	(void)state;
	expect_error(nul_comment, sizeof nul_comment - 1,
	    "t.cfg:1: the file contains a NUL byte");
	expect_error(nul_escaped, sizeof nul_escaped - 1,
	    "t.cfg:2: the file contains a NUL byte");
	expect_error(at_string, strlen(at_string), "t.cfg:3: directives such "
	    "as @include are not allowed in a session file");
	memset(deep, '[', STORE_MAX_DEPTH + 1);
	n = STORE_MAX_DEPTH + 1;
	memcpy(deep + n, "\n\0\n @x\n", 7);
	n += 7;
	expect_error(deep, n, "t.cfg:1: groups and lists are nested deeper "
	    "than 32 levels\nt.cfg:2: the file contains a NUL byte\n"
	    "t.cfg:3: directives such as @include are not allowed in a "
	    "session file");
	expect_error(late_at, strlen(late_at), "t.cfg:2: directives such as "
	    "@include are not allowed in a session file");
	/* "\xe6" is a letter in Latin-1 locales; here it is never a name. */
	expect_error("version = 1;\nx = 1 \xe6" "99999999999;\n",
	    strlen("version = 1;\nx = 1 \xe6" "99999999999;\n"),
	    "t.cfg:2: the number 99999999999 is too large (64-bit values "
	    "need an L suffix)");
}

static void
test_links_and_fifos_refused(void **state)
{
	char *dir = test_tmpdir("store-read"), *demo, *link, *fifo;
	char *cause = NULL, *want;
	struct session *s = NULL;

	(void)state;
	demo = test_srcpath("share/b2c/demo.cfg");
	link = xasprintf("%s/link.cfg", dir);
	fifo = xasprintf("%s/fifo.cfg", dir);
	assert_int_equal(symlink(demo, link), 0);
	assert_int_equal(store_load(link, &s, NULL, &cause), -1);
	want = xasprintf("%s: is a symbolic link; b2c does not follow links "
	    "to sessions", link);
	assert_string_equal(cause, want);
	free(cause);
	free(want);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	assert_int_equal(store_load(fifo, &s, NULL, &cause), -1);
	want = xasprintf("%s: not a regular file", fifo);
	assert_string_equal(cause, want);
	assert_null(s);
	free(cause);
	free(want);
	assert_int_equal(unlink(link), 0);
	assert_int_equal(unlink(fifo), 0);
	assert_int_equal(rmdir(dir), 0);
	free(demo);
	free(link);
	free(fifo);
	free(dir);
}

/* Every state the model can be in serialises to text that reads back:
 * here a count indicator with a period whose count is not in yet. */
static void
test_count_period_without_count(void **state)
{
	struct session *s = session_new(), *back = NULL;
	struct indicator *ind;
	char *text, *cause = NULL;
	size_t len;

	(void)state;
	ind = session_add_indicator(s, "internships", "Unge i praktik");
	ind->kind = INDICATOR_COUNT;
	session_add_measurement(ind, "Baseline");
	assert_int_equal(store_serialise(s, &text, &len, &cause), 0);
	if (store_parse("c.cfg", text, len, &back, &cause) != 0)
		fail_msg("%s", cause);
	assert_true(session_equal(s, back));
	free(text);
	session_free(s);
	session_free(back);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_demo_contents),
		cmocka_unit_test(test_demo_text_round_trip),
		cmocka_unit_test(test_sha256_vectors),
		cmocka_unit_test(test_sha256_pieces),
		cmocka_unit_test(test_sha256_paths_agree),
		cmocka_unit_test(test_invalid_fixtures),
		cmocka_unit_test(test_unknown_settings_kept),
		cmocka_unit_test(test_huge_inputs_refused_fast),
		cmocka_unit_test(test_prescan_reads_comments_and_numbers),
		cmocka_unit_test(test_prescan_finds_bytes_everywhere),
		cmocka_unit_test(test_links_and_fifos_refused),
		cmocka_unit_test(test_count_period_without_count),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
