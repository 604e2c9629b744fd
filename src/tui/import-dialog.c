/*
 * Importing survey responses from the measurement step (F9 / Ctrl-R): a
 * small dialog asks for the survey file, the period, an optional date,
 * the codes and column mappings a survey tool needs, the scale's
 * direction and whether to add to or replace the period's answers, then
 * runs the same all-or-nothing import as "b2c import-responses" on the
 * session being edited. F5 previews (a dry run), F1 explains the file
 * formats. The outcome (or every error) is shown on a scrolling page.
 * After a preview or a failed import the dialog opens again with what
 * was typed, so a mapping can be added without typing the rest again.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/date.h"
#include "b2c/guide.h"
#include "b2c/i18n.h"
#include "b2c/period.h"
#include "b2c/textnorm.h"
#include "b2c/import.h"
#include "b2c/util.h"
#include "import-page.h"
#include "tui-internal.h"

#define IMP_FIELDS	5	/* file, period, date, codes, columns */
#define IMP_SCALE	IMP_FIELDS	/* the scale's direction */
#define IMP_MODE	(IMP_FIELDS + 1)	/* add, replace, add again */
#define IMP_LINES	(IMP_FIELDS + 2)
#define IMP_LABEL_W	12

enum imp_mode { IMP_ADD, IMP_REPLACE, IMP_AGAIN, IMP_MODES };

struct imp_dialog {
	struct tui_text text[IMP_FIELDS];
	bool	 reverse;
	enum imp_mode mode;
	int	 focus;		/* 0..IMP_LINES - 1 */
	int	 y, x, w;
};

/* What the dialog held when it last ended without an import, offered
 * the next time it opens; NULL fields when there is nothing to offer. */
static struct {
	char	*text[IMP_FIELDS];
	bool	 reverse;
	enum imp_mode mode;
	bool	 kept;
} imp_kept;

static const char *const imp_labels[IMP_LINES] = {
	N_("Survey file"), N_("Period"), N_("Date"), N_("Codes"),
	N_("Columns"), N_("Scale"), N_("Answers")
};

/*
 * The baseline in a session without measurements, else the year after
 * the last one measured, in the interface's language: periods are
 * matched by key, so "År 2" and "Year 2" are the same (period.h).
 */
static char *
imp_default_period(const struct session *s)
{
	size_t i, j;
	int year = 0, y;
	bool any = false;

	for (i = 0; i < s->n_indicators; i++) {
		const struct indicator *ind = &s->indicators[i];
		for (j = 0; j < ind->n_measurements; j++) {
			any = true;
			y = period_year(ind->measurements[j].period);
			if (y > year)
				year = y;
		}
	}
	if (!any)
		return xstrdup(period_label(PERIOD_BASELINE));
	return xasprintf(_("Year %zu"), (size_t)year + 1);
}

/* Draws one line of the dialog: a text field or the add/replace choice. */
static void
imp_draw_line(struct tui *tui, struct imp_dialog *d, int i)
{
	int y = d->y + 2 + i, fx = d->x + IMP_LABEL_W + 3;
	int fw = d->w - IMP_LABEL_W - 5, col, skip;
	const struct tui_text *t;
	size_t first = 0;
	char *v;

	move(y, d->x);
	clrtoeol();
	draw_str(y, d->x + 2, IMP_LABEL_W, _(imp_labels[i]), d->focus == i ?
	    THEME_FOCUS : THEME_LABEL);
	if (i == IMP_SCALE || i == IMP_MODE) {
		if (i == IMP_SCALE)
			v = xasprintf("%s %s  %s %s", theme_mark(d->reverse ? 6 :
			    5), _("1 = Helt enig"), theme_mark(d->reverse ? 5 :
			    6), _("1 = Helt uenig"));
		else
			v = xasprintf("%s %s  %s %s  %s %s", theme_mark(d->mode ==
			    IMP_ADD ? 5 : 6), _("add"), theme_mark(d->mode ==
			    IMP_REPLACE ? 5 : 6), _("replace the period's"),
			    theme_mark(d->mode == IMP_AGAIN ? 5 : 6),
			    _("add a file again"));
		draw_str(y, fx, fw, v, THEME_INPUT);
		free(v);
		if (d->focus == i) {
			tui->cur_y = y;
			tui->cur_x = fx + 1;
		}
		return;
	}
	t = &d->text[i];
	col = draw_columns(t->buf, 0, t->cur);
	/* Long paths scroll so the cursor stays in the field. */
	for (skip = col - fw + 1; skip > 0 && first < t->len; first++)
		skip -= draw_width(t->buf[first]);
	draw_fill(y, fx, fw, THEME_INPUT);
	draw_wcs(y, fx, fw, t->buf + first, t->len - first, THEME_INPUT);
	if (d->focus == i) {
		tui->cur_y = y;
		tui->cur_x = fx + col - draw_columns(t->buf, 0, first);
	}
}

