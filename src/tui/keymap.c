/*
 * The keymap (keymap.h): requests and the keys bound to them, and what
 * is made from it, the legend's key names, the help's key list and the
 * key list of b2c(1).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/util.h"
#include "keymap.h"
#include "tui-internal.h"

#define CTRL(c)	((c) & 0x1f)

struct keymap_entry {
	const char *key;	/* the function key's name, or NULL */
	int	 code;
	char	 ctrl, ctrl2;	/* Ctrl letters, or 0 */
	const char *label;
	const char *help;
};

static const struct keymap_entry keymap_table[] = {
#define KEYMAP_ENTRY(name, key, code, ctrl, ctrl2, label, help) \
	{ key, code, ctrl, ctrl2, label, help },
	KEYMAP_REQUESTS(KEYMAP_ENTRY)
#undef KEYMAP_ENTRY
};

/* Keys that move rather than ask for something; only described. */
static const struct {
	const char *keys;
	const char *help;
} keymap_moves[] = {
	{ "Tab, Down", N_("next field") },
	{ "Shift-Tab, Up", N_("previous field") },
	{ "Home, End", N_("the step's first or last field; in a text field, "
	    "the start or end of the line") },
	{ "Enter", N_("leaves a single-line field; a new line in a "
	    "multi-line field; opens a line of a list") },
	{ "Up, Down, Space", N_("in a list of options: Up and Down move to an "
	    "option, Space or Enter chooses it; typing changes nothing") },
	{ "Left, Right", N_("change a choice shown as < >") },
	{ "Space", N_("tick or clear a check box; on a step with only text "
	    "to read, the next screenful") },
};

#define KEYMAP_N(a)	(sizeof (a) / sizeof (a)[0])

/* The request k makes (REQ_NONE: a key for the screen itself). */
enum keymap_request
keymap_request(const struct tui_key *k)
{
	const struct keymap_entry *e;
	size_t i;

	for (i = 0; i < KEYMAP_N(keymap_table); i++) {
		e = &keymap_table[i];
		if (k->is_key ? e->code != 0 && k->code == (wint_t)e->code :
		    (e->ctrl != 0 && k->code == (wint_t)CTRL(e->ctrl)) ||
		    (e->ctrl2 != 0 && k->code == (wint_t)CTRL(e->ctrl2)))
			return (enum keymap_request)i;
	}
	if (!k->is_key && k->code == 0x1b)
		return REQ_BACK;
	return REQ_NONE;
}

/* The legend's label of a request, translated. */
const char *
keymap_label(enum keymap_request r)
{
	return r < REQ_NONE ? _(keymap_table[r].label) : "";
}

/* Its keys as the legend writes them: "F1/^G", or "F1" without ctrl. */
char *
keymap_keys(enum keymap_request r, bool ctrl)
{
	const struct keymap_entry *e = &keymap_table[r];

	if (e->key == NULL)
		return xasprintf("^%c", e->ctrl);
	if (!ctrl || e->ctrl == 0)
		return xstrdup(e->key);
	return xasprintf("%s/^%c", e->key, e->ctrl);
}

/* The keys of entry e in words: "F1 or Ctrl-G" (sep " or ") or, for
 * mdoc, "F1 , Ctrl-G" (sep " , "). */
static char *
keymap_words(const struct keymap_entry *e, const char *sep)
{
	char *s = e->key != NULL ? xstrdup(e->key) : NULL, *t;

	if (e->ctrl != 0) {
		t = s != NULL ? xasprintf("%s%sCtrl-%c", s, sep, e->ctrl) :
		    xasprintf("Ctrl-%c", e->ctrl);
		free(s);
		s = t;
	}
	if (e->ctrl2 != 0) {
		t = xasprintf("%s%sCtrl-%c", s, strcmp(sep, " , ") == 0 ?
		    sep : ", ", e->ctrl2);
		free(s);
		s = t;
	}
	return s;
}

/* The keys and help of the n-th line of the list (requests up to Quit,
 * the moves, then the rest); false past its end. */
static bool
keymap_line(size_t n, const char *sep, char **keys, const char **help)
{
	size_t first = REQ_QUIT + 1, nm = KEYMAP_N(keymap_moves);
	size_t r, from;
	char *s, *p;

	if (n < first || n >= first + nm) {
		r = n < first ? n : n - nm;
		if (r >= KEYMAP_N(keymap_table))
			return false;
		*keys = keymap_words(&keymap_table[r], sep);
		*help = keymap_table[r].help;
		return true;
	}
	s = xstrdup(keymap_moves[n - first].keys);
	if (strcmp(sep, " , ") == 0) {	/* "Tab, Down" to "Tab , Down" */
		for (from = 0; (p = strstr(s + from, ", ")) != NULL;) {
			*p = '\0';
			from = (size_t)(p - s) + 3;
			p = xasprintf("%s , %s", s, p + 2);
			free(s);
			s = p;
		}
	}
	*keys = s;
	*help = keymap_moves[n - first].help;
	return true;
}

/* The lines of the help's key list: the keys, padded, then what they do. */
char **
keymap_help_lines(size_t *n)
{
	char **lines = NULL, **keys = NULL, *k;
	const char *help, *or = _(" or ");
	size_t i, cnt = 0;
	int w = 0;

	for (i = 0; keymap_line(i, or, &k, &help); i++) {
		keys = xreallocarray(keys, i + 1, sizeof *keys);
		keys[i] = k;
		/* One column for the text, but a long key ("F10 or
		 * Ctrl-X, Ctrl-C") does not push every text right. */
		if (draw_str_columns(k) > w && draw_str_columns(k) <= 16)
			w = draw_str_columns(k);
		cnt++;
	}
	lines = xreallocarray(NULL, cnt > 0 ? cnt : 1, sizeof *lines);
	for (i = 0; i < cnt; i++) {
		keymap_line(i, or, &k, &help);
		lines[i] = xasprintf("%s%*s   %s", keys[i],
		    w > draw_str_columns(keys[i]) ? w -
		    draw_str_columns(keys[i]) : 0, "", _(help));
		free(k);
		free(keys[i]);
	}
	free(keys);
	*n = cnt;
	return lines;
}

/* The key list of b2c(1): an .It line per key, then its text. */
char *
keymap_man(void)
{
	char *out = xstrdup(""), *k, *t;
	const char *help;
	size_t i;

	for (i = 0; keymap_line(i, " , ", &k, &help); i++) {
		t = xasprintf("%s.It %s\n%s\n", out, k, help);
		free(out);
		free(k);
		out = t;
	}
	return out;
}
