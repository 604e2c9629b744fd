/*
 * The session file's schema: one table per group naming each setting, its
 * type, range and place in the model. The same tables drive reading
 * (store-validate.c) and writing (store-walk.c), so the two cannot drift
 * apart. This file is data: the tables, and the callbacks of the settings
 * a table cannot describe; the walkers reach those through the tables and
 * this file calls the walkers, never the other way. Settings are English snake_case; b2c-session(5) documents
 * every one of them.
 */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/textnorm.h"
#include "store-private.h"

#define F_TEXT(st, key, member) \
	{ .name = key, .type = ST_STRING, .offset = offsetof(st, member) }
#define F_DATE(st, key, member) \
	{ .name = key, .type = ST_DATE, .offset = offsetof(st, member) }
#define F_BOOL(st, key, member) \
	{ .name = key, .type = ST_BOOL, .offset = offsetof(st, member) }
#define F_INT(st, key, member, lo, hi) { .name = key, .type = ST_INT, \
	.offset = offsetof(st, member), .min = lo, .max = hi }
#define F_ENUM(st, key, member, e) { .name = key, .type = ST_ENUM, \
	.offset = offsetof(st, member), .keys = &e }
#define F_GROUP(st, key, member, fields) { .name = key, .type = ST_GROUP, \
	.offset = offsetof(st, member), .group = fields }
#define F_BASE_GROUP(key, fields) { .name = key, .type = ST_GROUP, \
	.offset = 0, .group = fields }
#define F_CUSTOM(key, r, w) { .name = key, .type = ST_CUSTOM, .read = r, \
	.write = w }
#define F_END { .name = NULL }

static const char *
responsible_key(int v)
{
	return session_responsible_key((enum responsible)v);
}

static const char *
size_key(int v)
{
	return session_size_key((enum partnership_size)v);
}

static const char *
resource_key(int v)
{
	return session_resource_key((enum resource_kind)v);
}

static const struct store_enum enum_responsible = {
	session_responsible_parse, responsible_key,
	"\"housing\", \"company\", \"both\", \"other\" or \"\""
};
static const char *
status_key(int v)
{
	return session_status_key((enum activity_status)v);
}

static const struct store_enum enum_status = {
	session_status_parse, status_key,
	"\"planned\", \"done\", \"postponed\" or \"cancelled\""
};
static const struct store_enum enum_size = {
	session_size_parse, size_key, "\"small\", \"large\" or \"\""
};
static const struct store_enum enum_resource = {
	session_resource_parse, resource_key,
	"\"hours\", \"facilities\", \"volunteers\", \"money\" or \"other\""
};


/* A list of strings into (items, n) through add(); dates when is_date. */
static void
read_string_list(struct store_reader *r, const config_setting_t *list,
    bool is_date, char *(*add)(struct part2 *, const char *),
    struct part2 *p)
{
	const config_setting_t *elem;
	const char *v;
	int i, n;

	if (!store_check_list(r, list, false))
		return;
	n = config_setting_length(list);
	for (i = 0; i < n; i++) {
		elem = config_setting_get_elem(list, (unsigned)i);
		if ((v = store_read_string(r, elem)) == NULL)
			continue;
		/* An empty item is a line added and not filled in yet. */
		if (is_date && *v != '\0' && !date_valid_iso(v)) {
			store_errorf(&r->err, store_line(elem), _("%s: \"%s\" is "
			    "not a valid date (YYYY-MM-DD)"),
			    config_setting_name(list), v);
			continue;
		}
		add(p, textnorm_blank(v) ? "" : v);
	}
}

static void
write_string_list(config_setting_t *group, const char *name,
    char *const *items, size_t n)
{
	config_setting_t *list = store_add(group, name, CONFIG_TYPE_ARRAY);
	size_t i;

	for (i = 0; i < n; i++)
		config_setting_set_string_elem(list, -1, items[i]);
}

static void
read_version(struct store_reader *r, const config_setting_t *v, void *base)
{
	/* Checked before anything else is read (store-read.c). */
}

static void
write_version(config_setting_t *group, const char *name, const void *base)
{
	config_setting_set_int(store_add(group, name, CONFIG_TYPE_INT),
	    SESSION_FORMAT_VERSION);
}