/* "Statements: a, b, c" of the session, for the Columns field. */
static char *
imp_statement_ids(const struct session *s)
{
	char *list = xstrdup(""), *more;
	size_t i, k;

	for (i = 0; i < s->n_indicators; i++) {
		const struct indicator *ind = &s->indicators[i];

		for (k = 0; ind->kind == INDICATOR_PERCENT &&
		    k < ind->n_statements; k++) {
			more = xasprintf("%s%s%s", list, *list ? ", " : "",
			    ind->statements[k].id);
			free(list);
			list = more;
		}
	}
	more = xasprintf(_("Statements: %s"), *list ? list :
	    _("none yet"));
	free(list);
	return more;
}

/* The lines under the fields: the file format in brief, and the keys. */
static void
imp_draw_hints(struct tui *tui, const struct imp_dialog *d, int y)
{
	static const char *const hints[] = {
		N_("A CSV or text export of Excel, Google Forms, Microsoft "
		    "Forms, SurveyXact..."),
		N_("(UTF-8, UTF-16 or Windows-1252; ';' ',' or TAB): one row "
		    "per respondent."),
		N_("Headers: a statement's id or wording, or an indicator's "
		    "name."),
		N_("Answers: Helt enig .. Helt uenig, Ved ikke, 1-5; empty "
		    "is blank."),
		N_("Codes: 6=Ved ikke; 9=blank   Columns: q1=belonging-proud; "
		    "q2=Tillid"),
		NULL
	};
	int i, bottom = tui->body_y + tui->body_h;
	char *ids;

	for (i = 0; hints[i] != NULL && y + i < bottom - 1; i++)
		draw_str(y + i, 2, d->w - 4, _(hints[i]), THEME_HINT);
	/* What a column may be mapped to, so no id has to be looked up. */
	ids = imp_statement_ids(tui->s);
	if (y + i < bottom - 1)
		draw_str(y + i++, 2, d->w - 4, ids, THEME_HINT);
	free(ids);
	if (y + i < bottom)
		draw_str(y + i, 2, d->w - 4, _("Tab: next  Space: choose  "
		    "Enter: import  F5: preview  F1: help  Esc: cancel"),
		    THEME_HINT);
}

static void
imp_draw(struct tui *tui, struct imp_dialog *d)
{
	char *offer, *v;
	int i;

	d->y = tui->body_y;
	d->x = 0;
	d->w = tui->cols;
	if (tui->too_small)
		return;		/* the notice stays; typing goes on */
	for (i = 0; i < tui->body_h; i++) {
		move(tui->body_y + i, 0);
		clrtoeol();
	}
	draw_str(d->y, 2, d->w - 4, _("Import survey responses from a CSV "
	    "file"), THEME_TITLE);
	for (i = 0; i < IMP_LINES; i++)
		imp_draw_line(tui, d, i);
	/* The periods on offer, on the line between fields and hints. */
	offer = period_offer(tui->s);
	v = xasprintf(_("Periods: %s, or a name of your own"), offer);
	draw_str(d->y + IMP_LINES + 2, 2, d->w - 4, v, THEME_HINT);
	free(v);
	free(offer);
	imp_draw_hints(tui, d, d->y + IMP_LINES + 3);
	/* The step's keys do nothing here: the legend says what does. */
	move(tui->rows - 1, 0);
	clrtoeol();
	i = draw_str(tui->rows - 1, 0, tui->cols, "Enter", THEME_KEY);
	i += 1 + draw_str(tui->rows - 1, i + 1, tui->cols - i - 1,
	    _("Import"), THEME_LEGEND);
	i += 2 + draw_str(tui->rows - 1, i + 2, tui->cols - i - 2, "F5",
	    THEME_KEY);
	i += 1 + draw_str(tui->rows - 1, i + 1, tui->cols - i - 1,
	    _("Preview"), THEME_LEGEND);
	i += 2 + draw_str(tui->rows - 1, i + 2, tui->cols - i - 2, "Esc",
	    THEME_KEY);
	draw_str(tui->rows - 1, i + 1, tui->cols - i - 1, _("Cancel"),
	    THEME_LEGEND);
}

/* "~/svar.csv" as a shell would read it: people type paths the way they
 * type them at the prompt, and no shell sees this one. */
