/*
 * What a survey file's header cells and answer cells mean. Both are
 * compared by a key that forgives what spreadsheets and word processors
 * do to text: case, runs of spaces and non-breaking spaces, curly quotes,
 * en and em dashes, decomposed letters and (for headers) a trailing
 * full stop or question mark. Nothing fuzzier is ever taken silently: a
 * header a word away from a statement is only proposed.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/utf8.h"
#include "b2c/util.h"
#include "import-private.h"
#include "import-reader.h"

/* The character a code point is compared as: ' ' for white space, ASCII
 * for quotes and dashes, lower case for letters; 0 drops it. */
static uint32_t
key_char(uint32_t cp)
{
	if (cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xa0 ||
	    (cp >= 0x2000 && cp <= 0x200a) || cp == 0x202f || cp == 0x205f ||
	    cp == 0x3000)
		return ' ';
	if (cp == 0xad || cp == 0x200b || cp == 0xfeff)
		return 0;
	if (cp >= 0x2018 && cp <= 0x201b)
		return '\'';
	if ((cp >= 0x201c && cp <= 0x201f) || cp == 0xab || cp == 0xbb)
		return '"';
	if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212)
		return '-';
	if (cp >= 'A' && cp <= 'Z')
		return cp + 0x20;
	if (cp >= 0xc0 && cp <= 0xde && cp != 0xd7)
		return cp + 0x20;
	return cp;
}

/* True for what a header may end with that its statement does not. */
static bool
trailing_punct(char c)
{
	return c == ' ' || c == '.' || c == ',' || c == ';' || c == ':' ||
	    c == '!' || c == '?' || c == '*';
}

/* Writes the key of text into out (room for strlen(text) * 2 + 1). */
static void
key_into(const char *text, bool header, char *out)
{
	const char *end = text + strlen(text);
	uint32_t cp, prev = ' ', next;
	const char *peek;
	size_t n = 0;

	while (text < end) {
		/* Plain ASCII, most of any file, skips the decoding. */
		if ((unsigned char)*text < 0x80 && ((unsigned char)text[1] <
		    0x80 || text + 1 >= end))
			cp = key_char((unsigned char)*text++);
		else {
			cp = key_char(utf8_decode(&text, (size_t)(end - text)));
			/* "a" + combining ring is the "å" another program
			 * wrote. */
			peek = text;
			if (text < end && (next = utf8_decode(&peek,
			    (size_t)(end - text))) >= 0x300 && next <= 0x36f &&
			    utf8_compose(cp, next) != 0) {
				cp = key_char(utf8_compose(cp, next));
				text = peek;
			}
		}
		if (cp == 0 || (cp == ' ' && prev == ' '))
			continue;
		if (cp < 0x80)
			out[n++] = (char)cp;
		else
			n += utf8_encode(cp, out + n);
		prev = cp;
	}
	while (n > 0 && (out[n - 1] == ' ' || (header &&
	    trailing_punct(out[n - 1]))))
		n--;
	out[n] = '\0';
}

char *
import_key(const char *text, bool header)
{
	char *out = xmalloc(strlen(text) * 2 + 1);

	key_into(text, header, out);
	return out;
}

/* The answer a label's key names, English too; "blank" for no answer. */
int
import_label_answer(const char *key)
{
	static const struct { const char *key; int answer; } labels[] = {
		{ "helt enig", 0 }, { "delvist enig", 1 },
		{ "delvis enig", 1 }, { "hverken enig eller uenig", 2 },
		{ "hverken enig/uenig", 2 }, { "hverken/eller", 2 },
		{ "delvist uenig", 3 }, { "delvis uenig", 3 },
		{ "helt uenig", 4 }, { "ved ikke", 5 },
		{ "strongly agree", 0 }, { "agree", 1 },
		{ "neither agree nor disagree", 2 }, { "disagree", 3 },
		{ "strongly disagree", 4 }, { "don't know", 5 },
		{ "blank", IMPORT_BLANK }, { "tom", IMPORT_BLANK },
		{ "ubesvaret", IMPORT_BLANK }, { "", IMPORT_BLANK }
	};
	size_t i;

	for (i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		if (strcmp(key, labels[i].key) == 0)
			return labels[i].answer;
	}
	return -1;
}

int
import_codes_add(struct import_codes *c, const char *spec, char **cause)
{
	const char *eq = strchr(spec, '=');
	char *code, *label;
	int answer;

	code = xstrndup(spec, eq != NULL ? (size_t)(eq - spec) : strlen(spec));
	label = import_key(eq != NULL ? eq + 1 : "", false);
	answer = import_label_answer(label);
	free(label);
	label = import_key(code, false);
	free(code);
	if (eq == NULL || label[0] == '\0' || answer < 0 || eq[1] == '\0') {
		free(label);
		*cause = xasprintf(_("code \"%s\": write CODE=ANSWER, the "
		    "answer being Helt enig, Delvist enig, Hverken enig eller "
		    "uenig, Delvist uenig, Helt uenig, Ved ikke or blank"),
		    spec);
		return -1;
	}
	c->keys = xreallocarray(c->keys, c->n + 1, sizeof *c->keys);
	c->answers = xreallocarray(c->answers, c->n + 1, sizeof *c->answers);
	c->keys[c->n] = label;
	c->answers[c->n++] = answer;
	return 0;
}

void
import_codes_clear(struct import_codes *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->keys[i]);
	free(c->keys);
	free(c->answers);
	memset(c, 0, sizeof *c);
}

