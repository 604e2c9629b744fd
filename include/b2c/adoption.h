/*
 * Which indicators the lists people read show, and in what order. An
 * indicator both parties adopted in Del 2 (the three core ones always
 * are) is shown; one not adopted is shown too once it holds typed data
 * (measurements or statements), marked as not adopted and after the
 * adopted ones, so nothing typed in silently vanishes from a report, a
 * chart or a screen. One neither adopted nor holding data stays hidden.
 */
#ifndef B2C_ADOPTION_H
#define B2C_ADOPTION_H

#include <stdbool.h>
#include <stddef.h>

#include "b2c/session.h"

/* True when both parties adopted it (core indicators always are). */
bool	 adoption_adopted(const struct indicator *);
/* True when it belongs in the lists people read (see above). */
bool	 adoption_shown(const struct indicator *);
/*
 * Steps through the shown indicators, adopted ones first, then the ones
 * not adopted, each group in session order. Start with *pos = 0; returns
 * the next indicator's index, or -1 when none is left.
 */
long	 adoption_next(const struct session *, size_t *pos);
/* "not adopted by both parties", translated (the mark of an indicator). */
const char *adoption_mark(void);
/*
 * The indicator's name for lists ("Tryghed"), its title with the
 * opposite when with_opposite ("Tryghed (vs. Utryghed)"), marked when it
 * is not adopted: "Tryghed (vs. Utryghed; not adopted by both parties)".
 * Allocated.
 */
char	*adoption_name(const struct indicator *, bool with_opposite);

#endif