static char *
imp_expand_home(char *path)
{
	const char *home = getenv("HOME");
	char *full;

	if (path[0] != '~' || (path[1] != '/' && path[1] != '\0') ||
	    home == NULL || *home == '\0')
		return path;
	full = xasprintf("%s%s", home, path + 1);
	free(path);
	return full;
}

/* Splits "a; b; c" into trimmed non-empty items (changing text). */
static size_t
imp_split(char *text, const char **items, size_t max)
{
	char *item, *save = NULL, *end;
	size_t n = 0;

	for (item = strtok_r(text, ";\n", &save); item != NULL && n < max;
	    item = strtok_r(NULL, ";\n", &save)) {
		item += strspn(item, " \t");
		end = item + strlen(item);
		while (end > item && (end[-1] == ' ' || end[-1] == '\t'))
			*--end = '\0';
		if (*item != '\0')
			items[n++] = item;
	}
	return n;
}

/* Keeps the dialog's fields for the next time it opens. */
static void
imp_keep(const struct imp_dialog *d)
{
	int i;

	for (i = 0; i < IMP_FIELDS; i++) {
		free(imp_kept.text[i]);
		imp_kept.text[i] = text_get(&d->text[i]);
	}
	imp_kept.reverse = d->reverse;
	imp_kept.mode = d->mode;
	imp_kept.kept = true;
}

/* Forgets the kept fields (after a good import). */
static void
imp_forget(void)
{
	int i;

	for (i = 0; i < IMP_FIELDS; i++) {
		free(imp_kept.text[i]);
		imp_kept.text[i] = NULL;
	}
	imp_kept.kept = false;
}

#define IMP_MAX_ITEMS 64

/* Runs the import (or, dry, the preview) of the fields f onto the page;
 * true when it was done. */
static bool
imp_import(struct tui *tui, struct imp_dialog *d, char **f, const char *iso,
    bool dry)
{
	static const int mode_flags[IMP_MODES] = { 0, IMPORT_REPLACE,
	    IMPORT_AGAIN };
	const char *codes[IMP_MAX_ITEMS], *cols[IMP_MAX_ITEMS];
	struct import_options o;
	struct import_result r;
	char *cause = NULL;
	long *before;
	bool done;

	memset(&o, 0, sizeof o);
	o.period = f[1];
	o.date = iso;
	/* The scale shown is the scale used, whatever the session kept. */
	o.flags = mode_flags[d->mode] | (d->reverse ? IMPORT_REVERSE :
	    IMPORT_FORWARD) | (dry ? IMPORT_DRY_RUN : 0);
	o.codes = codes;
	o.n_codes = imp_split(f[3], codes, IMP_MAX_ITEMS);
	o.columns = cols;
	o.n_columns = imp_split(f[4], cols, IMP_MAX_ITEMS);
	before = import_page_totals(tui->s, f[1]);
	page_free(tui);
	tui->page_top = 0;
	done = import_run_file(tui->s, f[0], &o, &r, &cause) == 0;
	if (done) {
		if (!dry)
			tui_changed(tui);
		import_page_result(tui, f[1], before, &r, dry);
		import_result_clear(&r);
	} else
		import_page_refused(tui, cause, r.already);
	free(cause);
	free(before);
	tui->mode = MODE_IMPORT;
	return done;
}

/* Checks the dialog and imports; false with a message when it cannot
 * start. The outcome, good or bad, is shown on the import page; the
 * fields are kept unless the import was done. */
static bool
imp_run(struct tui *tui, struct imp_dialog *d, bool dry)
{
	char *f[IMP_FIELDS], *cause = NULL, iso[DATE_ISO_LEN] = "";
	int i;

	for (i = 0; i < IMP_FIELDS; i++)
		f[i] = i == 0 ? text_get_name(&d->text[i]) :
		    text_get(&d->text[i]);
	f[0] = imp_expand_home(f[0]);
	if (f[0][0] == '\0' || textnorm_blank(f[1]))
		tui_message(tui, THEME_ERROR, "%s", _("A survey file and a "
		    "period are needed."));
	else if (f[2][0] != '\0' && guide_parse_date(f[2], iso, &cause) != 0)
		tui_message(tui, THEME_ERROR, "%s", cause);
	else {
		imp_keep(d);
		if (imp_import(tui, d, f, iso, dry) && !dry)
			imp_forget();
	}
	for (i = 0; i < IMP_FIELDS; i++)
		free(f[i]);
	free(cause);
	return tui->mode == MODE_IMPORT;
}

