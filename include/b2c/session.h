/*
 * The session model: everything one Business2Community partnership holds,
 * from Del 1 (each party's internal considerations) through Del 2 (shared
 * framing and the agreement) to Del 3 (evaluation and impact measurement).
 *
 * Invariants every module may rely on:
 * - every char * field of a live session is a valid, NUL-terminated UTF-8
 *   string owned by the session; "" means "not filled in", never NULL;
 * - dates are "" or ISO "YYYY-MM-DD"; timestamps "" or
 *   "YYYY-MM-DDTHH:MM:SSZ";
 * - arrays are (items, n_items) pairs; the *_add functions grow them and
 *   return a zeroed, string-initialised element; pointers to elements are
 *   invalidated by the next add or remove on the same array;
 * - the three core indicators (belonging, trust, cocreation) are always
 *   present, first, in that order.
 * Setting a string goes through session_set_str() so ownership stays clear.
 */
#ifndef B2C_SESSION_H
#define B2C_SESSION_H

#include <stdbool.h>
#include <stddef.h>

/*
 * The version a save writes. 2 added, all optional: record ids, periods
 * stored by key, target years and milestones, base period, survey files
 * and import settings, the inputs and outputs ledger, activity status,
 * the planned date a meeting fulfils, conflicts and history. Version 1
 * files load with nothing lost (labels map to period keys, records get
 * ids by position) and are written as version 2 on the next save.
 * 3 added the small path: the concrete proposal (part2.proposal), the
 * choice of the full Del 2 (part2.full) and the follow-up
 * (part3.followup). A small partnership of an earlier version that used
 * the full Del 2 or Del 3 loads with part2.full set, so nothing of it is
 * hidden, and is written as version 3 on the next save.
 */
#define SESSION_FORMAT_VERSION 3
#define SESSION_POINTS 5	/* Del 1: the five most important points */
#define SESSION_ANSWER_STEPS 5	/* Helt enig .. Helt uenig */

/*
 * The settings of one list element (a resource, an activity, a meeting, an
 * indicator, a statement, a measurement or a tally) that this version does
 * not know: the store keeps them so that a save writes them back in the
 * same element. Opaque outside the store; NULL when there are none; freed
 * with the element (so an element added by the user has none). Whoever
 * makes one puts its release function first in it, as session->unknown
 * has unknown_free: the model frees it through that hook and never calls
 * the store.
 */
struct store_unknown;
/* Frees an element's unknown settings through their hook; NULL is a no-op. */
void		session_unknown_free(struct store_unknown *);

enum party_id {
	PARTY_HOUSING = 0,	/* the almen boligorganisation */
	PARTY_COMPANY = 1,	/* the virksomhed */
	PARTY_COUNT = 2
};

/* Who is responsible for an årshjul activity. */
enum responsible {
	RESPONSIBLE_UNSET = 0,
	RESPONSIBLE_HOUSING,
	RESPONSIBLE_COMPANY,
	RESPONSIBLE_BOTH,
	RESPONSIBLE_OTHER
};

/* Where an action or årshjul activity stands; planned until told. */
enum activity_status {
	STATUS_PLANNED = 0,
	STATUS_DONE,
	STATUS_POSTPONED,
	STATUS_CANCELLED
};

enum partnership_size {
	SIZE_UNSET = 0,
	SIZE_SMALL,	/* a single activity */
	SIZE_LARGE	/* a longer collaboration */
};

enum resource_kind {
	RESOURCE_HOURS = 0,
	RESOURCE_FACILITIES,
	RESOURCE_VOLUNTEERS,
	RESOURCE_MONEY,
	RESOURCE_OTHER,
	RESOURCE_KIND_COUNT
};

enum indicator_kind {
	INDICATOR_PERCENT = 0,	/* % answering the two most positive steps */
	INDICATOR_COUNT		/* a number, e.g. young people in internships */
};

struct party {
	char	*name;
	char	*contact;	/* contact person */
	char	*role;		/* the contact person's role */
};

struct resource {
	char	*id;		/* stable record id (session_make_id) */
	enum resource_kind kind;
	double	 amount;	/* 0 when not given */
	char	*unit;		/* "timer/md", "m²", "kr." ... */
	char	*note;
	struct store_unknown *extra;	/* kept by the store, or NULL */
};

/* Del 1 for one party. */
struct part1 {
	char	*challenges;	/* challenges or opportunities in focus */
	char	*initiatives;	/* initiatives the partnership can use */
	char	*indicator_promotion; /* how they promote the three */
	char	*proposed_indicators; /* site-specific indicators proposed */
	struct resource *resources;
	size_t	 n_resources;
	enum partnership_size expected_size;
	char	*interest;	/* the party's interest in partnering */
	char	*points[SESSION_POINTS]; /* ordered 1..5 */
};