static void
read_partnership(struct store_reader *r, const config_setting_t *v,
    void *base)
{
	struct session *s = base;
	const char *key = store_read_string(r, v);

	if (key == NULL)
		return;
	if (strcmp(key, "large") == 0 || strcmp(key, "small") == 0)
		s->large = strcmp(key, "large") == 0;
	else
		store_errorf(&r->err, store_line(v), _("%s: unknown value "
		    "\"%s\" (expected %s)"), "partnership", key,
		    "\"small\" or \"large\"");
}

static void
write_partnership(config_setting_t *group, const char *name,
    const void *base)
{
	const struct session *s = base;

	config_setting_set_string(store_add(group, name, CONFIG_TYPE_STRING),
	    s->large ? "large" : "small");
}

static const struct store_field resource_fields[] = {
	F_TEXT(struct resource, "id", id),
	F_ENUM(struct resource, "kind", kind, enum_resource),
	{ .name = "amount", .type = ST_DOUBLE,
	  .offset = offsetof(struct resource, amount), .min = 0, .max = 1e12 },
	F_TEXT(struct resource, "unit", unit),
	F_TEXT(struct resource, "note", note),
	F_END
};

static void *
add_resource(void *owner)
{
	return session_add_resource(owner);
}

static void
read_resources(struct store_reader *r, const config_setting_t *v, void *base)
{
	store_read_group_list(r, v, resource_fields, add_resource, base,
	    sizeof(struct resource), offsetof(struct resource, extra),
	    offsetof(struct resource, id));
}

static void
write_resources(config_setting_t *group, const char *name, const void *base)
{
	const struct part1 *p = base;

	store_write_group_list(group, name, resource_fields, p->resources,
	    p->n_resources, sizeof *p->resources,
	    offsetof(struct resource, extra));
}

static void
read_points(struct store_reader *r, const config_setting_t *v, void *base)
{
	struct part1 *p = base;
	const char *text;
	int i, n;

	if (!store_check_list(r, v, false))
		return;
	n = config_setting_length(v);
	if (n > SESSION_POINTS) {
		store_errorf(&r->err, store_line(v), _("points: at most %d "
		    "points"), SESSION_POINTS);
		return;
	}
	for (i = 0; i < n; i++) {
		text = store_read_string(r, config_setting_get_elem(v,
		    (unsigned)i));
		if (text != NULL)
			session_set_str(&p->points[i],
			    textnorm_blank(text) ? "" : text);
	}
}

static void
write_points(config_setting_t *group, const char *name, const void *base)
{
	const struct part1 *p = base;

	write_string_list(group, name, p->points, SESSION_POINTS);
}

static const struct store_field part1_fields[] = {
	F_TEXT(struct part1, "challenges", challenges),
	F_TEXT(struct part1, "initiatives", initiatives),
	F_TEXT(struct part1, "indicator_promotion", indicator_promotion),
	F_TEXT(struct part1, "proposed_indicators", proposed_indicators),
	F_CUSTOM("resources", read_resources, write_resources),
	F_ENUM(struct part1, "expected_size", expected_size, enum_size),
	F_TEXT(struct part1, "interest", interest),
	F_CUSTOM("points", read_points, write_points),
	F_END
};

static const struct store_field party_fields[] = {
	F_TEXT(struct party, "name", name),
	F_TEXT(struct party, "contact", contact),
	F_TEXT(struct party, "role", role),
	F_END
};

static const struct store_field parties_fields[] = {
	F_GROUP(struct session, "housing", parties[PARTY_HOUSING],
	    party_fields),
	F_GROUP(struct session, "company", parties[PARTY_COMPANY],
	    party_fields),
	F_END
};

static const struct store_field part1_parties_fields[] = {
	F_GROUP(struct session, "housing", part1[PARTY_HOUSING], part1_fields),
	F_GROUP(struct session, "company", part1[PARTY_COMPANY], part1_fields),
	F_END
};

static const struct store_field question_fields[] = {
	F_TEXT(struct part2, "challenges", q_challenges),
	F_TEXT(struct part2, "actions", q_actions),
	F_TEXT(struct part2, "resources", q_resources),
	F_TEXT(struct part2, "indicators", q_indicators),
	F_TEXT(struct part2, "other_resources", q_other_resources),
	F_END
};

