/*
 * Message translation. Every user-facing string goes through _(); N_()
 * marks strings in static tables that are translated where they are shown.
 */
#ifndef B2C_I18N_H
#define B2C_I18N_H

#ifdef ENABLE_NLS
#include <libintl.h>
#define _(s)	gettext(s)
#define P_(s, p, n) ngettext(s, p, n)
#else
#define _(s)	((char *)(s))
#define P_(s, p, n) ((n) == 1 ? (char *)(s) : (char *)(p))
#endif
#define N_(s)	(s)

#endif
