/*
 * Keys: from the keyboard with get_wch (whole characters, never bytes),
 * or from a script in the headless test harness. A timeout lets the main
 * loop autosave; a burst of immediate errors means the terminal is gone
 * (an SSH drop that sent no SIGHUP) and is treated as a hangup.
 *
 * Pasted text is never keys. With bracketed paste on, the terminal wraps
 * a paste in ESC[200~ ... ESC[201~; curses reads the two sequences as
 * private keys (define_key keeps a lone Esc working after ESCDELAY), and
 * everything between them is gathered into one TUI_KEY_PASTE: Enter,
 * Tab, F-keys and Ctrl keys inside it can move nothing and run nothing.
 *
 * Escape sequences are keys or nothing. Those of keyseq.c are decoded
 * by curses; any other one (a key of a terminal b2c does not know, Alt
 * with a letter) is read whole, up to its final byte, and becomes one
 * TUI_KEY_UNKNOWN that names it, so that no part of it is ever typed
 * into a field or taken for Esc.
 */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "b2c/i18n.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define INPUT_DEAD_ERRORS 50	/* immediate ERRs in a row = hangup */

#define INPUT_PASTE_ON	"\033[?2004h"
#define INPUT_PASTE_OFF	"\033[?2004l"
#define INPUT_SEQ_MAX	32	/* characters of a sequence kept to name it */

static struct tui_script *input_script;
static FILE *input_out;		/* the terminal, for the paste mode */
static wchar_t *input_paste_buf;
static size_t input_paste_len, input_paste_cap;
static bool input_resize_pending;	/* a resize came during a paste */
static char input_unknown[INPUT_SEQ_MAX * 4 + 16];	/* its name */

/* Reads keys from script instead of the keyboard (NULL: keyboard). */
void
input_set_script(struct tui_script *script)
{
	input_script = script;
}

/* The terminal's sequence for capability cap, or dflt when its terminfo
 * entry is older than the capability (most terminals know the mode). */
static const char *
input_cap(const char *cap, const char *dflt)
{
	const char *s = tigetstr(cap);

	return s != NULL && s != (const char *)-1 ? s : dflt;
}

/*
 * Turns bracketed paste on (at start and after a suspend) or off (after
 * every endwin, so the shell never receives the markers), writing
 * straight to the terminal's stream out: putp would go to stdout, which
 * is not the terminal of a headless run.
 */
void
input_paste_mode(FILE *out, bool on)
{
	if (on) {	/* the keys belong to the screen: define them again */
		define_key("\033[200~", TUI_KEY_PASTE_BEGIN);
		define_key("\033[201~", TUI_KEY_PASTE_END);
		keyseq_define();
	}
	input_out = out;
	fputs(on ? input_cap("BE", INPUT_PASTE_ON) :
	    input_cap("BD", INPUT_PASTE_OFF), out);
	fflush(out);
	if (!on) {
		free(input_paste_buf);
		input_paste_buf = NULL;
		input_paste_len = input_paste_cap = 0;
	}
}

static long
input_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Makes *k the unknown key named name. */
static void
input_set_unknown(struct tui_key *k, const char *name)
{
	snprintf(input_unknown, sizeof input_unknown, "%s", name);
	k->is_key = true;
	k->code = TUI_KEY_UNKNOWN;
	k->unknown = input_unknown;
}

/* A key code from curses: a modified key as the key itself, one b2c has
 * no use for as an unknown key with curses' name for it. */
static void
input_key_code(struct tui_key *k)
{
	const char *name;

	k->code = (wint_t)keyseq_base((int)k->code);
	if (keyseq_known((int)k->code))
		return;
	name = keyname((int)k->code);
	input_set_unknown(k, name != NULL ? name : "?");
}

/* The next character already sent after an ESC, or false. */
static bool
input_follow(wint_t *wc, bool *is_key)
{
	int r;

	timeout(0);
	r = get_wch(wc);
	*is_key = r == KEY_CODE_YES;
	return r != ERR;
}

/* Adds c to the name of the sequence being read, "ESC[4~" style. */
static void
input_seq_add(char *name, size_t *len, wint_t c)
{
	if (*len >= INPUT_SEQ_MAX)
		return;
	if (c < 0x20 || c == 0x7f)
		*len += (size_t)snprintf(name + *len, 8, "^%c",
		    (char)(c ^ 0x40));
	else if (c < 0x7f)
		name[(*len)++] = (char)c;
	else
		*len += (size_t)snprintf(name + *len, 12, "<U+%04X>",
		    (unsigned)c);
	name[*len] = '\0';
}

