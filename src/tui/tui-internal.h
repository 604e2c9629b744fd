/*
 * Shared state of the curses front end. One struct tui holds the session
 * being edited, the screen geometry and the form of the current step; each
 * file of src/tui works on it. The session model is the only truth: every
 * layout is rebuilt from it, so a resize or a jump never loses anything.
 */
#ifndef B2C_TUI_INTERNAL_H
#define B2C_TUI_INTERNAL_H

#include <curses.h>
#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <time.h>
#include <wchar.h>

#include "b2c/guide.h"
#include "b2c/session.h"
#include "b2c/store.h"
#include "b2c/tui.h"

#define TUI_MIN_COLS	60	/* below this: "terminal too small" */
#define TUI_MIN_ROWS	18

#define TUI_TICK_MS	500	/* input timeout, so autosave and signals run */
#define TUI_AREA_LINES	5	/* visible lines of a multi-line field */
#define TUI_PASTE_MAX	65536	/* characters kept of a paste */

/* Semantic styles; theme.c maps them to colours or monochrome. */
enum theme_item {
	THEME_NORMAL = 0,
	THEME_TITLE,
	THEME_GUIDANCE,
	THEME_LABEL,
	THEME_FOCUS,		/* label of the focused field */
	THEME_HINT,
	THEME_INPUT,
	THEME_LEGEND,
	THEME_KEY,		/* key names in the legend */
	THEME_ERROR,
	THEME_NOTICE,
	THEME_SELECTED,
	THEME_DONE,
	THEME_PARTLY,
	THEME_EMPTY,
	THEME_CHART_BASE,	/* + enum canvas_style */
	THEME_COUNT = THEME_CHART_BASE + 12
};

/*
 * Bracketed paste: the terminal wraps pasted text in ESC[200~ and
 * ESC[201~, read as the two private keys below; input.c gathers what
 * lies between into one TUI_KEY_PASTE, so nothing pasted is ever taken
 * for a command or a move to the next field.
 */
#define TUI_KEY_PASTE_BEGIN	(KEY_MAX + 1)
#define TUI_KEY_PASTE_END	(KEY_MAX + 2)
#define TUI_KEY_PASTE		(KEY_MAX + 3)
/* A key or escape sequence b2c does not know: swallowed whole, and
 * named in the message line (tui_key.unknown). */
#define TUI_KEY_UNKNOWN		(KEY_MAX + 4)

/* Keys after decoding: wide characters, or KEY_* with is_key set. A
 * TUI_KEY_PASTE carries the text (line ends as '\n'; the field it goes
 * into drops what it cannot take), valid until the next input_next. */
struct tui_key {
	bool	 is_key;
	wint_t	 code;
	const wchar_t *paste;
	size_t	 n_paste;
	bool	 paste_cut;	/* longer than TUI_PASTE_MAX: the rest is gone */
	const char *unknown;	/* TUI_KEY_UNKNOWN: what it was */
};

/* A text being edited: wide characters, a cursor and scroll offsets. */
struct tui_text {
	wchar_t	*buf;
	size_t	 len;
	size_t	 cap;
	size_t	 cur;
	int	 hscroll;	/* first visible column, single-line */
	int	 top;		/* first visible line, multi-line */
};

enum slot_kind {
	SLOT_TEXT,		/* single-line text, number, date */
	SLOT_AREA,		/* multi-line text */
	SLOT_CHOICE,
	SLOT_CHECK,
	SLOT_ADD,		/* "add a row" button of a collection */
	SLOT_RECORD,		/* a record line: Enter opens its sub-form */
	SLOT_JUMP,		/* a review line: Enter jumps to the step */
	SLOT_CONFLICT		/* a merge conflict: Enter chooses */
};

/* Something that takes focus, placed in the form's virtual lines. */
struct slot {
	enum slot_kind kind;
	const struct guide_field *field;	/* scalar, column or collection */
	const struct guide_field *coll;		/* owning LIST/TABLE, or NULL */
	struct guide_ctx ctx;
	size_t	 row;		/* row in coll */
	int	 y, x, w, h;
	size_t	 jump;		/* SLOT_JUMP: the step */
	const struct guide_field *jump_field;	/* ... and the field */
	char	*text;		/* SLOT_JUMP/ADD/RECORD caption */
};

/* What a slot stands for, so the focus is found again after a rebuild
 * that laid out other rows of a long table (indices then differ). A
 * NULL field matches the first slot of the row. */
struct slot_id {
	bool	 set;
	enum slot_kind kind;
	const struct guide_field *field;
	const struct guide_field *coll;
	size_t	 row;
};

