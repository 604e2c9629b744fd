/*
 * The headless test harness. With B2C_SCRIPT=FILE the wizard reads its
 * keys from FILE instead of the keyboard, curses writes to /dev/null,
 * and commands in the script dump the screen (read back from curses'
 * own window with in_wchnstr) or the session, so tests need no tty.
 *
 *   key NAME [COUNT]   Tab S-Tab Enter Esc Space Up Down Left Right Home
 *                      End PgUp PgDn Backspace Delete F1..F12 C-a..C-z,
 *                      or one character (key y)
 *   type TEXT          the rest of the line, character by character
 *   paste TEXT         TEXT as a bracketed paste from the terminal, with
 *                      \n \r \t \e \\ and \xHH (a code point) escapes
 *   paste-begin, paste-end  the paste markers alone, to wrap keys in them
 *                      (or to leave a paste unended)
 *   tick               an input timeout (nothing typed for a while)
 *   resize COLS ROWS   the terminal changes size
 *   dump-screen PATH   the screen as UTF-8 text, trailing blanks removed
 *   dump-cursor PATH   "ROW COL" of the terminal cursor
 *   dump-session PATH  the session as the store would write it
 *   save, quit, hup    F2, F10, a SIGHUP
 * B2C_SCRIPT_OUT=FILE keeps the bytes curses sends (default /dev/null).
 */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/store.h"
#include "b2c/utf8.h"
#include "b2c/util.h"
#include "tui-internal.h"

struct tui_script {
	FILE	*f;
	char	*name;
	int	 line;
	struct tui_key *queue;	/* pending keys of a "type" or "paste" */
	size_t	 n_queue;
	size_t	 next;
	struct tui_key repeat;
	int	 n_repeat;
};

struct script_name {
	const char *name;
	bool	 is_key;
	wint_t	 code;
};

static const struct script_name script_names[] = {
	{ "Tab", false, L'\t' }, { "S-Tab", true, KEY_BTAB },
	{ "Enter", false, L'\r' }, { "Esc", false, 0x1b },
	{ "Space", false, L' ' }, { "Up", true, KEY_UP },
	{ "Down", true, KEY_DOWN }, { "Left", true, KEY_LEFT },
	{ "Right", true, KEY_RIGHT }, { "Home", true, KEY_HOME },
	{ "End", true, KEY_END }, { "PgUp", true, KEY_PPAGE },
	{ "PgDn", true, KEY_NPAGE }, { "Backspace", true, KEY_BACKSPACE },
	{ "DEL", false, 0x7f }, { "Delete", true, KEY_DC },
	{ "Resize", true, KEY_RESIZE },
};

/* Opens a key script; NULL with *cause when it cannot be read. */
struct tui_script *
script_open(const char *path, char **cause)
{
	struct tui_script *sc;
	FILE *f = fopen(path, "r");

	if (f == NULL) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return NULL;
	}
	sc = xcalloc(1, sizeof *sc);
	sc->f = f;
	sc->name = xstrdup(path);
	return sc;
}

/* Closes a key script; NULL is a no-op. */
void
script_close(struct tui_script *sc)
{
	if (sc == NULL)
		return;
	fclose(sc->f);
	free(sc->queue);
	free(sc->name);
	free(sc);
}

/* A key name to a key; false when unknown. */
static bool
script_key_name(const char *name, struct tui_key *k)
{
	size_t i;
	int n;

	for (i = 0; i < sizeof script_names / sizeof script_names[0]; i++) {
		if (strcmp(name, script_names[i].name) == 0) {
			k->is_key = script_names[i].is_key;
			k->code = script_names[i].code;
			return true;
		}
	}
	if (name[0] != '\0') {
		/* A single character stands for itself: "key y". */
		size_t len;
		wchar_t *w = draw_decode(name, &len);
		bool one = len == 1;
		if (one) {
			k->is_key = false;
			k->code = (wint_t)w[0];
		}
		free(w);
		if (one)
			return true;
	}
	if (name[0] == 'C' && name[1] == '-' && name[2] >= 'a' &&
	    name[2] <= 'z' && name[3] == '\0') {
		k->is_key = false;
		k->code = (wint_t)(name[2] & 0x1f);
		return true;
	}
	if (name[0] == 'F' && (n = atoi(name + 1)) >= 1 && n <= 12) {
		k->is_key = true;
		k->code = (wint_t)KEY_F(n);
		return true;
	}
	return false;
}

