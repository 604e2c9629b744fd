/*
 * The partnership's dates as an iCalendar (RFC 5545) for Outlook, Google
 * Calendar and the like: the agreed evaluation meetings, the årshjul's
 * activities and the annual impact measurement, as all-day events (an
 * activity or measurement of a month spans that month and recurs every
 * year). UIDs depend on the session's creation time and the item, not
 * on its place in a list, so importing a newer export updates the
 * events instead of doubling them.
 */
#ifndef B2C_CALENDAR_H
#define B2C_CALENDAR_H

#include <stddef.h>

#include "b2c/session.h"

/*
 * The calendar of s as text with CRLF lines folded at 75 octets
 * (allocated, *len bytes). Summaries are in the interface language.
 * stamp is the DTSTAMP, "YYYY-MM-DDTHH:MM:SSZ" (the session's last save
 * when it has one keeps exports of an unchanged session identical).
 */
char	*calendar_ics(const struct session *s, const char *stamp, size_t *len);

#endif
