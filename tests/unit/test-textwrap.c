/* Word wrapping by display columns, and the growing text buffer. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/sanitize.h"
#include "b2c/textbuf.h"
#include "b2c/textwrap.h"

static void
check_wrap(const char *in, int width, const char *first, const char *rest,
    const char *want)
{
	struct textbuf b;
	char *got;

	textbuf_init(&b);
	textwrap_buf(&b, in, width, first, rest);
	got = textbuf_detach(&b);
	assert_string_equal(got, want);
	free(got);
}

static void
test_wrap_words(void **state)
{
	(void)state;
	check_wrap("Vi vil minimere ensomhed", 10, "", "",
	    "Vi vil\nminimere\nensomhed\n");
	check_wrap("Vi vil minimere ensomhed", 80, "- ", "  ",
	    "- Vi vil minimere ensomhed\n");
	check_wrap("aaa bbb ccc", 10, "1. ", "   ", "1. aaa bbb\n   ccc\n");
	check_wrap("", 10, "x", "y", "");
	/* A number keeps its percent sign, Danish style, but only then. */
	check_wrap("svar; 95 %-interval 31,9 %", 13, "", "",
	    "svar;\n95 %-interval\n31,9 %\n");
	check_wrap("tryghed % der", 8, "", "", "tryghed\n% der\n");
	/* exactly full lines do not spill */
	check_wrap("abcd efgh", 4, "", "", "abcd\nefgh\n");
}

static void
test_wrap_columns_not_bytes(void **state)
{
	(void)state;
	/* six Danish letters are twelve bytes but six columns */
	check_wrap("æøå æøå", 7, "", "", "æøå æøå\n");
	/* double-width characters count two */
	check_wrap("日本 日本", 4, "", "", "日本\n日本\n");
	check_wrap("日本語", 3, "", "", "日\n本\n語\n");
	/* A combining accent right after the last column takes none: the
	 * word still fits (lines are measured whole where they can be). */
	check_wrap("ab ce\xcc\x81", 5, "", "", "ab ce\xcc\x81\n");
	check_wrap("æ ø ce\xcc\x81 dd", 7, "", "", "æ ø ce\xcc\x81\ndd\n");
	/* Lines measured whole and word by word (the dash is three bytes)
	 * meet without a seam. */
	check_wrap("Vi mødes hver måned – også i ferien og i weekenderne", 16,
	    "- ", "  ", "- Vi mødes hver\n  måned – også i\n  ferien og i\n"
	    "  weekenderne\n");
}

static void
test_wrap_long_and_tiny(void **state)
{
	(void)state;
	check_wrap("abcdefghij", 4, "", "", "abcd\nefgh\nij\n");
	check_wrap("ab cd", 1, "", "", "a\nb\nc\nd\n");
	check_wrap("ab", 0, "", "", "a\nb\n");
	/* a prefix wider than the line still lets text through */
	check_wrap("ab", 2, "xyz", "xyz", "xyza\nxyzb\n");
	assert_int_equal(textwrap_widest("Vi vil minimere ensomhed", 15), 15);
	assert_int_equal(textwrap_widest("Vi vil minimere ensomhed", 14), 8);
}

static void
test_wrap_paragraphs(void **state)
{
	(void)state;
	check_wrap("one two\n\nthree", 80, "> ", "> ",
	    "> one two\n>\n> three\n");
	check_wrap("trailing\n", 80, "", "", "trailing\n");
	check_wrap("a    b", 80, "", "", "a    b\n");
	check_wrap("aaaa    bbbb", 6, "", "", "aaaa\nbbbb\n");
}

/* Lines of text wrapped by textwrap_buf, counted from its output. */
static int
wrapped_lines(const char *text, int width)
{
	struct textbuf b;
	size_t i;
	int n = 0;

	textbuf_init(&b);
	textwrap_buf(&b, text, width, "", "");
	for (i = 0; i < b.len; i++)
		n += b.data[i] == '\n';
	textbuf_reset(&b);
	return n;
}

/*
 * Counting lines from measured words gives what wrapping gives, at every
 * width, for every rule of the wrapper: blanks kept or collapsed, "41,5 %"
 * kept whole, long and double-width words broken, empty paragraphs.
 */
static void
test_wrap_lines_counted(void **state)
{
	static const char *texts[] = {
		"", " ", "a", "Vi vil minimere ensomhed",
		"svar; 95 %-interval 31,9 %", "tryghed % der",
		"abcd efgh", "æøå æøå ÆØÅ", "日本 日本語 日", "日本語日本語",
		"abcdefghijklmnop q", "x abcdefghijklmnop", "a    b  c",
		"  leading and trailing  ", "one two\n\nthree", "trailing\n",
		"\n", "\n\n", "a\n", "12 % 3 %% 4 % x", "e\xcc\x81" "e\xcc\x81 e\xcc\x81",
		"Kvartalsmøde med boligsociale medarbejdere 2027-03-14",
	};
	struct textwrap_words ws;
	size_t t;
	int width, widest;

	(void)state;
	for (t = 0; t < sizeof texts / sizeof texts[0]; t++) {
		memset(&ws, 0, sizeof ws);
		textwrap_split(&ws, texts[t]);
		for (width = -1; width <= 60; width++) {
			assert_int_equal(textwrap_lines(ws.v, ws.n, width,
			    &widest), wrapped_lines(texts[t], width));
			assert_int_equal(widest,
			    textwrap_widest(texts[t], width));
		}
		textwrap_words_free(&ws);
	}
	/* words of several texts in one array, each counted apart */
	memset(&ws, 0, sizeof ws);
	textwrap_split(&ws, "aaa bbb");
	t = ws.n;
	textwrap_split(&ws, "cc dd ee");
	assert_int_equal(textwrap_lines(ws.v, t, 3, NULL), 2);
	assert_int_equal(textwrap_lines(ws.v + t, ws.n - t, 5, NULL), 2);
	textwrap_words_free(&ws);
	assert_null(ws.v);
}

static void
test_textbuf(void **state)
{
	struct textbuf b;
	char *s;
	int i;

	(void)state;
	textbuf_init(&b);
	s = textbuf_detach(&b);
	assert_string_equal(s, "");
	free(s);
	for (i = 0; i < 10000; i++)
		textbuf_addf(&b, "%d,", i % 10);
	assert_int_equal(b.len, 20000);
	textbuf_repeat(&b, "ab", 3);
	textbuf_addc(&b, ' ');
	textbuf_trim(&b, ' ');
	assert_string_equal(b.data + 20000, "ababab");
	textbuf_reset(&b);
	assert_null(b.data);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wrap_words),
		cmocka_unit_test(test_wrap_columns_not_bytes),
		cmocka_unit_test(test_wrap_long_and_tiny),
		cmocka_unit_test(test_wrap_paragraphs),
		cmocka_unit_test(test_wrap_lines_counted),
		cmocka_unit_test(test_textbuf),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