static const struct store_field other_resources_fields[] = {
	F_BOOL(struct part2, "municipality", use_municipality),
	F_BOOL(struct part2, "helhedsplan", use_helhedsplan),
	F_BOOL(struct part2, "boligsocial", use_boligsocial),
	F_BOOL(struct part2, "other_companies", use_other_companies),
	F_TEXT(struct part2, "note", other_resources_note),
	F_END
};

static const struct store_field activity_fields[] = {
	F_TEXT(struct activity, "id", id),
	F_INT(struct activity, "month", month, 0, 12),
	F_DATE(struct activity, "date", date),
	F_TEXT(struct activity, "title", title),
	F_ENUM(struct activity, "responsible", responsible, enum_responsible),
	F_TEXT(struct activity, "role", role),
	/* Optional: files without a status read as planned. */
	{ .name = "status", .type = ST_ENUM, .optional = true,
	  .offset = offsetof(struct activity, status), .keys = &enum_status },
	{ .name = "status_date", .type = ST_DATE, .optional = true,
	  .offset = offsetof(struct activity, status_date) },
	{ .name = "status_note", .type = ST_STRING, .optional = true,
	  .offset = offsetof(struct activity, status_note) },
	F_END
};

static const struct store_field plan_fields[] = {
	F_INT(struct measurement_plan, "month", month, 0, 12),
	F_TEXT(struct measurement_plan, "scope", scope),
	F_INT(struct measurement_plan, "sample_size", sample_size, 0, 1000000),
	F_END
};

static void
read_actions(struct store_reader *r, const config_setting_t *v, void *base)
{
	read_string_list(r, v, false, session_add_action, base);
}

static void
write_actions(config_setting_t *group, const char *name, const void *base)
{
	const struct part2 *p = base;

	write_string_list(group, name, p->actions, p->n_actions);
}

/* Optional: a state left planned says nothing in the file. */
static const struct store_field action_state_fields[] = {
	{ .name = "status", .type = ST_ENUM, .optional = true,
	  .offset = offsetof(struct action_state, status),
	  .keys = &enum_status },
	{ .name = "date", .type = ST_DATE, .optional = true,
	  .offset = offsetof(struct action_state, date) },
	{ .name = "note", .type = ST_STRING, .optional = true,
	  .offset = offsetof(struct action_state, note) },
	F_END
};

static void *
add_action_state(void *owner)
{
	return session_add_action_state(owner);
}

static void
read_action_status(struct store_reader *r, const config_setting_t *v,
    void *base)
{
	store_read_group_list(r, v, action_state_fields, add_action_state,
	    base, sizeof(struct action_state),
	    offsetof(struct action_state, extra), STORE_NO_IDS);
}

/* One group per action up to the last with something to say; none at
 * all when every action is just planned, so older files stay as they
 * were. A state kept with unknown settings is written too. */
static void
write_action_status(config_setting_t *group, const char *name,
    const void *base)
{
	const struct part2 *p = base;
	size_t n = p->n_action_states;

	while (n > 0 && !session_action_state_set(&p->action_states[n - 1]) &&
	    p->action_states[n - 1].extra == NULL)
		n--;
	if (n > 0)
		store_write_group_list(group, name, action_state_fields,
		    p->action_states, n, sizeof *p->action_states,
		    offsetof(struct action_state, extra));
}

static void *
add_activity(void *owner)
{
	return session_add_activity(owner);
}

static void
read_wheel(struct store_reader *r, const config_setting_t *v, void *base)
{
	store_read_group_list(r, v, activity_fields, add_activity, base,
	    sizeof(struct activity), offsetof(struct activity, extra),
	    offsetof(struct activity, id));
}

static void
write_wheel(config_setting_t *group, const char *name, const void *base)
{
	const struct part2 *p = base;

	store_write_group_list(group, name, activity_fields, p->wheel,
	    p->n_wheel, sizeof *p->wheel, offsetof(struct activity, extra));
}

static void
read_meeting_dates(struct store_reader *r, const config_setting_t *v,
    void *base)
{
	read_string_list(r, v, true, session_add_meeting_date, base);
}

static void
write_meeting_dates(config_setting_t *group, const char *name,
    const void *base)
{
	const struct part2 *p = base;

	write_string_list(group, name, p->meeting_dates, p->n_meeting_dates);
}

/* The history: optional; a file without one loads as before and a
 * session without one is written without it. */
