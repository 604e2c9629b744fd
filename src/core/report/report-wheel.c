/*
 * The årshjul as rows every format draws: the activities in month order
 * (unknown months last, ties by date, then as the file has them), each
 * with its title and date for people (and its status, when it is not
 * just planned), its month and who is responsible.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/util.h"
#include "report-private.h"

/* The title with the activity's status when it is not just planned:
 * "Sommerfest (20 June 2026) [done 20 June 2026]" (allocated). */
static char *
wheel_title(const struct activity *a)
{
	char *title = report_activity_title(a), *out;

	out = report_with_status(title, a->status, a->status_date);
	free(title);
	return out;
}

/*
 * Rows in month order (unknown months last), ties in file order. Each
 * row's month is found once, before sorting: comparisons only compare.
 */
static int
wheel_row_cmp(const void *a, const void *b)
{
	const struct report_wheel_row *x = a, *y = b;
	int mx = x->month == 0 ? 13 : x->month;
	int my = y->month == 0 ? 13 : y->month;
	int c;

	if (mx != my)
		return mx - my;
	if ((c = strcmp(x->activity->date, y->activity->date)) != 0)
		return c;
	return x->activity < y->activity ? -1 : x->activity > y->activity;
}

struct report_wheel_row *
report_wheel_rows(const struct report *r, size_t *n)
{
	const struct part2 *p2 = &r->s->part2;
	struct report_wheel_row *rows;
	size_t i;

	*n = p2->n_wheel;
	rows = xcalloc(*n, sizeof *rows);
	for (i = 0; i < *n; i++) {
		rows[i].activity = &p2->wheel[i];
		rows[i].month = report_activity_month(&p2->wheel[i]);
	}
	qsort(rows, *n, sizeof *rows, wheel_row_cmp);
	for (i = 0; i < *n; i++) {
		rows[i].title = wheel_title(rows[i].activity);
		rows[i].responsible = report_responsible(r->s,
		    rows[i].activity);
	}
	return rows;
}

void
report_wheel_rows_free(struct report_wheel_row *rows, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(rows[i].title);
	free(rows);
}