/* One activity of the årshjul. */
struct activity {
	char	*id;		/* stable record id (session_make_id) */
	int	 month;		/* 1..12, 0 when a date is given or unknown */
	char	*date;		/* "" or ISO date */
	char	*title;		/* the activity */
	enum responsible responsible;
	char	*role;		/* roles and responsibilities */
	enum activity_status status;
	char	*status_date;	/* "" or ISO: when it was done, moved ... */
	char	*status_note;
	struct store_unknown *extra;	/* kept by the store, or NULL */
};

/*
 * Where one agreed action of Del 2 stands, by the action's position:
 * action i's state is action_states[i] when i < n_action_states, and
 * planned with no date or note otherwise (so a file without any loads as
 * all planned). Kept beside the actions, not in them, so that the
 * actions stay a list of lines in the file.
 */
struct action_state {
	enum activity_status status;
	char	*date;		/* "" or ISO: when it was done, moved ... */
	char	*note;
	struct store_unknown *extra;	/* kept by the store, or NULL */
};

struct measurement_plan {
	int	 month;		/* 1..12, 0 unset */
	char	*scope;
	int	 sample_size;	/* target number of respondents, 0 unset */
};

/*
 * A small partnership's concrete proposal (Del 2): the one thing the
 * housing organisation asks a company for, when, what it offers in
 * return, and whom the company reaches about it. The booklet: "kan
 * fremlægge et konkret forslag til aftalen".
 */
struct proposal {
	char	*request;	/* what is asked for */
	char	*date;		/* "" or ISO: when */
	char	*offer;		/* what the housing organisation offers */
	char	*contact;	/* the contact person's name */
	char	*role;		/* the contact person's role */
	char	*reach;		/* phone number or e-mail address */
};

/* Del 2. */
struct part2 {
	char	*indicator_notes;  /* notes from walking through the three */
	char	*q_challenges;	/* the five discussion questions */
	char	*q_actions;
	char	*q_resources;
	char	*q_indicators;
	char	*q_other_resources;
	bool	 use_municipality; /* other resources to draw in */
	bool	 use_helhedsplan;
	bool	 use_boligsocial;
	bool	 use_other_companies;
	char	*other_resources_note;
	char	**actions;	/* the agreed actions, one per item */
	size_t	 n_actions;
	struct action_state *action_states;	/* see struct action_state */
	size_t	 n_action_states;
	struct activity *wheel;	/* the årshjul */
	size_t	 n_wheel;
	char	**meeting_dates; /* planned evaluation meetings, ISO */
	size_t	 n_meeting_dates;
	struct measurement_plan plan;
	struct proposal proposal;	/* a small partnership's */
	bool	 full;		/* a small partnership uses the full Del 2 */
};

/*
 * The follow-up of a small partnership's proposal (Del 3 on the short
 * path): did it happen, how did it go, and what next time.
 */
struct followup {
	enum activity_status status;	/* planned until told */
	char	*date;		/* "" or ISO: when it happened or was moved */
	char	*how;		/* how it went */
	char	*next_time;	/* what to do next time */
};

/* A Del 3 evaluation meeting. */
struct meeting {
	char	*id;		/* stable record id (session_make_id) */
	char	*date;
	char	*planned;	/* "" or the Del 2 meeting date it fulfils */
	char	*participants;
	char	*experience;	/* how do the parties and residents experience it */
	char	*learnings;	/* what have you learned; does it call for change */
	char	*adjust;	/* should actions or resources be adjusted */
	char	*decisions;	/* adjustments and re-allocations decided */
	struct store_unknown *extra;	/* kept by the store, or NULL */
};

/*
 * One setting the two sides of a merge changed in different ways. The
 * session holds ours' value; both values are kept here, as text, until
 * someone decides. path names the setting in the file, a record by its
 * id or key in brackets: "part3.meetings[4f0c9a2e1b7d6583].learnings".
 */
struct conflict {
	char	*path;
	char	*kind;		/* "changed", "removed-ours", "removed-theirs" */
	char	*base;		/* "" when the setting was new */
	char	*ours;
	char	*theirs;
	struct store_unknown *extra;	/* kept by the store, or NULL */
};

/* One survey statement of an indicator. */
struct statement {
	char	*id;		/* unique in the session; CSV headers use it */
	char	*text;
	struct store_unknown *extra;	/* kept by the store, or NULL */
};

/* Answers to one statement (or the indicator as a whole) in one period. */
struct tally {
	char	*statement;	/* statement id, "" for the indicator itself */
	long	 steps[SESSION_ANSWER_STEPS]; /* [0] Helt enig .. [4] Helt uenig */
	long	 dont_know;	/* "Ved ikke" */
	long	 blank;		/* no answer */
	struct store_unknown *extra;	/* kept by the store, or NULL */
};

