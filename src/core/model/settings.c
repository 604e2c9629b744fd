/*
 * The model of the user's settings, as tmux's options.c: defaults, theme
 * names, and the settings the running program uses. It never knows where
 * values came from: finding and reading the files is store-settings.c's
 * job (as cfg.c is tmux's), which calls this file and never the reverse.
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
