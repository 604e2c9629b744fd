/*
 * The escape sequences terminals send for the keys b2c uses, whatever
 * their terminfo entry says. TERM often names another terminal than the
 * one typing: xterm-256color inside tmux or screen gets ESC[1~ / ESC[4~
 * for Home/End, PuTTY sends ESC[11~ for F1 and ESC[[A in its Linux mode,
 * rxvt ESC[7~ / ESC[8~, and xterm adds modifiers (ESC[1;5H is Ctrl-Home).
 * Like nano and vim, b2c registers all of them with define_key, so
 * curses decodes them whatever TERM says; a modified key counts as the
 * key itself. keyseq_code looks the same table up for input.c, which
 * reads any other sequence whole and reports it instead of typing it.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/util.h"
#include "tui-internal.h"

struct keyseq {
	const char *seq;	/* after the ESC */
	int	 code;
};

/* The sequences without modifiers, as the terminals named above send
 * them (xterm in both cursor modes, VT220, rxvt, PuTTY, Linux console,
 * screen and tmux). */
static const struct keyseq keyseq_plain[] = {
	{ "[A", KEY_UP }, { "[B", KEY_DOWN }, { "[C", KEY_RIGHT },
	{ "[D", KEY_LEFT }, { "OA", KEY_UP }, { "OB", KEY_DOWN },
	{ "OC", KEY_RIGHT }, { "OD", KEY_LEFT },
	{ "[a", KEY_UP }, { "[b", KEY_DOWN }, { "[c", KEY_RIGHT },
	{ "[d", KEY_LEFT }, { "Oa", KEY_UP }, { "Ob", KEY_DOWN },
	{ "Oc", KEY_RIGHT }, { "Od", KEY_LEFT },	/* rxvt Shift/Ctrl */
	{ "[H", KEY_HOME }, { "[F", KEY_END }, { "OH", KEY_HOME },
	{ "OF", KEY_END }, { "[1~", KEY_HOME }, { "[4~", KEY_END },
	{ "[7~", KEY_HOME }, { "[8~", KEY_END },
	{ "[7$", KEY_HOME }, { "[8$", KEY_END }, { "[7^", KEY_HOME },
	{ "[8^", KEY_END }, { "[7@", KEY_HOME }, { "[8@", KEY_END },
	{ "[2~", KEY_IC }, { "[3~", KEY_DC }, { "[5~", KEY_PPAGE },
	{ "[6~", KEY_NPAGE }, { "[2$", KEY_IC }, { "[3$", KEY_DC },
	{ "[5$", KEY_PPAGE }, { "[6$", KEY_NPAGE }, { "[2^", KEY_IC },
	{ "[3^", KEY_DC }, { "[5^", KEY_PPAGE }, { "[6^", KEY_NPAGE },
	{ "[Z", KEY_BTAB }, { "OM", KEY_ENTER },
	{ "OP", KEY_F(1) }, { "OQ", KEY_F(2) }, { "OR", KEY_F(3) },
	{ "OS", KEY_F(4) }, { "[11~", KEY_F(1) }, { "[12~", KEY_F(2) },
	{ "[13~", KEY_F(3) }, { "[14~", KEY_F(4) }, { "[15~", KEY_F(5) },
	{ "[17~", KEY_F(6) }, { "[18~", KEY_F(7) }, { "[19~", KEY_F(8) },
	{ "[20~", KEY_F(9) }, { "[21~", KEY_F(10) }, { "[23~", KEY_F(11) },
	{ "[24~", KEY_F(12) },
	{ "[[A", KEY_F(1) }, { "[[B", KEY_F(2) }, { "[[C", KEY_F(3) },
	{ "[[D", KEY_F(4) }, { "[[E", KEY_F(5) },	/* Linux console */
};

/* Final bytes of xterm's CSI 1;m X form, and the keys they are. */
static const struct keyseq keyseq_letters[] = {
	{ "A", KEY_UP }, { "B", KEY_DOWN }, { "C", KEY_RIGHT },
	{ "D", KEY_LEFT }, { "H", KEY_HOME }, { "F", KEY_END },
	{ "P", KEY_F(1) }, { "Q", KEY_F(2) }, { "R", KEY_F(3) },
	{ "S", KEY_F(4) },
};

/* Numbers of the CSI n;m ~ form. */
static const struct keyseq keyseq_tilde[] = {
	{ "1", KEY_HOME }, { "2", KEY_IC }, { "3", KEY_DC }, { "4", KEY_END },
	{ "5", KEY_PPAGE }, { "6", KEY_NPAGE }, { "7", KEY_HOME },
	{ "8", KEY_END }, { "11", KEY_F(1) }, { "12", KEY_F(2) },
	{ "13", KEY_F(3) }, { "14", KEY_F(4) }, { "15", KEY_F(5) },
	{ "17", KEY_F(6) }, { "18", KEY_F(7) }, { "19", KEY_F(8) },
	{ "20", KEY_F(9) }, { "21", KEY_F(10) }, { "23", KEY_F(11) },
	{ "24", KEY_F(12) },
};

#define KEYSEQ_N(a)	(sizeof (a) / sizeof (a)[0])

