/*
 * Where a merge conflict shows (conflict-spot.h).
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/conflict-spot.h"
#include "b2c/store-conflict.h"

bool
conflict_spot(const struct session *s, size_t i, struct guide_spot *sp)
{
	struct session *other = NULL;
	char *cause = NULL;
	bool found;

	if (store_conflict_other(s, i, &other, &cause) != 0) {
		free(cause);
		return false;
	}
	found = guide_spot_diff(s, other, sp);
	session_free(other);
	return found;
}
