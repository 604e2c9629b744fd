/*
 * The table editor's column widths (see include/b2c/table-layout.h).
 * Invariants: every width is at least its column's minimum, and when
 * the minimums fit the widths and gaps add up to at most avail.
 */
#include "config.h"

#include "b2c/table-layout.h"

#define MIN_NUMBER	4
#define MIN_CHOICE	6	/* "<Ab…>" */
#define MIN_TEXT	6
#define BASE_NUMBER	6
#define BASE_TEXT	10
/* The first text column usually names the row (an activity, a
 * statement): it is wider than the other text columns. */
#define BASE_MAIN	13
#define DATE_W		10	/* 2026-03-15, never cut */
#define CHECK_W		3	/* [x] */
/* A header longer than this is cut rather than widening its column. */
#define LABEL_MAX	13

static int
max_int(int a, int b)
{
	return a > b ? a : b;
}

/* The widths a column of this kind starts from. */
void
table_layout_col(enum guide_field_kind kind, int choice_w, int label_w,
    struct table_col *c)
{
	c->text = false;
	c->content = 0;
	switch (kind) {
	case GUIDE_DATE:
		c->min = c->base = DATE_W;
		break;
	case GUIDE_NUMBER:
		c->min = MIN_NUMBER;
		c->base = BASE_NUMBER;
		break;
	case GUIDE_CHECK:
		c->min = c->base = CHECK_W;
		break;
	case GUIDE_CHOICE:
		c->min = MIN_CHOICE;
		c->base = max_int(choice_w + 2, MIN_CHOICE);
		break;
	default:
		c->min = MIN_TEXT;
		c->base = BASE_TEXT;
		c->text = true;
		break;
	}
	c->want = label_w > c->base && label_w <= LABEL_MAX ? label_w :
	    c->base;
}

void
table_layout_content(enum guide_field_kind kind, int content_w, int label_w,
    struct table_col *c)
{
	int fit = max_int(content_w, label_w <= LABEL_MAX ? label_w : 0);

	if (content_w <= 0)
		return;
	c->content = content_w;
	switch (kind) {
	case GUIDE_DATE:
		c->min = c->base = c->want = max_int(content_w, DATE_W);
		break;
	case GUIDE_NUMBER:
		/* Narrower when the numbers and the header are short. */
		if (fit + 1 < c->base)
			c->base = c->want = max_int(fit + 1, MIN_NUMBER);
		break;
	case GUIDE_CHOICE:
	case GUIDE_CHECK:
		break;
	default:
		/* Short ids: no wider than they and the header are. */
		if (fit < c->base)
			c->base = c->want = max_int(fit, c->min);
		break;
	}
}

/* The width columns can share on a terminal cols wide: the scroll
 * arrows keep the cells on the right. */
int
table_layout_avail(int cols)
{
	return cols - TABLE_LAYOUT_X - 2;
}

/* The width n columns need at their minimum, gaps included. */
int
table_layout_need(const struct table_col *cols, size_t n)
{
	size_t i;
	int need = 0;

	for (i = 0; i < n; i++)
		need += cols[i].min + (i > 0 ? TABLE_LAYOUT_GAP : 0);
	return need;
}

static int
sum_widths(const int *widths, size_t n)
{
	size_t i;
	int sum = 0;

	for (i = 0; i < n; i++)
		sum += widths[i] + (i > 0 ? TABLE_LAYOUT_GAP : 0);
	return sum;
}

/* The base width of column i, the first text column's widened. */
static int
col_base(const struct table_col *cols, size_t i)
{
	size_t k;
	int floor;

	if (!cols[i].text)
		return max_int(cols[i].base, cols[i].min);
	for (k = 0; k < i && !cols[k].text; k++)
		;
	/* An id column whose values are short stays short. */
	if (cols[i].content > 0) {
		floor = k == i ? BASE_MAIN : cols[i].base;
		return max_int(cols[i].min, cols[i].content < floor ?
		    cols[i].content : floor);
	}
	return max_int(cols[i].base, k == i ? BASE_MAIN : cols[i].min);
}

/*
 * Takes one cell from the widest column still above its floor (base in
 * the first round, min in the second); a text column wins a tie, since
 * its full value is what the editor scrolls through. False when none
 * can give.
 */
static bool
shrink_widest(const struct table_col *cols, size_t n, bool to_min,
    int *widths)
{
	size_t i, best = n;
	int floor;

	for (i = 0; i < n; i++) {
		floor = to_min ? cols[i].min : col_base(cols, i);
		if (widths[i] <= floor)
			continue;
		if (best == n || widths[i] > widths[best] ||
		    (widths[i] == widths[best] && cols[i].text &&
		    !cols[best].text))
			best = i;
	}
	if (best == n)
		return false;
	widths[best]--;
	return true;
}

/* The text column nearest to showing its widest value, or n: an id
 * column is shown whole before a long text takes the rest. */
static size_t
most_wanting(const struct table_col *cols, size_t n, const int *widths)
{
	size_t i, best = n;

	for (i = 0; i < n; i++) {
		if (!cols[i].text || cols[i].content <= widths[i])
			continue;
		if (best == n || cols[i].content - widths[i] <
		    cols[best].content - widths[best])
			best = i;
	}
	return best;
}

/*
 * Shares what is left over among the text columns: first to those whose
 * values do not fit yet, the one missing least first; then evenly among
 * those whose values are not known (left ones first), or else all to
 * the one with the widest values.
 */
static void
grow_text(const struct table_col *cols, size_t n, int spare, int *widths)
{
	size_t i, n_open = 0, k = 0, widest = n;

	while (spare > 0 && (i = most_wanting(cols, n, widths)) < n) {
		widths[i]++;
		spare--;
	}
	for (i = 0; i < n; i++) {
		if (!cols[i].text)
			continue;
		if (cols[i].content == 0)
			n_open++;
		else if (widest == n || cols[i].content > cols[widest].content)
			widest = i;
	}
	if (n_open == 0) {
		if (widest < n)
			widths[widest] += spare;
		return;
	}
	for (i = 0; i < n; i++) {
		if (!cols[i].text || cols[i].content != 0)
			continue;
		widths[i] += spare / (int)n_open +
		    (k < (size_t)spare % n_open ? 1 : 0);
		k++;
	}
}

/* Splits avail columns among n columns into widths[]. */
bool
table_layout_widths(const struct table_col *cols, size_t n, int avail,
    int *widths)
{
	size_t i;
	int round;

	for (i = 0; i < n; i++)
		widths[i] = max_int(cols[i].want, col_base(cols, i));
	for (round = 0; round < 2; round++)
		while (sum_widths(widths, n) > avail &&
		    shrink_widest(cols, n, round == 1, widths))
			;
	if (sum_widths(widths, n) > avail)
		return false;
	grow_text(cols, n, avail - sum_widths(widths, n), widths);
	return true;
}
