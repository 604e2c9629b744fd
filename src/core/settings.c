/*
 * The user's settings: defaults, where the files are, and the settings
 * the running program uses. Reading a file is the store's job
 * (store-settings.c), the only layer that sees libconfig.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/settings.h"
#include "b2c/util.h"

static const char *const settings_theme_names[] = {
	"default", "monochrome", "high-contrast"
};

static struct settings settings_defaults = {
	NULL, NULL, THEME_DEFAULT, false, SETTINGS_AUTOSAVE_DEFAULT
};
static const struct settings *settings_in_use = &settings_defaults;

void
settings_init(struct settings *s)
{
	memset(s, 0, sizeof *s);
	s->theme = THEME_DEFAULT;
	s->autosave_seconds = SETTINGS_AUTOSAVE_DEFAULT;
}

void
settings_clear(struct settings *s)
{
	free(s->language);
	free(s->sessions_dir);
	settings_init(s);
}

char *
settings_system_path(void)
{
	return xstrdup(SYSCONFDIR "/b2c/config");
}

char *
settings_user_path(void)
{
	const char *env;

	if ((env = getenv("XDG_CONFIG_HOME")) != NULL && *env == '/')
		return xasprintf("%s/b2c/config", env);
	if ((env = getenv("HOME")) != NULL && *env != '\0')
		return xasprintf("%s/.config/b2c/config", env);
	return NULL;
}

/* Adds one file's problems to the list for all files. */
static void
settings_collect(char **all, char *cause)
{
	if (cause == NULL)
		return;
	util_append_line(all, "%s", cause);
	free(cause);
}

int
settings_load(struct settings *s, char **cause)
{
	char *path, *one, *all = NULL;
	int failed = 0;

	path = settings_system_path();
	one = NULL;
	if (settings_read_file(s, path, &one) != 0)
		failed = 1;
	settings_collect(&all, one);
	free(path);
	if ((path = settings_user_path()) != NULL) {
		one = NULL;
		if (settings_read_file(s, path, &one) != 0)
			failed = 1;
		settings_collect(&all, one);
		free(path);
	}
	if (failed && cause != NULL) {
		/* One message per line, without the trailing newline. */
		if (all != NULL && *all != '\0')
			all[strlen(all) - 1] = '\0';
		*cause = all;
	} else
		free(all);
	return failed ? -1 : 0;
}

int
settings_theme_parse(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof settings_theme_names /
	    sizeof settings_theme_names[0]; i++) {
		if (strcmp(name, settings_theme_names[i]) == 0)
			return (int)i;
	}
	return -1;
}

const char *
settings_theme_name(enum settings_theme theme)
{
	if ((size_t)theme >= sizeof settings_theme_names /
	    sizeof settings_theme_names[0])
		return settings_theme_names[0];
	return settings_theme_names[theme];
}

const struct settings *
settings_current(void)
{
	return settings_in_use;
}

void
settings_set_current(const struct settings *s)
{
	settings_in_use = (s != NULL) ? s : &settings_defaults;
}
