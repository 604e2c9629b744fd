/*
 * Where a merge conflict shows in the guide: the step, the field and,
 * in a list, table or record list, the row (and column) whose value the
 * conflict decides. Found by comparing what every field shows with the
 * session as it is and as it would be with the other side's value
 * (store-conflict.h), so it follows the guide's tables and needs no map
 * of file settings to fields. conflict-spot.h puts the two together for
 * a conflict of the session.
 */
#ifndef B2C_GUIDE_CONFLICT_H
#define B2C_GUIDE_CONFLICT_H

#include <stdbool.h>
#include <stddef.h>

#include "b2c/guide.h"
#include "b2c/session.h"

#define GUIDE_NO_ROW ((size_t)-1)

struct guide_spot {
	size_t	 step;
	const struct guide_field *field;	/* a field of the step */
	size_t	 row;		/* its row, or GUIDE_NO_ROW */
	const struct guide_field *column;	/* the row's column, or
						 * NULL for the whole row */
	int	 party;		/* the step's party, or -1 */
};

/* The first field (in step order) that shows a and b differently. */
bool	guide_spot_diff(const struct session *a, const struct session *b,
	    struct guide_spot *);

#endif
