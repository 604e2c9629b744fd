/* The language choice and the Danish and English dates and numbers. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/i18n.h"
#include "b2c/lang.h"

static void
clear_environment(void)
{
	unsetenv("LANGUAGE");
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANG");
}

static void
assert_locale_lang(const char *value, const char *expected)
{
	const char *got = lang_from_locale(value);

	if (expected == NULL)
		assert_null(got);
	else {
		assert_non_null(got);
		assert_string_equal(got, expected);
	}
}

static void
test_locale_names(void **state)
{
	(void)state;
	assert_locale_lang("da_DK.UTF-8", "da");
	assert_locale_lang("da_DK.ISO-8859-1@euro", "da");
	assert_locale_lang("da", "da");
	assert_locale_lang("en_GB.UTF-8", "en");
	assert_locale_lang("de_DE.UTF-8", "en");	/* no German catalogue */
	assert_locale_lang("C", NULL);
	assert_locale_lang("POSIX", NULL);
	assert_locale_lang("C.UTF-8", NULL);
	assert_locale_lang("C.utf8", NULL);
	assert_locale_lang("", NULL);
	assert_locale_lang(NULL, NULL);
	/* LANGUAGE lists: the first language b2c can speak. */
	assert_locale_lang("sv:da:en", "da");
	assert_locale_lang("de:en", "en");
	assert_locale_lang("en:da", "en");
	assert_locale_lang("nb", "en");
}

static void
assert_choice(const char *option, const char *configured,
    const char *expected)
{
	const char *lang = NULL;
	char *cause = NULL;

	assert_int_equal(lang_choose(option, configured, &lang, &cause), 0);
	assert_null(cause);
	assert_string_equal(lang, expected);
}

static void
test_environment_order(void **state)
{
	(void)state;
	clear_environment();
	assert_choice(NULL, NULL, "da");	/* nothing set: Danish */
	setenv("LANG", "C.UTF-8", 1);
	assert_choice(NULL, NULL, "da");
	setenv("LANG", "en_US.UTF-8", 1);
	assert_choice(NULL, NULL, "en");
	setenv("LC_MESSAGES", "da_DK.UTF-8", 1);
	assert_choice(NULL, NULL, "da");	/* LC_MESSAGES beats LANG */
	setenv("LC_ALL", "C", 1);
	assert_choice(NULL, NULL, "da");	/* LC_ALL C: no language */
	setenv("LC_ALL", "en_GB.UTF-8", 1);
	assert_choice(NULL, NULL, "en");
	setenv("LANGUAGE", "da", 1);
	assert_choice(NULL, NULL, "da");	/* LANGUAGE beats them all */
	setenv("LANGUAGE", "", 1);
	assert_choice(NULL, NULL, "en");	/* empty LANGUAGE is unset */
	clear_environment();
}

static void
test_option_and_settings_win(void **state)
{
	const char *lang = NULL;
	char *cause = NULL;

	(void)state;
	clear_environment();
	setenv("LANGUAGE", "en", 1);
	assert_choice(NULL, "da", "da");	/* settings beat the locale */
	assert_choice("en", "da", "en");	/* --lang beats settings */
	assert_choice("DA", NULL, "da");
	assert_choice("english", NULL, "en");
	assert_choice(NULL, "", "en");		/* empty setting: locale */
	assert_int_equal(lang_choose("fr", NULL, &lang, &cause), -1);
	assert_non_null(cause);
	assert_non_null(strstr(cause, "'fr'"));
	free(cause);
	clear_environment();
}

static void
assert_formatted(char *got, const char *expected)
{
	assert_string_equal(got, expected);
	free(got);
}

static void
test_danish_formats(void **state)
{
	(void)state;
	lang_set("da");
	assert_string_equal(lang_current(), "da");
	assert_formatted(lang_format_date("2026-03-15"), "15. marts 2026");
	assert_formatted(lang_format_date("2027-01-01"), "1. januar 2027");
	assert_formatted(lang_format_date("2026-02-31"), "2026-02-31");
	assert_formatted(lang_format_date("snart"), "snart");
	assert_formatted(lang_format_percent(41.5), "41,5 %");
	assert_formatted(lang_format_percent(100), "100,0 %");
	assert_formatted(lang_format_percent(0.04), "0,0 %");
	assert_formatted(lang_format_percent(-0.04), "0,0 %");
	assert_formatted(lang_format_number(1234567.25, 2), "1.234.567,25");
	assert_formatted(lang_format_number(-1234, 0), "-1.234");
	assert_formatted(lang_format_number(999, 0), "999");
	assert_formatted(lang_format_number(NAN, 1), "-");
	assert_string_equal(lang_month_name(12), "december");
	assert_string_equal(lang_month_name(13), "");
}

