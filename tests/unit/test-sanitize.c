/* Visible escaping for text, HTML and CSV; UTF-8 decoding and widths. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/sanitize.h"

static void
check_text(const char *in, int flags, const char *want)
{
	char *got = sanitize_text(in, flags);

	assert_string_equal(got, want);
	free(got);
}

static void
test_c0_and_del(void **state)
{
	(void)state;
	check_text("a\033[2Jb", 0, "a^[[2Jb");
	check_text("\001\037\177", 0, "^A^_^?");
	check_text("x\ny\tz\r", 0, "x^Jy^Iz^M");
	check_text("x\ny\tz", SANITIZE_NEWLINES, "x\ny^Iz");
	check_text("x\ny\tz", SANITIZE_NEWLINES | SANITIZE_TABS, "x\ny\tz");
	/* OSC 52 (clipboard) ending in BEL */
	check_text("\033]52;c;SGVsbG8=\007", 0, "^[]52;c;SGVsbG8=^G");
}

static void
test_c1_bidi_invalid(void **state)
{
	(void)state;
	check_text("\xc2\x9b" "31m", 0, "<U+009B>31m");
	check_text("\xc2\x85", 0, "<U+0085>");
	check_text("a\xe2\x80\xae" "b", 0, "a<U+202E>b");
	check_text("\xe2\x80\xaa\xe2\x81\xa6\xe2\x81\xa9", 0,
	    "<U+202A><U+2066><U+2069>");
	/* a raw C1 byte is not UTF-8 */
	check_text("\x9b" "2J", 0, "\\x9B2J");
	/* overlong, surrogate, truncated, beyond U+10FFFF */
	check_text("\xc0\xaf", 0, "\\xC0\\xAF");
	check_text("\xed\xa0\x80", 0, "\\xED\\xA0\\x80");
	check_text("\xe2\x80", 0, "\\xE2\\x80");
	check_text("\xf4\x90\x80\x80", 0, "\\xF4\\x90\\x80\\x80");
	/* valid text untouched: Danish, the LRM is not an override */
	check_text("Tilhørsforhold æøå ÆØÅ – ✓ \xe2\x80\x8e", 0,
	    "Tilhørsforhold æøå ÆØÅ – ✓ \xe2\x80\x8e");
}

static void
test_decode(void **state)
{
	uint32_t cp;

	(void)state;
	assert_int_equal(sanitize_decode("\xc3\xb8", 2, &cp), 2);
	assert_int_equal(cp, 0xf8);
	assert_int_equal(sanitize_decode("\xf0\x9f\x98\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x1f600);
	assert_int_equal(sanitize_decode("\xf0\x9f\x98", 3, &cp), 0);
	assert_int_equal(sanitize_decode("\xe0\x80\x80", 3, &cp), 0);
	assert_int_equal(sanitize_decode("\xff", 1, &cp), 0);
	assert_int_equal(cp, 0xff);
}

static void
test_width(void **state)
{
	(void)state;
	assert_int_equal(sanitize_width("æøå"), 3);
	assert_int_equal(sanitize_width("日本"), 4);
	assert_int_equal(sanitize_width("e\xcc\x81"), 1);	/* e + acute */
	assert_int_equal(sanitize_width("\xf0\x9f\x98\x80"), 2);
	assert_int_equal(sanitize_width(""), 0);
	assert_int_equal(sanitize_cp_width(0x1b), 0);
}

static void
test_html(void **state)
{
	char *got;

	(void)state;
	got = sanitize_html("<a href=\"x\">'&'</a>\033\xe2\x80\xae", 0);
	assert_string_equal(got, "&lt;a href=&quot;x&quot;&gt;&#39;&amp;"
	    "&#39;&lt;/a&gt;^[&lt;U+202E&gt;");
	free(got);
	got = sanitize_html("Bo-Vest\nå", SANITIZE_NEWLINES);
	assert_string_equal(got, "Bo-Vest\nå");
	free(got);
}

static void
check_csv(const char *in, const char *want)
{
	char *got = sanitize_csv(in);

	assert_string_equal(got, want);
	free(got);
}

static void
test_csv(void **state)
{
	(void)state;
	check_csv("", "");
	check_csv("plain", "plain");
	check_csv("a,b", "\"a,b\"");
	check_csv("say \"hi\"", "\"say \"\"hi\"\"\"");
	check_csv("two\nlines", "\"two\nlines\"");
	check_csv("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"");
	check_csv("+1", "'+1");
	check_csv("-2+3", "'-2+3");
	check_csv("@SUM(A1)", "'@SUM(A1)");
	check_csv("\tx", "'^Ix");
	check_csv("\rx", "'^Mx");
	check_csv("Tillid\033[2J", "Tillid^[[2J");
	check_csv("a-b", "a-b");
}

/*
 * Long ASCII is stepped over eight bytes at a time: a byte that needs
 * escaping, or one just past the printable range, is still found at any
 * place in such a stretch, and widths still stop where they passed max.
 */
static void
test_long_ascii(void **state)
{
	static const struct {
		char	 byte;
		const char *shown;
		size_t	 cols;
	} odd[] = { { '\001', "^A", 0 }, { '\037', "^_", 0 },
	    { '\177', "^?", 0 }, { '\200', "\\x80", 4 }, { ' ', " ", 1 },
	    { '~', "~", 1 } };
	char in[40], want[48];
	size_t k, at;

	(void)state;
	for (k = 0; k < sizeof odd / sizeof odd[0]; k++)
		for (at = 0; at < 24; at++) {
			memset(in, 'a', 24);
			in[24] = '\0';
			in[at] = odd[k].byte;
			memset(want, 'a', at);
			strcpy(want + at, odd[k].shown);
			memset(want + strlen(want), 'a', 23 - at);
			want[at + strlen(odd[k].shown) + 23 - at] = '\0';
			check_text(in, 0, want);
			assert_int_equal(sanitize_width(in), 23 + odd[k].cols);
		}
	memset(in, 'b', 30);
	in[30] = '\0';
	/* Counted one at a time near max: it stops one past it. */
	assert_int_equal(sanitize_width_max(in, 5), 6);
	assert_int_equal(sanitize_width_max(in, 12), 13);
	assert_int_equal(sanitize_width_max(in, 40), 30);
}

/* The view is the text itself when nothing needs escaping (long, Danish,
 * with the newlines a caller keeps), and the escaped copy otherwise. */
static void
test_view(void **state)
{
	const char *safe = "Vi mødes hver måned i fælleshuset, også i "
	    "sommerferien.\nAlle er velkomne.";
	char *owned = (char *)1;
	const char *v;

	(void)state;
	v = sanitize_text_view(safe, SANITIZE_NEWLINES, &owned);
	assert_ptr_equal(v, safe);
	assert_null(owned);
	v = sanitize_text_view(safe, 0, &owned);
	assert_non_null(owned);
	assert_ptr_equal(v, owned);
	assert_string_equal(v, "Vi mødes hver måned i fælleshuset, også i "
	    "sommerferien.^JAlle er velkomne.");
	free(owned);
	v = sanitize_text_view("abc\xe2\x80\xae" "def\x1b[2J", 0, &owned);
	assert_string_equal(v, "abc<U+202E>def^[[2J");
	free(owned);
	v = sanitize_text_view("", 0, &owned);
	assert_string_equal(v, "");
	assert_null(owned);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_c0_and_del),
		cmocka_unit_test(test_long_ascii),
		cmocka_unit_test(test_c1_bidi_invalid),
		cmocka_unit_test(test_decode),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_view),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
