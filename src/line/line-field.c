/*
 * One question: its label and hint, the value it has now, and the
 * answer checked by the guide's own setter, so a refused answer gets the
 * same message as in the wizard and is asked again. Enter on an empty
 * line keeps the value; a line holding a single "." empties it.
 *
 * Choices are numbered and take the number or the option's words; yes/no
 * questions take y/n, yes/no or j/n, ja/nej; multi-line text is read up
 * to a line holding a single ".".
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "b2c/guide-extra.h"
#include "b2c/guide-shown.h"
#include "b2c/i18n.h"
#include "b2c/textbuf.h"
#include "b2c/util.h"
#include "line-internal.h"

/* The value as a reader wants it: a choice's words, yes or no, a date
 * in words, a number with the language's decimal mark. */
char *
line_shown(const struct session *s, const struct guide_field *fl,
    const struct guide_ctx *ctx)
{
	char *v = fl->get != NULL ? fl->get(s, ctx) : NULL, **labels;
	long i;

	if (v == NULL)
		v = xstrdup("");
	if (fl->kind == GUIDE_CHECK) {
		i = strcmp(v, "1") == 0;
		free(v);
		return xstrdup(i ? _("yes") : _("no"));
	}
	if (fl->kind == GUIDE_CHOICE) {
		labels = guide_field_choices(s, fl, ctx);
		i = strtol(v, NULL, 10);
		free(v);
		v = NULL;
		for (size_t k = 0; labels != NULL && labels[k] != NULL; k++)
			if ((long)k == i)
				v = xstrdup(labels[k]);
		guide_choices_free(labels);
		return v != NULL ? v : xstrdup("");
	}
	return guide_shown_value(fl, v, true);
}

/* Prints "Now: value", on lines of its own for multi-line text. */
static void
line_now(struct line *l, const struct guide_field *fl,
    const struct guide_ctx *ctx)
{
	char *v = line_shown(l->s, fl, ctx);

	if (*v == '\0')
		line_say(l, "   %s %s", _("Now:"), _("(empty)"));
	else if (fl->kind == GUIDE_TEXTAREA) {
		line_say(l, "   %s", _("Now:"));
		line_value(l, "     ", v);
	} else {
		fprintf(l->out, "   %s ", _("Now:"));
		line_value(l, "", v);
	}
	free(v);
}

/* Sets the field; on a refusal says why. 0 or -1. */
static int
line_set(struct line *l, const struct guide_field *fl,
    const struct guide_ctx *ctx, const char *value)
{
	char *cause = NULL, *old;
	int r;

	old = fl->get != NULL ? fl->get(l->s, ctx) : NULL;
	if (old != NULL && strcmp(old, value) == 0) {
		free(old);
		return 0;
	}
	free(old);
	if ((r = fl->set(l->s, ctx, value, &cause)) != 0)
		line_say(l, "   %s", cause != NULL ? cause :
		    _("Invalid value"));
	else
		line_changed(l);
	free(cause);
	return r;
}

/* Whether text holds part, ASCII letters' case aside. */
static bool
line_contains(const char *text, const char *part)
{
	size_t n = strlen(part);

	for (; *text != '\0'; text++)
		if (strncasecmp(text, part, n) == 0)
			return true;
	return false;
}

/* The index of the option answer names (its number, its words, or the
 * start of them when only one option starts so), or -1. */
static long
line_choice_match(char **labels, const char *answer)
{
	size_t n = 0, k, len = strlen(answer);
	long found = -1;
	char *end;
	long v;

	while (labels[n] != NULL)
		n++;
	v = strtol(answer, &end, 10);
	if (end != answer && *end == '\0')
		return v >= 1 && (size_t)v <= n ? v - 1 : -1;
	for (k = 0; k < n; k++)
		if (strcasecmp(labels[k], answer) == 0)
			return (long)k;
	for (k = 0; len > 0 && k < n; k++) {
		if (strncasecmp(labels[k], answer, len) != 0)
			continue;
		if (found >= 0)
			return -1;
		found = (long)k;
	}
	/* "larger" for "A larger partnership (...)". */
	for (k = 0; found < 0 && len > 0 && k < n; k++)
		if (line_contains(labels[k], answer))
			found = (long)k;
	for (k = found + 1; found >= 0 && k < n; k++)
		if (line_contains(labels[k], answer))
			return -1;
	return found;
}

/* Turns a choice's answer into the index the setter takes; NULL (and
 * a message) when it names no option. */
static char *
line_choice_value(struct line *l, const struct guide_field *fl,
    const struct guide_ctx *ctx, const char *answer)
{
	char **labels = guide_field_choices(l->s, fl, ctx);
	long i = labels != NULL ? line_choice_match(labels, answer) : -1;
	size_t n = 0;

	while (labels != NULL && labels[n] != NULL)
		n++;
	guide_choices_free(labels);
	if (i >= 0)
		return xasprintf("%ld", i);
	line_say(l, _("   Answer with a number from 1 to %zu, or the "
	    "option's words."), n);
	return NULL;
}

/* A yes/no answer as "1" or "0"; NULL (and a message) for anything
 * else. */
static char *
line_check_value(struct line *l, const char *answer)
{
	if (line_word(answer, "y", "j") || line_word(answer, "yes", "ja") ||
	    line_word(answer, _("yes"), NULL))
		return xstrdup("1");
	if (line_word(answer, "n", NULL) || line_word(answer, "no", "nej") ||
	    line_word(answer, _("no"), NULL))
		return xstrdup("0");
	line_say(l, "   %s", _("Answer yes or no."));
	return NULL;
}

