/*
 * The indicators shown where people read them (adoption.h): the adopted
 * ones, then those not adopted that hold measurements or statements, so
 * typed data never silently disappears from a report or a screen.
 */
#include "config.h"

#include "b2c/adoption.h"
#include "b2c/i18n.h"
#include "b2c/util.h"

/* The flag alone: the store and the session keep the core ones adopted,
 * and a caller that clears it means it. */
bool
adoption_adopted(const struct indicator *ind)
{
	return ind->adopted;
}

bool
adoption_shown(const struct indicator *ind)
{
	return adoption_adopted(ind) || ind->n_measurements > 0 ||
	    ind->n_statements > 0;
}

/* Two passes over the indices: *pos < n the adopted, then the rest. */
long
adoption_next(const struct session *s, size_t *pos)
{
	const struct indicator *ind;
	size_t n = s->n_indicators;
	bool first;

	while (*pos < 2 * n) {
		first = *pos < n;
		ind = &s->indicators[first ? *pos : *pos - n];
		(*pos)++;
		if (first ? adoption_adopted(ind) :
		    !adoption_adopted(ind) && adoption_shown(ind))
			return (long)(ind - s->indicators);
	}
	return -1;
}

const char *
adoption_mark(void)
{
	/* TRANSLATORS: follows the check box "Adopted by both parties"
	 * of Del 2; marks an indicator measured without being adopted. */
	return _("not adopted by both parties");
}

char *
adoption_name(const struct indicator *ind, bool with_opposite)
{
	const char *name = ind->name;
	bool opp = with_opposite && *ind->opposite != '\0';

	if (adoption_adopted(ind))
		return opp ? xasprintf(_("%s (vs. %s)"), name, ind->opposite) :
		    xstrdup(name);
	/* TRANSLATORS: an indicator's name, then its opposite pole. */
	if (opp)
		return xasprintf(_("%s (vs. %s; not adopted by both parties)"),
		    name, ind->opposite);
	return xasprintf(_("%s (not adopted by both parties)"), name);
}
