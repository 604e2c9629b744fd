/*
 * The geometry under the charts: a value on a scale turned into whole
 * cells and eighths, the column a value falls in, and the primitives that
 * draw a bar, an interval whisker, a target marker and a scale onto a
 * canvas. Pure: nothing here knows about sessions.
 */
#ifndef B2C_CHART_LAYOUT_H
#define B2C_CHART_LAYOUT_H

#include <stdbool.h>

#include "b2c/canvas.h"

struct chart_bar {
	int	 full;		/* whole cells */
	int	 eighths;	/* 0..7 eighths of the next cell */
	bool	 clipped;	/* the value is beyond the scale */
};

/*
 * value on the scale 0..max drawn across width cells, to the nearest
 * eighth; any value above 0 gets at least one eighth, a value above max
 * fills the width and is clipped. NaN, value <= 0, max <= 0 or width <= 0
 * give an empty bar.
 */
struct chart_bar chart_bar_geometry(double value, double max, int width);
/* The cell (0..width-1) value falls in on the same scale; -1 for NaN. */
int	chart_column(double value, double max, int width);

/* Draws a bar at x, y, width cells; series picks the monochrome fill. */
void	chart_draw_bar(struct canvas *, int x, int y, int width, double value,
	    double max, int series, int flags);
/* Draws lo..hi as a whisker with value marked; NaN draws nothing. */
void	chart_draw_whisker(struct canvas *, int x, int y, int width,
	    double lo, double value, double hi, double max, int flags);
/* Draws the target marker at its column unless the cell is taken. */
void	chart_draw_target(struct canvas *, int x, int y, int width,
	    double target, double max, int flags);
/* Writes a figure right-aligned in width columns. */
void	chart_put_right(struct canvas *, int x, int y, int width,
	    const char *text, enum canvas_style, bool ascii);

/* Makes the canvas at least rows rows high, the new rows blank. */
void	chart_grow(struct canvas *, int rows);
/*
 * Writes text from x, y, wrapped at blanks to the canvas width; later
 * rows start at indent. A word wider than a row is broken, so no text is
 * lost. Grows the canvas as needed. Returns the row after the text and
 * sets *end_x (if not NULL) to the column after its last character.
 */
int	chart_put_wrapped(struct canvas *, int x, int y, const char *text,
	    enum canvas_style, int indent, bool ascii, int *end_x);

#endif
