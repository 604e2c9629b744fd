/*
 * Keys: from the keyboard with get_wch (whole characters, never bytes),
 * or from a script in the headless test harness. A timeout lets the main
 * loop autosave; a burst of immediate errors means the terminal is gone
 * (an SSH drop that sent no SIGHUP) and is treated as a hangup.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "b2c/i18n.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define INPUT_DEAD_ERRORS 50	/* immediate ERRs in a row = hangup */

static struct tui_script *input_script;

/* Reads keys from script instead of the keyboard (NULL: keyboard). */
void
input_set_script(struct tui_script *script)
{
	input_script = script;
}

static long
input_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/*
 * The next key: 1 and *k, 0 on a timeout (or an interrupting signal),
 * -1 when input is gone.
 */
int
input_next(struct tui *tui, struct tui_key *k)
{
	static int dead;
	wint_t wc;
	long start;
	int r;

	if (input_script != NULL)
		return script_next(input_script, tui, k) == 0 ? 1 : -1;
	timeout(TUI_TICK_MS);
	start = input_ms();
	r = get_wch(&wc);
	if (r == ERR) {
		if (tui_signalled == 0 && input_ms() - start < TUI_TICK_MS / 4)
			dead++;
		else
			dead = 0;
		return dead >= INPUT_DEAD_ERRORS ? -1 : 0;
	}
	dead = 0;
	k->is_key = r == KEY_CODE_YES;
	k->code = wc;
	return 1;
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
		w = draw_decode(question, &len);
		x = 1 + draw_columns(w, 0, len) + 1;
		free(w);
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