/*
 * After an ESC from curses: what followed at once is the rest of a
 * sequence curses did not know. CSI is read to its final byte (0x40 to
 * 0x7E; the Linux console's ESC[[A has one more), SS3 to the first
 * letter; ESC with a printable character is Alt with it, ESC with a
 * control character or a key curses decoded is Esc and then that key.
 * Known ones (keyseq.c)
 * become their key, the others TUI_KEY_UNKNOWN. A lone ESC stays Esc.
 */
static void
input_escape(struct tui_key *k)
{
	char name[INPUT_SEQ_MAX * 4 + 8] = "";
	size_t len = 0, n = 0;
	bool is_key, csi, ss3;
	char *full;
	wint_t c;
	int code;

	if (!input_follow(&c, &is_key))
		return;
	/*
	 * A key curses decoded, or a control character (Esc again, Ctrl-S,
	 * Enter), right after the ESC: Esc was pressed and then that key,
	 * the two arriving in one read as they do over a slow link. Esc is
	 * this key and the other one the next; only a printable character
	 * is Alt with it, which must not be typed.
	 */
	if (is_key) {
		ungetch((int)c);
		return;
	}
	if (c < 0x20 || c == 0x7f) {
		unget_wch(c);
		return;
	}
	input_seq_add(name, &len, c);
	csi = c == L'[';
	ss3 = c == L'O';
	while ((csi || ss3) && n++ < 256 && input_follow(&c, &is_key) &&
	    !is_key) {
		if (c < 0x20 || c > 0x7e) {	/* not part of it */
			unget_wch(c);
			break;
		}
		input_seq_add(name, &len, c);
		if (csi && n == 1 && c == L'[')
			ss3 = true, csi = false;	/* one more byte */
		else if ((csi && c >= 0x40) || (ss3 && c > L'9'))
			break;
	}
	if ((code = keyseq_code(name)) != 0) {
		k->is_key = true;
		k->code = (wint_t)code;
		return;
	}
	full = xasprintf(csi || ss3 ? "ESC%s" : "Alt-%s", name);
	input_set_unknown(k, full);
	free(full);
}

/* One key as it comes: 1 and *k, 0 on a timeout, -1 when input is gone. */
static int
input_raw(struct tui *tui, struct tui_key *k)
{
	static int dead;
	wint_t wc;
	long start;
	int r;

	memset(k, 0, sizeof *k);
	if (input_script != NULL) {
		r = script_next(input_script, tui, k);
		return r == 0 ? 1 : r == 1 ? 0 : -1;
	}
	timeout(TUI_TICK_MS);
	start = input_ms();
	r = get_wch(&wc);
	if (r == ERR) {
		if (tui_signalled == 0 && tui_suspend == 0 &&
		    input_ms() - start < TUI_TICK_MS / 4)
			dead++;
		else
			dead = 0;
		return dead >= INPUT_DEAD_ERRORS ? -1 : 0;
	}
	dead = 0;
	k->is_key = r == KEY_CODE_YES;
	k->code = wc;
	if (k->is_key)
		input_key_code(k);
	else if (wc == 0x1b)
		input_escape(k);
	return 1;
}

bool
tui_key_is_enter(const struct tui_key *k)
{
	return k->is_key ? k->code == KEY_ENTER :
	    k->code == L'\r' || k->code == L'\n';
}

/*
 * Adds one key of a paste: a line end becomes '\n' (CR LF, as Windows
 * text has it, is one) and function keys are dropped; which characters
 * a field takes is the field's to decide (text_paste).
 */
static bool input_paste_cut;	/* the paste being read was too long */

static void
input_paste_add(const struct tui_key *c, bool *cr)
{
	bool after_cr = *cr;
	wint_t w = c->code;

	*cr = !c->is_key && w == L'\r';
	if (c->is_key) {
		if (w != KEY_ENTER)
			return;
		w = L'\n';
	} else if (w == L'\r')
		w = L'\n';
	else if (w == L'\n' && after_cr)
		return;
	if (input_paste_len >= TUI_PASTE_MAX) {
		input_paste_cut = true;
		return;
	}
	if (input_paste_len == input_paste_cap) {
		input_paste_cap = input_paste_cap * 2 + 256;
		input_paste_buf = xreallocarray(input_paste_buf,
		    input_paste_cap, sizeof *input_paste_buf);
	}
	input_paste_buf[input_paste_len++] = (wchar_t)w;
}

