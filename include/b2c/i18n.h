/*
 * Message translation. Every user-facing string goes through _(); N_()
 * marks strings in static tables that are translated where they are shown.
 */
#ifndef B2C_I18N_H
#define B2C_I18N_H

#ifdef ENABLE_NLS
#include <libintl.h>
#define _(s)	i18n_text(s)
/* gettext(msgid), from memory while i18n_remember() is in force. Like
 * gettext, it returns a format when given one. */
#if defined(__GNUC__)
char	*i18n_text(const char *msgid) __attribute__((format_arg(1)));
#else
char	*i18n_text(const char *msgid);
#endif
#define P_(s, p, n) ngettext(s, p, n)
#else
#define _(s)	((char *)(s))
#define P_(s, p, n) ((n) == 1 ? (char *)(s) : (char *)(p))
#endif
#define N_(s)	(s)

/* From now until the matching i18n_forget(), each message is looked up
 * once (the language must not change in between: one report). Nests. */
void	 i18n_remember(void);
void	 i18n_forget(void);

#endif
