/*
 * The key sequences of keyseq.c and the keymap of keymap.c, without a
 * terminal. With the argument "man" it prints the key list of b2c(1) as
 * the keymap makes it, for tests/ui/keymap-man.sh to compare.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <cmocka.h>

#include "../../src/tui/keymap.h"
#include "../../src/tui/tui-internal.h"

/* Sequences (after ESC) as terminals send them, and their keys. */
static void
test_sequences(void **state)
{
	static const struct {
		const char *seq;
		int code;
	} t[] = {
		{ "[1~", KEY_HOME }, { "[4~", KEY_END }, { "[7~", KEY_HOME },
		{ "[8~", KEY_END }, { "[H", KEY_HOME }, { "[F", KEY_END },
		{ "OH", KEY_HOME }, { "OF", KEY_END }, { "[1;5H", KEY_HOME },
		{ "[1;2F", KEY_END }, { "[3~", KEY_DC }, { "[3;5~", KEY_DC },
		{ "[2~", KEY_IC }, { "[5~", KEY_PPAGE }, { "[6^", KEY_NPAGE },
		{ "OP", KEY_F(1) }, { "[11~", KEY_F(1) }, { "[[A", KEY_F(1) },
		{ "[[E", KEY_F(5) }, { "[1;2P", KEY_F(1) }, { "O5S", KEY_F(4) },
		{ "[21~", KEY_F(10) }, { "[24;5~", KEY_F(12) },
		{ "[A", KEY_UP }, { "OB", KEY_DOWN }, { "[1;3C", KEY_RIGHT },
		{ "[Z", KEY_BTAB }, { "[1;5~", KEY_HOME }, { "[4;2~", KEY_END },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		if (keyseq_code(t[i].seq) != t[i].code)
			fail_msg("ESC%s is not key %d", t[i].seq, t[i].code);
	}
	/* Not keys: the prefix of a longer one, an unknown final byte or
	 * number, and a modifier without its key. */
	assert_int_equal(keyseq_code("[1"), 0);
	assert_int_equal(keyseq_code("[1;5Z"), 0);
	assert_int_equal(keyseq_code("[99~"), 0);
	assert_int_equal(keyseq_code("[1;5"), 0);
	assert_int_equal(keyseq_code("x"), 0);
}

/* Keys with a modifier terminfo names count as the key itself. */
static void
test_base(void **state)
{
	(void)state;
	assert_int_equal(keyseq_base(KEY_SHOME), KEY_HOME);
	assert_int_equal(keyseq_base(KEY_F(13)), KEY_F(1));
	assert_int_equal(keyseq_base(KEY_F(34)), KEY_F(10));
	assert_true(keyseq_known(KEY_F(10)));
	assert_false(keyseq_known(KEY_B2));
}

/* Each function key and its Ctrl alternative make the same request. */
static void
test_requests(void **state)
{
	struct tui_key f = { .is_key = true }, c = { .is_key = false };
	static const struct {
		int fkey;
		char ctrl;
		enum keymap_request r;
	} t[] = {
		{ KEY_F(1), 'g', REQ_HELP }, { KEY_F(2), 's', REQ_SAVE },
		{ KEY_F(3), 't', REQ_OVERVIEW }, { KEY_F(4), 'w', REQ_WHOLE },
		{ KEY_F(5), 'o', REQ_ADD }, { KEY_F(6), 'k', REQ_DELETE },
		{ KEY_F(7), 'u', REQ_LINE_UP }, { KEY_F(8), 'd', REQ_LINE_DOWN },
		{ KEY_F(9), 'r', REQ_IMPORT }, { KEY_F(10), 'x', REQ_QUIT },
		{ KEY_NPAGE, 'n', REQ_NEXT }, { KEY_PPAGE, 'p', REQ_PREV },
	};
	size_t i;
	char *k;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		f.code = (wint_t)t[i].fkey;
		c.code = (wint_t)(t[i].ctrl & 0x1f);
		assert_int_equal(keymap_request(&f), t[i].r);
		assert_int_equal(keymap_request(&c), t[i].r);
	}
	c.code = 3;		/* Ctrl-C */
	assert_int_equal(keymap_request(&c), REQ_QUIT);
	c.code = 0x1b;
	assert_int_equal(keymap_request(&c), REQ_BACK);
	c.code = L'a';
	assert_int_equal(keymap_request(&c), REQ_NONE);
	k = keymap_keys(REQ_HELP, true);
	assert_string_equal(k, "F1/^G");
	free(k);
	k = keymap_keys(REQ_EXAMPLE, false);
	assert_string_equal(k, "^E");
	free(k);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sequences),
		cmocka_unit_test(test_base),
		cmocka_unit_test(test_requests),
	};
	char *man;

	if (argc == 2 && strcmp(argv[1], "man") == 0) {
		man = keymap_man();
		fputs(man, stdout);
		free(man);
		return 0;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