/*
 * Gathers a paste after its ESC[200~ into *k. A terminal that never
 * sends ESC[201~ (a bug, or a paste cut off by a dropped connection)
 * must not hold the wizard in paste mode: a paste arrives in one burst,
 * so it also ends at the first pause of TUI_TICK_MS without input, and
 * keys typed after that are keys again. Past TUI_PASTE_MAX characters
 * the rest is still read, and dropped, so that it cannot become keys.
 */
static int
input_paste(struct tui *tui, struct tui_key *k)
{
	struct tui_key c;
	bool cr = false;
	int r;

	input_paste_len = 0;
	input_paste_cut = false;
	while ((r = input_raw(tui, &c)) > 0) {
		if (c.is_key && c.code == TUI_KEY_PASTE_END)
			break;
		if (c.is_key && c.code == KEY_RESIZE)
			input_resize_pending = true;
		else
			input_paste_add(&c, &cr);
	}
	if (r < 0)
		return -1;
	if (input_paste_len == 0)
		return 0;
	k->is_key = true;
	k->code = TUI_KEY_PASTE;
	k->paste = input_paste_buf;
	k->n_paste = input_paste_len;
	k->paste_cut = input_paste_cut;
	return 1;
}

/*
 * Stops the program on SIGTSTP (kill -TSTP; Ctrl-Z is a key in raw
 * mode) with the terminal as the shell expects it, and takes it back
 * on SIGCONT: the shell may have switched bracketed paste off meanwhile.
 */
static void
input_suspend(void)
{
	struct sigaction dfl, old;

	tui_suspend = 0;
	endwin();
	input_paste_mode(input_out, false);
	memset(&dfl, 0, sizeof dfl);
	dfl.sa_handler = SIG_DFL;
	sigemptyset(&dfl.sa_mask);
	sigaction(SIGTSTP, &dfl, &old);
	raise(SIGTSTP);
	sigaction(SIGTSTP, &old, NULL);
	input_paste_mode(input_out, true);
	clearok(curscr, TRUE);
	refresh();
}

/*
 * The next key: 1 and *k, 0 on a timeout (or an interrupting signal),
 * -1 when input is gone. A paste is one key, TUI_KEY_PASTE.
 */
int
input_next(struct tui *tui, struct tui_key *k)
{
	int r;

	if (tui_suspend != 0) {
		input_suspend();
		return 0;
	}
	if (input_resize_pending) {
		input_resize_pending = false;
		memset(k, 0, sizeof *k);
		k->is_key = true;
		k->code = KEY_RESIZE;
		return 1;
	}
	r = input_raw(tui, k);
	if (r > 0 && k->is_key && k->code == TUI_KEY_PASTE_BEGIN)
		return input_paste(tui, k);
	if (r > 0 && k->is_key && k->code == TUI_KEY_PASTE_END)
		return 0;	/* the end of a paste already ended */
	return r;
}

/*
 * Asks a question on the message line until a key of one of keysets
 * (a NULL-terminated array of strings of accepted characters) is typed.
 * Returns the set's index, or -1 on hangup. The screen is kept right
 * across resizes meanwhile.
 */
int
input_choice(struct tui *tui, const char *question,
    const char *const *keysets)
{
	struct tui_key k;
	size_t i, len;
	wchar_t *w;
	int r, x;

	for (;;) {
		tui_message(tui, THEME_NOTICE, "%s", question);
		tui_render(tui);
		x = 1 + draw_str_columns(question) + 1;
		if (!tui->too_small)
			move(tui->rows - 2, x < tui->cols ? x : tui->cols - 1);
		refresh();
		if (tui_signalled != 0 || (r = input_next(tui, &k)) < 0)
			return -1;
		if (r == 0)
			continue;
		if (k.is_key && k.code == KEY_RESIZE) {
			tui_resized(tui);
			continue;
		}
		for (i = 0; keysets[i] != NULL && !k.is_key; i++) {
			w = draw_decode(keysets[i], &len);
			if (wmemchr(w, (wchar_t)k.code, len) != NULL) {
				free(w);
				free(tui->msg);
				tui->msg = NULL;
				tui->need_msg = true;
				return (int)i;
			}
			free(w);
		}
	}
}

/* A yes/no question; Esc answers no. */
bool
input_ask(struct tui *tui, const char *question, const char *yes_keys,
    const char *no_keys, bool dflt)
{
	char *no = xasprintf("%s\x1b", no_keys);
	const char *sets[] = { yes_keys, no, NULL };
	int r = input_choice(tui, question, sets);

	(void)dflt;
	free(no);
	return r == 0;
}
