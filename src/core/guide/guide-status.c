/*
 * Where the agreed actions and the årshjul's activities stand: planned,
 * done, postponed or cancelled, with a date and a note. Three tables
 * edit the same states: one under Del 2's actions, one under the
 * årshjul, and one in each Del 3 meeting record, where the actions come
 * first and the activities after them, and a status given with no date
 * takes the meeting's date (the meeting is where it was found done).
 *
 * Item k of the combined list is action k for k < n_actions, else
 * activity k - n_actions; each table maps its row to an item.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/util.h"
#include "guide-impl.h"

/* The choices in the order of enum activity_status. */
static const char *const status_choices[] = {
	N_("Planned"), N_("Done"), N_("Postponed"), N_("Cancelled"), NULL
};

/* One item's status, date and note, wherever they live. */
struct status_ref {
	enum activity_status *status;
	char	**date;
	char	**note;
};

/* Item k to change; false when there is none. */
static bool
status_item(struct session *s, size_t k, struct status_ref *ref)
{
	struct part2 *p = &s->part2;
	struct action_state *st;
	struct activity *a;

	if (k < p->n_actions) {
		st = session_action_state_mut(p, k);
		*ref = (struct status_ref){ &st->status, &st->date, &st->note };
		return true;
	}
	if (k - p->n_actions >= p->n_wheel)
		return false;
	a = &p->wheel[k - p->n_actions];
	*ref = (struct status_ref){ &a->status, &a->status_date,
	    &a->status_note };
	return true;
}

/* The item each table's row is. */
static size_t
status_k_action(const struct session *s, const struct guide_ctx *c)
{
	return c->row < s->part2.n_actions ? c->row : (size_t)-1;
}

static size_t
status_k_wheel(const struct session *s, const struct guide_ctx *c)
{
	return c->row < s->part2.n_wheel ? s->part2.n_actions + c->row :
	    (size_t)-1;
}

static size_t
status_k_meeting(const struct session *s, const struct guide_ctx *c)
{
	return c->sub;
}

/* The date a status given in the meeting record takes, or "". */
static const char *
status_default_meeting(const struct session *s, const struct guide_ctx *c)
{
	return c->row < s->n_meetings ? s->meetings[c->row].date : "";
}

static const char *
status_default_none(const struct session *s, const struct guide_ctx *c)
{
	return "";
}

/* "Action: …" or "Activity: … (June)" for the meeting's list. */
static char *
status_title(const struct session *s, size_t k, bool kind)
{
	const struct part2 *p = &s->part2;
	const struct activity *a;
	char *when, *out;

	if (k < p->n_actions)
		return kind ? xasprintf(_("Action: %s"), p->actions[k]) :
		    xstrdup(p->actions[k]);
	a = &p->wheel[k - p->n_actions];
	if (*a->date != '\0')
		when = lang_format_date(a->date);
	else if (a->month >= 1 && a->month <= 12)
		when = xstrdup(_(guide_month_choices[a->month]));
	else
		when = xstrdup("");
	out = *when != '\0' ? xasprintf(kind ? _("Activity: %s (%s)") :
	    "%s (%s)", a->title, when) : xasprintf(kind ? _("Activity: %s") :
	    "%s", a->title);
	free(when);
	return out;
}

/* The accessors of one table, from its row-to-item map. */
#define STATUS_TABLE(name, kfn, deffn, kind)				\
static char *								\
name##_title_get(const struct session *s, const struct guide_ctx *c)	\
{									\
	size_t k = kfn(s, c);						\
									\
	if (k >= s->part2.n_actions + s->part2.n_wheel)			\
		return guide_dup("");					\
	return status_title(s, k, kind);				\
}									\
static char *								\
name##_status_get(const struct session *s, const struct guide_ctx *c)	\
{									\
	return status_get(s, kfn(s, c), 0);				\
}									\
static int								\
name##_status_set(struct session *s, const struct guide_ctx *c,	\
    const char *v, char **cause)					\
{									\
	return status_set(s, kfn(s, c), 0, v, deffn(s, c), cause);	\
}									\
static char *								\
name##_date_get(const struct session *s, const struct guide_ctx *c)	\
{									\
	return status_get(s, kfn(s, c), 1);				\
}									\
static int								\
name##_date_set(struct session *s, const struct guide_ctx *c,		\
    const char *v, char **cause)					\
{									\
	return status_set(s, kfn(s, c), 1, v, "", cause);		\
}									\
static char *								\
name##_note_get(const struct session *s, const struct guide_ctx *c)	\
{									\
	return status_get(s, kfn(s, c), 2);				\
}									\
static int								\
name##_note_set(struct session *s, const struct guide_ctx *c,		\
    const char *v, char **cause)					\
{									\
	return status_set(s, kfn(s, c), 2, v, "", cause);		\
}

