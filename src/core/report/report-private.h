/*
 * The report walker and its renderers. The walker visits the session once
 * in reading order and calls a renderer's operations; each renderer
 * escapes every string it is given (labels too: escaping trusted text is
 * harmless, forgetting untrusted text is not).
 */
#ifndef B2C_REPORT_PRIVATE_H
#define B2C_REPORT_PRIVATE_H

#include <stdbool.h>

#include "b2c/report.h"
#include "b2c/session.h"
#include "b2c/stats.h"
#include "b2c/textbuf.h"

struct report;
struct report_esg;

struct report_ops {
	void	(*begin)(struct report *, const char *title);
	void	(*end)(struct report *);
	void	(*heading)(struct report *, int level, const char *);
	/* A labelled value; value may be multi-line. */
	void	(*field)(struct report *, const char *label, const char *);
	void	(*list_begin)(struct report *, bool numbered);
	void	(*item)(struct report *, const char *);
	void	(*list_end)(struct report *);
	/* The årshjul's activities (there is at least one). */
	void	(*wheel)(struct report *);
	void	(*esg_table)(struct report *);
	/* The indicator's figures drawn, with the latest change. */
	void	(*chart)(struct report *, const struct stats_indicator *);
	/* A table of cells built elsewhere (a portfolio's). */
	void	(*table)(struct report *, const struct report_esg *);
};

struct report {
	struct textbuf out;
	const struct session *s;
	const struct report_ops *ops;
	int	 width;
	int	 flags;
	int	 item_no;	/* the next number of a numbered list */
	bool	 numbered;
	int	 blank;		/* text: a blank line is due before more */
	struct stats_indicator *stats;	/* one per indicator, or NULL */
	const struct report_audit *audit;	/* or NULL */
};

/* A point between records where a streamed report's text may go to its
 * sink (textbuf_drain): in pieces of about this size. */
#define REPORT_DRAIN_BYTES	65536
#define report_drain(r)	textbuf_drain(&(r)->out, REPORT_DRAIN_BYTES)

extern const struct report_ops report_text_ops;
extern const struct report_ops report_markdown_ops;
extern const struct report_ops report_html_ops;

/* An activity of the årshjul as the formats show it (report-wheel.c). */
struct report_wheel_row {
	const struct activity *activity;
	char	*title;		/* with its date for people; owned */
	int	 month;		/* 1..12, 0 when unknown */
	const char *responsible;	/* "" when nobody is named */
};

/* The årshjul's activities in month order (allocated, *n of them). */
struct report_wheel_row *report_wheel_rows(const struct report *,
	    size_t *n);
void	 report_wheel_rows_free(struct report_wheel_row *, size_t n);

/* The ESG table's columns, in the booklet's order. */
enum report_esg_kind {
	REPORT_ESG_INDICATOR,
	REPORT_ESG_KPI,
	REPORT_ESG_TARGET,
	REPORT_ESG_TARGET_YEAR,
	REPORT_ESG_BASE,	/* the base period and its year */
	REPORT_ESG_PERIOD,	/* one per period: Baseline, Year 1, ... */
	REPORT_ESG_CHANGE,	/* latest against base, with its interval */
	REPORT_ESG_STATUS,	/* against the target and the milestone */
	REPORT_ESG_COMMENT,
	REPORT_ESG_ESRS,
	REPORT_ESG_WHO,		/* company, area: a note when narrow */
	REPORT_ESG_FIGURE	/* a figure of another table */
};

struct report_esg_col {
	enum report_esg_kind kind;
	const char *label;	/* translated, or the period's label */
};

struct report_esg_cell {
	char	*text;		/* the cell on one line: a name, "41,0 %" */
	long	 n;		/* a share's respondents, else 0 */
	char	 range[64];	/* a share's 95 % interval, else "" */
};

struct report_esg {
	size_t	 n_cols;
	size_t	 n_rows;	/* one per indicator shown */
	struct report_esg_col *cols;
	struct report_esg_cell *cells;	/* n_rows * n_cols */
};

/* The ESG table of the indicators shown (report-esg.c). */
struct report_esg *report_esg_new(const struct report *);
void	 report_esg_free(struct report_esg *);
const struct report_esg_cell *report_esg_cell(const struct report_esg *,
	    size_t row, size_t col);
/* True for the columns of figures (right-aligned). */
bool	 report_esg_numeric(const struct report_esg *, size_t col);

/* The "Method and limitations" block (report-method.c). */
void	 report_method(struct report *);
/* Inputs and outputs per party and year (report-ledger.c). */
void	 report_ledger(struct report *);
/* A Del 1 resource for people: "Working hours: 15 timer/md - note",
 * or without the note "Working hours 15 timer/md" (allocated;
 * report-ledger.c). */
