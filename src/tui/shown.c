/*
 * Values as people read and type them in the interface language
 * (guide-shown.h has the rules): here only the choice between a date in
 * words and the short form a narrow column has room for.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/guide-shown.h"
#include "b2c/util.h"
#include "tui-internal.h"

/*
 * The value of a slot for the screen: cols is the room it has, or 0 for
 * the form it takes in the edit buffer.
 */
char *
shown_value(const struct tui *tui, const struct slot *sl, int cols)
{
	char *v = form_value(tui, sl), *out;

	if (sl->field == NULL)
		return v;
	if (cols > 0 && guide_shown_is_date(sl->field)) {
		out = guide_shown_value(sl->field, xstrdup(v), true);
		if (draw_str_columns(out) <= cols) {
			free(v);
			return out;
		}
		free(out);
	}
	return guide_shown_value(sl->field, v, false);
}
