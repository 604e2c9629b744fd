/* Plain-text tables for the text report (see report-table.c). */
#ifndef B2C_REPORT_TABLE_H
#define B2C_REPORT_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "b2c/textbuf.h"

struct rtable {
	size_t	 cols;
	size_t	 rows;
	size_t	 cap_rows;	/* rows the cells array has room for */
	char	**cells;	/* rows * cols, sanitised, owned */
	char	**notes;	/* per row: lines under it, or NULL */
	unsigned long fixed;	/* bit c: column c is never narrowed */
};

struct rtable *rtable_new(size_t cols);
void	 rtable_free(struct rtable *);
/* Adds an empty row; returns its index. */
size_t	 rtable_add_row(struct rtable *);
/* Sets a cell to the visible, single-line form of text. */
void	 rtable_set(struct rtable *, size_t row, size_t col, const char *);
/* Adds a line under a row, across the whole width ("KPI: ..."). */
void	 rtable_add_note(struct rtable *, size_t row, const char *);
/* Keeps a column (< 32) at its natural width (a chart, a figure). */
void	 rtable_fix(struct rtable *, size_t col);
/* The narrowest the table can be without breaking a word. */
int	 rtable_min_width(const struct rtable *);
/* Appends the table, every line starting with indent, fitting width. */
void	 rtable_render(const struct rtable *, struct textbuf *, int width,
	    const char *indent, bool ascii);

#endif