static void
read_history(struct store_reader *r, const config_setting_t *list,
    void *base)
{
	const config_setting_t *elem;
	const char *v;
	int i, n;

	if (!store_check_list(r, list, false))
		return;
	n = config_setting_length(list);
	for (i = 0; i < n; i++) {
		elem = config_setting_get_elem(list, (unsigned)i);
		if ((v = store_read_string(r, elem)) != NULL)
			session_add_history(base, v);
	}
}

static void
write_history(config_setting_t *group, const char *name, const void *base)
{
	const struct session *s = base;

	if (s->n_history > 0)
		write_string_list(group, name, s->history, s->n_history);
}

/* A small partnership's concrete proposal and its choice of the full
 * Del 2: optional, written only when given, so files without them load,
 * and save, as before. */
#define F_OPT_TEXT(st, key, member) { .name = key, .type = ST_STRING, \
	.optional = true, .offset = offsetof(st, member) }
static const struct store_field proposal_fields[] = {
	F_OPT_TEXT(struct proposal, "request", request),
	{ .name = "date", .type = ST_DATE, .optional = true,
	  .offset = offsetof(struct proposal, date) },
	F_OPT_TEXT(struct proposal, "offer", offer),
	F_OPT_TEXT(struct proposal, "contact", contact),
	F_OPT_TEXT(struct proposal, "role", role),
	F_OPT_TEXT(struct proposal, "phone_or_email", reach),
	F_END
};

static const struct store_field part2_fields[] = {
	F_TEXT(struct part2, "indicator_notes", indicator_notes),
	F_BASE_GROUP("questions", question_fields),
	F_BASE_GROUP("other_resources", other_resources_fields),
	F_CUSTOM("actions", read_actions, write_actions),
	F_CUSTOM("action_status", read_action_status, write_action_status),
	F_CUSTOM("wheel", read_wheel, write_wheel),
	F_CUSTOM("meeting_dates", read_meeting_dates, write_meeting_dates),
	F_GROUP(struct part2, "measurement_plan", plan, plan_fields),
	{ .name = "proposal", .type = ST_GROUP, .optional = true,
	  .offset = offsetof(struct part2, proposal),
	  .group = proposal_fields },
	{ .name = "full", .type = ST_BOOL, .optional = true,
	  .offset = offsetof(struct part2, full) },
	F_END
};

static const struct store_field meeting_fields[] = {
	F_TEXT(struct meeting, "id", id),
	F_DATE(struct meeting, "date", date),
	/* Optional: the Del 2 meeting date this record fulfils. */
	{ .name = "planned", .type = ST_DATE, .optional = true,
	  .offset = offsetof(struct meeting, planned) },
	F_TEXT(struct meeting, "participants", participants),
	F_TEXT(struct meeting, "experience", experience),
	F_TEXT(struct meeting, "learnings", learnings),
	F_TEXT(struct meeting, "adjust", adjust),
	F_TEXT(struct meeting, "decisions", decisions),
	F_END
};

static void *
add_meeting(void *owner)
{
	return session_add_meeting(owner);
}

static void
read_meetings(struct store_reader *r, const config_setting_t *v, void *base)
{
	store_read_group_list(r, v, meeting_fields, add_meeting, base,
	    sizeof(struct meeting), offsetof(struct meeting, extra),
	    offsetof(struct meeting, id));
}

static void
write_meetings(config_setting_t *group, const char *name, const void *base)
{
	const struct session *s = base;

	store_write_group_list(group, name, meeting_fields, s->meetings,
	    s->n_meetings, sizeof *s->meetings,
	    offsetof(struct meeting, extra));
}

static int
party_parse(const char *key)
{
	if (strcmp(key, "housing") == 0)
		return PARTY_HOUSING;
	if (strcmp(key, "company") == 0)
		return PARTY_COMPANY;
	return -1;
}

static const char *
party_key(int v)
{
	return session_party_key((enum party_id)v);
}

static const struct store_enum enum_party = {
	party_parse, party_key, "\"housing\" or \"company\""
};

#define STORE_MAX_MONEY 1e12	/* kr. or hours: far beyond any budget */
#define F_AMOUNT(key, member) { .name = key, .type = ST_DOUBLE, \
	.offset = offsetof(struct ledger_entry, member), .min = 0, \
	.max = STORE_MAX_MONEY }