struct canvas;

/* Fixed text of a form: labels, headers, hints, info paragraphs, or one
 * row of a chart canvas (owned by chart-view.c's cache). */
struct deco {
	int	 y, x, w;
	enum theme_item style;
	char	*text;
	const struct canvas *canvas;
	int	 crow;
};

/* The laid-out fields of one step (or one record's sub-form). */
struct form {
	struct slot *slots;
	size_t	 n_slots;
	struct deco *decos;
	size_t	 n_decos;
	int	 height;	/* virtual lines */
	bool	 unsorted;	/* slots or decos not in line order */
	bool	 more;		/* laid out only down to build_until */
	size_t	 focus;
	int	 scroll;
	bool	 read_on;	/* scrolled past the last field to read */
	/* Rows of lists, tables and record lists get slots only on lines
	 * win_lo..win_hi-1, the window and two screens around it; the
	 * others are lines left blank, so entering a step with thousands
	 * of rows costs what a few cost (form-window.c). Recorded for the
	 * rows left out: the nearest line above and below the window, the
	 * line of the wanted row, and the form's first and last focusable
	 * when they are among them (with their lines). */
	int	 win_lo, win_hi;
	bool	 windowed;	/* some rows were left out */
	int	 skip_above;	/* -1: none */
	int	 skip_below;	/* INT_MAX: none */
	int	 want_y;	/* -1: the wanted slot is laid out or absent */
	struct slot_id first, last;
	int	 first_y, last_y;
	/* Lines under tables that show the focused row's cut texts whole
	 * (table.c); filled in as the focus moves. */
	struct table_detail *details;
	size_t	 n_details;
};

/* Lines h from y, w wide, for column col of table when its values are
 * cut: the focused row's value there, whole. */
struct table_detail {
	const struct guide_field *table;
	size_t	 col;
	int	 cell_w;	/* the column's width in the table */
	int	 y, x, w, h;
};

/* The rows of a list, table or record list, one line each from y0, and
 * the slots that begin its first row and end its last; form_window_rows
 * says which of them to lay out. */
struct form_rows {
	const struct guide_field *coll;
	int	 y0;
	size_t	 n;
	struct slot_id first, last;
	size_t	 from, to;	/* out */
};

enum tui_mode { MODE_FORM, MODE_MAP, MODE_HELP, MODE_WHOLE, MODE_IMPORT };

struct tui_script;

struct tui {
	struct session *s;
	const char *path;
	struct store_file *file;
	struct tui_config cfg;
	bool	 utf8;

	bool	 dirty;
	unsigned long changes;	/* counts changes, to tell a save's snapshot */
	unsigned long journal_changes; /* changes the journal holds */
	time_t	 journal_at;	/* last journal write */
	bool	 journal_failed; /* said once that it cannot be written */
	time_t	 changed_at;
	bool	 save_failed;
	bool	 quit;
	int	 status;

	enum tui_mode mode;
	size_t	 step;
	struct guide_ctx ctx;
	const struct guide_step *gs;
	/* A record's sub-form: the RECORDS field and the record. */
	const struct guide_field *record;
	size_t	 record_row;
	size_t	 record_focus;	/* focus to restore in the step's form */

	struct form form;
	struct slot_id want;	/* the slot form_build is to focus */
	struct tui_text edit;
	bool	 editing;	/* edit holds the focused slot's value */
	bool	 edit_fresh;	/* a number still 0: typing replaces it */
	long	 choice_hl;	/* highlighted option of a list; -1: the chosen */
	bool	 choice_typing;	/* text is being typed on a choice */

	char	*msg;
	enum theme_item msg_style;
	int	 msg_lines;	/* lines the shown message took */

	int	 rows, cols;
	bool	 too_small;
	int	 body_y, body_h;
	int	 build_until;	/* virtual line long parts are laid out to */

	size_t	 map_sel;
	int	 map_top;
	int	 page_top;	/* help and whole-session pages */
	char	**page;		/* lines of the help/whole page */
	size_t	 n_page;

	bool	 need_full;	/* everything must be redrawn */
	bool	 need_title;
	bool	 need_msg;
	bool	 conflict;	/* the file changed on disk: F2 decides */
	time_t	 retry_at;	/* next autosave attempt after a failure */
	int	 cur_y, cur_x;	/* where the terminal cursor goes */
	bool	 cur_show;
};

extern volatile sig_atomic_t tui_signalled;	/* last SIGHUP/SIGTERM/SIGINT */
extern volatile sig_atomic_t tui_suspend;	/* SIGTSTP arrived */