/* Space or an arrow on a choice line. */
static void
imp_choose(struct imp_dialog *d, int dir)
{
	if (d->focus == IMP_SCALE)
		d->reverse = !d->reverse;
	else
		d->mode = (enum imp_mode)(((int)d->mode + IMP_MODES + dir) %
		    IMP_MODES);
}

/* One key of the dialog: 1 done (imported, previewed, help or
 * cancelled), 0 go on. */
static int
imp_key(struct tui *tui, struct imp_dialog *d, const struct tui_key *k)
{
	int old = d->focus;

	if (!k->is_key && k->code == 0x1b) {
		imp_forget();
		return 1;
	}
	if (tui_key_is_enter(k) || (k->is_key && k->code == KEY_F(5)))
		return imp_run(tui, d, !tui_key_is_enter(k)) ? 1 : 0;
	if ((k->is_key && k->code == (wint_t)KEY_F(1)) || (!k->is_key &&
	    k->code == 0x07)) {
		imp_keep(d);
		page_free(tui);
		tui->page_top = 0;
		import_page_help(tui);
		tui->mode = MODE_IMPORT;
		return 1;
	}
	if ((!k->is_key && k->code == L'\t') || (k->is_key &&
	    k->code == KEY_DOWN))
		d->focus = (d->focus + 1) % IMP_LINES;
	else if (k->is_key && (k->code == KEY_BTAB || k->code == KEY_UP))
		d->focus = (d->focus + IMP_LINES - 1) % IMP_LINES;
	else if (d->focus >= IMP_FIELDS && ((!k->is_key && k->code == L' ') ||
	    (k->is_key && k->code == KEY_RIGHT)))
		imp_choose(d, 1);
	else if (d->focus >= IMP_FIELDS && k->is_key && k->code == KEY_LEFT)
		imp_choose(d, -1);
	else if (d->focus < IMP_FIELDS)
		text_key(&d->text[d->focus], k, false);
	/* Only the lines that changed are drawn again. */
	if (tui->too_small)
		return 0;
	if (old != d->focus)
		imp_draw_line(tui, d, old);
	imp_draw_line(tui, d, d->focus);
	return 0;
}

/* Runs the dialog until an import or Esc; the screen is left for a
 * full redraw. */
static void
imp_dialog_loop(struct tui *tui, struct imp_dialog *d)
{
	struct tui_key k;
	int r;

	imp_draw(tui, d);
	for (;;) {
		if (tui->msg != NULL || tui->need_msg) {
			layout_message(tui);
			tui->need_msg = false;
		}
		if (!tui->too_small)
			move(tui->cur_y, tui->cur_x);
		refresh();
		if (tui_signalled != 0 || (r = input_next(tui, &k)) < 0)
			return;
		if (r == 0)
			continue;
		if (k.is_key && k.code == KEY_RESIZE) {
			tui_resized(tui);
			tui_render(tui);
			imp_draw(tui, d);
			continue;
		}
		if (tui->msg != NULL) {
			free(tui->msg);
			tui->msg = NULL;
			tui->need_msg = true;
		}
		if (imp_key(tui, d, &k) != 0)
			return;
	}
}

/* The fields a new dialog starts with: those kept from the last one, or
 * an empty file, the next period and no date. */
static void
imp_init(struct tui *tui, struct imp_dialog *d)
{
	char *period;
	int i;

	memset(d, 0, sizeof *d);
	if (imp_kept.kept) {
		for (i = 0; i < IMP_FIELDS; i++)
			text_set(&d->text[i], imp_kept.text[i] ?
			    imp_kept.text[i] : "");
		d->reverse = imp_kept.reverse;
		d->mode = imp_kept.mode;
		return;
	}
	for (i = 0; i < IMP_FIELDS; i++)
		text_set(&d->text[i], "");
	d->reverse = tui->s->survey_reverse;
	period = imp_default_period(tui->s);
	text_set(&d->text[1], period);
	free(period);
}

/* F9 / Ctrl-R on the measurement step. */
void
import_dialog_open(struct tui *tui)
{
	struct imp_dialog d;
	int i;

	if (tui_refuse_readonly(tui))
		return;
	if (tui->record != NULL)
		tui_close_record(tui);
	if (tui->record != NULL || !form_leave_field(tui))
		return;
	imp_init(tui, &d);
	tui_render(tui);
	imp_dialog_loop(tui, &d);
	for (i = 0; i < IMP_FIELDS; i++)
		text_free(&d.text[i]);
	if (tui->mode != MODE_IMPORT)
		tui_message(tui, THEME_NOTICE, "%s", _("Nothing was imported."));
	tui_relayout(tui);
	if (tui->mode == MODE_FORM)
		form_load_focus(tui);
}