/* Reads lines up to a single "."; the text, or NULL after a command
 * (then *act says where it goes; what was written is kept). */
static char *
line_read_text(struct line *l, const struct guide_field *fl,
    const struct guide_ctx *ctx, const char *first, enum line_act *act)
{
	struct textbuf tb;
	char *got, *text;

	textbuf_init(&tb);
	textbuf_adds(&tb, first);
	for (;;) {
		*act = line_ask(l, ". ", &got);
		if (*act == LINE_AGAIN)
			continue;
		if (*act != LINE_ANSWER || strcmp(got, ".") == 0)
			break;
		textbuf_addc(&tb, '\n');
		textbuf_adds(&tb, got);
		free(got);
	}
	free(got);
	text = textbuf_detach(&tb);
	if (*act == LINE_ANSWER)
		return text;
	/* Leaving in the middle: what was written is not thrown away. */
	line_set(l, fl, ctx, text);
	free(text);
	return NULL;
}

/* The prompt and what the question takes, before the first answer. */
static void
line_question(struct line *l, const struct guide_field *fl,
    const struct guide_ctx *ctx, const char *number)
{
	char **labels;
	size_t k;

	line_say(l, "%s%s%s", number, *number != '\0' ? " " : "",
	    _(fl->label));
	if (fl->hint != NULL && *fl->hint != '\0')
		line_para(l, "   ", _(fl->hint));
	if (fl->kind == GUIDE_CHOICE) {
		labels = guide_field_choices(l->s, fl, ctx);
		for (k = 0; labels != NULL && labels[k] != NULL; k++)
			line_say(l, "   %zu. %s", k + 1, labels[k]);
		guide_choices_free(labels);
	}
	line_now(l, fl, ctx);
	if (fl->kind == GUIDE_TEXTAREA)
		line_say(l, "   %s", _("Several lines; a line with a single "
		    "\".\" ends the text."));
	else if (fl->kind == GUIDE_CHECK)
		line_say(l, "   %s", _("Answer yes or no."));
}

/* The value to set from an answer; NULL when it is to be asked again. */
static char *
line_value_of(struct line *l, const struct guide_field *fl,
    const struct guide_ctx *ctx, const char *answer)
{
	if (fl->kind == GUIDE_CHOICE)
		return line_choice_value(l, fl, ctx, answer);
	if (fl->kind == GUIDE_CHECK)
		return line_check_value(l, answer);
	return xstrdup(strcmp(answer, ".") == 0 ? "" : answer);
}

/* Asks a scalar field until it takes the answer (or a command). */
enum line_act
line_scalar(struct line *l, const struct guide_field *fl,
    const struct guide_ctx *ctx, const char *number)
{
	enum line_act act;
	char *got, *v;
	bool ok;

	line_question(l, fl, ctx, number);
	for (;;) {
		act = line_ask(l, "> ", &got);
		if (act == LINE_AGAIN) {
			/* After a command's output: which question this is. */
			line_say(l, "%s%s%s", number, *number != '\0' ? " " :
			    "", _(fl->label));
			continue;
		}
		if (act != LINE_ANSWER)
			return act;
		if (*got == '\0') {
			free(got);
			return LINE_ANSWER;
		}
		v = NULL;
		if (fl->kind == GUIDE_TEXTAREA && strcmp(got, ".") != 0) {
			v = line_read_text(l, fl, ctx, got, &act);
			if (v == NULL) {
				free(got);
				return act;
			}
		} else
			v = line_value_of(l, fl, ctx, got);
		free(got);
		ok = v != NULL && line_set(l, fl, ctx, v) == 0;
		free(v);
		if (ok)
			return LINE_ANSWER;
	}
}

/* A read-only value: label and value, nothing asked. */
static void
line_shown_only(struct line *l, const struct guide_field *fl,
    const struct guide_ctx *ctx, const char *number)
{
	line_say(l, "%s%s%s", number, *number != '\0' ? " " : "",
	    _(fl->label));
	line_now(l, fl, ctx);
}

/* One field of any kind; number is its place ("[2/4]") or "". */
enum line_act
line_field(struct line *l, const struct guide_field *fl,
    const struct guide_ctx *ctx, const char *number)
{
	switch (fl->kind) {
	case GUIDE_INFO:
		line_say(l, "%s", _(fl->label));
		if (fl->get != NULL) {	/* a text made from the session */
			char *v = fl->get(l->s, ctx);

			line_value(l, "   ", v);
			free(v);
		} else
			line_para(l, "   ", fl->hint != NULL ? _(fl->hint) :
			    "");
		return LINE_ANSWER;
	case GUIDE_REVIEW:
		line_review(l, fl);
		return LINE_ANSWER;
	case GUIDE_CHART:
		line_charts(l, fl);
		return LINE_ANSWER;
	case GUIDE_LIST:
	case GUIDE_TABLE:
	case GUIDE_RECORDS:
		return line_rows(l, fl, ctx, number);
	default:
		break;
	}
	if (l->cfg.read_only || guide_field_readonly(fl) || fl->set == NULL) {
		line_shown_only(l, fl, ctx, number);
		return LINE_ANSWER;
	}
	return line_scalar(l, fl, ctx, number);
}
