/*
 * Colours by semantic name. The palette uses the eight basic colours on
 * the terminal's own background, so it reads on dark and light themes;
 * without colours (NO_COLOR, a monochrome terminal) bold, underline and
 * reverse carry the same distinctions. State is never shown by colour
 * alone: screens always add a text mark, and theme_mark() gives it.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/canvas.h"
#include "tui-internal.h"

struct theme_entry {
	short	 fg;		/* -1: terminal default */
	attr_t	 color_attr;
	attr_t	 mono_attr;
};

static const struct theme_entry theme_table[THEME_COUNT] = {
	[THEME_NORMAL] =	{ -1, A_NORMAL, A_NORMAL },
	[THEME_TITLE] =		{ COLOR_CYAN, A_BOLD, A_BOLD | A_REVERSE },
	[THEME_GUIDANCE] =	{ -1, A_NORMAL, A_NORMAL },
	[THEME_LABEL] =		{ -1, A_BOLD, A_BOLD },
	[THEME_FOCUS] =		{ COLOR_YELLOW, A_BOLD, A_BOLD | A_UNDERLINE },
	[THEME_HINT] =		{ -1, A_DIM, A_DIM },
	/* Plain on purpose: an attribute on typed text costs about twelve
	 * bytes per keystroke (set and reset), plain text one. */
	[THEME_INPUT] =		{ -1, A_NORMAL, A_NORMAL },
	[THEME_LEGEND] =	{ -1, A_NORMAL, A_NORMAL },
	[THEME_KEY] =		{ COLOR_CYAN, A_BOLD, A_BOLD },
	[THEME_ERROR] =		{ COLOR_RED, A_BOLD, A_BOLD | A_REVERSE },
	[THEME_NOTICE] =	{ COLOR_GREEN, A_NORMAL, A_BOLD },
	[THEME_SELECTED] =	{ -1, A_REVERSE, A_REVERSE },
	[THEME_DONE] =		{ COLOR_GREEN, A_NORMAL, A_NORMAL },
	[THEME_PARTLY] =	{ COLOR_YELLOW, A_NORMAL, A_NORMAL },
	[THEME_EMPTY] =		{ -1, A_NORMAL, A_NORMAL },
	[THEME_CHART_BASE + CANVAS_PLAIN] = { -1, A_NORMAL, A_NORMAL },
	[THEME_CHART_BASE + CANVAS_TITLE] = { -1, A_BOLD, A_BOLD },
	[THEME_CHART_BASE + CANVAS_LABEL] = { -1, A_NORMAL, A_NORMAL },
	[THEME_CHART_BASE + CANVAS_VALUE] = { -1, A_BOLD, A_BOLD },
	[THEME_CHART_BASE + CANVAS_BAR_FILL] = { COLOR_BLUE, A_NORMAL,
		A_NORMAL },
	[THEME_CHART_BASE + CANVAS_BAR_EMPTY] = { -1, A_DIM, A_DIM },
	[THEME_CHART_BASE + CANVAS_TARGET] = { COLOR_MAGENTA, A_BOLD, A_BOLD },
	[THEME_CHART_BASE + CANVAS_INTERVAL] = { COLOR_CYAN, A_NORMAL,
		A_NORMAL },
	[THEME_CHART_BASE + CANVAS_GOOD] = { COLOR_GREEN, A_BOLD, A_BOLD },
	[THEME_CHART_BASE + CANVAS_BAD] = { COLOR_RED, A_BOLD, A_BOLD },
	[THEME_CHART_BASE + CANVAS_WARNING] = { COLOR_YELLOW, A_BOLD,
		A_UNDERLINE },
	[THEME_CHART_BASE + CANVAS_DIM] = { -1, A_DIM, A_DIM },
};

static bool theme_mono = true;
static bool theme_bold;		/* high contrast: everything bold */
static bool theme_ascii_lines;

/*
 * Sets up colour pairs unless mono is asked or colours are missing;
 * bold makes every item bold (the high-contrast theme).
 */
void
theme_init(bool mono, bool bold)
{
	const char *nc = getenv("NO_COLOR");
	int i;

	theme_bold = bold;
	theme_mono = mono || (nc != NULL && *nc != '\0') || !has_colors();
	if (theme_mono)
		return;
	start_color();
	use_default_colors();
	for (i = 1; i < THEME_COUNT && i < COLOR_PAIRS; i++)
		init_pair((short)i, theme_table[i].fg, -1);
}

/* The attributes (and colour pair) of a semantic item. */
attr_t
theme_attr(enum theme_item item, short *pair)
{
	const struct theme_entry *e = &theme_table[item];

	*pair = 0;
	if (theme_mono)
		return e->mono_attr | (theme_bold ? A_BOLD : 0);
	if (e->fg != -1 && (int)item < COLOR_PAIRS)
		*pair = (short)item;
	return (e->color_attr & ~(attr_t)(theme_bold ? A_DIM : 0)) |
	    (theme_bold ? A_BOLD : 0);
}

/* True without colours: charts then vary their fill per period. */
bool
theme_is_mono(void)
{
	return theme_mono;
}

/* True when lines and marks must be plain ASCII. */
bool
theme_ascii(void)
{
	return theme_ascii_lines;
}

/* Chooses ASCII lines and marks (--ascii, or not UTF-8). */
void
theme_set_ascii(bool ascii)
{
	theme_ascii_lines = ascii;
}

/*
 * Text marks: 0 focus pointer, 1 more above, 2 more below, 3 rule
 * character, 4 title separator, 5 choice on, 6 choice off, 7 the empty
 * part of a one-line field, 8 the left edge of a multi-line field, 9
 * between a step and one of its records.
 */
const char *
theme_mark(int which)
{
	static const char *const utf8[] = {
		"▸", "▲", "▼", "─", " · ", "(•)", "( )", "·", "│", " › "
	};
	static const char *const ascii[] = {
		">", "^", "v", "-", " - ", "(*)", "( )", ".", "|", " > "
	};

	if (which < 0 || which > 9)
		return "";
	return theme_ascii_lines ? ascii[which] : utf8[which];
}
