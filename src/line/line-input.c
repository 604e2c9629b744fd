/*
 * Reading answers. At a terminal, libedit gives line editing and a
 * history of the answers; its terminal type is always "dumb", so it moves
 * the cursor with backspaces and carriage returns only and no escape
 * sequence ever reaches a screen reader or braille display. From a pipe
 * or a file, lines are read as they are and echoed after the prompt, so
 * a transcript reads like a dialogue.
 *
 * Signals: the handlers only set line_signalled, without SA_RESTART, so
 * a read in progress returns and the loop saves and leaves. libedit reads
 * through line_input_getc for the same reason: its own reader would
 * carry on reading after the signal.
 */
#include "config.h"

#include <errno.h>
#include <histedit.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "b2c/sanitize.h"
#include "b2c/util.h"
#include "line-internal.h"

volatile sig_atomic_t line_signalled;

struct line_input {
	FILE	*in;
	FILE	*out;
	EditLine *el;
	History	*hist;
	char	*prompt;	/* what el_gets shows */
	char	*buf;		/* getline's buffer */
	size_t	 cap;
};

static void
line_on_signal(int sig)
{
	line_signalled = sig;
}

/* Installs the flag-setting handlers (no SA_RESTART: reads return). */
void
line_signals_install(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = line_on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
}

static char *
line_input_prompt(EditLine *el)
{
	static char none[] = "";
	struct line_input *li;

	if (el_get(el, EL_CLIENTDATA, &li) != 0 || li->prompt == NULL)
		return none;
	return li->prompt;
}

/* libedit's reader: one character, stopping at a signal. 1, 0 at the
 * end of input, -1 on an error or a signal. */
static int
line_input_getc(EditLine *el, wchar_t *wc)
{
	struct line_input *li;
	mbstate_t st;
	char c[MB_LEN_MAX];
	size_t n = 0, r;
	ssize_t got;

	if (el_get(el, EL_CLIENTDATA, &li) != 0)
		return -1;
	memset(&st, 0, sizeof st);
	for (;;) {
		if (line_signalled != 0) {
			errno = EINTR;
			return -1;
		}
		got = read(fileno(li->in), &c[n], 1);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			return (int)got;
		r = mbrtowc(wc, &c[n], 1, &st);
		n++;
		if (r == (size_t)-2 && n < sizeof c)
			continue;
		if (r == (size_t)-1 || r == (size_t)-2) {
			/* Not in the locale's encoding: taken as typed. */
			*wc = (unsigned char)c[0];
		}
		return 1;
	}
}

/*
 * The arrow, Home, End and Delete keys as xterm and the Linux console
 * send them: a dumb terminal's description names none, yet the keyboard
 * sends them all the same.
 */
static void
line_input_keys(EditLine *el)
{
	static const char *const keys[][2] = {
		{ "\033[A", "ed-prev-history" }, { "\033OA", "ed-prev-history" },
		{ "\033[B", "ed-next-history" }, { "\033OB", "ed-next-history" },
		{ "\033[C", "ed-next-char" }, { "\033OC", "ed-next-char" },
		{ "\033[D", "ed-prev-char" }, { "\033OD", "ed-prev-char" },
		{ "\033[H", "ed-move-to-beg" }, { "\033OH", "ed-move-to-beg" },
		{ "\033[1~", "ed-move-to-beg" }, { "\033[F", "ed-move-to-end" },
		{ "\033OF", "ed-move-to-end" }, { "\033[4~", "ed-move-to-end" },
		{ "\033[3~", "ed-delete-next-char" },
	};
	size_t i;

	for (i = 0; i < sizeof keys / sizeof keys[0]; i++)
		el_set(el, EL_BIND, keys[i][0], keys[i][1], NULL);
}

/* Sets up reading from in; libedit when both ends are a terminal. */
struct line_input *
line_input_new(FILE *in, FILE *out)
{
	struct line_input *li = xcalloc(1, sizeof *li);
	HistEvent ev;

	li->in = in;
	li->out = out;
	if (!isatty(fileno(in)) || !isatty(fileno(out)))
		return li;
	li->el = el_init("b2c", in, out, stderr);
	if (li->el == NULL)
		return li;
	el_set(li->el, EL_CLIENTDATA, li);
	el_set(li->el, EL_TERMINAL, "dumb");
	el_set(li->el, EL_EDITOR, "emacs");
	el_set(li->el, EL_PROMPT, line_input_prompt);
	el_set(li->el, EL_GETCFN, line_input_getc);
	line_input_keys(li->el);
	li->hist = history_init();
	if (li->hist != NULL) {
		history(li->hist, &ev, H_SETSIZE, 500);
		history(li->hist, &ev, H_SETUNIQUE, 1);
		el_set(li->el, EL_HIST, history, li->hist);
	}
	return li;
}

void
line_input_free(struct line_input *li)
{
	if (li == NULL)
		return;
	if (li->el != NULL)
		el_end(li->el);
	if (li->hist != NULL)
		history_end(li->hist);
	free(li->prompt);
	free(li->buf);
	free(li);
}

/* A line read by libedit, with the history kept. */
static char *
line_input_edited(struct line_input *li)
{
	const char *got;
	HistEvent ev;
	int n = 0;
	char *line;

	got = el_gets(li->el, &n);
	if (got == NULL || n <= 0 || line_signalled != 0)
		return NULL;
	line = xstrndup(got, (size_t)n);
	line[strcspn(line, "\r\n")] = '\0';
	if (*line != '\0' && li->hist != NULL)
		history(li->hist, &ev, H_ENTER, line);
	return line;
}

/*
 * Reads one answer after showing prompt; the line without its end, or
 * NULL at the end of input or when a signal arrived.
 */
char *
line_input_read(struct line_input *li, const char *prompt)
{
	ssize_t n;
	char *echo;

	if (li->el != NULL) {
		free(li->prompt);
		li->prompt = xstrdup(prompt);
		return line_input_edited(li);
	}
	fputs(prompt, li->out);
	fflush(li->out);
	errno = 0;
	n = getline(&li->buf, &li->cap, li->in);
	if (n < 0 || line_signalled != 0) {
		fputc('\n', li->out);
		return NULL;
	}
	while (n > 0 && (li->buf[n - 1] == '\n' || li->buf[n - 1] == '\r'))
		li->buf[--n] = '\0';
	echo = sanitize_text(li->buf, 0);
	fprintf(li->out, "%s\n", echo);
	free(echo);
	return xstrdup(li->buf);
}
