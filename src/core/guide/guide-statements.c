/*
 * Ids and survey statements. Indicator ids are ASCII slugs of their
 * names, statement ids "<indicator>-<n>"; both are unique in the session
 * because CSV headers and imports name them. Tallies refer to statements
 * by id, so renaming a statement renames its tallies and removing one
 * removes them: a tally never points at a statement that is not there.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/guide-extra.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "guide-impl.h"

/* The ASCII spelling of a UTF-8 letter at p (2 bytes), or NULL. */
static const char *
guide_slug_letter(const unsigned char *p)
{
	static const struct {
		unsigned char b;
		const char *ascii;
	} map[] = {
		{ 0xa6, "ae" }, { 0x86, "ae" }, { 0xb8, "oe" }, { 0x98, "oe" },
		{ 0xa5, "aa" }, { 0x85, "aa" }, { 0xa9, "e" }, { 0x89, "e" },
		{ 0xa4, "ae" }, { 0x84, "ae" }, { 0xb6, "oe" }, { 0x96, "oe" },
		{ 0xbc, "u" }, { 0x9c, "u" },
	};
	size_t i;

	if (p[0] != 0xc3)
		return NULL;
	for (i = 0; i < GUIDE_NELEM(map); i++)
		if (p[1] == map[i].b)
			return map[i].ascii;
	return NULL;
}

/* name as [a-z0-9-]+, at most 40 characters; "indicator" if nothing. */
static char *
guide_slug(const char *name)
{
	const unsigned char *p = (const unsigned char *)name;
	char *out = xmalloc(strlen(name) * 2 + 16);
	const char *ascii;
	size_t n = 0;

	for (; *p != '\0' && n < 40; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
			out[n++] = (char)*p;
		else if (*p >= 'A' && *p <= 'Z')
			out[n++] = (char)(*p - 'A' + 'a');
		else if ((ascii = guide_slug_letter(p)) != NULL) {
			n += (size_t)sprintf(out + n, "%s", ascii);
			p++;
		} else if (*p >= 0x80 && (*p & 0xc0) == 0x80)
			continue;	/* inside a letter we cannot spell */
		else if (n > 0 && out[n - 1] != '-')
			out[n++] = '-';
	}
	while (n > 0 && out[n - 1] == '-')
		n--;
	if (n == 0)
		n = (size_t)sprintf(out, "indicator");
	out[n] = '\0';
	return out;
}

/* True when an indicator other than except has this id. */
static bool
guide_id_taken(const struct session *s, const char *id, long except)
{
	size_t i;

	for (i = 0; i < s->n_indicators; i++)
		if ((long)i != except && strcmp(s->indicators[i].id, id) == 0)
			return true;
	return false;
}

char *
guide_indicator_id(const struct session *s, const char *name, long except)
{
	char *base = guide_slug(name == NULL ? "" : name), *id;
	unsigned n;

	id = xstrdup(base);
	for (n = 2; guide_id_taken(s, id, except); n++) {
		free(id);
		id = xasprintf("%s-%u", base, n);
	}
	free(base);
	return id;
}

void
guide_stmt_follow_id(struct session *s, struct indicator *ind,
    const char *old_id)
{
	size_t i, n = strlen(old_id);
	const char *id;
	char *next;

	for (i = 0; i < ind->n_statements; i++) {
		id = ind->statements[i].id;
		if (strncmp(id, old_id, n) != 0 || id[n] != '-')
			continue;
		next = xasprintf("%s%s", ind->id, id + n);
		if (session_find_statement(s, next, NULL) == NULL)
			session_set_str(&ind->statements[i].id, next);
		free(next);
	}
}

static const struct indicator *
stmt_owner(const struct session *s, const struct guide_ctx *c)
{
	return c->row < s->n_indicators ? &s->indicators[c->row] : NULL;
}

static struct indicator *
stmt_owner_mut(struct session *s, const struct guide_ctx *c)
{
	return c->row < s->n_indicators ? &s->indicators[c->row] : NULL;
}

size_t
guide_stmt_count(const struct session *s, const struct guide_ctx *c)
{
	const struct indicator *i = stmt_owner(s, c);

	return i == NULL ? 0 : i->n_statements;
}

size_t
guide_stmt_add(struct session *s, const struct guide_ctx *c)
{
	struct indicator *i = stmt_owner_mut(s, c);
	char *id = NULL;
	unsigned n;

	if (i == NULL)
		return 0;
	for (n = (unsigned)i->n_statements + 1; ; n++) {
		free(id);
		id = xasprintf("%s-%u", i->id, n);
		if (session_find_statement(s, id, NULL) == NULL)
			break;
	}
	session_add_statement(i, id, "");
	free(id);
	return i->n_statements - 1;
}

