/*
 * A small partnership in the report: its concrete proposal in Del 2
 * and, on the short path, the follow-up that is its Del 3. The short
 * path asks for nothing else, so the report shows nothing else as
 * missing; the figures follow only when the partnership measured.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/textbuf.h"
#include "b2c/util.h"
#include "report-private.h"

static void
small_field(struct report *r, const char *label, const char *value)
{
	r->ops->field(r, label, *value != '\0' ? value : _("(not answered)"));
}

bool
report_proposal_shown(const struct session *s)
{
	const struct proposal *p = &s->part2.proposal;

	if (s->large)
		return false;
	return session_small_path(s) || *p->request != '\0' ||
	    *p->date != '\0' || *p->offer != '\0' || *p->contact != '\0' ||
	    *p->role != '\0' || *p->reach != '\0';
}

void
report_proposal(struct report *r)
{
	const struct proposal *p = &r->s->part2.proposal;
	struct textbuf b;
	char *when, *who;

	r->ops->heading(r, 3, _("Concrete proposal"));
	small_field(r, _("What the housing organisation asks for"),
	    p->request);
	when = lang_format_date(p->date);
	small_field(r, _("When"), when);
	free(when);
	small_field(r, _("What the housing organisation offers in return"),
	    p->offer);
	textbuf_init(&b);
	textbuf_adds(&b, p->contact);
	if (*p->role != '\0')
		textbuf_addf(&b, "%s%s", b.len > 0 ? ", " : "", p->role);
	if (*p->reach != '\0')
		textbuf_addf(&b, "%s%s", b.len > 0 ? " · " : "", p->reach);
	who = textbuf_detach(&b);
	small_field(r, _("Contact person for the proposal"), who);
	free(who);
}

void
report_followup(struct report *r)
{
	static const char *const happened[] = { N_("Not yet"),
	    N_("Yes, it happened"), N_("Postponed"), N_("Cancelled") };
	const struct followup *f = &r->s->followup;
	char *when, *v;

	r->ops->heading(r, 3, _("Follow-up"));
	when = lang_format_date(f->date);
	v = *when != '\0' ? xasprintf("%s (%s)", _(happened[f->status]),
	    when) : xstrdup(_(happened[f->status]));
	r->ops->field(r, _("Did it happen"), v);
	free(v);
	free(when);
	small_field(r, _("How it went"), f->how);
	if (*f->next_time != '\0')
		r->ops->field(r, _("Next time"), f->next_time);
}