/*
 * The key of an xterm sequence with a modifier: CSI 1;m X, CSI n;m ~
 * (m from 2, Shift, to 16) or SS3 m X as older xterms send it. 0 when s
 * is not one.
 */
static int
keyseq_modified(const char *s)
{
	char num[8], fin;
	int mod, n = -1;	/* %n is set only when all of it matched */
	size_t i;

	if ((sscanf(s, "[1;%d%c%n", &mod, &fin, &n) == 2 ||
	    sscanf(s, "O%d%c%n", &mod, &fin, &n) == 2) && n > 0 &&
	    s[n] == '\0' && mod >= 2 && mod <= 16) {
		for (i = 0; i < KEYSEQ_N(keyseq_letters); i++)
			if (keyseq_letters[i].seq[0] == fin)
				return keyseq_letters[i].code;
	}
	n = -1;
	if (sscanf(s, "[%7[0-9];%d~%n", num, &mod, &n) == 2 && n > 0 &&
	    s[n] == '\0' && mod >= 2 && mod <= 16) {
		for (i = 0; i < KEYSEQ_N(keyseq_tilde); i++)
			if (strcmp(keyseq_tilde[i].seq, num) == 0)
				return keyseq_tilde[i].code;
	}
	return 0;
}

/* The key the sequence s (what follows ESC) stands for, or 0. */
int
keyseq_code(const char *s)
{
	size_t i;

	for (i = 0; i < KEYSEQ_N(keyseq_plain); i++)
		if (strcmp(keyseq_plain[i].seq, s) == 0)
			return keyseq_plain[i].code;
	return keyseq_modified(s);
}

/* Binds ESC+seq to code unless curses has it so already, or has it as
 * the beginning of a longer key (kept, the longer key wins). */
static void
keyseq_bind(const char *seq, int code)
{
	char *s = xasprintf("\033%s", seq);
	int now = key_defined(s);

	if (now != code && now >= 0) {
		if (now > 0)
			define_key(s, 0);	/* another code: ours wins */
		define_key(s, code);
	}
	free(s);
}

/* Registers every sequence above with curses (again after endwin). */
void
keyseq_define(void)
{
	char seq[16];
	size_t i;
	int mod;

	for (i = 0; i < KEYSEQ_N(keyseq_plain); i++)
		keyseq_bind(keyseq_plain[i].seq, keyseq_plain[i].code);
	for (mod = 2; mod <= 8; mod++) {
		for (i = 0; i < KEYSEQ_N(keyseq_letters); i++) {
			snprintf(seq, sizeof seq, "[1;%d%s", mod,
			    keyseq_letters[i].seq);
			keyseq_bind(seq, keyseq_letters[i].code);
		}
		for (i = 0; i < KEYSEQ_N(keyseq_tilde); i++) {
			snprintf(seq, sizeof seq, "[%s;%d~",
			    keyseq_tilde[i].seq, mod);
			keyseq_bind(seq, keyseq_tilde[i].code);
		}
	}
}

/*
 * A key code curses may return for a key with a modifier that terminfo
 * names (Shift-Home is KEY_SHOME, Shift-F1 is F13): the key itself, so
 * that Shift held by mistake still does what the key does.
 */
int
keyseq_base(int code)
{
	static const int pairs[][2] = {
		{ KEY_SLEFT, KEY_LEFT }, { KEY_SRIGHT, KEY_RIGHT },
		{ KEY_SR, KEY_UP }, { KEY_SF, KEY_DOWN },
		{ KEY_SHOME, KEY_HOME }, { KEY_SEND, KEY_END },
		{ KEY_SDC, KEY_DC }, { KEY_SIC, KEY_IC },
		{ KEY_SNEXT, KEY_NPAGE }, { KEY_SPREVIOUS, KEY_PPAGE },
		{ KEY_A1, KEY_HOME }, { KEY_C1, KEY_END },
		{ KEY_A3, KEY_PPAGE }, { KEY_C3, KEY_NPAGE },
		{ KEY_FIND, KEY_HOME }, { KEY_SELECT, KEY_END },
	};
	size_t i;

	for (i = 0; i < KEYSEQ_N(pairs); i++)
		if (pairs[i][0] == code)
			return pairs[i][1];
	if (code > KEY_F(12) && code <= KEY_F(60))
		return KEY_F((code - KEY_F(1)) % 12 + 1);
	return code;
}

/* Whether b2c has a use for the key code (after keyseq_base). */
bool
keyseq_known(int code)
{
	static const int known[] = {
		KEY_UP, KEY_DOWN, KEY_LEFT, KEY_RIGHT, KEY_HOME, KEY_END,
		KEY_IC, KEY_DC, KEY_PPAGE, KEY_NPAGE, KEY_BTAB, KEY_ENTER,
		KEY_BACKSPACE, KEY_RESIZE, TUI_KEY_PASTE_BEGIN,
		TUI_KEY_PASTE_END, TUI_KEY_PASTE,
	};
	size_t i;

	if (code >= KEY_F(1) && code <= KEY_F(12))
		return true;
	for (i = 0; i < KEYSEQ_N(known); i++)
		if (known[i] == code)
			return true;
	return false;
}
