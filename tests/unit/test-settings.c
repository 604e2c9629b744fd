/*
 * The settings files: every setting, every kind of bad setting reported
 * as FILE:LINE with the default kept, the user's file over the system's,
 * and the sessions directory order (-d, B2C_SESSIONS, settings, XDG).
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "b2c/cli.h"
#include "b2c/settings.h"
#include "b2c/util.h"

static char *tmpdir;

/* Writes text to NAME under the scratch directory; returns the path. */
static char *
write_file(const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", tmpdir, name);
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
	return path;
}

static int
setup(void **state)
{
	const char *base = getenv("B2C_TEST_TMP");

	(void)state;
	tmpdir = xasprintf("%s/settings-%ld", base != NULL ? base : "/tmp",
	    (long)getpid());
	mkdir(tmpdir, 0700);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	free(tmpdir);
	return 0;
}

static void
test_every_setting(void **state)
{
	struct settings s;
	char *cause = NULL;
	char *path = write_file("good", "# a comment\nlanguage = \"en\";\n"
	    "sessions_dir = \"/srv/b2c\";\ntheme = \"high-contrast\";\n"
	    "ascii = true;\nautosave_seconds = 30;\n");

	(void)state;
	settings_init(&s);
	assert_null(s.language);
	assert_int_equal(s.autosave_seconds, SETTINGS_AUTOSAVE_DEFAULT);
	assert_int_equal(settings_read_file(&s, path, &cause), 0);
	assert_null(cause);
	assert_string_equal(s.language, "en");
	assert_string_equal(s.sessions_dir, "/srv/b2c");
	assert_int_equal(s.theme, THEME_HIGH_CONTRAST);
	assert_true(s.ascii);
	assert_int_equal(s.autosave_seconds, 30);
	settings_clear(&s);
	assert_null(s.sessions_dir);
	assert_int_equal(s.theme, THEME_DEFAULT);
	free(path);
}

/* Reads text and checks that the problems are exactly expected. */
static void
assert_problems(const char *text, const char *expected_fmt,
    struct settings *s)
{
	char *path = write_file("bad", text);
	char *expected = xasprintf(expected_fmt, path, path, path, path);
	char *cause = NULL;

	assert_int_equal(settings_read_file(s, path, &cause), -1);
	assert_non_null(cause);
	assert_string_equal(cause, expected);
	free(cause);
	free(expected);
	free(path);
}

static void
test_bad_settings_keep_defaults(void **state)
{
	struct settings s;

	(void)state;
	settings_init(&s);
	assert_problems("language = \"fr\";\ntheme = \"pink\";\n"
	    "ascii = 1;\nautosave_seconds = -5;\n",
	    "%s:1: unknown language 'fr' (use \"da\" or \"en\")\n"
	    "%s:2: unknown theme 'pink' (use \"default\", \"monochrome\" or "
	    "\"high-contrast\")\n"
	    "%s:3: 'ascii' must be true or false\n"
	    "%s:4: 'autosave_seconds' must be between 0 and 3600", &s);
	assert_null(s.language);
	assert_int_equal(s.theme, THEME_DEFAULT);
	assert_false(s.ascii);
	assert_int_equal(s.autosave_seconds, SETTINGS_AUTOSAVE_DEFAULT);
	settings_clear(&s);
}

static void
test_unknown_and_mistyped(void **state)
{
	struct settings s;

	(void)state;
	settings_init(&s);
	/* Good settings beside bad ones still apply. */
	assert_problems("theme = \"monochrome\";\ncolour = \"red\";\n"
	    "autosave_seconds = 2.5;\nsessions_dir = 7;\n",
	    "%s:2: unknown setting 'colour'\n"
	    "%s:3: 'autosave_seconds' must be a whole number of seconds\n"
	    "%s:4: 'sessions_dir' must be a non-empty string in double "
	    "quotes", &s);
	assert_int_equal(s.theme, THEME_MONOCHROME);
	assert_null(s.sessions_dir);
	settings_clear(&s);
}

static void
test_syntax_error_and_directives(void **state)
{
	struct settings s;

	(void)state;
	settings_init(&s);
	assert_problems("ascii = true;\nlanguage = \"da\"\ntheme = ;\n",
	    "%s:3: syntax error", &s);
	assert_false(s.ascii);		/* the whole file is ignored */
	assert_problems("ascii = true;\n  @include \"/etc/passwd\"\n",
	    "%s:2: directives such as @include are not allowed", &s);
	assert_false(s.ascii);
	settings_clear(&s);
}

