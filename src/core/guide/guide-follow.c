/*
 * A measurement found again after its indicator changed (guide-follow.h):
 * it is the last measurement of another indicator, with the same period.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/guide-extra.h"
#include "b2c/guide-follow.h"
#include "b2c/period.h"
#include "b2c/util.h"

void
guide_follow_mark(const struct session *s, size_t row, struct guide_follow *f)
{
	size_t ind, meas;

	free(f->period);
	f->period = NULL;
	if (guide_measurement_at(s, row, &ind, &meas) == 0) {
		f->indicator = ind;
		f->period = xstrdup(s->indicators[ind].measurements[meas].
		    period);
	}
}

long
guide_follow_find(const struct session *s, struct guide_follow *f)
{
	const struct indicator *ind;
	long row = -1;
	size_t k, n;

	for (k = 0; f->period != NULL && k < s->n_indicators; k++) {
		ind = &s->indicators[k];
		n = ind->n_measurements;
		if (k != f->indicator && n > 0 &&
		    period_same(ind->measurements[n - 1].period, f->period)) {
			row = guide_measurement_row(s, k, n - 1);
			break;
		}
	}
	free(f->period);
	f->period = NULL;
	return row;
}