static void
test_english_formats(void **state)
{
	(void)state;
	lang_set("en");
	assert_string_equal(lang_current(), "en");
	assert_formatted(lang_format_date("2026-03-15"), "15 March 2026");
	assert_formatted(lang_format_percent(41.5), "41.5%");
	assert_formatted(lang_format_percent(66.66), "66.7%");
	assert_formatted(lang_format_number(1234567.25, 2), "1,234,567.25");
	assert_formatted(lang_format_number(INFINITY, 0), "-");
	assert_string_equal(lang_month_name(5), "May");
	lang_set("xx");		/* anything else is the default, Danish */
	assert_string_equal(lang_current(), "da");
}

/* True for a UTF-8 locale name ("C.UTF-8", "C.utf8", "da_DK.UTF-8"). */
static int
is_utf8_name(const char *name)
{
	return strcasestr(name, "utf-8") != NULL ||
	    strcasestr(name, "utf8") != NULL;
}

/* Applies lang under one environment variable and checks the locale. */
static void
assert_applied(const char *var, const char *value, int utf8_ctype)
{
	clear_environment();
	setlocale(LC_ALL, "C");
	if (var != NULL)
		setenv(var, value, 1);
	assert_int_equal(lang_apply("da", "/nonexistent", NULL), 0);
	assert_string_equal(getenv("LANGUAGE"), "da");
	assert_string_equal(setlocale(LC_NUMERIC, NULL), "C");
	/* gettext ignores LANGUAGE under "C": never left there. */
	assert_true(is_utf8_name(setlocale(LC_MESSAGES, NULL)));
	if (utf8_ctype)
		assert_true(is_utf8_name(setlocale(LC_CTYPE, NULL)));
	else
		assert_string_equal(setlocale(LC_CTYPE, NULL), "C");
}

static void
test_apply_without_danish_locale(void **state)
{
	(void)state;
	assert_applied(NULL, NULL, 1);		/* a server with no LANG */
	assert_applied("LANG", "C.UTF-8", 1);
	assert_applied("LANG", "da_DK.UTF-8", 1); /* maybe not installed */
	assert_applied("LANG", "C", 0);		/* asked for ASCII: kept */
	assert_applied("LC_ALL", "POSIX", 0);
	assert_applied("LC_NUMERIC", "C.UTF-8", 1);
	clear_environment();
	setlocale(LC_ALL, "C");
	lang_set("da");
}

/* Messages remembered for one report: the same text as gettext's, each
 * looked up once, and after i18n_forget() the language may change. Run
 * with the test catalogue (B2C_LOCALEDIR). */
static void
test_remembered_messages(void **state)
{
	const char *dir = getenv("B2C_LOCALEDIR");
	static const char *const parts[] = { N_("Part 1"), N_("Part 2") };
	int i;

	(void)state;
	if (dir == NULL)
		fail_msg("B2C_LOCALEDIR is not set");
	clear_environment();
	assert_int_equal(lang_apply("da", dir, NULL), 0);
	assert_string_equal(_("Part 1"), "Del 1");
	i18n_remember();
	for (i = 0; i < 3; i++) {
		assert_string_equal(_(parts[0]), "Del 1");
		assert_string_equal(_(parts[1]), "Del 2");
	}
	i18n_remember();	/* nested: still remembered */
	assert_string_equal(_(parts[1]), "Del 2");
	i18n_forget();
	i18n_forget();
	assert_int_equal(lang_apply("en", dir, NULL), 0);
	assert_string_equal(_(parts[0]), "Part 1");
	i18n_remember();
	assert_string_equal(_(parts[0]), "Part 1");
	i18n_forget();
	clear_environment();
	setlocale(LC_ALL, "C");
	lang_set("da");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_locale_names),
		cmocka_unit_test(test_environment_order),
		cmocka_unit_test(test_option_and_settings_win),
		cmocka_unit_test(test_danish_formats),
		cmocka_unit_test(test_english_formats),
		cmocka_unit_test(test_apply_without_danish_locale),
		cmocka_unit_test(test_remembered_messages),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