/* The answer of a cell already trimmed of plain spaces: a stated code
 * first, then 1-5 in the scale's direction, then the labels. */
int
import_codes_answer(const struct import_codes *c, const char *cell)
{
	char small[128], *key = small;
	size_t i, len;
	int answer = -1;

	if (cell[0] == '\0')
		return IMPORT_BLANK;
	if (cell[0] >= '1' && cell[0] <= '5' && cell[1] == '\0' && c->n == 0)
		return c->reverse ? '5' - cell[0] : cell[0] - '1';
	/* A cell is read once per respondent: no allocation when short. */
	if ((len = strlen(cell)) * 2 + 1 > sizeof small)
		key = xmalloc(len * 2 + 1);
	key_into(cell, false, key);
	for (i = 0; i < c->n && answer < 0; i++) {
		if (strcmp(key, c->keys[i]) == 0)
			answer = c->answers[i];
	}
	if (answer < 0 && key[0] >= '1' && key[0] <= '5' && key[1] == '\0')
		answer = c->reverse ? '5' - key[0] : key[0] - '1';
	if (answer < 0)
		answer = import_label_answer(key);
	if (key != small)
		free(key);
	return answer;
}

int
import_parse_answer(const char *cell)
{
	static const struct import_codes none;

	return import_codes_answer(&none, cell);
}

bool
import_key_equal(const char *text, const char *key)
{
	char *k;
	bool same;

	if (text == NULL || text[0] == '\0')
		return false;
	k = import_key(text, true);
	same = strcmp(k, key) == 0;
	free(k);
	return same;
}

/* The statement of an indicator a header names as the indicator: its one
 * statement, or the indicator itself ("") when it has none or several. */
static const char *
indicator_statement(const struct indicator *ind)
{
	return ind->n_statements == 1 ? ind->statements[0].id : "";
}

/* Matches one key: statement id, wording, then indicator id or name. */
static bool
match_key(struct session *s, const char *key, struct import_target *t)
{
	size_t i, k;

	for (i = 0; i < s->n_indicators; i++) {
		struct indicator *ind = &s->indicators[i];

		for (k = 0; k < ind->n_statements; k++) {
			if (import_key_equal(ind->statements[k].id, key) ||
			    import_key_equal(ind->statements[k].text, key)) {
				t->ind = ind;
				t->statement = ind->statements[k].id;
				return true;
			}
		}
	}
	for (i = 0; i < s->n_indicators; i++) {
		struct indicator *ind = &s->indicators[i];

		if (import_key_equal(ind->id, key) || import_key_equal(ind->name, key)) {
			t->ind = ind;
			t->statement = indicator_statement(ind);
			return true;
		}
	}
	return false;
}

bool
import_match_header(struct session *s, const char *header,
    struct import_target *t)
{
	char *key = import_key(header, true), *open, *inner;
	size_t len = strlen(key);
	bool found;

	memset(t, 0, sizeof *t);
	found = key[0] != '\0' && match_key(s, key, t);
	/* Google Forms writes a grid's rows as "Question [statement]". */
	if (!found && len > 2 && key[len - 1] == ']' &&
	    (open = strrchr(key, '[')) != NULL) {
		key[len - 1] = '\0';
		inner = import_key(open + 1, true);
		found = inner[0] != '\0' && match_key(s, inner, t);
		free(inner);
	}
	free(key);
	return found;
}

/* Words of a key, split at its single spaces (the key is changed). */
static size_t
split_words(char *key, char **words, size_t max)
{
	size_t n = 0;
	char *p = key;

	while (*p != '\0' && n < max) {
		words[n++] = p;
		if ((p = strchr(p, ' ')) == NULL)
			break;
		*p++ = '\0';
	}
	return n;
}

/* Levenshtein distance counted in words. */
static size_t
word_distance(char **a, size_t na, char **b, size_t nb)
{
	size_t *row = xcalloc(nb + 1, sizeof *row), i, j, diag, up, d;

	for (j = 0; j <= nb; j++)
		row[j] = j;
	for (i = 1; i <= na; i++) {
		diag = row[0];
		row[0] = i;
		for (j = 1; j <= nb; j++) {
			up = row[j];
			d = diag + (strcmp(a[i - 1], b[j - 1]) != 0);
			if (up + 1 < d)
				d = up + 1;
			if (row[j - 1] + 1 < d)
				d = row[j - 1] + 1;
			row[j] = d;
			diag = up;
		}
	}
	d = row[nb];
	free(row);
	return d;
}

#define NEAR_WORDS 64

const char *
import_near_header(const struct session *s, const char *header)
{
	char *hk = import_key(header, true), *sk, *hw[NEAR_WORDS];
	char *sw[NEAR_WORDS];
	size_t nh = split_words(hk, hw, NEAR_WORDS), ns, i, k, d, best_d;
	const char *best = NULL;

	best_d = nh / 6 > 0 ? nh / 6 : 1;
	for (i = 0; nh >= 3 && i < s->n_indicators; i++) {
		const struct indicator *ind = &s->indicators[i];

		for (k = 0; k < ind->n_statements; k++) {
			sk = import_key(ind->statements[k].text, true);
			ns = split_words(sk, sw, NEAR_WORDS);
			d = ns >= 3 ? word_distance(hw, nh, sw, ns) : nh;
			if (d <= best_d) {
				best_d = d;
				best = ind->statements[k].id;
			}
			free(sk);
		}
	}
	free(hk);
	return best;
}