/* Part what (0 status, 1 date, 2 note) of item k as text. */
static char *
status_get(const struct session *s, size_t k, int what)
{
	const struct part2 *p = &s->part2;
	const struct action_state *st;
	const struct activity *a;

	if (k < p->n_actions) {
		st = session_action_state(p, k);
		if (st == NULL)
			return what == 0 ? guide_format_choice(STATUS_PLANNED) :
			    guide_dup("");
		if (what == 0)
			return guide_format_choice((int)st->status);
		return guide_dup(what == 1 ? st->date : st->note);
	}
	if (k - p->n_actions >= p->n_wheel)
		return guide_dup("");
	a = &p->wheel[k - p->n_actions];
	if (what == 0)
		return guide_format_choice((int)a->status);
	return guide_dup(what == 1 ? a->status_date : a->status_note);
}

/* Sets part what of item k; a status other than planned given with no
 * date takes def (the meeting's date), if any. */
static int
status_set(struct session *s, size_t k, int what, const char *v,
    const char *def, char **cause)
{
	struct status_ref ref;
	int i;

	if (!status_item(s, k, &ref))
		return guide_no_row(cause);
	if (what == 1)
		return guide_put_date(ref.date, v, cause);
	if (what == 2)
		return guide_put(ref.note, v, cause);
	if (guide_parse_choice(v, 4, &i, cause) != 0)
		return -1;
	*ref.status = (enum activity_status)i;
	if (i != STATUS_PLANNED && **ref.date == '\0' && *def != '\0')
		session_set_str(ref.date, def);
	return 0;
}

STATUS_TABLE(act, status_k_action, status_default_none, false)
STATUS_TABLE(wheel, status_k_wheel, status_default_none, false)
STATUS_TABLE(mtg, status_k_meeting, status_default_meeting, true)

#define STATUS_COLUMNS(var, fn, prefix, what)				\
const struct guide_field var[GUIDE_STATUS_N_COLUMNS] = {		\
	{ .key = prefix ".title", .kind = GUIDE_TEXT, .label = what,	\
	  .get = fn##_title_get, .set = guide_set_readonly },		\
	{ .key = prefix ".status", .kind = GUIDE_CHOICE,		\
	  .label = N_("Status"), .choices = status_choices,		\
	  .get = fn##_status_get, .set = fn##_status_set },		\
	{ .key = prefix ".status_date", .kind = GUIDE_DATE,		\
	  .label = N_("When"), .hint = N_("When it was done, moved or "	\
	  "cancelled, e.g. 20-06-2026"),				\
	  .get = fn##_date_get, .set = fn##_date_set },			\
	{ .key = prefix ".status_note", .kind = GUIDE_TEXT,		\
	  .label = N_("Note"), .hint = N_("What came of it, or why"),	\
	  .get = fn##_note_get, .set = fn##_note_set },			\
}

STATUS_COLUMNS(guide_status_action_columns, act, "part2.action_status",
    N_("Action"));
STATUS_COLUMNS(guide_status_wheel_columns, wheel, "part2.wheel_status",
    N_("Activity"));
STATUS_COLUMNS(guide_status_meeting_columns, mtg, "part3.meeting.status",
    N_("Action or activity"));

size_t
guide_status_action_count(const struct session *s,
    const struct guide_ctx *c)
{
	return s->part2.n_actions;
}

size_t
guide_status_wheel_count(const struct session *s, const struct guide_ctx *c)
{
	return s->part2.n_wheel;
}

size_t
guide_status_all_count(const struct session *s, const struct guide_ctx *c)
{
	return s->part2.n_actions + s->part2.n_wheel;
}