/* One period of one indicator: "Baseline", "År 1", ... */
struct measurement {
	char	*period;	/* its key: "baseline", "year 1" (period.h) */
	char	*date;
	bool	 base;		/* marked as the base period (baseline) */
	char	*source;	/* survey file(s) imported, "; "-separated */
	char	*source_sha256;	/* their SHA-256s, the same way */
	struct tally *tallies;	/* INDICATOR_PERCENT */
	size_t	 n_tallies;
	bool	 has_count;	/* INDICATOR_COUNT */
	long	 count;
	char	**imports;	/* "sha256:HEX" of each survey file imported */
	size_t	 n_imports;
	struct store_unknown *extra;	/* kept by the store, or NULL */
};

/*
 * What one party put into the partnership in one year and what came of
 * it, as LBG/B4SI-style reporting counts it: inputs (cash, working hours,
 * in-kind value, management cost) and outputs (events, participants).
 */
struct ledger_entry {
	int	 year;
	enum party_id party;
	double	 cash;		/* kr., 0 when none */
	double	 hours;		/* working hours */
	double	 in_kind;	/* kr., the value of goods and facilities */
	double	 management;	/* kr., the cost of running it */
	long	 events;
	long	 participants;
	char	*note;
	struct store_unknown *extra;	/* kept by the store, or NULL */
};

/* A yearly milestone on the way to an indicator's target. */
struct milestone {
	int	 year;
	double	 value;		/* percent (0..100) or count */
};

struct indicator {
	char	*id;		/* unique in the session; [a-z0-9_-]+ */
	char	*name;		/* "Tilhørsforhold" */
	char	*opposite;	/* "Isolation" */
	char	*kpi;		/* KPI definition */
	enum indicator_kind kind;
	bool	 core;		/* one of the three; cannot be removed */
	bool	 adopted;	/* agreed in Del 2 (core ones always are) */
	bool	 has_target;
	double	 target;	/* percent (0..100) or count */
	int	 target_year;	/* the year the target is due, 0 unset */
	struct milestone *milestones;	/* by year, at most one a year */
	size_t	 n_milestones;
	char	*comment;
	bool	 esrs_s3;	/* affected communities */
	bool	 esrs_s4;	/* consumers and end-users */
	struct statement *statements;
	size_t	 n_statements;
	struct measurement *measurements; /* in period order */
	size_t	 n_measurements;
	struct store_unknown *extra;	/* kept by the store, or NULL */
};

struct session {
	int	 version;
	char	*title;
	char	*area;		/* area / estate (afdeling) */
	char	*created;	/* timestamps, UTC */
	char	*modified;
	char	*saved_by;	/* user@host of the last save */
	bool	 large;		/* large partnership: both parties do Del 1 */
	struct party parties[PARTY_COUNT];
	struct part1 part1[PARTY_COUNT];
	struct part2 part2;
	struct meeting *meetings;
	size_t	 n_meetings;
	struct indicator *indicators;
	size_t	 n_indicators;
	/* How this partnership's survey files are read, kept from the last
	 * import so next year's file needs no options: "HEADER=ID" column
	 * mappings, "CODE=ANSWER" codes, and 1 = Helt uenig. */
	char	**survey_columns;
	size_t	 n_survey_columns;
	char	**survey_codes;
	size_t	 n_survey_codes;
	bool	 survey_reverse;
	/* Events worth a line in the file, oldest first ("history", optional):
	 * a lock taken over from someone else. */
	char	**history;
	size_t	 n_history;
	struct ledger_entry *ledger;	/* inputs and outputs, any order */
	size_t	 n_ledger;
	struct followup followup;	/* Del 3 of a small partnership */

	/* Settings the program does not know, kept by the store so that a
	 * save writes them back; opaque to everyone else. */
	void	*unknown;
	void	(*unknown_free)(void *);

	/* Left by b2c merge where the two sides disagreed; empty normally. */
	struct conflict *conflicts;
	size_t	 n_conflicts;
};

/*
 * True when the session follows the booklet's small path: a small
 * partnership that has not chosen the full Del 2. Its Del 2 is the
 * concrete proposal and a one-page agreement, its Del 3 a follow-up.
 */
bool		session_small_path(const struct session *);
/* The small path's parts of a session (session-small.c): made empty,
 * freed, copied and compared with the rest of the session. */
void		session_small_init(struct session *);
void		session_small_free(struct session *);
void		session_small_copy(struct session *, const struct session *);
bool		session_small_equal(const struct session *,
		    const struct session *);
/* A small partnership read from a file written before the short path
 * (no proposal, no choice of path, no follow-up) that has anything in
 * the full Del 2 or Del 3 keeps the full path, so nothing it holds is
 * out of sight: sets part2.full. */
