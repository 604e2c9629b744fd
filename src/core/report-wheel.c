/*
 * The årshjul as rows every format draws: the activities in month order
 * (unknown months last, ties by date, then as the file has them), each
 * with its title and date for people, its month and who is responsible.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/util.h"
#include "report-private.h"

/* Activities in month order (unknown months last), ties in file order. */
static int
activity_cmp(const void *a, const void *b)
{
	const struct activity *const *x = a, *const *y = b;
	int mx = report_activity_month(*x), my = report_activity_month(*y);
	int c;

	if (mx == 0)
		mx = 13;
	if (my == 0)
		my = 13;
	if (mx != my)
		return mx - my;
	if ((c = strcmp((*x)->date, (*y)->date)) != 0)
		return c;
	return *x < *y ? -1 : *x > *y;
}

struct report_wheel_row *
report_wheel_rows(const struct report *r, size_t *n)
{
	const struct part2 *p2 = &r->s->part2;
	const struct activity **order;
	struct report_wheel_row *rows;
	size_t i;

	*n = p2->n_wheel;
	order = xcalloc(*n, sizeof *order);
	for (i = 0; i < *n; i++)
		order[i] = &p2->wheel[i];
	qsort(order, *n, sizeof *order, activity_cmp);
	rows = xcalloc(*n, sizeof *rows);
	for (i = 0; i < *n; i++) {
		rows[i].activity = order[i];
		rows[i].title = report_activity_title(order[i]);
		rows[i].month = report_activity_month(order[i]);
		rows[i].responsible = report_responsible(r->s, order[i]);
	}
	free(order);
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
