/*
 * Values as people read and type them in the interface language, for
 * every front end: dates "15. marts 2026" or, as typed, 15-03-2026 in
 * Danish and 2026-03-15 in English; numbers with a decimal comma in
 * Danish. The model, the files and CSV keep ISO dates and dot decimals;
 * the guide's setters take both forms, so what is shown can be typed
 * back.
 */
#ifndef B2C_GUIDE_SHOWN_H
#define B2C_GUIDE_SHOWN_H

#include <stdbool.h>

#include "b2c/guide.h"

/* True for fields whose values are dates: date fields and the items of
 * the list of meeting dates (the guide gives a list's items no kind). */
bool	 guide_shown_is_date(const struct guide_field *);

/*
 * The value of field fl (allocated, taken over) as shown: long (a date
 * in words) or as typed. Values that are not dates or numbers come back
 * unchanged.
 */
char	*guide_shown_value(const struct guide_field *fl, char *value,
	    bool long_form);

#endif
