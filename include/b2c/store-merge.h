/*
 * Three-way merge of sessions, for teams that keep sessions under git:
 * the model is merged, not the lines of the file. Records are matched by
 * their ids (or natural keys); records added on either side are kept; a
 * setting changed on one side takes that side's value; a setting changed
 * two ways keeps ours' value and records a struct conflict in the result
 * with both values, as does a record removed on one side and changed on
 * the other (which is kept). Settings this version does not know merge by
 * the same rules. Nothing from either side is lost.
 */
#ifndef B2C_STORE_MERGE_H
#define B2C_STORE_MERGE_H

#include "b2c/session.h"

/*
 * Merges ours and theirs, both descended from base, into a new session
 * *out; *n_new receives the number of conflicts this merge added. name
 * is used in messages. -1 and *cause when the merged session would not
 * be valid (e.g. both sides used one statement id for different
 * statements).
 */
int	store_merge(const struct session *base, const struct session *ours,
	    const struct session *theirs, const char *name,
	    struct session **out, size_t *n_new, char **cause);

#endif
