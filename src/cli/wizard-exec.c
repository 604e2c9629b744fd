/*
 * b2c runs the wizard as a program of its own (b2c-wizard), so that the
 * commands that only read and print never load curses. The wizard is
 * the whole of b2c plus the screens: it parses the same arguments again.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "b2c/cli.h"
#include "b2c/i18n.h"

#define WIZARD_NAME	"b2c-wizard"

static char wizard_path[PATH_MAX];

/*
 * An uninstalled build keeps the wizard next to b2c; an installed b2c
 * finds it in pkglibexecdir. Next-to-self comes first so that a build
 * tree never runs an older installed wizard.
 */
static const char *
wizard_find(void)
{
	const char *env = getenv("B2C_WIZARD");
	char self[PATH_MAX], *slash;
	ssize_t n;

	if (env != NULL && *env != '\0')
		return env;
	n = readlink("/proc/self/exe", self, sizeof self - 1);
	if (n > 0) {
		self[n] = '\0';
		if ((slash = strrchr(self, '/')) != NULL) {
			*slash = '\0';
			if ((size_t)snprintf(wizard_path, sizeof wizard_path,
			    "%s/%s", self, WIZARD_NAME) < sizeof wizard_path &&
			    access(wizard_path, X_OK) == 0)
				return wizard_path;
		}
	}
	snprintf(wizard_path, sizeof wizard_path, "%s/%s", PKGLIBEXECDIR,
	    WIZARD_NAME);
	return wizard_path;
}

int
wizard_exec(char **argv)
{
	const char *path = wizard_find();

	if (path != wizard_path)
		snprintf(wizard_path, sizeof wizard_path, "%s", path);
	fflush(NULL);
	execv(path, argv);
	return errno;
}

int
wizard_exec_failed(int err)
{
	cli_error(_("b2c: cannot start the wizard %s: %s\n"), wizard_path,
	    strerror(err));
	return EXIT_DATA;
}
