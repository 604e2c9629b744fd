/*
 * Finds the settings files and reads them into the model of settings
 * (settings.c) with libconfig (the store layer is the only one that sees
 * <libconfig.h>). The file is the user's or the admin's, but it
 * is still read the careful way sessions are: no FIFOs, size-capped,
 * no @include (libconfig 1.5 cannot switch it off and exits on some
 * targets), parsed from memory.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libconfig.h>

#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/settings.h"
#include "b2c/util.h"

/* Reads the whole file; 1 when it does not exist, -1 on error. */
static int
settings_slurp(const char *path, char **text, char **cause)
{
	struct stat sb;
	ssize_t n;
	size_t len = 0;
	int fd;

	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) == -1) {
		if (errno == ENOENT || errno == ENOTDIR)
			return 1;
		util_append_line(cause, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) ||
	    sb.st_size > SETTINGS_MAX_FILE) {
		util_append_line(cause, _("%s: not a regular file of at most "
		    "%d bytes"), path, SETTINGS_MAX_FILE);
		close(fd);
		return -1;
	}
	*text = xmalloc((size_t)sb.st_size + 1);
	while (len < (size_t)sb.st_size &&
	    (n = read(fd, *text + len, (size_t)sb.st_size - len)) > 0)
		len += (size_t)n;
	(*text)[len] = '\0';
	close(fd);
	return 0;
}

/* The line of the first directive ("@include"), 0 when there is none. */
static int
settings_directive_line(const char *text)
{
	const char *p = text;
	int line = 1;

	while (*p != '\0') {
		p += strspn(p, " \t\r\f\v");
		if (*p == '@')
			return line;
		if ((p = strchr(p, '\n')) == NULL)
			break;
		p++;
		line++;
	}
	return 0;
}

static const char *
settings_get_string(const config_setting_t *set, const char *path,
    char **cause)
{
	const char *value = config_setting_get_string(set);

	if (value == NULL || *value == '\0')
		util_append_line(cause, _("%s:%d: '%s' must be a non-empty "
		    "string in double quotes"), path,
		    config_setting_source_line(set), config_setting_name(set));
	return (value != NULL && *value != '\0') ? value : NULL;
}

/* A sessions directory; "~/" means the home directory. */
static char *
settings_expand_home(const char *dir)
{
	const char *home = getenv("HOME");

	if (strncmp(dir, "~/", 2) == 0 && home != NULL && *home != '\0')
		return xasprintf("%s/%s", home, dir + 2);
	return xstrdup(dir);
}

static void
settings_apply_language(struct settings *s, const config_setting_t *set,
    const char *path, char **cause)
{
	const char *value = settings_get_string(set, path, cause);
	const char *lang;

	if (value == NULL)
		return;
	if ((lang = lang_parse(value)) == NULL) {
		util_append_line(cause, _("%s:%d: unknown language '%s' (use "
		    "\"da\" or \"en\")"), path,
		    config_setting_source_line(set), value);
		return;
	}
	free(s->language);
	s->language = xstrdup(lang);
}

static void
settings_apply_theme(struct settings *s, const config_setting_t *set,
    const char *path, char **cause)
{
	const char *value = settings_get_string(set, path, cause);
	int theme;

	if (value == NULL)
		return;
	if ((theme = settings_theme_parse(value)) < 0) {
		util_append_line(cause, _("%s:%d: unknown theme '%s' (use "
		    "\"default\", \"monochrome\" or \"high-contrast\")"), path,
		    config_setting_source_line(set), value);
		return;
	}
	s->theme = (enum settings_theme)theme;
}

static void
settings_apply_number(struct settings *s, const config_setting_t *set,
    const char *path, char **cause)
{
	int type = config_setting_type(set);
	long long value;

	if (type != CONFIG_TYPE_INT && type != CONFIG_TYPE_INT64) {
		util_append_line(cause, _("%s:%d: '%s' must be a whole number "
		    "of seconds"), path, config_setting_source_line(set),
		    config_setting_name(set));
		return;
	}
	value = config_setting_get_int64(set);
	if (value < 0 || value > SETTINGS_AUTOSAVE_MAX) {
		util_append_line(cause, _("%s:%d: '%s' must be between 0 and "
		    "%d"), path, config_setting_source_line(set),
		    config_setting_name(set), SETTINGS_AUTOSAVE_MAX);
		return;
	}
	s->autosave_seconds = (int)value;
}

static void
settings_apply(struct settings *s, const config_setting_t *set,
    const char *path, char **cause)
{
	const char *name = config_setting_name(set);
	const char *value;

	if (strcmp(name, "language") == 0)
		settings_apply_language(s, set, path, cause);
	else if (strcmp(name, "sessions_dir") == 0) {
		if ((value = settings_get_string(set, path, cause)) != NULL) {
			free(s->sessions_dir);
			s->sessions_dir = settings_expand_home(value);
		}
	} else if (strcmp(name, "theme") == 0)
		settings_apply_theme(s, set, path, cause);
	else if (strcmp(name, "ascii") == 0) {
		if (config_setting_type(set) == CONFIG_TYPE_BOOL)
			s->ascii = config_setting_get_bool(set) != 0;
		else
			util_append_line(cause, _("%s:%d: 'ascii' must be true "
			    "or false"), path, config_setting_source_line(set));
	} else if (strcmp(name, "autosave_seconds") == 0)
		settings_apply_number(s, set, path, cause);
	else
		util_append_line(cause, _("%s:%d: unknown setting '%s'"), path,
		    config_setting_source_line(set), name);
}

/* Parses text and applies every setting; problems go to *cause. */
static void
settings_parse(struct settings *s, const char *path, const char *text,
    char **cause)
{
	config_t cfg;
	config_setting_t *root, *set;
	int i, line;

	if ((line = settings_directive_line(text)) != 0) {
		util_append_line(cause, _("%s:%d: directives such as @include "
		    "are not allowed"), path, line);
		return;
	}
	config_init(&cfg);
	if (config_read_string(&cfg, text) != CONFIG_TRUE) {
		util_append_line(cause, "%s:%d: %s", path,
		    config_error_line(&cfg), config_error_text(&cfg));
		config_destroy(&cfg);
		return;
	}
	root = config_root_setting(&cfg);
	for (i = 0; (set = config_setting_get_elem(root, (unsigned)i)) !=
	    NULL; i++)
		settings_apply(s, set, path, cause);
	config_destroy(&cfg);
}

int
settings_read_file(struct settings *s, const char *path, char **cause)
{
	char *text = NULL, *problems = NULL;
	int rc;

	rc = settings_slurp(path, &text, &problems);
	if (rc == 0)
		settings_parse(s, path, text, &problems);
	free(text);
	if (problems == NULL)
		return 0;
	problems[strlen(problems) - 1] = '\0';
	if (cause != NULL)
		*cause = problems;
	else
		free(problems);
	return -1;
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
