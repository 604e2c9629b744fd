/*
 * How the table editor splits the terminal's width among a table's
 * columns. In the core, without curses, so that a test can check every
 * table of the guide at the smallest terminal b2c runs in.
 *
 * Every column has a minimum width: a date its ten digits, a number a
 * few cells (the editor scrolls within the cell), a choice "<Ab…>", a
 * text a few letters cut with "…". Columns start at the width they
 * would like (their header included), give up header room first, then
 * the widest shrink one cell at a time down to their minimum; what is
 * left over goes to the text columns. Headers that no longer fit are cut
 * with "…"; a column is never dropped while the minimums fit.
 */
#ifndef B2C_TABLE_LAYOUT_H
#define B2C_TABLE_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "b2c/guide.h"

/* Where a table's first column starts, and the blanks between columns:
 * two, so that a cell's scroll marks ("<" before, ">" after, drawn in
 * the gap) always leave a blank next to the neighbouring column. */
#define TABLE_LAYOUT_X		4
#define TABLE_LAYOUT_GAP	2
/* The smallest terminal the wizard draws in (TUI_MIN_COLS): every
 * column of every table must fit there. */
#define TABLE_LAYOUT_MIN_COLS	60

struct table_col {
	int	 min;		/* never narrower */
	int	 base;		/* what the values need */
	int	 want;		/* with room for the whole header */
	bool	 text;		/* gets the width left over */
	int	 content;	/* its widest value; 0 when not known */
};

/* The widths a column of this kind starts from; choice_w is the widest
 * choice label (choices only), label_w the header's width. */
void	 table_layout_col(enum guide_field_kind, int choice_w, int label_w,
	    struct table_col *);
/*
 * Sizes a column to its values, content_w columns at the widest (and
 * its header, label_w, when that is not cut anyway): a text
 * column (an id) no wider than they need while others want room, and
 * grown to them first; a number column narrower when its numbers are
 * short; a date column as wide as content_w, the long form of a date in
 * the interface's language, so that every date reads the same way.
 */
void	 table_layout_content(enum guide_field_kind, int content_w,
	    int label_w, struct table_col *);
/* The width columns can share on a terminal cols wide. */
int	 table_layout_avail(int cols);
/* The width n columns need at their minimum, gaps included. */
int	 table_layout_need(const struct table_col *, size_t n);
/*
 * Splits avail columns among n columns into widths[]. Returns false
 * when even the minimums do not fit (widths[] then holds them).
 */
bool	 table_layout_widths(const struct table_col *, size_t n, int avail,
	    int *widths);

#endif
