/*
 * The text canvas: widths in display columns, clean truncation, visible
 * control characters and bidi overrides, wide characters, and text output.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/canvas.h"
#include "b2c/utf8.h"

/* Puts text on a fresh one-line canvas and returns the line. */
static char *
put_line(int width, const char *text, int max_cols, bool ascii, int *used)
{
	struct canvas *c = canvas_new(width, 1);
	char *out;

	*used = canvas_put(c, 0, 0, text, CANVAS_PLAIN, max_cols, ascii);
	out = canvas_to_text(c);
	canvas_free(c);
	return out;
}

static void
assert_put(int width, const char *text, int max_cols, bool ascii,
    const char *expected, int expected_used)
{
	int used;
	char *out = put_line(width, text, max_cols, ascii, &used);

	assert_string_equal(out, expected);
	assert_int_equal(used, expected_used);
	free(out);
}

static void
test_new_and_at(void **state)
{
	struct canvas *c = canvas_new(3, 2);
	char *text;

	(void)state;
	assert_non_null(canvas_at(c, 2, 1));
	assert_null(canvas_at(c, 3, 0));
	assert_null(canvas_at(c, 0, 2));
	assert_null(canvas_at(c, -1, 0));
	assert_true(canvas_at(c, 1, 1)->ch == L' ');
	text = canvas_to_text(c);
	assert_string_equal(text, "\n\n");
	free(text);
	canvas_free(c);
	c = canvas_new(0, 0);
	assert_null(canvas_at(c, 0, 0));
	assert_int_equal(canvas_put(c, 0, 0, "x", CANVAS_PLAIN, -1, false), 0);
	text = canvas_to_text(c);
	assert_string_equal(text, "");
	free(text);
	canvas_free(c);
	canvas_free(NULL);
}

static void
test_danish_columns(void **state)
{
	(void)state;
	/* Two bytes, one column each. */
	assert_put(14, "Tilhørsforhold", -1, false, "Tilhørsforhold\n", 14);
	assert_put(5, "År 1", -1, false, "År 1\n", 4);
	assert_int_equal(utf8_text_width("Tilhørsforhold"), 14);
	assert_int_equal(utf8_text_width("Æbleø på Ærø"), 12);
}

static void
test_truncation(void **state)
{
	(void)state;
	assert_put(20, "Tilhørsforhold", 8, false, "Tilhørs…\n", 8);
	assert_put(8, "Tilhørsforhold", -1, true, "Tilhørs~\n", 8);
	assert_put(20, "abc", 3, false, "abc\n", 3);
	assert_put(20, "abcd", 1, false, "…\n", 1);
	assert_put(20, "abcd", 0, false, "\n", 0);
	/* A wide character that does not fit before the ellipsis. */
	assert_put(20, "a\xe6\x97\xa5\xe6\x9c\xac", 4, false,
	    "a\xe6\x97\xa5…\n", 4);
	assert_put(20, "ab\xe6\x97\xa5\xe6\x9c\xac", 4, false, "ab…\n", 3);
}

static void
test_visible_controls(void **state)
{
	(void)state;
	assert_put(20, "a\x1b[31mb", -1, false, "a^[[31mb\n", 8);
	assert_put(20, "a\tb\nc\x7f", -1, false, "a^Ib^Jc^?\n", 9);
	/* U+0085 (C1 NEL) and U+202E (right-to-left override). */
	assert_put(30, "x\xc2\x85y", -1, false, "x<U+0085>y\n", 10);
	assert_put(30, "evil\xe2\x80\xaetxt", -1, false,
	    "evil<U+202E>txt\n", 15);
	assert_put(30, "\xe2\x81\xa6", -1, false, "<U+2066>\n", 8);
	/* An escape is shown whole or not at all. */
	assert_put(30, "ab\xe2\x80\xae", 6, false, "ab…\n", 3);
	/* Invalid UTF-8: one replacement character per bad byte. */
	assert_put(10, "a\xff\xc3", -1, false, "a\xef\xbf\xbd\xef\xbf\xbd\n",
	    3);
	/* Overlong "/" and a surrogate. */
	assert_put(10, "\xc0\xaf\xed\xa0\x80", -1, false,
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\n",
	    5);
}

static void
test_wide_and_combining(void **state)
{
	struct canvas *c = canvas_new(4, 1);
	char *text;

	(void)state;
	assert_int_equal(canvas_put(c, 0, 0, "\xe6\x97\xa5", CANVAS_LABEL, -1,
	    false), 2);
	assert_true(canvas_at(c, 0, 0)->ch == 0x65e5);
	assert_true(canvas_at(c, 1, 0)->ch == 0);
	/* Overwriting the right half blanks the left half. */
	canvas_set(c, 1, 0, L'x', CANVAS_PLAIN, 0);
	assert_true(canvas_at(c, 0, 0)->ch == L' ');
	/* A wide character in the last column would be cut: blank. */
	canvas_set(c, 3, 0, 0x65e5, CANVAS_PLAIN, 0);
	text = canvas_to_text(c);
	assert_string_equal(text, " x\n");
	free(text);
	canvas_free(c);
	/* a + combining ring above shows as the precomposed letter. */
	assert_put(10, "Ka\xcc\x8a", -1, false, "Kå\n", 2);
	assert_int_equal(utf8_text_width("Ka\xcc\x8a"), 2);
}

static void
test_styles_and_series(void **state)
{
	struct canvas *c = canvas_new(5, 2);
	char *text;

	(void)state;
	canvas_put(c, 1, 1, "ab", CANVAS_VALUE, -1, false);
	canvas_set(c, 4, 0, 0x2588, CANVAS_BAR_FILL, 3);
	assert_int_equal(canvas_at(c, 1, 1)->style, CANVAS_VALUE);
	assert_int_equal(canvas_at(c, 4, 0)->series, 3);
	text = canvas_to_text(c);
	assert_string_equal(text, "    \xe2\x96\x88\n ab\n");
	free(text);
	canvas_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_new_and_at),
		cmocka_unit_test(test_danish_columns),
		cmocka_unit_test(test_truncation),
		cmocka_unit_test(test_visible_controls),
		cmocka_unit_test(test_wide_and_combining),
		cmocka_unit_test(test_styles_and_series),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
