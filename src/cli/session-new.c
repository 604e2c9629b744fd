/*
 * A session named in the picker, in the wizard and the line mode alike:
 * it is created at once with that name as its title, because the user
 * asked for a new file and should find it even after leaving before
 * typing anything.
 */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>

#include "b2c/cli.h"
#include "b2c/store.h"
#include "b2c/util.h"

bool
cli_session_create(const char *path, struct session *s,
    struct store_file *file, const char *title, const char *could_not,
    char **notice)
{
	char *cause = NULL, *also;

	free(s->title);
	s->title = xstrdup(title);
	if (store_save(path, s, file, 0, &cause) == 0)
		return true;
	also = xasprintf(could_not, cause);
	if (*notice != NULL) {
		char *both = xasprintf("%s %s", *notice, also);

		free(also);
		also = both;
	}
	free(*notice);
	*notice = also;
	free(cause);
	return false;
}
