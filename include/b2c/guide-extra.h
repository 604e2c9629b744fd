/*
 * Additions to the guide's contract (guide.h) that screens may use:
 * choices that depend on the session, read-only and not-applicable
 * fields, the parties' Del 1 indicator proposals, and the mapping between
 * the flattened measurement list of Del 3 and the model.
 *
 * Conventions the tables follow, stated here so screens can rely on them:
 * - a GUIDE_INFO field's label is a heading and its hint the paragraph
 *   to show (wrapped) under it;
 * - a GUIDE_CHOICE whose choices are NULL takes its entries from
 *   guide_field_choices();
 * - a CHOICE whose first entry is "Not set" uses index 0 for "not set";
 * - read-only columns (guide_field_readonly) refuse set() with a message.
 */
#ifndef B2C_GUIDE_EXTRA_H
#define B2C_GUIDE_EXTRA_H

#include <stdbool.h>
#include <stddef.h>

#include "b2c/guide.h"
#include "b2c/session.h"

/* The Danish booklet's name of a part, as an N_() msgid:
 * "Internal considerations" -> "Interne overvejelser". */
const char *guide_part_title(enum guide_part);

/*
 * The entries of a CHOICE field for this session and context: a
 * NULL-terminated, allocated array of allocated strings ready to show
 * (static choices come back translated). Free with guide_choices_free().
 */
char	**guide_field_choices(const struct session *,
	    const struct guide_field *, const struct guide_ctx *);
void	  guide_choices_free(char **);

/* True for fields that show a value but cannot be edited. */
bool	  guide_field_readonly(const struct guide_field *);
/* False for fields that do not apply to this row (a count on a
 * percentage indicator, tallies on a count indicator); hide them. */
bool	  guide_field_applies(const struct session *,
	    const struct guide_field *, const struct guide_ctx *);
/* True when the field holds what its step needs (review screens). */
bool	  guide_field_filled(const struct session *,
	    const struct guide_field *, const struct guide_ctx *);

/* The name of a party for titles ("Del 1 · Nortec"): its name, or
 * "Housing organisation" / "Company" (translated) while it has none. */
char	 *guide_party_label(const struct session *, int party);

/* Both parties' Del 1 proposals for site-specific indicators, as one
 * allocated text with a heading per party ("" when neither proposed). */
char	 *guide_proposed_indicators(const struct session *);

/* A unique indicator id made from a name: ASCII, lower case, æ -> ae,
 * ø -> oe, å -> aa, other characters dashes, "-2", "-3" on clashes.
 * The indicator at index except (or none, with -1) is not a clash. */
char	 *guide_indicator_id(const struct session *, const char *name,
	    long except);

/* The one-page agreement of a small partnership: the step whose
 * GUIDE_INFO fields with a get() are the page's sections, in order
 * (the printed agreement shows those; the wizard shows it on the short
 * path's Del 2). */
const struct guide_step *guide_agreement(void);

/* Del 3's measurement list shows every measurement of every indicator
 * in one list: row <-> (indicator, measurement). Returns -1 if absent. */
int	  guide_measurement_at(const struct session *, size_t row,
	    size_t *indicator, size_t *measurement);
long	  guide_measurement_row(const struct session *, size_t indicator,
	    size_t measurement);
/* The periods offered under a measurement's period field (a line, to
 * free), or NULL for any other field. */
char	 *guide_measure_offer(const struct session *,
	    const struct guide_field *);

#endif
