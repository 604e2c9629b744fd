/*
 * A text canvas: a grid of cells, each one display column wide, holding a
 * character and a semantic style. Charts are laid out onto a canvas; the
 * TUI paints it with colours and the reports print it as text, so both
 * show exactly the same figure. A double-width character occupies its
 * cell and marks the next one as its continuation (ch == 0).
 */
#ifndef B2C_CANVAS_H
#define B2C_CANVAS_H

#include <stdbool.h>
#include <wchar.h>

enum canvas_style {
	CANVAS_PLAIN = 0,
	CANVAS_TITLE,		/* headings */
	CANVAS_LABEL,		/* period and indicator labels */
	CANVAS_VALUE,		/* figures as text */
	CANVAS_BAR_FILL,	/* the filled part of a bar (see series) */
	CANVAS_BAR_EMPTY,	/* the unfilled part of a bar */
	CANVAS_TARGET,		/* the target marker */
	CANVAS_INTERVAL,	/* confidence interval whisker */
	CANVAS_GOOD,		/* target met, an increase */
	CANVAS_BAD,		/* a decrease */
	CANVAS_WARNING,		/* too few respondents and the like */
	CANVAS_DIM,		/* scale, rules, secondary text */
	CANVAS_STYLE_COUNT
};

struct canvas_cell {
	wchar_t	 ch;		/* L' ' when blank; 0 = right half of wide */
	unsigned char style;	/* enum canvas_style */
	unsigned char series;	/* period index, for monochrome fills */
};

struct canvas {
	int	 width;
	int	 height;
	struct canvas_cell *cells;	/* width * height, row-major */
};

/* A blank canvas; width and height may be 0. */
struct canvas *canvas_new(int width, int height);
void	 canvas_free(struct canvas *);
/* The cell at x, y, or NULL outside the canvas. */
struct canvas_cell *canvas_at(struct canvas *, int x, int y);
/*
 * Writes UTF-8 text at x, y in style, at most max_cols display columns
 * (-1: to the right edge); text that does not fit ends in "…" (or "~"
 * when ascii). Control characters are shown visibly. Returns the columns
 * used.
 */
int	 canvas_put(struct canvas *, int x, int y, const char *utf8,
	    enum canvas_style, int max_cols, bool ascii);
/* One wide character at x, y. */
void	 canvas_set(struct canvas *, int x, int y, wchar_t, enum canvas_style,
	    int series);
/* The canvas as UTF-8 lines ending in "\n", trailing blanks removed. */
char	*canvas_to_text(const struct canvas *);

#endif
