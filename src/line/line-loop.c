/*
 * The line mode's loop: one step after the other, its questions asked in
 * order, the commands moving between steps; the session is saved when a
 * step is left and when the line mode ends, however it ends (the last
 * step, /quit, the end of the input, a hangup or a signal).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/cli.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "line-internal.h"

bool
line_wanted(void)
{
	const char *term = getenv("TERM");
#ifdef B2C_TEST_HOOKS
	const char *script = getenv("B2C_SCRIPT");

	/* A key script drives the wizard itself (the test suite's hook, in
	 * a build configured with --enable-test-hooks only). */
	if (script != NULL && *script != '\0')
		return false;
#endif
	return term == NULL || *term == '\0' || strcmp(term, "dumb") == 0;
}

/* Read-only: the step's values are shown, then one prompt to go on. */
static enum line_act
line_view_step(struct line *l)
{
	enum line_act act;
	char *got;

	act = line_form(l, l->gs->fields, l->gs->n_fields, &l->ctx);
	if (act != LINE_ANSWER)
		return act;
	while ((act = line_ask(l, _("Enter: the next step> "), &got)) ==
	    LINE_AGAIN)
		;
	free(got);
	return act;
}

/* After the last step: Enter leaves, a command goes back to work. */
static enum line_act
line_end(struct line *l)
{
	enum line_act act;
	char *got;

	for (;;) {
		line_blank(l);
		line_say(l, "%s", _("This was the last step. Enter saves and "
		    "leaves; /map, /goto N or /back go on."));
		act = line_ask(l, "> ", &got);
		free(got);
		if (act == LINE_ANSWER)
			return LINE_QUIT;
		if (act != LINE_AGAIN && act != LINE_NEXT)
			return act;
	}
}

/* Where act leads from the current step; false when the mode ends. */
static bool
line_move(struct line *l, enum line_act act)
{
	size_t n = guide_step_count(l->s);

	switch (act) {
	case LINE_ANSWER:
	case LINE_NEXT:
		if (l->step + 1 < n) {
			l->step++;
			return true;
		}
		act = line_end(l);
		if (act == LINE_BACK || act == LINE_GOTO)
			return line_move(l, act);
		return false;
	case LINE_BACK:
		if (l->step > 0)
			l->step--;
		else
			line_say(l, "%s", _("This is the first step."));
		return true;
	case LINE_GOTO:
		l->step = l->go_to < n ? l->go_to : n - 1;
		return true;
	default:
		return false;
	}
}

/* Saves and says so when the line mode ends; the exit status. */
static int
line_finish(struct line *l)
{
	if (line_signalled != 0) {
		line_emergency(l);
		return l->status;
	}
	if (!l->quitting && line_save(l, false) != 0) {
		/* Nobody is left to answer: kept beside it, as after a
		 * hangup. */
		line_emergency(l);
		line_say(l, _("The session was saved to %s.save instead."),
		    l->path);
		return EXIT_DATA;
	}
	return l->dirty && !l->cfg.read_only ? EXIT_DATA : l->status;
}

int
line_run(struct session *s, const char *path, struct store_file *file,
    const struct line_config *cfg, FILE *in, FILE *out)
{
	struct line l;
	enum line_act act;
	size_t n;

	memset(&l, 0, sizeof l);
	l.s = s;
	l.path = path;
	l.file = file;
	l.cfg = *cfg;
	l.out = out;
	line_signals_install();
	l.in = line_input_new(in, out);
	if (cfg->notice != NULL)
		line_say(&l, "%s", cfg->notice);
	l.dirty = l.save_failed = cfg->unsaved && !cfg->read_only;
	line_say(&l, "%s", _("b2c line mode: answer each question and press "
	    "Enter; Enter alone keeps what is there. /help lists the "
	    "commands."));
	line_conflict_notice(&l);
	do {
		n = guide_step_count(s);
		if (l.step >= n)
			l.step = n - 1;
		l.gs = guide_step_at(s, l.step, &l.ctx);
		line_heading(&l);
		act = l.cfg.read_only ? line_view_step(&l) :
		    line_form(&l, l.gs->fields, l.gs->n_fields, &l.ctx);
		if (line_signalled != 0)
			break;
		if (l.dirty && !l.cfg.read_only && !l.conflict &&
		    act != LINE_QUIT)
			line_save(&l, false);
	} while (line_move(&l, act));
	l.status = line_finish(&l);
	fflush(out);
	line_input_free(l.in);
	return l.status;
}
