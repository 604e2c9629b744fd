/*
 * Measurement periods. A period is stored by a key that does not depend
 * on the interface's language, and shown in that language:
 *   "baseline"  shown as "Baseline"
 *   "year N"    shown as "Year N" / "År N"
 *   anything else (a name the users chose) as typed, trimmed, its white
 *   space collapsed.
 * Labels typed or read in either language ("Baseline ", "År 1", "year 1",
 * "YEAR  1") map to their key, so "Year 1" and "År 1" are one period, and
 * two keys name the same period when they are equal without regard to
 * case ("Midtvejs" and "midtvejs").
 */
#ifndef B2C_PERIOD_H
#define B2C_PERIOD_H

#include <stdbool.h>
#include <stddef.h>

#include "b2c/session.h"

#define PERIOD_BASELINE	"baseline"
#define PERIOD_MAX_YEAR	999

/* The key a typed or stored label stands for (allocated; "" if blank). */
char	*period_key(const char *label);
/*
 * The label of a key (or of any label) in the interface's language.
 * Borrowed: it is the argument itself, a translation, or a string kept
 * for the life of the process; never NULL.
 */
const char *period_label(const char *key);
/* True when two keys or labels name the same period. */
bool	period_same(const char *a, const char *b);
/* N of a "year N" key or label, 0 for the baseline, -1 for others. */
int	period_year(const char *key);
/*
 * The periods to offer for a new record of any indicator: Baseline, then
 * År 1 .. the year after the latest one measured (at least År 3; more
 * when the plan's evaluation meetings span more years), then every other
 * period already in the session, as labels in the interface's language
 * (a NULL-terminated, allocated array of allocated strings; free with
 * period_choices_free).
 */
char	**period_choices(const struct session *);
void	period_choices_free(char **);
/* The same periods as one line, "Baseline, Year 1, ..." (allocated). */
char	*period_offer(const struct session *);

#endif