/* Writes the screen, one line per row, as UTF-8. */
static void
script_dump_screen(const char *path)
{
	FILE *f = fopen(path, "w");
	cchar_t *row = xreallocarray(NULL, (size_t)COLS + 1, sizeof *row);
	wchar_t *line = xreallocarray(NULL, (size_t)COLS * 6 + 1,
	    sizeof *line), w[CCHARW_MAX + 1];
	attr_t attr;
	short pair;
	size_t len, j;
	int y, x, n;
	char *utf8;

	for (y = 0; f != NULL && y < LINES; y++) {
		memset(row, 0, ((size_t)COLS + 1) * sizeof *row);
		n = mvin_wchnstr(y, 0, row, COLS);
		len = 0;
		for (x = 0; n != ERR && x < COLS; x++) {
			if (getcchar(&row[x], w, &attr, &pair, NULL) == ERR ||
			    w[0] == L'\0')
				break;
			for (j = 0; w[j] != L'\0' && len < (size_t)COLS * 6; j++)
				line[len++] = w[j];
		}
		while (len > 0 && line[len - 1] == L' ')
			len--;
		utf8 = draw_encode(line, len);
		fprintf(f, "%s\n", utf8);
		free(utf8);
	}
	if (f != NULL)
		fclose(f);
	free(row);
	free(line);
}

static void
script_dump_session(struct tui *tui, const char *path)
{
	char *text = NULL, *cause = NULL;
	size_t len = 0;
	FILE *f;

	form_commit(tui, true);
	if (store_serialise(tui->s, &text, &len, &cause) != 0) {
		fprintf(stderr, "dump-session: %s\n", cause);
		free(cause);
		return;
	}
	if ((f = fopen(path, "w")) != NULL) {
		fwrite(text, 1, len, f);
		fclose(f);
	}
	free(text);
}

static void
script_dump_cursor(const char *path)
{
	FILE *f = fopen(path, "w");
	int y, x;

	getyx(stdscr, y, x);
	if (f != NULL) {
		fprintf(f, "%d %d\n", y, x);
		fclose(f);
	}
}

/* The character escape c stands for (after a backslash), or 0. */
static char
script_escape(char c)
{
	static const char from[] = "nrte\\", to[] = "\n\r\t\033\\";
	const char *p = strchr(from, c);

	return c != '\0' && p != NULL ? to[p - from] : 0;
}

/* Undoes the escapes of a "paste" line in place; \xHH is a code point,
 * so "\x9b" is the C1 control U+009B (two bytes of UTF-8). */
static void
script_unescape(char *s)
{
	char *out = s, hex[3] = { 0 };
	uint32_t cp;

	for (; *s != '\0'; s++) {
		if (*s != '\\' || s[1] == '\0')
			*out++ = *s;
		else if (script_escape(s[1]) != 0)
			*out++ = script_escape(*++s);
		else if (s[1] == 'x' && s[2] != '\0' && s[3] != '\0') {
			memcpy(hex, s + 2, 2);
			if ((cp = (uint32_t)strtoul(hex, NULL, 16)) != 0)
				out += utf8_encode(cp, out);
			s += 3;
		} else
			*out++ = *++s;
	}
	*out = '\0';
}

/* Queues the characters of text as typed keys, or as one bracketed
 * paste. */
static void
script_queue(struct tui_script *sc, char *text, bool paste)
{
	wchar_t *w;
	size_t len, i, n = 0;

	if (paste)
		script_unescape(text);
	w = draw_decode(text, &len);
	free(sc->queue);
	sc->queue = xreallocarray(NULL, len + 2, sizeof *sc->queue);
	memset(sc->queue, 0, (len + 2) * sizeof *sc->queue);
	if (paste)
		sc->queue[n++] = (struct tui_key){ .is_key = true,
		    .code = TUI_KEY_PASTE_BEGIN };
	for (i = 0; i < len; i++)
		sc->queue[n++].code = (wint_t)w[i];
	if (paste)
		sc->queue[n++] = (struct tui_key){ .is_key = true,
		    .code = TUI_KEY_PASTE_END };
	sc->n_queue = n;
	sc->next = 0;
	free(w);
}

