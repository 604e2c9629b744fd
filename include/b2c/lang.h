/*
 * The language of the interface (Danish or English) and the Danish or
 * English way of showing dates and numbers on screen and in reports.
 *
 * The choice: --lang, else the configured language, else what the
 * environment names (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as gettext
 * reads them), else Danish: a locale that names no language (C, POSIX,
 * C.UTF-8, unset, as on many servers) means Danish. A locale naming a
 * language b2c has no catalogue for gives English, the msgid language.
 *
 * Files and CSV never use these helpers: they stay ISO dates and
 * dot-decimal numbers, and LC_NUMERIC is kept "C" for the whole process.
 */
#ifndef B2C_LANG_H
#define B2C_LANG_H

#define LANG_DANISH	"da"
#define LANG_ENGLISH	"en"

/* "da" or "en" for a name a user may type ("da", "en", "dansk",
 * "english", ...), NULL when unknown. */
const char	*lang_parse(const char *name);
/* The language a locale name or a LANGUAGE list names: "da", "en" (also
 * for any other named language), NULL when it names none. */
const char	*lang_from_locale(const char *value);
/* The language the environment selects, NULL when it names none. */
const char	*lang_from_environment(void);
/* Chooses the language (see above). option and configured may be NULL;
 * an unknown one gives -1 and *cause. */
int		 lang_choose(const char *option, const char *configured,
		    const char **lang, char **cause);

/*
 * Makes the process speak lang: the locale from the environment with
 * LC_NUMERIC "C", LC_MESSAGES and LC_CTYPE moved to C.UTF-8 when they are
 * C or POSIX (gettext ignores LANGUAGE under the "C" locale, and servers
 * often lack da_DK), LANGUAGE set to lang, and the message catalogue bound
 * from localedir. Returns -1 with *cause when the C.UTF-8 fallback is
 * missing (messages then stay English).
 */
int		 lang_apply(const char *lang, const char *localedir,
		    char **cause);
/* Records lang without touching the process locale (for tests). */
void		 lang_set(const char *lang);
/* The language in use: "da" (the default) or "en". */
const char	*lang_current(void);

/* An ISO date for people: "15. marts 2026" / "15 March 2026"; anything
 * else is returned as given. Allocated. */
char		*lang_format_date(const char *iso);
/* A month name (1..12), "marts" / "March"; "" when out of range. */
const char	*lang_month_name(int month);
/* A number with the given decimals: "1.234,5" / "1,234.5". Allocated;
 * NaN and infinities give "-". */
char		*lang_format_number(double value, int decimals);
/* A percentage with one decimal: "41,5 %" / "41.5%". Allocated. */
char		*lang_format_percent(double value);

#endif
