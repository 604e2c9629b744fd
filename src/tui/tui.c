/*
 * Start, stop and the main loop of the wizard. The loop reads one key at
 * a time with a short timeout so that autosave and signals are handled
 * between keys; it draws only what a key changed (the focused field
 * while typing), and the whole screen only after navigation, a resize or
 * a mode change. Every layout is rebuilt from the session model.
 */
#include "config.h"

#include <errno.h>
#include <langinfo.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "b2c/i18n.h"
#include "b2c/settings.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define CTRL(c)	((c) & 0x1f)

static SCREEN *tui_screen;
static FILE *tui_out, *tui_in;
static struct tui_script *tui_script;
static bool tui_utf8 = true;

/* Says why lines are ASCII and letters may not show (pitfall: a locale
 * not forwarded over SSH), or NULL when the locale is UTF-8. */
const char *
tui_locale_notice(void)
{
	if (tui_utf8)
		return NULL;
	/* ASCII only, in both languages: this terminal shows nothing else. */
	return _("Not a UTF-8 terminal: Danish letters can be neither typed "
	    "nor shown. Quit and use LANG=C.UTF-8 (or your terminal's UTF-8 "
	    "setting).");
}

#ifdef B2C_TEST_HOOKS
/* Headless: keys from the script, output to /dev/null or B2C_SCRIPT_OUT.
 * Only in a build for the test suite (configure --enable-test-hooks). */
static int
tui_open_script(const char *script, const char **term, char **cause)
{
	const char *out;

	if ((tui_script = script_open(script, cause)) == NULL)
		return -1;
	*term = getenv("B2C_SCRIPT_TERM");
	if (*term == NULL || **term == '\0')
		*term = "xterm-256color";
	/* B2C_SCRIPT_OUT keeps what curses sends, for tests that count
	 * bytes or look for raw escape sequences. */
	out = getenv("B2C_SCRIPT_OUT");
	tui_out = fopen(out != NULL && *out != '\0' ? out : "/dev/null", "w");
	tui_in = fopen("/dev/null", "r");
	if (tui_out == NULL || tui_in == NULL) {
		*cause = xasprintf("B2C_SCRIPT_OUT: %s", strerror(errno));
		return -1;
	}
	input_set_script(tui_script);
	return 0;
}

/* The key script the test suite names, or NULL. */
static const char *
tui_script_path(void)
{
	const char *script = getenv("B2C_SCRIPT");

	return script != NULL && *script != '\0' ? script : NULL;
}
#else
/* The installed program reads its keys from the terminal only. */
static const char *
tui_script_path(void)
{
	return NULL;
}

static int
tui_open_script(const char *script, const char **term, char **cause)
{
	(void)script;
	(void)term;
	*cause = xstrdup("no test hooks in this build");
	return -1;
}
#endif

/* Modes every screen relies on; the character set decides ASCII. */
static void
tui_modes(const struct tui_config *cfg)
{
	raw();			/* Ctrl-S, Ctrl-C etc. arrive as keys */
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	intrflush(stdscr, FALSE);
	mousemask(0, NULL);
	tui_utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	theme_set_ascii(cfg->ascii || !tui_utf8);
	theme_init(settings_current()->theme == THEME_MONOCHROME,
	    settings_current()->theme == THEME_HIGH_CONTRAST);
}

/* Opens the terminal (or the headless script); -1 with *cause if not. */
int
tui_start(const struct tui_config *cfg, char **cause)
{
	const char *script = tui_script_path(), *term = NULL;

	save_signals_install();
	if (script != NULL) {
		if (tui_open_script(script, &term, cause) != 0)
			return -1;
	} else {
		if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
			*cause = xstrdup(_("the wizard needs a terminal; use "
			    "'b2c report' for text output"));
			return -1;
		}
		tui_out = stdout;
		tui_in = stdin;
	}
	if (getenv("ESCDELAY") == NULL)
		set_escdelay(75);
	tui_screen = newterm(term, tui_out, tui_in);
	if (tui_screen == NULL) {
		term = term != NULL ? term : getenv("TERM");
		*cause = xasprintf(_("unknown terminal type '%s'; try "
		    "TERM=xterm-256color, or copy its terminfo entry to "
		    "~/.terminfo on this server"), term != NULL ? term : "");
		return -1;
	}
	set_term(tui_screen);
	tui_modes(cfg);
	/* Pasted lines must not act as Enter and Tab (input.c). */
	input_paste_mode(tui_out, true);
	return 0;
}

/* Restores the terminal. */
void
tui_stop(void)
{
	if (tui_screen != NULL) {
		endwin();
		input_paste_mode(tui_out, false);
		delscreen(tui_screen);
		tui_screen = NULL;
	}
	if (tui_script != NULL) {
		script_close(tui_script);
		tui_script = NULL;
		input_set_script(NULL);
		fclose(tui_out);
		fclose(tui_in);
	}
}

/* Shows a message until the next key. */
void
tui_message(struct tui *tui, enum theme_item style, const char *fmt, ...)
{
	va_list ap;

	free(tui->msg);
	va_start(ap, fmt);
	tui->msg = xvasprintf(fmt, ap);
	va_end(ap);
	tui->msg_style = style;
	tui->need_msg = true;
}

/* Notes that the model changed (for the save state and autosave). */
void
tui_changed(struct tui *tui)
{
	/* The first unsaved change starts the autosave clock, so steady
	 * typing cannot put the save off for ever. */
	if (!tui->dirty) {
		tui->need_title = true;
		tui->changed_at = time(NULL);
	}
	tui->dirty = true;
	tui->changes++;
}

/* True when a key script drives the wizard (the test harness). */
bool
tui_headless(void)
{
	return tui_script != NULL;
}

/* In read-only mode: says so and returns true. */
bool
tui_refuse_readonly(struct tui *tui)
{
	if (!tui->cfg.read_only)
		return false;
	if (tui->cfg.lock != NULL)
		tui_message(tui, THEME_ERROR, "%s", _("This session is open "
		    "read-only: someone else has it. Ctrl-B takes it over."));
	else
		tui_message(tui, THEME_ERROR, "%s", _("This session is open "
		    "read-only; nothing can be changed."));
	return true;
}

/* Rebuilds geometry and the form from the model. */
void
tui_relayout(struct tui *tui)
{
	size_t n = guide_step_count(tui->s);

	if (tui->step >= n)
		tui->step = n > 0 ? n - 1 : 0;
	tui->gs = guide_step_at(tui->s, tui->step, &tui->ctx);
	layout_compute(tui);
	form_build(tui);
	tui->need_full = true;
}

/* After KEY_RESIZE: a new layout; the edit buffer is kept as it is. */
void
tui_resized(struct tui *tui)
{
	tui->edit.hscroll = -1;		/* show as much as fits again */
	tui_relayout(tui);
	if (tui->mode == MODE_HELP)
		help_open(tui);
	else if (tui->mode == MODE_WHOLE)
		whole_open(tui);
}
