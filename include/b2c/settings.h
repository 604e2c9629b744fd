/*
 * The user's settings: the system-wide file $(sysconfdir)/b2c/config is
 * read first, then $XDG_CONFIG_HOME/b2c/config (~/.config/b2c/config), so
 * the user's file overrides the system's setting by setting. Both are
 * libconfig files:
 *
 *	language = "da";		# "da" or "en"
 *	sessions_dir = "/srv/b2c/sessions";
 *	theme = "monochrome";		# default, monochrome, high-contrast
 *	ascii = true;			# ASCII line drawing
 *	autosave_seconds = 30;		# 0 turns autosave off
 *
 * A bad setting is reported as "FILE:LINE: text" and its default kept;
 * a file that does not parse is reported and ignored as a whole; a
 * missing file is not an error.
 */
#ifndef B2C_SETTINGS_H
#define B2C_SETTINGS_H

#include <stdbool.h>

#define SETTINGS_AUTOSAVE_DEFAULT	5	/* seconds */
#define SETTINGS_AUTOSAVE_MAX		3600
#define SETTINGS_MAX_FILE		(64 * 1024)	/* bytes */

enum settings_theme {
	THEME_DEFAULT = 0,
	THEME_MONOCHROME,
	THEME_HIGH_CONTRAST
};

struct settings {
	char	*language;	/* "da", "en" or NULL (from the locale) */
	char	*sessions_dir;	/* NULL: B2C_SESSIONS or the XDG default */
	enum settings_theme theme;
	bool	 ascii;
	int	 autosave_seconds; /* 0 = off */
};

/* Defaults: no language, no directory, default theme, autosave on. */
void	settings_init(struct settings *);
/* Frees what the settings own and resets them to the defaults. */
void	settings_clear(struct settings *);

/*
 * Reads one file over s. Returns 0 (also when the file does not exist),
 * or -1 with *cause listing every problem, one "FILE:LINE: text" a line;
 * the good settings are applied even then.
 */
int	settings_read_file(struct settings *, const char *path, char **cause);
/* The system-wide and the user's file, in the order they are read. */
char	*settings_system_path(void);
char	*settings_user_path(void);	/* NULL when there is no home */
/* Reads both files; -1 and *cause (all problems) when any was bad. */
int	settings_load(struct settings *, char **cause);

/* Theme names as in the file ("high-contrast"); -1 when unknown. */
int		 settings_theme_parse(const char *);
const char	*settings_theme_name(enum settings_theme);

/*
 * The settings the program runs with, for the screens that read them
 * (theme, ASCII, autosave interval). Defaults until settings_set_current()
 * hands over loaded ones (the pointer is kept, not copied).
 */
const struct settings *settings_current(void);
void	settings_set_current(const struct settings *);

#endif