/* tui.c */
void	 tui_message(struct tui *, enum theme_item, const char *, ...)
	    __attribute__((format(printf, 3, 4)));
void	 tui_goto_step(struct tui *, size_t step);
/* Read-only: reads the file again when it was saved meanwhile. */
void	 tui_reload(struct tui *);
/* recover.c: the recovery journal, written and offered back. */
void	 recover_tick(struct tui *, bool now);
void	 recover_saved(struct tui *);
void	 recover_offer(struct tui *);
/* takeover.c: Ctrl-B, take over a session someone else has open. */
void	 takeover_key(struct tui *);
void	 newyear_key(struct tui *);
void	 tui_focus_field(struct tui *, const struct guide_field *);
void	 tui_open_record(struct tui *, const struct guide_field *, size_t row);
void	 tui_close_record(struct tui *);
void	 tui_relayout(struct tui *);
void	 tui_render(struct tui *);
void	 tui_resized(struct tui *);
void	 tui_changed(struct tui *);
bool	 tui_refuse_readonly(struct tui *);
bool	 tui_headless(void);
const char *tui_locale_notice(void);

/* comeback.c */
void	 comeback_offer(struct tui *);
void	 comeback_keep(struct tui *);

/* input.c */
int	 input_next(struct tui *, struct tui_key *);
int	 input_choice(struct tui *, const char *question,
	    const char *const *keysets);
bool	 input_ask(struct tui *, const char *question, const char *yes_keys,
	    const char *no_keys, bool dflt);
void	 input_set_script(struct tui_script *);
void	 input_paste_mode(FILE *out, bool on);
/* Enter, whichever way the terminal sends it (CR, LF, keypad). */
bool	 tui_key_is_enter(const struct tui_key *);

/* keyseq.c: key sequences whatever TERM says */
void	 keyseq_define(void);
int	 keyseq_code(const char *after_esc);
int	 keyseq_base(int code);
bool	 keyseq_known(int code);

/* script.c: the headless test harness */
struct tui_script *script_open(const char *path, char **cause);
void	 script_close(struct tui_script *);
/* Next key from the script; runs its commands; 0, 1 for a timeout
 * ("tick"), or -1 at the end. */
int	 script_next(struct tui_script *, struct tui *, struct tui_key *);

/* draw.c: untrusted text, widths and wrapping */
wchar_t	*draw_decode(const char *utf8, size_t *len);
char	*draw_encode(const wchar_t *, size_t len);
int	 draw_visible(wchar_t, wchar_t out[12]);
int	 draw_width(wchar_t);
int	 draw_wcs(int y, int x, int max, const wchar_t *, size_t len,
	    enum theme_item);
int	 draw_str(int y, int x, int max, const char *utf8, enum theme_item);
void	 draw_fill(int y, int x, int n, enum theme_item);
size_t	 draw_wrap(const wchar_t *, size_t len, int width, size_t *starts,
	    size_t max);
int	 draw_columns(const wchar_t *, size_t from, size_t to);
int	 draw_str_columns(const char *utf8);
char	**draw_wrap_lines(const char *utf8, int width, size_t *n);
void	 draw_free_lines(char **, size_t);

/* theme.c */
void	 theme_init(bool mono, bool bold);
attr_t	 theme_attr(enum theme_item, short *pair);
bool	 theme_ascii(void);
bool	 theme_is_mono(void);
void	 theme_set_ascii(bool);
const char *theme_mark(int which);

/* layout.c */
void	 layout_compute(struct tui *);
void	 layout_title(struct tui *);
void	 layout_guidance(struct tui *);
void	 layout_legend(struct tui *);
void	 layout_message(struct tui *);
void	 layout_too_small(struct tui *);

/* text.c and textarea.c */
void	 text_set(struct tui_text *, const char *utf8);
char	*text_get(const struct tui_text *);
char	*text_get_name(const struct tui_text *);
void	 text_free(struct tui_text *);
int	 text_key(struct tui_text *, const struct tui_key *, bool multi);
void	 text_draw(struct tui *, const struct slot *, int y, bool focused);
void	 textarea_draw(struct tui *, const struct slot *, int y,
	    bool focused);
bool	 textarea_key(struct tui *, struct slot *, const struct tui_key *);

