/*
 * The TUI's text helpers without a terminal: UTF-8 decoding of untrusted
 * bytes, the visible forms of control characters, widths in columns,
 * word wrapping and the dates of record summaries.
 */
#include "config.h"

#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <cmocka.h>

#include "b2c/lang.h"
#include "b2c/util.h"
#include "../../src/tui/tui-internal.h"

static void
test_decode_encode(void **state)
{
	size_t len;
	wchar_t *w = draw_decode("æøå é 漢", &len);
	char *back;

	(void)state;
	assert_int_equal(len, 7);
	assert_true(w[0] == 0xe6 && w[6] == 0x6f22);
	back = draw_encode(w, len);
	assert_string_equal(back, "æøå é 漢");
	free(back);
	free(w);
	/* Broken bytes become U+FFFD, one per bad byte, never a crash. */
	w = draw_decode("a\xc3(\xff\xed\xa0\x80z", &len);
	assert_true(w[0] == L'a' && w[1] == 0xfffd && w[2] == L'(');
	assert_true(w[len - 1] == L'z');
	free(w);
}

static void
test_visible(void **state)
{
	wchar_t out[12];

	(void)state;
	assert_int_equal(draw_visible(0x1b, out), 2);
	assert_true(wcscmp(out, L"^[") == 0);
	assert_int_equal(draw_visible(0x07, out), 2);
	assert_true(wcscmp(out, L"^G") == 0);
	assert_int_equal(draw_visible(0x7f, out), 2);
	assert_true(wcscmp(out, L"^?") == 0);
	assert_int_equal(draw_visible(0x9b, out), 3);
	assert_true(wcscmp(out, L"^[[") == 0);
	assert_int_equal(draw_visible(0x202e, out), 8);
	assert_true(wcscmp(out, L"<U+202E>") == 0);
	assert_int_equal(draw_visible(0xe6, out), 1);
	assert_int_equal(draw_visible(0x6f22, out), 2);
}

static void
test_columns(void **state)
{
	size_t len;
	wchar_t *w = draw_decode("aæ漢\x1b", &len);

	(void)state;
	assert_int_equal(draw_columns(w, 0, len), 1 + 1 + 2 + 2);
	free(w);
}

/* Wraps text at width and joins the lines with '|'. */
static char *
wrapped(const char *text, int width)
{
	size_t n, i;
	char **lines = draw_wrap_lines(text, width, &n);
	char *out = calloc(1, strlen(text) + n + 1);

	for (i = 0; i < n; i++) {
		if (i > 0)
			strcat(out, "|");
		strcat(out, lines[i]);
	}
	draw_free_lines(lines, n);
	return out;
}

static void
test_wrap(void **state)
{
	char *s;

	(void)state;
	s = wrapped("Vi vil øge trygheden i området", 12);
	assert_string_equal(s, "Vi vil øge|trygheden i|området");
	free(s);
	s = wrapped("første\nanden", 40);
	assert_string_equal(s, "første|anden");
	free(s);
	s = wrapped("abcdefghijkl", 5);
	assert_string_equal(s, "abcde|fghij|kl");
	free(s);
	/* Double-width characters count two columns. */
	s = wrapped("漢字漢字漢", 4);
	assert_string_equal(s, "漢字|漢字|漢");
	free(s);
	s = wrapped("", 10);
	assert_string_equal(s, "");
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode_encode),
		cmocka_unit_test(test_visible),
		cmocka_unit_test(test_columns),
		cmocka_unit_test(test_wrap),
	};

	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		return 77;	/* widths need a UTF-8 locale */
	return cmocka_run_group_tests(tests, NULL, NULL);
}
