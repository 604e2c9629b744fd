/*
 * Reading an answer, and the commands that can be given instead of one.
 * A command is a line starting with "/" (a line that is to start with a
 * "/" is typed with two); each has an English and a Danish name, both
 * understood whatever the language of the interface:
 *   /next /næste, /back /tilbage, /map /oversigt, /goto N /gå N,
 *   /save /gem, /quit /afslut, /help /hjælp, /conflicts /konflikter.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "b2c/i18n.h"
#include "b2c/util.h"
#include "line-internal.h"

/* True when answer is the word en or da (case aside, blanks around). */
bool
line_word(const char *answer, const char *en, const char *da)
{
	size_t n;

	while (*answer == ' ' || *answer == '\t')
		answer++;
	n = strlen(answer);
	while (n > 0 && (answer[n - 1] == ' ' || answer[n - 1] == '\t'))
		n--;
	return (strlen(en) == n && strncasecmp(answer, en, n) == 0) ||
	    (da != NULL && strlen(da) == n && strncmp(answer, da, n) == 0);
}

/* The step number after a /goto: 1 to the number of steps. */
static enum line_act
line_cmd_goto(struct line *l, const char *arg)
{
	size_t n = guide_step_count(l->s);
	char *end;
	long v;

	while (*arg == ' ')
		arg++;
	v = strtol(arg, &end, 10);
	while (*end == ' ')
		end++;
	if (*arg == '\0' || *end != '\0' || v < 1 || (size_t)v > n) {
		line_say(l, _("Give a step number from 1 to %zu (/map lists "
		    "them)."), n);
		return LINE_AGAIN;
	}
	l->go_to = (size_t)v - 1;
	return LINE_GOTO;
}

/* /quit: leaves, after asking when the changes could not be saved. */
static enum line_act
line_cmd_quit(struct line *l)
{
	if (line_save(l, true) != 0 && !line_yes(l, _("The changes are not "
	    "saved. Leave anyway? (y/n)")))
		return LINE_AGAIN;
	l->quitting = true;
	return LINE_QUIT;
}

/* Carries out the command in line (after its "/"). */
static enum line_act
line_command(struct line *l, const char *cmd)
{
	size_t len = strcspn(cmd, " \t");
	char *word = xstrndup(cmd, len);
	const char *arg = cmd + len;
	enum line_act act = LINE_AGAIN;

	if (line_word(word, "next", "næste"))
		act = LINE_NEXT;
	else if (line_word(word, "back", "tilbage"))
		act = LINE_BACK;
	else if (line_word(word, "map", "oversigt"))
		line_map(l);
	else if (line_word(word, "goto", "gå"))
		act = line_cmd_goto(l, arg);
	else if (line_word(word, "save", "gem"))
		line_save(l, true);
	else if (line_word(word, "quit", "afslut"))
		act = line_cmd_quit(l);
	else if (line_word(word, "help", "hjælp"))
		line_help(l);
	else if (line_word(word, "conflicts", "konflikter"))
		line_conflicts(l);
	else
		line_say(l, _("Unknown command /%s; /help lists the "
		    "commands."), word);
	free(word);
	return act;
}

/*
 * Asks for one line. Returns LINE_ANSWER with the line in *answer
 * (allocated), LINE_AGAIN after a command that leaves the question open,
 * or where a command, the end of the input or a signal goes.
 */
enum line_act
line_ask(struct line *l, const char *prompt, char **answer)
{
	char *got;
	enum line_act act;

	*answer = NULL;
	fflush(l->out);
	got = line_input_read(l->in, prompt);
	if (got == NULL)
		return LINE_QUIT;
	if (got[0] == '/' && got[1] != '/') {
		act = line_command(l, got + 1);
		free(got);
		return act;
	}
	if (got[0] == '/')
		memmove(got, got + 1, strlen(got));
	*answer = got;
	return LINE_ANSWER;
}

/* A yes/no question; the end of the input answers no. */
bool
line_yes(struct line *l, const char *question)
{
	char *got;
	bool yes = false;

	for (;;) {
		line_say(l, "%s", question);
		fflush(l->out);
		if ((got = line_input_read(l->in, "> ")) == NULL)
			return false;
		if (line_word(got, "y", "j") || line_word(got, "yes", "ja") ||
		    line_word(got, _("yes"), NULL))
			yes = true;
		else if (!(line_word(got, "n", NULL) || line_word(got, "no",
		    "nej") || line_word(got, _("no"), NULL))) {
			free(got);
			continue;
		}
		free(got);
		return yes;
	}
}
