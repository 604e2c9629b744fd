/*
 * Importing survey responses from the measurement step (F9 / Ctrl-R): a
 * small dialog asks for the CSV file, the period, an optional date and
 * whether to add to or replace the period's answers, then runs the same
 * all-or-nothing import as "b2c import-responses" on the session being
 * edited. The outcome (or every error) is shown on a scrolling page.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/date.h"
#include "b2c/guide.h"
#include "b2c/i18n.h"
#include "b2c/period.h"
#include "b2c/import.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define IMP_FIELDS	3	/* file, period, date; then add/replace */
#define IMP_LABEL_W	12

struct imp_dialog {
	struct tui_text text[IMP_FIELDS];
	bool	 replace;
	int	 focus;		/* 0..IMP_FIELDS: IMP_FIELDS is the choice */
	int	 y, x, w;
};

static const char *const imp_labels[IMP_FIELDS + 1] = {
	N_("CSV file"), N_("Period"), N_("Date"), N_("Answers")
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
	if (i == IMP_FIELDS) {
		v = xasprintf("%s %s  %s %s", theme_mark(d->replace ? 6 : 5),
		    _("add to the period"), theme_mark(d->replace ? 5 : 6),
		    _("replace the period's answers"));
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

static void
imp_draw(struct tui *tui, struct imp_dialog *d)
{
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
	for (i = 0; i <= IMP_FIELDS; i++)
		imp_draw_line(tui, d, i);
	draw_str(d->y + 7, 2, d->w - 4, _("The date may be left empty; "
	    "it is then kept."), THEME_HINT);
	draw_str(d->y + 8, 2, d->w - 4, _("Tab: next field  Space: add or "
	    "replace  Enter: import  Esc: cancel"), THEME_HINT);
	/* The step's keys do nothing here: the legend says what does. */
	move(tui->rows - 1, 0);
	clrtoeol();
	i = draw_str(tui->rows - 1, 0, tui->cols, "Enter", THEME_KEY);
	i += 1 + draw_str(tui->rows - 1, i + 1, tui->cols - i - 1,
	    _("Import"), THEME_LEGEND);
	i += 2 + draw_str(tui->rows - 1, i + 2, tui->cols - i - 2, "Esc",
	    THEME_KEY);
	draw_str(tui->rows - 1, i + 1, tui->cols - i - 1, _("Cancel"),
	    THEME_LEGEND);
}

/* Answers held by the period's tallies of each indicator (-1: none). */
static long *
imp_totals(const struct session *s, const char *period)
{
	long *tot = xreallocarray(NULL, s->n_indicators + 1, sizeof *tot);
	size_t i, j, k;

	for (i = 0; i < s->n_indicators; i++) {
		const struct measurement *m = session_find_measurement(
		    &s->indicators[i], period);
		tot[i] = -1;
		for (j = 0; m != NULL && j < m->n_tallies; j++) {
			const struct tally *t = &m->tallies[j];
			long n = t->dont_know + t->blank;
			for (k = 0; k < SESSION_ANSWER_STEPS; k++)
				n += t->steps[k];
			if (n > tot[i])
				tot[i] = n;
		}
	}
	return tot;
}

/* Splits text at newlines onto the page, indented. */
static void
imp_page_lines(struct tui *tui, const char *text, int indent)
{
	char *copy = xstrdup(text), *line, *save = NULL;

	for (line = strtok_r(copy, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save))
		page_add(tui, line, indent);
	free(copy);
}

/* The page after a good import: respondents per indicator, ignored
 * columns. */
static void
imp_page_result(struct tui *tui, const char *period, const long *before,
    const struct import_result *r)
{
	long *after = imp_totals(tui->s, period);
	size_t i;
	char *line, *key = period_key(period);

	line = xasprintf(P_("%ld respondent imported into \"%s\" (%ld "
	    "answers, %ld \"Ved ikke\", %ld blank).", "%ld respondents "
	    "imported into \"%s\" (%ld answers, %ld \"Ved ikke\", %ld "
	    "blank).", r->respondents), r->respondents, period_label(key),
	    r->answers, r->dont_know, r->blank);
	page_add(tui, line, 0);
	free(line);
	free(key);
	page_add(tui, "", 0);
	page_add(tui, _("Respondents now in this period:"), 0);
	for (i = 0; i < tui->s->n_indicators; i++) {
		if (after[i] < 0 || after[i] == before[i])
			continue;
		line = xasprintf("%s: %ld", tui->s->indicators[i].name,
		    after[i]);
		page_add(tui, line, 2);
		free(line);
	}
	if (r->ignored != NULL) {
		page_add(tui, "", 0);
		page_add(tui, _("Ignored columns (they name nothing in this "
		    "session):"), 0);
		imp_page_lines(tui, r->ignored, 2);
	}
	page_add(tui, "", 0);
	page_add(tui, _("Esc goes back to the measurements."), 0);
	free(after);
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

/* Checks the dialog and imports; false with a message when it cannot
 * start. The outcome, good or bad, is shown on the import page. */
static bool
imp_run(struct tui *tui, struct imp_dialog *d)
{
	struct import_result r;
	char *f[IMP_FIELDS], *cause = NULL, iso[DATE_ISO_LEN] = "";
	long *before;
	int i, rc = -1;

	for (i = 0; i < IMP_FIELDS; i++)
		f[i] = i == 0 ? text_get_name(&d->text[i]) :
		    text_get(&d->text[i]);
	f[0] = imp_expand_home(f[0]);
	if (f[0][0] == '\0' || f[1][0] == '\0')
		tui_message(tui, THEME_ERROR, "%s", _("A CSV file and a period "
		    "are needed."));
	else if (f[2][0] != '\0' && guide_parse_date(f[2], iso, &cause) != 0)
		tui_message(tui, THEME_ERROR, "%s", cause);
	else {
		memset(&r, 0, sizeof r);
		before = imp_totals(tui->s, f[1]);
		page_free(tui);
		tui->page_top = 0;
		rc = import_responses_file(tui->s, f[0], f[1], iso, d->replace ?
		    IMPORT_REPLACE : 0, &r, &cause);
		if (rc == 0) {
			tui_changed(tui);
			imp_page_result(tui, f[1], before, &r);
			import_result_clear(&r);
		} else {
			page_add(tui, _("Nothing was imported:"), 0);
			imp_page_lines(tui, cause, 2);
		}
		free(before);
		tui->mode = MODE_IMPORT;
	}
	for (i = 0; i < IMP_FIELDS; i++)
		free(f[i]);
	free(cause);
	return tui->mode == MODE_IMPORT;
}

/* One key of the dialog: 1 done (imported or cancelled), 0 go on. */
static int
imp_key(struct tui *tui, struct imp_dialog *d, const struct tui_key *k)
{
	int old = d->focus;

	if (!k->is_key && k->code == 0x1b)
		return 1;
	if (tui_key_is_enter(k))
		return imp_run(tui, d) ? 1 : 0;
	if ((!k->is_key && k->code == L'\t') || (k->is_key &&
	    k->code == KEY_DOWN))
		d->focus = (d->focus + 1) % (IMP_FIELDS + 1);
	else if (k->is_key && (k->code == KEY_BTAB || k->code == KEY_UP))
		d->focus = (d->focus + IMP_FIELDS) % (IMP_FIELDS + 1);
	else if (d->focus == IMP_FIELDS && ((!k->is_key && k->code == L' ') ||
	    (k->is_key && (k->code == KEY_LEFT || k->code == KEY_RIGHT))))
		d->replace = !d->replace;
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

/* F9 / Ctrl-R on the measurement step. */
void
import_dialog_open(struct tui *tui)
{
	struct imp_dialog d;
	char *period;
	int i;

	if (tui_refuse_readonly(tui))
		return;
	if (tui->record != NULL)
		tui_close_record(tui);
	if (tui->record != NULL || !form_leave_field(tui))
		return;
	memset(&d, 0, sizeof d);
	text_set(&d.text[0], "");
	period = imp_default_period(tui->s);
	text_set(&d.text[1], period);
	free(period);
	text_set(&d.text[2], "");
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