static const struct store_field ledger_fields[] = {
	F_INT(struct ledger_entry, "year", year, 1900, 2200),
	F_ENUM(struct ledger_entry, "party", party, enum_party),
	F_AMOUNT("cash", cash),
	F_AMOUNT("hours", hours),
	F_AMOUNT("in_kind", in_kind),
	F_AMOUNT("management", management),
	{ .name = "events", .type = ST_LONG,
	  .offset = offsetof(struct ledger_entry, events), .min = 0,
	  .max = 1000000000 },
	{ .name = "participants", .type = ST_LONG,
	  .offset = offsetof(struct ledger_entry, participants), .min = 0,
	  .max = 1000000000 },
	F_TEXT(struct ledger_entry, "note", note),
	F_END
};

static void *
add_ledger(void *owner)
{
	return session_add_ledger(owner);
}

static void
read_ledger(struct store_reader *r, const config_setting_t *v, void *base)
{
	store_read_group_list(r, v, ledger_fields, add_ledger, base,
	    sizeof(struct ledger_entry), offsetof(struct ledger_entry, extra),
	    STORE_NO_IDS);
}

/* Written only when there is one, so older files stay as they are. */
static void
write_ledger(config_setting_t *group, const char *name, const void *base)
{
	const struct session *s = base;

	if (s->n_ledger > 0)
		store_write_group_list(group, name, ledger_fields, s->ledger,
		    s->n_ledger, sizeof *s->ledger,
		    offsetof(struct ledger_entry, extra));
}

/* The follow-up of a small partnership's proposal: optional, like the
 * proposal. */
static const struct store_field followup_fields[] = {
	{ .name = "status", .type = ST_ENUM, .optional = true,
	  .offset = offsetof(struct followup, status), .keys = &enum_status },
	{ .name = "date", .type = ST_DATE, .optional = true,
	  .offset = offsetof(struct followup, date) },
	F_OPT_TEXT(struct followup, "how", how),
	F_OPT_TEXT(struct followup, "next_time", next_time),
	F_END
};

static const struct store_field part3_fields[] = {
	F_CUSTOM("meetings", read_meetings, write_meetings),
	F_CUSTOM("ledger", read_ledger, write_ledger),
	F_CUSTOM("indicators", store_read_indicators, store_write_indicators),
	F_CUSTOM("survey_import", store_read_survey, store_write_survey),
	{ .name = "followup", .type = ST_GROUP, .optional = true,
	  .offset = offsetof(struct session, followup),
	  .group = followup_fields },
	F_END
};

static const struct store_field conflict_fields[] = {
	F_TEXT(struct conflict, "path", path),
	F_TEXT(struct conflict, "kind", kind),
	F_TEXT(struct conflict, "base", base),
	F_TEXT(struct conflict, "ours", ours),
	F_TEXT(struct conflict, "theirs", theirs),
	F_END
};

static void *
add_conflict(void *owner)
{
	return session_add_conflict(owner);
}

static void
read_conflicts(struct store_reader *r, const config_setting_t *v,
    void *base)
{
	store_read_group_list(r, v, conflict_fields, add_conflict, base,
	    sizeof(struct conflict), offsetof(struct conflict, extra), STORE_NO_IDS);
}

/* Only a session with conflicts has the setting: the others' files stay
 * as they were. */
static void
write_conflicts(config_setting_t *group, const char *name, const void *base)
{
	const struct session *s = base;

	if (s->n_conflicts > 0)
		store_write_group_list(group, name, conflict_fields,
		    s->conflicts, s->n_conflicts, sizeof *s->conflicts,
		    offsetof(struct conflict, extra));
}

const struct store_field store_schema_root[] = {
	F_CUSTOM("version", read_version, write_version),
	F_TEXT(struct session, "title", title),
	F_TEXT(struct session, "area", area),
	{ .name = "created", .type = ST_TIMESTAMP,
	  .offset = offsetof(struct session, created) },
	{ .name = "modified", .type = ST_TIMESTAMP,
	  .offset = offsetof(struct session, modified) },
	F_TEXT(struct session, "saved_by", saved_by),
	F_CUSTOM("partnership", read_partnership, write_partnership),
	F_BASE_GROUP("parties", parties_fields),
	F_BASE_GROUP("part1", part1_parties_fields),
	F_GROUP(struct session, "part2", part2, part2_fields),
	F_BASE_GROUP("part3", part3_fields),
	F_CUSTOM("conflicts", read_conflicts, write_conflicts),
	F_CUSTOM("history", read_history, write_history),
	F_END
};