static void
test_missing_and_special_files(void **state)
{
	struct settings s;
	char *cause = NULL;
	char *fifo = xasprintf("%s/fifo", tmpdir);

	(void)state;
	settings_init(&s);
	assert_int_equal(settings_read_file(&s, "/nonexistent/b2c/config",
	    &cause), 0);
	assert_null(cause);
	unlink(fifo);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	assert_int_equal(settings_read_file(&s, fifo, &cause), -1);
	assert_non_null(strstr(cause, "not a regular file"));
	free(cause);
	assert_int_equal(settings_read_file(&s, tmpdir, &cause), -1);
	free(cause);
	unlink(fifo);
	free(fifo);
	settings_clear(&s);
}

static void
test_user_file_over_system_file(void **state)
{
	struct settings s;
	char *sys = write_file("system", "theme = \"monochrome\";\n"
	    "autosave_seconds = 60;\nsessions_dir = \"/srv/shared\";\n");
	char *dir = xasprintf("%s/xdg", tmpdir);
	char *sub = xasprintf("%s/xdg/b2c", tmpdir);
	char *user, *path, *cause = NULL;

	(void)state;
	mkdir(dir, 0700);
	mkdir(sub, 0700);
	user = write_file("xdg/b2c/config", "autosave_seconds = 0;\n"
	    "sessions_dir = \"~/b2c\";\n");
	setenv("XDG_CONFIG_HOME", dir, 1);
	setenv("HOME", "/home/anna", 1);
	path = settings_user_path();
	assert_string_equal(path, user);
	free(path);
	settings_init(&s);
	settings_read_file(&s, sys, NULL);
	assert_int_equal(settings_load(&s, &cause), 0);
	assert_null(cause);
	assert_int_equal(s.theme, THEME_MONOCHROME);	/* kept */
	assert_int_equal(s.autosave_seconds, 0);	/* overridden */
	assert_string_equal(s.sessions_dir, "/home/anna/b2c");
	settings_clear(&s);
	unsetenv("XDG_CONFIG_HOME");
	path = settings_user_path();
	assert_string_equal(path, "/home/anna/.config/b2c/config");
	free(path);
	free(sys);
	free(user);
	free(dir);
	free(sub);
}

static void
assert_sessions_dir(const struct cli_options *opts, const char *expected)
{
	char *dir = cli_sessions_dir(opts);

	assert_string_equal(dir, expected);
	free(dir);
}

static void
test_sessions_dir_order(void **state)
{
	struct cli_options opts;
	struct settings s;

	(void)state;
	memset(&opts, 0, sizeof opts);
	settings_init(&s);
	setenv("HOME", "/home/anna", 1);
	unsetenv("XDG_DATA_HOME");
	unsetenv("B2C_SESSIONS");
	settings_set_current(&s);
	assert_sessions_dir(&opts, "/home/anna/.local/share/b2c/sessions");
	setenv("XDG_DATA_HOME", "/data", 1);
	assert_sessions_dir(&opts, "/data/b2c/sessions");
	s.sessions_dir = xstrdup("/srv/b2c");
	assert_sessions_dir(&opts, "/srv/b2c");
	setenv("B2C_SESSIONS", "/env/sessions", 1);
	assert_sessions_dir(&opts, "/env/sessions");
	opts.sessions_dir = "/opt/d";
	assert_sessions_dir(&opts, "/opt/d");
	settings_set_current(NULL);
	assert_null(settings_current()->sessions_dir);
	settings_clear(&s);
	unsetenv("B2C_SESSIONS");
}

static void
test_theme_names(void **state)
{
	(void)state;
	assert_int_equal(settings_theme_parse("default"), THEME_DEFAULT);
	assert_int_equal(settings_theme_parse("monochrome"), THEME_MONOCHROME);
	assert_int_equal(settings_theme_parse("high-contrast"),
	    THEME_HIGH_CONTRAST);
	assert_int_equal(settings_theme_parse("Monochrome"), -1);
	assert_string_equal(settings_theme_name(THEME_HIGH_CONTRAST),
	    "high-contrast");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_setting),
		cmocka_unit_test(test_bad_settings_keep_defaults),
		cmocka_unit_test(test_unknown_and_mistyped),
		cmocka_unit_test(test_syntax_error_and_directives),
		cmocka_unit_test(test_missing_and_special_files),
		cmocka_unit_test(test_user_file_over_system_file),
		cmocka_unit_test(test_sessions_dir_order),
		cmocka_unit_test(test_theme_names),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
