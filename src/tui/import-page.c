/*
 * The scrolling pages of the survey import: the outcome of an import or a
 * preview (per statement the five steps, Ved ikke, blank and n; the
 * columns ignored), a refusal, and the help on survey files. They only
 * add lines to the page; the page itself scrolls and draws them.
 */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/period.h"
#include "b2c/stats.h"
#include "b2c/util.h"
#include "import-page.h"

long *
import_page_totals(const struct session *s, const char *period)
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
page_lines(struct tui *tui, const char *text, int indent)
{
	char *copy = xstrdup(text), *line, *save = NULL;

	for (line = strtok_r(copy, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save))
		page_add(tui, line, indent);
	free(copy);
}

static void page_addf(struct tui *, int, const char *, ...) B2C_PRINTF(3, 4);

static void
page_addf(struct tui *tui, int indent, const char *fmt, ...)
{
	va_list ap;
	char *line;

	va_start(ap, fmt);
	line = xvasprintf(fmt, ap);
	va_end(ap);
	page_add(tui, line, indent);
	free(line);
}

/* Per column: the statement, the five steps, Ved ikke, blank and n. */
static void
page_columns(struct tui *tui, const struct import_result *r)
{
	const struct import_column *c;
	size_t i;
	long n;
	int k;

	for (i = 0; i < r->n_cols; i++) {
		c = &r->cols[i];
		for (k = 0, n = 0; k < SESSION_ANSWER_STEPS; k++)
			n += c->counts[k];
		page_addf(tui, 2, _("%s: %ld %ld %ld %ld %ld, Ved ikke %ld, "
		    "blank %ld, n=%ld (column %zu)"), c->indicator,
		    c->counts[0], c->counts[1], c->counts[2], c->counts[3],
		    c->counts[4], c->counts[5], c->counts[6], n, c->column);
	}
}

/* The first lines: how many, into which period, read how. */
static void
page_summary(struct tui *tui, const char *period,
    const struct import_result *r, bool dry)
{
	page_addf(tui, 0, dry ? P_("%ld respondent would be imported into "
	    "\"%s\" (%ld answers, %ld \"Ved ikke\", %ld blank).", "%ld "
	    "respondents would be imported into \"%s\" (%ld answers, %ld "
	    "\"Ved ikke\", %ld blank).", r->respondents) :
	    P_("%ld respondent imported into \"%s\" (%ld answers, %ld \"Ved "
	    "ikke\", %ld blank).", "%ld respondents imported into \"%s\" (%ld "
	    "answers, %ld \"Ved ikke\", %ld blank).", r->respondents),
	    r->respondents, period_label(period), r->answers, r->dont_know,
	    r->blank);
	page_addf(tui, 0, _("Read as %s, %s-separated; %s."), r->encoding,
	    import_delimiter_name(r->delimiter), r->period_state ==
	    IMPORT_PERIOD_NEW ? _("the period is new") : r->period_state ==
	    IMPORT_PERIOD_REPLACED ? _("the period's answers were replaced") :
	    _("added to the period's answers"));
	if (r->saved_used > 0)
		page_addf(tui, 0, P_("%zu column mapping saved in the session "
		    "was used.", "%zu column mappings saved in the session were "
		    "used.", r->saved_used), r->saved_used);
	if (r->remembered)
		page_add(tui, _("The column mappings and codes given are saved "
		    "in the session for the next import."), 0);
	if (r->empty_respondents > 0)
		page_addf(tui, 0, P_("%ld respondent answered nothing: counted "
		    "as blank for every statement.", "%ld respondents answered "
		    "nothing: counted as blank for every statement.",
		    r->empty_respondents), r->empty_respondents);
}

