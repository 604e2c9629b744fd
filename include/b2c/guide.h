/*
 * The guide: the booklet's parts, steps and questions as data. Screens
 * draw whatever fields a step declares; nothing about the booklet's
 * content lives in screen code. The guide knows nothing of curses.
 *
 * Strings in the tables (titles, guidance, help, labels, choices) are
 * English msgids marked with N_(); clients show them through _().
 *
 * Fields reach the session through accessor functions with a context:
 * ctx->party selects the party of a Del 1 step, ctx->row the row of a
 * list/table or the record of a record list, ctx->sub the row of a table
 * nested in a record. Scalar values travel as strings, so every widget
 * edits text; set() validates (dates, numbers, choices) and converts.
 */
#ifndef B2C_GUIDE_H
#define B2C_GUIDE_H

#include <stdbool.h>
#include <stddef.h>

#include "b2c/session.h"

enum guide_part {
	GUIDE_START = 0,	/* title, parties, size, intro */
	GUIDE_PART1,		/* Del 1 - Interne overvejelser */
	GUIDE_PART2,		/* Del 2 - Fælles rammesætning */
	GUIDE_PART3,		/* Del 3 - Evaluering & effektmåling */
	GUIDE_PART_COUNT
};

enum guide_field_kind {
	GUIDE_TEXT,		/* single line */
	GUIDE_TEXTAREA,		/* multi-line, wraps and scrolls */
	GUIDE_CHOICE,		/* one of choices[] (value = index as text) */
	GUIDE_CHECK,		/* yes/no ("1" / "0") */
	GUIDE_NUMBER,		/* decimal number, "" = not given */
	GUIDE_DATE,		/* ISO date, typed in any accepted form */
	GUIDE_LIST,		/* ordered list of strings */
	GUIDE_TABLE,		/* rows of scalar columns */
	GUIDE_RECORDS,		/* rows, each edited as a sub-form */
	GUIDE_INFO,		/* read-only guidance text (label + help) */
	GUIDE_REVIEW,		/* the part's review: filled and missing */
	GUIDE_CHART		/* the indicator progress charts */
};

struct guide_ctx {
	int	 party;		/* enum party_id, or -1 */
	size_t	 row;
	size_t	 sub;
};

struct guide_field {
	const char *key;	/* stable id: "part1.challenges" */
	enum guide_field_kind kind;
	const char *label;	/* N_() */
	const char *hint;	/* N_() one line under the field, may be NULL */
	const char *const *choices;	/* N_() labels, NULL-terminated */
	const char *const *suggestions;	/* N_() examples offered (lists) */
	bool	 required;	/* counts towards "done" */

	/* Scalars (and the cells of LIST/TABLE/RECORDS rows). */
	char	*(*get)(const struct session *, const struct guide_ctx *);
	int	 (*set)(struct session *, const struct guide_ctx *,
		    const char *value, char **cause);

	/* Collections. add returns the new row's index. A NULL add/remove
	 * means the rows are fixed (the five points). */
	size_t	 (*count)(const struct session *, const struct guide_ctx *);
	size_t	 (*add)(struct session *, const struct guide_ctx *);
	void	 (*remove)(struct session *, const struct guide_ctx *,
		    size_t row);
	void	 (*move)(struct session *, const struct guide_ctx *,
		    size_t from, size_t to);
	/* One line describing a record in a RECORDS list. */
	char	*(*summary)(const struct session *, const struct guide_ctx *);
	/* TABLE columns, or the sub-form of a RECORDS row. */
	const struct guide_field *columns;
	size_t	 n_columns;
};

struct guide_step {
	const char *key;	/* stable id: "part2.wheel" */
	enum guide_part part;
	bool	 per_party;	/* Del 1 steps: shown once per party doing it */
	bool	 optional;	/* never counted as missing or in progress */
	const char *title;	/* N_("Annual wheel") -> "Årshjul" */
	const char *guidance;	/* N_() a short paragraph under the title */
	const char *help;	/* N_() the F1 text */
	const struct guide_field *fields;
	size_t	 n_fields;
};

enum guide_status { GUIDE_EMPTY, GUIDE_PARTLY, GUIDE_DONE };

/* The number of steps for this session: the company's Del 1 only if
 * large; Del 2 and Del 3 as the path (session_small_path) has them. */
size_t	 guide_step_count(const struct session *);
/* Step i (0-based); ctx receives the party for per-party steps. */
const struct guide_step *guide_step_at(const struct session *, size_t i,
	    struct guide_ctx *ctx);
/* 1-based position of step i within its part, and the part's step count. */
void	 guide_step_position(const struct session *, size_t i, size_t *pos,
	    size_t *count);
/* Index of the step with key (and party for per-party steps), or -1. */
long	 guide_find_step(const struct session *, const char *key, int party);
/* The name of a part: N_("Part 1") etc.; the start part has "Start". */
const char *guide_part_name(enum guide_part);
/* True for a part's review step (its completeness is the part's). */
bool	 guide_step_is_review(const struct guide_step *);
/* How complete step i is. */
enum guide_status guide_step_status(const struct session *, size_t i);
/* Done and total steps of a part (review steps not counted). */
void	 guide_part_progress(const struct session *, enum guide_part,
	    size_t *done, size_t *total);

/*
 * A date as people type it, in every form a date field takes: the long
 * forms the wizard shows ("1. marts 2027", "1 March 2027") and those of
 * date_parse. 0 and the ISO date, or -1 and *cause.
 */
int	 guide_parse_date(const char *typed, char iso[11], char **cause);

/* One unfilled required field, for the review screens. */
struct guide_missing {
	size_t	 step;
	const struct guide_field *field;
	int	 party;
};
/* Fills up to max missing items of a part; returns how many there are. */
size_t	 guide_missing(const struct session *, enum guide_part,
	    struct guide_missing *out, size_t max);

#endif
