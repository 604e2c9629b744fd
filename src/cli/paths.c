/*
 * Where sessions live: -d, else $B2C_SESSIONS, else sessions_dir from
 * the settings files, else $XDG_DATA_HOME/b2c/sessions
 * (~/.local/share/b2c/sessions). What is each user's own (where they
 * left each session) lives in $XDG_STATE_HOME/b2c (~/.local/state/b2c).
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/cli.h"
#include "b2c/settings.h"
#include "b2c/util.h"

char *
cli_sessions_dir(const struct cli_options *opts)
{
	const char *env;

	if (opts->sessions_dir != NULL)
		return xstrdup(opts->sessions_dir);
	if ((env = getenv("B2C_SESSIONS")) != NULL && *env != '\0')
		return xstrdup(env);
	if (settings_current()->sessions_dir != NULL)
		return xstrdup(settings_current()->sessions_dir);
	if ((env = getenv("XDG_DATA_HOME")) != NULL && *env == '/')
		return xasprintf("%s/b2c/sessions", env);
	if ((env = getenv("HOME")) != NULL && *env != '\0')
		return xasprintf("%s/.local/share/b2c/sessions", env);
	return xstrdup(".");
}

char *
cli_state_file(const char *name)
{
	const char *env;

	/* XDG: a relative value is invalid and is ignored. */
	if ((env = getenv("XDG_STATE_HOME")) != NULL && *env == '/')
		return xasprintf("%s/b2c/%s", env, name);
	if ((env = getenv("HOME")) != NULL && *env != '\0')
		return xasprintf("%s/.local/state/b2c/%s", env, name);
	return NULL;
}
