/*
 * Makes the process speak the chosen language, also on a server that has
 * no Danish locale installed.
 *
 * gettext looks LANGUAGE up only when the LC_MESSAGES locale is not
 * exactly "C", and setlocale(LC_MESSAGES, "") leaves it "C" when LANG
 * names a locale that is not installed. C.UTF-8 ships with glibc (Debian
 * 12 included), so a "C" or "POSIX" LC_MESSAGES is moved to C.UTF-8 and
 * the language is given to gettext through LANGUAGE.
 *
 * LC_CTYPE decides whether æ, ø and å are characters and whether the
 * screen is drawn in UTF-8. It is moved to C.UTF-8 only when the user
 * asked for no locale at all (as on a server where LANG is unset) or for
 * a UTF-8 one that is not installed; a user who set C or POSIX, or a
 * non-UTF-8 locale, keeps an ASCII terminal.
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/util.h"

static int
lang_is_c_locale(const char *name)
{
	return name == NULL || strcmp(name, "C") == 0 ||
	    strcmp(name, "POSIX") == 0;
}

/* True when the environment asks for no character set, or for UTF-8. */
static int
lang_wants_utf8(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_CTYPE", "LANG" };
	const char *value;
	size_t i;

	for (i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		value = getenv(vars[i]);
		if (value == NULL || *value == '\0')
			continue;
		return strcasestr(value, "UTF-8") != NULL ||
		    strcasestr(value, "utf8") != NULL;
	}
	return 1;
}

/* Moves category to a UTF-8 C locale when it is plain C; -1 if none. */
static int
lang_upgrade_c(int category)
{
	static const char *const names[] = { "C.UTF-8", "C.utf8" };
	size_t i;

	if (!lang_is_c_locale(setlocale(category, NULL)))
		return 0;
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (setlocale(category, names[i]) != NULL)
			return 0;
	}
	return -1;
}

int
lang_apply(const char *lang, const char *localedir, char **cause)
{
	int failed = 0;

	lang_set(lang);
	/*
	 * Only these two categories follow the environment: b2c writes
	 * dates and numbers itself and never collates, and loading every
	 * other category's locale file would only slow the start of each
	 * command. Each is set on its own, so one missing locale does not
	 * take the other down with it.
	 */
	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
	/* Numbers in files and CSV are always dot-decimal. */
	setlocale(LC_NUMERIC, "C");
	if (lang_upgrade_c(LC_MESSAGES) != 0)
		failed = 1;
	if (lang_wants_utf8() && lang_upgrade_c(LC_CTYPE) != 0)
		failed = 1;
	setenv("LANGUAGE", lang_current(), 1);
#ifdef ENABLE_NLS
	bindtextdomain(PACKAGE, localedir);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
#else
	(void)localedir;
#endif
	if (failed && strcmp(lang_current(), LANG_DANISH) == 0) {
		/* Not translated: without C.UTF-8 Danish cannot be shown. */
		if (cause != NULL)
			*cause = xstrdup("no C.UTF-8 locale: messages stay "
			    "in English");
		return -1;
	}
	return 0;
}
