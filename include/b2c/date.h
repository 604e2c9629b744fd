/*
 * Dates as users type them and as files store them. Files hold ISO
 * "YYYY-MM-DD"; people type 2026-03-15, 15-03-2026, 15.03.2026 or
 * 15/3-2026. Impossible dates (31-02-2026) are refused.
 */
#ifndef B2C_DATE_H
#define B2C_DATE_H

#include <stdbool.h>

#define DATE_ISO_LEN 11	/* "YYYY-MM-DD" + NUL */

/* Parses a typed date into iso; returns -1 with *cause on bad input. */
int	date_parse(const char *typed, char iso[DATE_ISO_LEN], char **cause);
/* True when s is a valid ISO date (real calendar day). */
bool	date_valid_iso(const char *s);
/* True when year-month-day is a real calendar day. */
bool	date_valid(int year, int month, int day);
/* Splits a valid ISO date; -1 if invalid. */
int	date_split(const char *iso, int *year, int *month, int *day);
/* True for "YYYY-MM-DDTHH:MM:SSZ". */
bool	date_valid_timestamp(const char *s);
/* The current UTC time as "YYYY-MM-DDTHH:MM:SSZ" into buf (21 bytes). */
void	date_now_timestamp(char buf[21]);

#endif
