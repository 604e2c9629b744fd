/*
 * What changed between two versions of a session (b2c diff): settings
 * changed, and records and values added or removed, each named by its
 * place in the file with records by their id or key. Walks the files'
 * settings, so settings this version does not know are compared too.
 */
#ifndef B2C_STORE_DIFF_H
#define B2C_STORE_DIFF_H

#include <stddef.h>

#include "b2c/session.h"

enum store_change_kind {
	STORE_CHANGE_VALUE,	/* before -> after */
	STORE_CHANGE_ADDED,	/* after: the value, or a record's summary */
	STORE_CHANGE_REMOVED	/* before: likewise */
};

struct store_change {
	enum store_change_kind kind;
	char	*path;		/* "part3.meetings[2].learnings" */
	char	*before;	/* "" for an addition */
	char	*after;		/* "" for a removal */
};

struct store_changes {
	struct store_change *items;
	size_t	 n;
};

/* The changes from a to b, in file order, into *out; -1 and *cause. The
 * times and user of the last save are left out. */
int	store_diff(const struct session *a, const struct session *b,
	    struct store_changes *out, char **cause);
void	store_changes_free(struct store_changes *);

#endif
