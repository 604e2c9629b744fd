/*
 * The periods of one indicator as a file is read. Each label is stored by
 * its key (period.h), so files written before keys existed ("Baseline",
 * "År 1", "Year 1") load unchanged in meaning. Two records whose labels
 * name the same period ("Baseline" and "Baseline ", "År 1" and "Year 1")
 * were one period to their users, so they are merged into the first:
 * their answers are added statement by statement (what importing the
 * second batch into the first period would have done), the earlier date
 * is kept, and a count is kept when both agree. What cannot be merged
 * without losing something (two different counts, settings this version
 * does not know) is an error naming both lines, so nothing is dropped
 * silently.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/period.h"
#include "b2c/textnorm.h"
#include "store-private.h"

#define STORE_MAX_TALLY 1000000000L	/* as store-indicators.c */

void
store_periods_init(struct store_periods *p)
{
	memset(p, 0, sizeof *p);
	p->set = store_set_new();
}

void
store_periods_free(struct store_periods *p)
{
	size_t i;

	store_set_free(p->set);
	for (i = 0; i < p->n; i++)
		free(p->folded[i]);
	free(p->folded);
	free(p->lines);
	free(p->index);
	memset(p, 0, sizeof *p);
}

/* Adds the answers of tally t to m; false when a sum is too large. */
static bool
store_periods_add_tally(struct measurement *m, const struct tally *t)
{
	struct tally *to = session_tally_for(m, t->statement);
	long *a[SESSION_ANSWER_STEPS + 2], b[SESSION_ANSWER_STEPS + 2];
	int i;

	for (i = 0; i < SESSION_ANSWER_STEPS; i++) {
		a[i] = &to->steps[i];
		b[i] = t->steps[i];
	}
	a[i] = &to->dont_know;
	b[i++] = t->dont_know;
	a[i] = &to->blank;
	b[i++] = t->blank;
	for (i = 0; i < SESSION_ANSWER_STEPS + 2; i++)
		if (*a[i] + b[i] > STORE_MAX_TALLY)
			return false;
	for (i = 0; i < SESSION_ANSWER_STEPS + 2; i++)
		*a[i] += b[i];
	return true;
}

/* Why dup cannot be merged into first without a loss, or NULL. */
static const char *
store_periods_conflict(const struct measurement *first,
    const struct measurement *dup)
{
	size_t i;

	if (first->has_count && dup->has_count && first->count != dup->count)
		return _("with another count");
	if (dup->extra != NULL)
		return _("with settings this version does not know");
	for (i = 0; i < dup->n_tallies; i++)
		if (dup->tallies[i].extra != NULL)
			return _("with settings this version does not know");
	return NULL;
}

/* Merges the last measurement of ind into measurement k (see above). */
static void
store_periods_merge(struct store_reader *r, struct indicator *ind,
    size_t k, int first_line, int line)
{
	struct measurement *first = &ind->measurements[k];
	struct measurement *dup = &ind->measurements[ind->n_measurements - 1];
	const char *why = store_periods_conflict(first, dup);
	size_t i;

	for (i = 0; why == NULL && i < dup->n_tallies; i++)
		if (!store_periods_add_tally(first, &dup->tallies[i]))
			why = _("with too many answers to add up");
	if (why != NULL) {
		store_errorf(&r->err, line, _("period: \"%s\" is the same "
		    "period as the one on line %d, %s; give one of them "
		    "another name"), period_label(dup->period), first_line,
		    why);
		return;
	}
	if (dup->base)
		first->base = true;
	if (dup->has_count && !first->has_count) {
		first->has_count = true;
		first->count = dup->count;
	}
	if (first->date[0] == '\0' || (dup->date[0] != '\0' &&
	    strcmp(dup->date, first->date) < 0))
		session_set_str(&first->date, dup->date);
	session_remove_measurement(ind, ind->n_measurements - 1);
}

void
store_periods_add(struct store_reader *r, struct store_periods *p,
    struct indicator *ind, int line)
{
	struct measurement *m = &ind->measurements[ind->n_measurements - 1];
	char *key = period_key(m->period), *folded;
	int k;

	free(m->period);
	m->period = key;
	if (*key == '\0') {
		store_errorf(&r->err, line, _("period: missing (a label such "
		    "as \"Baseline\")"));
		return;
	}
	folded = textnorm_fold(key);
	if ((k = store_set_get(p->set, folded)) >= 0) {
		free(folded);
		store_periods_merge(r, ind, p->index[k], p->lines[k], line);
		return;
	}
	p->folded = xreallocarray(p->folded, p->n + 1, sizeof *p->folded);
	p->lines = xreallocarray(p->lines, p->n + 1, sizeof *p->lines);
	p->index = xreallocarray(p->index, p->n + 1, sizeof *p->index);
	p->folded[p->n] = folded;
	p->lines[p->n] = line;
	p->index[p->n] = ind->n_measurements - 1;
	(void)store_set_add(p->set, folded, (int)p->n);
	p->n++;
}