/* form.c */
void	 form_build(struct tui *);
void	 form_free(struct form *);
void	 form_draw(struct tui *);
void	 form_draw_focus(struct tui *);
void	 form_key(struct tui *, const struct tui_key *);
bool	 form_leave_field(struct tui *);
void	 form_load_focus(struct tui *);
void	 form_focus_unanswered(struct tui *);
bool	 form_commit(struct tui *, bool quiet);
struct slot *form_add_slot(struct form *, enum slot_kind,
	    const struct guide_field *, const struct guide_ctx *, int y, int x,
	    int w, int h);
void	 form_add_deco(struct form *, int y, int x, int w, enum theme_item,
	    const char *text);
int	 form_add_paragraph(struct form *, int y, int x, int w,
	    enum theme_item, const char *text);
int	 form_body_width(const struct tui *);
char	*form_value(const struct tui *, const struct slot *);
bool	 form_slot_readonly(struct tui *, const struct slot *);

/* form-window.c: long tables laid out near the window only */
void	 form_window_reset(struct tui *, int centre);
bool	 form_window_stale(const struct tui *);
void	 form_window_rows(struct tui *, struct form_rows *);
bool	 form_window_end(const struct form *, bool last, struct slot_id *);
void	 form_slot_id(const struct form *, size_t i, struct slot_id *);
bool	 form_focus_id(struct tui *, const struct slot_id *);
void	 form_refocus(struct form *, const struct slot_id *, bool wanted);
void	 form_restart(struct tui *, size_t focus);

/* list.c, table.c, records.c, choice.c, review.c, chart-view.c */
int	 list_build(struct tui *, const struct guide_field *, int y);
void	 list_suggest(struct tui *, struct slot *);
int	 table_build(struct tui *, const struct guide_field *, int y);
bool	 table_hidden_cell(const struct form *, int dir, struct slot_id *);
void	 table_draw_details(struct tui *);
int	 table_detail_bottom(const struct form *, const struct slot *,
	    int bottom, int limit);
int	 records_build(struct tui *, const struct guide_field *, int y);
void	 records_caption(struct tui *, struct slot *);
void	 records_follow(struct tui *, bool before);
bool	 rows_key(struct tui *, const struct tui_key *);
bool	 choice_wide(char **labels, int w);
void	 choice_draw(struct tui *, const struct slot *, int y, bool focused);
bool	 choice_key(struct tui *, struct slot *, const struct tui_key *);
int	 review_build(struct tui *, const struct guide_field *, int y);
char	*review_step_title(const struct session *, size_t step);
/* The steps' and parts' completeness, kept until the session changes. */
struct guide_progress *review_progress(void);
void	 review_progress_free(void);
int	 chart_build(struct tui *, const struct guide_field *, int y);
void	 chart_draw_row(const struct canvas *, int row, int y, int x, int w);
void	 chart_cache_free(void);

/* conflict.c: merge conflicts shown under their fields */
int	 conflict_build(struct tui *, const struct guide_field *, int y);
void	 conflict_draw(struct tui *, const struct slot *, int y,
	    bool focused);
void	 conflict_decide(struct tui *, struct slot *);
char	*conflict_step_tail(struct tui *, size_t step);
void	 conflict_notice(struct tui *);
void	 conflict_cache_free(void);

/* stepmap.c, help.c, whole.c */
void	 stepmap_open(struct tui *);
void	 stepmap_draw(struct tui *);
void	 stepmap_key(struct tui *, const struct tui_key *);
void	 help_open(struct tui *);
void	 page_draw(struct tui *, const char *title);
void	 page_key(struct tui *, const struct tui_key *);
void	 page_free(struct tui *);
void	 whole_open(struct tui *);
void	 page_add(struct tui *, const char *text, int indent);

/* import-dialog.c: survey responses from a CSV file (measurement step) */
#define IMPORT_STEP_KEY	"part3.measurement"
void	 import_dialog_open(struct tui *);

/* shown.c: dates and numbers in the interface language */
char	*shown_value(const struct tui *, const struct slot *, int cols);

/* save.c: saving, autosave and signals */
void	 save_signals_install(void);
int	 save_now(struct tui *, bool ask);
int	 save_result(struct tui *, int r, char *cause, bool ask);
void	 save_soon(struct tui *);
void	 save_tick(struct tui *);
void	 save_quit(struct tui *);
void	 save_emergency(struct tui *);

/* save-bg.c: saving from a forked child */
int	 save_bg_start(struct tui *);
bool	 save_bg_running(void);
void	 save_bg_poll(struct tui *);
bool	 save_bg_wait(struct tui *);

/* Context of a collection's row: ctx->row, or ctx->sub in a record. */
void	 tui_row_ctx(const struct tui *, struct guide_ctx *, size_t row);

#endif
