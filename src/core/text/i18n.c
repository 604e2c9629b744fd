/*
 * Translated messages, remembered while a report is made. glibc's
 * gettext looks the LANGUAGE variable up, takes two locks and searches
 * the domain on every call; a report of a few thousand records asks for
 * the same few dozen labels thousands of times. Between i18n_remember()
 * and i18n_forget() (one report, made in one language) each message is
 * looked up once and then found by its address: every msgid given to _()
 * is a string literal or points into a static table of them (N_()), so
 * an address always names the same text.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "b2c/i18n.h"

#ifdef ENABLE_NLS
#define I18N_SLOTS	512	/* a power of two; collisions only re-ask */

static struct {
	const char *msgid;
	char	*text;
} i18n_slots[I18N_SLOTS];
static int i18n_depth;

char *
i18n_text(const char *msgid)
{
	size_t slot;

	if (i18n_depth == 0)
		return gettext(msgid);
	slot = (size_t)(((uintptr_t)msgid >> 3) * 0x9e3779b97f4a7c15u >>
	    (sizeof(uintptr_t) * 8 - 9)) & (I18N_SLOTS - 1);
	if (i18n_slots[slot].msgid != msgid) {
		i18n_slots[slot].msgid = msgid;
		i18n_slots[slot].text = gettext(msgid);
	}
	return i18n_slots[slot].text;
}

void
i18n_remember(void)
{
	if (i18n_depth++ == 0)
		memset(i18n_slots, 0, sizeof i18n_slots);
}

void
i18n_forget(void)
{
	if (i18n_depth > 0)
		i18n_depth--;
}
#else
void
i18n_remember(void)
{
}

void
i18n_forget(void)
{
}
#endif
