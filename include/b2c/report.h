/*
 * Reports of a whole session: plain text (for the terminal, less and the
 * viewer's whole-session page), markdown, self-contained HTML and a long
 * CSV of the ESG figures. Renderers build an allocated string and never
 * print; all text from the session is escaped for the format (no control
 * or bidi character ever reaches the output raw).
 */
#ifndef B2C_REPORT_H
#define B2C_REPORT_H

#include "b2c/session.h"
#include "b2c/textbuf.h"

enum report_format {
	REPORT_TEXT = 0,
	REPORT_MARKDOWN,
	REPORT_HTML,
	REPORT_CSV,
	REPORT_CSV_EXCEL,	/* ';', decimal comma, BOM: Danish Excel */
	REPORT_FORMAT_COUNT
};

#define REPORT_ASCII	0x1	/* ASCII-only chrome and charts (text) */

#define REPORT_MIN_WIDTH 40	/* narrower widths are raised to this */

/* The CSV header line, without the line ending. */
#define REPORT_CSV_HEADER "indicator_id,indicator_name,kind,period,date," \
	"respondents,positive,percent,ci_low,ci_high,target,value,unit," \
	"target_year,dont_know,blank,change,change_ci_low,change_ci_high," \
	"verdict,target_status,partnership,company,area,merge_conflicts"

/* Where a report's figures come from, for its audit trail; any field
 * may be NULL (left out). */
struct report_audit {
	const char *made;	/* when the report was made, ISO UTC */
	const char *version;	/* the program's version */
	const char *file;	/* the session file's name */
	const char *sha256;	/* its SHA-256, hex */
};

/*
 * The whole session in reading order as plain text wrapped at width
 * display columns, lines ending in "\n". Never NULL.
 */
char	*report_text(const struct session *, int width, int flags);
/* The same in another format; width matters to text only. */
char	*report_render(const struct session *, enum report_format,
	    int width, int flags);
/* The same ending with an audit trail (audit may be NULL: none). */
char	*report_render_audit(const struct session *, enum report_format,
	    int width, int flags, const struct report_audit *);
/*
 * The same text handed to sink in pieces as it is made, so a report as
 * large as its session never sits whole in memory: 0, or the sink's
 * first error (an errno value; nothing more is handed on after it).
 */
int	 report_stream_audit(const struct session *, enum report_format,
	    int width, int flags, const struct report_audit *,
	    textbuf_sink sink, void *arg);
/*
 * One report over several sessions (a portfolio, portfolio.h): per
 * indicator a row per partnership and period and a pooled row per
 * period; as CSV every session's rows and then the pooled ones, marked
 * "(pooled)" as partnership. audits[i] belongs to sessions[i]; n >= 1.
 */
char	*report_portfolio(const struct session *const *sessions,
	    const struct report_audit *audits, size_t n,
	    enum report_format, int width, int flags);
/*
 * The one-page agreement of a small partnership (its concrete proposal,
 * the parties and lines to sign on) as text, Markdown or HTML; width
 * matters to text only. Never NULL.
 */
char	*report_agreement(const struct session *, enum report_format,
	    int width, int flags);
/* "text", "markdown" (or "md"), "html", "csv", "csv-excel"; -1 when
 * unknown. */
int	 report_format_parse(const char *);

#endif
