/*
 * The lock of a command that writes a session (import-part1,
 * import-responses, new-year): taken, or refused with the holder named.
 * The wizard and the line mode open a held session read-only instead and
 * have their own words for it.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/cli.h"
#include "b2c/i18n.h"
#include "b2c/store.h"

struct store_lock *
cli_lock(const char *path)
{
	struct store_lock *lock = NULL;
	char *holder = NULL, *note = NULL, *cause = NULL;

	if (store_lock_acquire(path, &lock, &holder, &note, &cause) != 0) {
		if (holder != NULL)
			cli_error(_("b2c: %s is being edited by %s\n"), path,
			    holder);
		else if (cause != NULL)
			cli_error("%s\n", cause);
		lock = NULL;
	} else if (note != NULL)	/* a stale lock taken over */
		cli_error("%s\n", note);
	free(holder);
	free(note);
	free(cause);
	return lock;
}