/* "key NAME [COUNT]"; true when NAME is a key. */
static bool
script_key_command(struct tui_script *sc, char *arg, struct tui_key *k)
{
	char *count = strchr(arg, ' ');

	if (count != NULL)
		*count++ = '\0';
	if (!script_key_name(arg, k)) {
		fprintf(stderr, "%s:%d: unknown key '%s'\n", sc->name, sc->line,
		    arg);
		return false;
	}
	if (count != NULL && atoi(count) > 1) {
		sc->repeat = *k;
		sc->n_repeat = atoi(count) - 1;
	}
	return true;
}

/* The commands that dump: they draw first so the dump is current. */
static bool
script_dump_command(struct tui *tui, const char *cmd, const char *arg)
{
	if (strcmp(cmd, "dump-screen") == 0 || strcmp(cmd, "dump-cursor") == 0) {
		if (tui != NULL)
			tui_render(tui);
		if (cmd[5] == 's')
			script_dump_screen(arg);
		else
			script_dump_cursor(arg);
	} else if (strcmp(cmd, "dump-session") == 0 && tui != NULL)
		script_dump_session(tui, arg);
	else
		return false;
	return true;
}

/* Runs one command line; true when it produced a key. */
static bool
script_command(struct tui_script *sc, struct tui *tui, char *line,
    struct tui_key *k)
{
	char *arg = strchr(line, ' ');
	int a = 0, b = 0;

	if (arg != NULL)
		*arg++ = '\0';
	else
		arg = line + strlen(line);
	if (strcmp(line, "key") == 0)
		return script_key_command(sc, arg, k);
	if (strcmp(line, "type") == 0 || strcmp(line, "paste") == 0) {
		script_queue(sc, arg, line[0] == 'p');
		return false;
	}
	if (strcmp(line, "paste-begin") == 0 || strcmp(line, "paste-end") == 0) {
		k->is_key = true;
		k->code = line[6] == 'b' ? TUI_KEY_PASTE_BEGIN :
		    TUI_KEY_PASTE_END;
		return true;
	}
	if (strcmp(line, "resize") == 0 && sscanf(arg, "%d %d", &a, &b) == 2) {
		resizeterm(b, a);
		k->is_key = true;
		k->code = KEY_RESIZE;
		return true;
	}
	if (strcmp(line, "save") == 0 || strcmp(line, "quit") == 0)
		return script_key_name(line[0] == 's' ? "F2" : "F10", k);
	if (strcmp(line, "hup") == 0)
		tui_signalled = SIGHUP;
	else if (!script_dump_command(tui, line, arg))
		fprintf(stderr, "%s:%d: unknown command '%s'\n", sc->name,
		    sc->line, line);
	return false;
}

/* The next key of the script, 1 for a "tick"; -1 at its end (which acts
 * as a hangup). */
int
script_next(struct tui_script *sc, struct tui *tui, struct tui_key *k)
{
	char buf[4096];
	size_t len;

	for (;;) {
		if (sc->n_repeat > 0) {
			sc->n_repeat--;
			*k = sc->repeat;
			return 0;
		}
		if (sc->next < sc->n_queue) {
			*k = sc->queue[sc->next++];
			return 0;
		}
		if (tui_signalled != 0)
			return -1;
		if (fgets(buf, sizeof buf, sc->f) == NULL) {
			/* A signal (a suspend) while waiting on a FIFO: a
			 * timeout, for the main loop to act on it. */
			if (ferror(sc->f) && errno == EINTR) {
				clearerr(sc->f);
				return 1;
			}
			return -1;
		}
		sc->line++;
		len = strcspn(buf, "\n");
		buf[len] = '\0';
		if (buf[0] == '#' || buf[0] == '\0')
			continue;
		if (strcmp(buf, "tick") == 0)
			return 1;
		if (script_command(sc, tui, buf, k))
			return 0;
	}
}
