/*
 * Deciding the conflicts b2c merge left in a session (store-merge.h):
 * each names a setting by its path in the file, with ours' value in the
 * session and theirs' kept as text. Deciding keeps what the session
 * holds, or applies the other side: theirs' value for a setting changed
 * two ways, the removal for a record one side removed and the other
 * changed. Either way the conflict leaves the list.
 */
#ifndef B2C_STORE_CONFLICT_H
#define B2C_STORE_CONFLICT_H

#include <stdbool.h>
#include <stddef.h>

#include "b2c/session.h"

/* True for a conflict about a removal ("removed-ours"/"-theirs"). */
bool	store_conflict_is_removal(const struct conflict *);

/*
 * The session as it would be with conflict i decided for the other side
 * (and gone from the list), in *out; s is unchanged. -1 and *cause when
 * the setting is not found or the other value would not be valid there.
 */
int	store_conflict_other(const struct session *s, size_t i,
	    struct session **out, char **cause);

/*
 * Decides conflict i of s: take_other false keeps the session's value,
 * true applies the other side's. The conflict leaves the list. -1 and
 * *cause leave s unchanged.
 */
int	store_conflict_decide(struct session *s, size_t i, bool take_other,
	    char **cause);

#endif