void		session_small_migrate(struct session *);

/* A new, empty session with the three core indicators. Never NULL. */
struct session *session_new(void);
/* Releases a session and everything it owns; NULL is a no-op. */
void		session_free(struct session *);
/* A deep copy (unknown settings are not copied). */
struct session *session_clone(const struct session *);
/* True when both sessions hold the same data (unknown settings ignored). */
bool		session_equal(const struct session *, const struct session *);

/* Replaces *field with a copy of value (NULL becomes ""). */
void		session_set_str(char **field, const char *value);

struct resource	*session_add_resource(struct part1 *);
void		 session_remove_resource(struct part1 *, size_t);
char		*session_add_action(struct part2 *, const char *);
void		 session_remove_action(struct part2 *, size_t);
/* Moves an action and its state. */
void		 session_move_action(struct part2 *, size_t from, size_t to);
/* Action i's state, or NULL when it is planned with nothing noted. */
const struct action_state *session_action_state(const struct part2 *,
		    size_t i);
/* Action i's state to change (the states grow to reach it). */
struct action_state *session_action_state_mut(struct part2 *, size_t i);
/* Appends a state (the store reads them in order). */
struct action_state *session_add_action_state(struct part2 *);
/* True when a state says more than "planned". */
bool		 session_action_state_set(const struct action_state *);
struct activity	*session_add_activity(struct part2 *);
void		 session_remove_activity(struct part2 *, size_t);
char		*session_add_meeting_date(struct part2 *, const char *);
/* Appends a line to the session's history. */
char		*session_add_history(struct session *, const char *);
void		 session_remove_meeting_date(struct part2 *, size_t);
struct meeting	*session_add_meeting(struct session *);
struct ledger_entry *session_add_ledger(struct session *);
void		 session_remove_ledger(struct session *, size_t);
void		 session_remove_meeting(struct session *, size_t);
/* Adds a site-specific indicator; id must be unique (checked by caller). */
struct indicator *session_add_indicator(struct session *, const char *id,
		    const char *name);
/* Removes a site-specific indicator; core ones are refused (-1). */
int		 session_remove_indicator(struct session *, size_t);
struct indicator *session_find_indicator(const struct session *,
		    const char *id);
struct statement *session_add_statement(struct indicator *, const char *id,
		    const char *text);
void		 session_remove_statement(struct indicator *, size_t);
/* The indicator and statement a statement id belongs to, or NULL. */
struct statement *session_find_statement(const struct session *,
		    const char *id, struct indicator **owner);
/* Adds a measurement; period is stored by its key (period.h). */
struct measurement *session_add_measurement(struct indicator *,
		    const char *period);
/* Adds a milestone or changes the one of that year, keeping year order. */
struct milestone *session_set_milestone(struct indicator *, int year,
		    double value);
/* The measurement marked as base period, or NULL when none is. */
const struct measurement *session_base_measurement(const struct indicator *);
void		 session_remove_measurement(struct indicator *, size_t);
/* The measurement of the same period as key or label (period.h). */
struct measurement *session_find_measurement(const struct indicator *,
		    const char *period);
/* Sets "KEY=VALUE" in a list, replacing an item whose KEY is the same
 * by same(); same(NULL, ...) is never called. */
void		 session_set_pair(char ***items, size_t *n, const char *pair,
		    bool (*same)(const char *, const char *));
/* Records a survey file's fingerprint in a measurement (once). */
void		 session_add_import(struct measurement *, const char *);
/* True when the measurement holds that fingerprint. */
bool		 session_has_import(const struct measurement *, const char *);
/* The tally for a statement id ("" = indicator level), added if absent. */
struct tally	*session_tally_for(struct measurement *, const char *statement);

/* A new record id: 16 random hex digits, never a position's "1", "2"... */
char		*session_make_id(void);
struct conflict	*session_add_conflict(struct session *);
void		 session_remove_conflict(struct session *, size_t);

/* Moves element from -> to within an array, shifting the rest. */
void		 session_move(void *items, size_t n, size_t size, size_t from,
		    size_t to);

/* Stable names used in files and reports (not translated). */
const char	*session_party_key(enum party_id);
const char	*session_responsible_key(enum responsible);
const char	*session_size_key(enum partnership_size);
const char	*session_resource_key(enum resource_kind);
const char	*session_kind_key(enum indicator_kind);
const char	*session_status_key(enum activity_status);
/* Parses a key back; -1 when unknown. */
int		 session_responsible_parse(const char *);
int		 session_size_parse(const char *);
int		 session_resource_parse(const char *);
int		 session_kind_parse(const char *);
int		 session_status_parse(const char *);

#endif