char	*report_resource_text(const struct resource *, bool note);
/* Planned against done per year (report-status.c). */
void	 report_status(struct report *);
/* One year's counts by status; year 0 gathers the undated. */
struct report_status_year {
	int	 year;
	size_t	 n[4];		/* by enum activity_status */
};
/* The counts per year, in order with the undated last (allocated, *n of
 * them); NULL when nothing is marked beyond planned, so a plan alone
 * shows no counts. */
struct report_status_year *report_status_years(const struct part2 *,
	    size_t *n);
/* "title [done 20 June 2026]"; the title alone while planned
 * (allocated). */
char	*report_with_status(const char *title, enum activity_status,
	    const char *date);
/* A small partnership (report-small.c): whether its concrete proposal
 * is shown (always on the short path, else when anything is in it),
 * the proposal, and the follow-up of the short path's Del 3. */
bool	 report_proposal_shown(const struct session *);
void	 report_proposal(struct report *);
void	 report_followup(struct report *);
/* The audit trail: when, by what, from which file (report-method.c). */
void	 report_audit_trail(struct report *);

/* The axis under an HTML chart's bars as a table row (report-axis.c):
 * ticks at round values from 0 to top, the value at the bar's end. */
void	 report_html_axis(struct textbuf *, enum indicator_kind, double top);

/* The CSV export (not a walk: one row per indicator and period), in
 * the programs' dialect or Danish Excel's; the header line and the rows
 * apart too, so several sessions' rows can share one header. */
void	 report_csv(struct report *, bool excel);
void	 report_csv_header(struct textbuf *, bool excel);
void	 report_csv_rows(struct report *, bool excel);
/* One row: period j of an indicator of session s. */
void	 report_csv_row(struct textbuf *, bool excel, const struct session *,
	    const struct stats_indicator *, size_t j);

/* Helpers shared by the renderers (report-util.c, report-figures.c). */
/* The period labels of the indicators shown, first seen first. */
const char **report_periods(const struct report *, size_t *n);
/* The stats of an indicator in a period by label, or NULL. */
const struct stats_period *report_period_of(const struct stats_indicator *,
	    const char *label);
/* "41.0 %", a count "12", or "" when the period has no figure. */
void	 report_fmt_value(char buf[48], const struct stats_period *,
	    bool ascii);
/* One sentence on a period: value, n, interval (allocated). */
char	*report_period_text(const struct stats_period *,
	    const struct measurement *, bool ascii);
/* The indicator's bar chart as safe text lines, width columns wide. */
char	*report_chart_text(const struct report *,
	    const struct stats_indicator *, int width);
/* A difference with its sign always shown: "+2,0", "−11,5", "±0". */
void	 report_fmt_signed(char buf[40], double, bool whole, bool ascii);
/* The base period and its year, "Baseline (2025)"; "" when none. */
char	*report_base_text(const struct stats_indicator *);
/* The latest change against the base: "+2,0 pp (−11,5 to +15,4)". */
char	*report_change_cell(const struct stats_indicator *, bool ascii);
/* The latest figure against target and milestone, in words, or "". */
char	*report_status_text(const struct stats_indicator *, bool ascii);
/* The latest change (and the one since the base), the target status,
 * the detectable change and the answers left out of n, as sentences
 * (allocated array of *n allocated strings). */
char	**report_findings(const struct stats_indicator *, bool ascii,
	    size_t *n);
/* "Tilhørsforhold (vs. Isolation)", or the name alone (allocated). */
char	*report_indicator_title(const struct indicator *);
/* True when the indicator is in the reports' ESG part. */
bool	 report_indicator_shown(const struct indicator *);
/* A number with one decimal in the C locale's form ("41.0"). */
void	 report_fmt1(char buf[32], double);
/* The same for people: "41,0" in Danish, "1,234.5" in English. */
void	 report_fmt1_local(char buf[32], double);
/* A whole number for people: "25.000" / "25,000". */
void	 report_fmt_count(char buf[32], double);
/* A percent for people: "41,0 %" / "41.0%"; "–" (or "-") when NAN. */
void	 report_fmt_percent(char buf[48], double, bool ascii);
/* An interval of percents for people: "31,9–50,8 %" / "31.9–50.8%". */
void	 report_fmt_range(char buf[64], double lo, double hi, bool ascii);
const char *report_party_kind(int party);
/* An activity's title with its date for people, if any (allocated). */
char	*report_activity_title(const struct activity *);
/* Who is responsible for an activity, as text. */
const char *report_responsible(const struct session *,
	    const struct activity *);
/* The activity's month 1..12 from month or date; 0 when unknown. */
int	 report_activity_month(const struct activity *);
/* Translated month name (1..12), and its one-letter abbreviation. */
const char *report_month_name(int);
const char *report_month_letter(int);
/* The indicator's target for people ("min. 85 %"), "" without one. */
void	 report_fmt_target(char buf[64], const struct indicator *, bool ascii);
/* "S3", "S4", "S3, S4" or "". */
const char *report_esrs(const struct indicator *);

#endif