void
import_page_result(struct tui *tui, const char *period, const long *before,
    const struct import_result *r, bool dry)
{
	long *after = import_page_totals(tui->s, period);
	size_t i;
	bool totals;

	page_summary(tui, period, r, dry);
	page_add(tui, "", 0);
	page_add(tui, _("Per statement: Helt enig, Delvist enig, Hverken, "
	    "Delvist uenig, Helt uenig:"), 0);
	page_columns(tui, r);
	/* Totals only say something new when the period held answers. */
	totals = !dry && r->period_state != IMPORT_PERIOD_NEW;
	if (totals) {
		page_add(tui, "", 0);
		page_add(tui, _("Respondents now in this period:"), 0);
	}
	for (i = 0; totals && i < tui->s->n_indicators; i++) {
		if (after[i] >= 0 && after[i] != before[i])
			page_addf(tui, 2, "%s: %ld",
			    tui->s->indicators[i].name, after[i]);
	}
	if (r->ignored != NULL) {
		page_add(tui, "", 0);
		page_add(tui, _("Ignored columns (they name nothing in this "
		    "session):"), 0);
		page_lines(tui, r->ignored, 2);
	}
	page_add(tui, "", 0);
	page_add(tui, dry ? _("Nothing was written. F9 opens the dialog "
	    "again, as it was; Esc goes back to the measurements.") :
	    _("Esc goes back to the measurements."), 0);
	free(after);
}

void
import_page_refused(struct tui *tui, const char *cause, bool already)
{
	page_add(tui, _("Nothing was imported:"), 0);
	page_lines(tui, cause, 2);
	page_add(tui, "", 0);
	if (already)
		page_add(tui, _("Choose \"replace the period's\" to replace its "
		    "answers with this file, or \"add a file again\" if its "
		    "respondents really are new."), 0);
	page_add(tui, _("F9 opens the dialog again with what you typed; "
	    "Esc goes back to the measurements."), 0);
}

void
import_page_help(struct tui *tui)
{
	static const char *const help[] = {
		N_("Survey files b2c reads"),
		"",
		N_("One row per respondent under one header row, as survey "
		    "tools and spreadsheets save it:"),
		N_("- Excel \"CSV (semikolonsepareret)\" (Windows-1252) and "
		    "\"CSV UTF-8\", separated by ';';"),
		N_("- Excel \"Unicode-tekst\" (UTF-16, TAB); an Excel "
		    "\"sep=;\" first line is understood;"),
		N_("- Google Forms' \"Download responses (.csv)\", grid "
		    "questions as \"Question [statement]\";"),
		N_("- Microsoft Forms saved through Excel (Id, "
		    "Starttidspunkt, ... are ignored);"),
		N_("- SurveyXact and other data sets of codes: map each "
		    "variable and state the codes;"),
		N_("- SurveyMonkey's expanded CSV, with its two header rows."),
		"",
		N_("A column is read when its header is a statement's id or "
		    "its full wording, or an indicator's name when the "
		    "indicator has one statement. Case, extra spaces, "
		    "non-breaking spaces, curly quotes and a final full stop do "
		    "not matter. Other columns are ignored and listed; a header "
		    "a word away from a statement is pointed out, never taken."),
		"",
		N_("Columns: HEADER=STATEMENT pairs separated by ';', the "
		    "statement by its id, wording or indicator name, e.g. "
		    "q1=belonging-proud; q2=Tillid."),
		N_("Codes: CODE=ANSWER pairs separated by ';', e.g. 6=Ved "
		    "ikke; 9=blank. 1-5 are the five steps from Helt enig, or "
		    "from Helt uenig when the scale says so."),
		N_("An empty cell is a blank answer. A respondent who answered "
		    "nothing is counted, blank for every statement; a row with "
		    "no cell filled in at all is not a respondent."),
		N_("The same file imported into the same period twice is "
		    "refused, unless \"add a file again\" is chosen. The date "
		    "may be left empty; the period's date is then kept."),
		N_("\"b2c questionnaire FILE\" prints the survey to hand out "
		    "(--format html for A4) or, with --format csv, a template "
		    "whose headers import as they are."),
		"",
		N_("F9 opens the dialog again; Esc goes back to the "
		    "measurements."),
		NULL
	};
	size_t i;

	for (i = 0; help[i] != NULL; i++)
		page_add(tui, help[i][0] ? _(help[i]) : "", 0);
}