/* Removes from every measurement of ind the tallies of statement id. */
static void
stmt_drop_tallies(struct indicator *ind, const char *id)
{
	struct measurement *m;
	size_t i, j;

	for (i = 0; i < ind->n_measurements; i++) {
		m = &ind->measurements[i];
		for (j = 0; j < m->n_tallies; ) {
			if (strcmp(m->tallies[j].statement, id) != 0) {
				j++;
				continue;
			}
			free(m->tallies[j].statement);
			session_unknown_free(m->tallies[j].extra);
			memmove(&m->tallies[j], &m->tallies[j + 1],
			    (m->n_tallies - j - 1) * sizeof *m->tallies);
			m->n_tallies--;
		}
	}
}

void
guide_stmt_remove(struct session *s, const struct guide_ctx *c, size_t row)
{
	struct indicator *i = stmt_owner_mut(s, c);

	if (i == NULL || row >= i->n_statements)
		return;
	stmt_drop_tallies(i, i->statements[row].id);
	session_remove_statement(i, row);
}

void
guide_stmt_move(struct session *s, const struct guide_ctx *c, size_t from,
    size_t to)
{
	struct indicator *i = stmt_owner_mut(s, c);

	if (i != NULL)
		session_move(i->statements, i->n_statements,
		    sizeof *i->statements, from, to);
}

static struct statement *
stmt_mut(struct session *s, const struct guide_ctx *c)
{
	struct indicator *i = stmt_owner_mut(s, c);

	return i != NULL && c->sub < i->n_statements ?
	    &i->statements[c->sub] : NULL;
}

static char *
stmt_id_get(const struct session *s, const struct guide_ctx *c)
{
	const struct indicator *i = stmt_owner(s, c);

	return guide_dup(i != NULL && c->sub < i->n_statements ?
	    i->statements[c->sub].id : "");
}

static bool
stmt_id_valid(const char *v)
{
	if (*v == '\0')
		return false;
	for (; *v != '\0'; v++)
		if (!((*v >= 'a' && *v <= 'z') || (*v >= '0' && *v <= '9') ||
		    *v == '-' || *v == '_'))
			return false;
	return true;
}

static int
stmt_id_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	struct statement *st = stmt_mut(s, c), *other;
	struct indicator *ind = stmt_owner_mut(s, c);
	size_t i, j;

	if (st == NULL || ind == NULL)
		return guide_no_row(cause);
	if (!stmt_id_valid(v)) {
		*cause = xasprintf(_("\"%s\" is not a valid id: use a-z, 0-9, "
		    "- and _"), v);
		return -1;
	}
	other = session_find_statement(s, v, NULL);
	if (other != NULL && other != st) {
		*cause = xasprintf(_("Another statement already has the id "
		    "%s"), v);
		return -1;
	}
	for (i = 0; i < ind->n_measurements; i++)
		for (j = 0; j < ind->measurements[i].n_tallies; j++)
			if (strcmp(ind->measurements[i].tallies[j].statement,
			    st->id) == 0)
				session_set_str(&ind->measurements[i].
				    tallies[j].statement, v);
	session_set_str(&st->id, v);
	return 0;
}

static char *
stmt_text_get(const struct session *s, const struct guide_ctx *c)
{
	const struct indicator *i = stmt_owner(s, c);

	return guide_dup(i != NULL && c->sub < i->n_statements ?
	    i->statements[c->sub].text : "");
}

static int
stmt_text_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	struct statement *st = stmt_mut(s, c);

	if (st == NULL)
		return guide_no_row(cause);
	return guide_put(&st->text, v, cause);
}

const struct guide_field guide_stmt_columns[GUIDE_STMT_N_COLUMNS] = {
	{ .key = "part3.statement.id", .kind = GUIDE_TEXT, .label = N_("Id"),
	  .hint = N_("A short name used in imported answer files"),
	  .get = stmt_id_get, .set = stmt_id_set },
	{ .key = "part3.statement.text", .kind = GUIDE_TEXT,
	  .label = N_("Statement"),
	  .hint = N_("E.g. \"Since the food-waste dinners started I am "
	  "prouder to say where I live\""),
	  .get = stmt_text_get, .set = stmt_text_set },
};
