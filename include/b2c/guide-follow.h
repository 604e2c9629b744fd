/*
 * Following a measurement through a change of its indicator. Del 3's
 * measurements are one list over all indicators (guide-extra.h), so
 * choosing another indicator for a measurement moves it to the end of
 * that indicator's measurements and changes its row. A front end marks
 * the row before the change and finds it again after.
 */
#ifndef B2C_GUIDE_FOLLOW_H
#define B2C_GUIDE_FOLLOW_H

#include <stddef.h>

#include "b2c/session.h"

struct guide_follow {
	size_t	 indicator;
	char	*period;	/* NULL: nothing marked */
};

/* Marks the measurement at row of the flattened list. */
void	 guide_follow_mark(const struct session *, size_t row,
	    struct guide_follow *);
/* The marked measurement's row now, or -1 when it did not move; the
 * mark is used up either way. */
long	 guide_follow_find(const struct session *, struct guide_follow *);

#endif
