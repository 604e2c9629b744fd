/*
 * The one keymap of the wizard, as tig has it: every request a user can
 * make (KEYMAP_REQUESTS, an X-macro), the function key and the Ctrl key
 * bound to it, its name in the legend and its line in the help. The
 * legend at the foot of each screen, the F1 help, the key list of
 * b2c(1) (tests/ui/keymap-man.sh compares it) and the dispatch in
 * tui-loop.c and rows.c are all made from it, so no screen can name a
 * key differently or forget a Ctrl alternative (function keys often do
 * not arrive over SSH). Keys that only move (Tab, arrows, Space, Enter)
 * are described beside it for the help and the manual.
 */
#ifndef B2C_TUI_KEYMAP_H
#define B2C_TUI_KEYMAP_H

#include <stdbool.h>
#include <stddef.h>

struct tui_key;

/* R(NAME, key name, curses key code, Ctrl letter, second Ctrl letter,
 * legend label, help text). 0 where there is none. */
#define KEYMAP_REQUESTS(R)						\
	R(HELP, "F1", KEY_F(1), 'G', 0, N_("Help"),			\
	    N_("help for the step and the keys; again: back"))		\
	R(SAVE, "F2", KEY_F(2), 'S', 0, N_("Save"),			\
	    N_("save now; changes are also saved by themselves after a "\
	    "few seconds and when you change step"))			\
	R(OVERVIEW, "F3", KEY_F(3), 'T', 0, N_("Overview"),		\
	    N_("the step map: every step, empty, partly filled in or "	\
	    "done; Enter jumps to one"))				\
	R(WHOLE, "F4", KEY_F(4), 'W', 0, N_("Whole"),			\
	    N_("the whole session on one page"))			\
	R(NEXT, "PgDn", KEY_NPAGE, 'N', 0, N_("Next"),			\
	    N_("next step; in a line's details: back to the list"))	\
	R(PREV, "PgUp", KEY_PPAGE, 'P', 0, N_("Previous"),		\
	    N_("previous step; in a line's details: back to the list"))	\
	R(QUIT, "F10", KEY_F(10), 'X', 'C', N_("Quit"),			\
	    N_("quit; asks first only when something is not saved"))	\
	R(ADD, "F5", KEY_F(5), 'O', 0, N_("Add"),			\
	    N_("add a line to a list or table"))			\
	R(DELETE, "F6", KEY_F(6), 'K', 0, N_("Delete"),			\
	    N_("delete the line; asks first"))				\
	R(LINE_UP, "F7", KEY_F(7), 'U', 0, N_("Line up"),		\
	    N_("move the line up"))					\
	R(LINE_DOWN, "F8", KEY_F(8), 'D', 0, N_("Line down"),		\
	    N_("move the line down"))					\
	R(EXAMPLE, NULL, 0, 'E', 0, N_("Example"),			\
	    N_("put an example into an empty line; again: another "	\
	    "one"))							\
	R(IMPORT, "F9", KEY_F(9), 'R', 0, N_("Import"),			\
	    N_("on the annual impact measurement step: import survey "	\
	    "responses from a CSV file into a period, adding to or "	\
	    "replacing its answers"))					\
	R(BACK, "Esc", 0, 0, 0, N_("Back"),				\
	    N_("back from a line's details, the step map or the help; "	\
	    "Esc never throws away typed text"))			\
	R(REDRAW, NULL, 0, 'L', 0, N_("Redraw"),			\
	    N_("redraw the screen; when the session is open read-only, "\
	    "also read the file again if someone has saved it since"))	\
	R(TAKEOVER, NULL, 0, 'B', 0, N_("Take over"),			\
	    N_("take over a session someone else has open; names them "\
	    "and asks first"))						\
	R(NEW_YEAR, NULL, 0, 'Y', 0, N_("New year"),			\
	    N_("start the next year: the annual wheel and the agreed "	\
	    "meeting dates carried forward, the next measurement period "\
	    "added, this year's records kept; asks first"))

enum keymap_request {
#define KEYMAP_ENUM(name, key, code, ctrl, ctrl2, label, help) REQ_##name,
	KEYMAP_REQUESTS(KEYMAP_ENUM)
#undef KEYMAP_ENUM
	REQ_NONE
};

/* The request k makes (REQ_NONE: a key for the screen itself). */
enum keymap_request keymap_request(const struct tui_key *k);
/* The legend's label of a request, translated. */
const char *keymap_label(enum keymap_request);
/* Its keys as the legend writes them, "F1/^G" (compact) or "F1" alone. */
char	*keymap_keys(enum keymap_request, bool ctrl);
/* The lines of the help's key list, "keys   what they do", translated;
 * and the same for b2c(1) as mdoc, in English. */
char	**keymap_help_lines(size_t *n);
char	*keymap_man(void);

#endif
