/*
 * Shared state of the line mode. One struct line holds the session, where
 * it is saved and the step being asked; each file of src/line works on
 * it. Questions are asked one at a time and every answer goes straight
 * into the model through the guide's setters, which check it; the model
 * stays the only truth, as in the wizard.
 */
#ifndef B2C_LINE_INTERNAL_H
#define B2C_LINE_INTERNAL_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "b2c/guide.h"
#include "b2c/line.h"
#include "b2c/session.h"
#include "b2c/store.h"

#define LINE_WIDTH	78	/* columns guidance paragraphs are wrapped to */

/* What became of a question: answered, or a command that moves on. */
enum line_act {
	LINE_ANSWER,		/* the answer is in *answer */
	LINE_AGAIN,		/* a command was carried out; ask again */
	LINE_NEXT,		/* /next: on to the next step */
	LINE_BACK,		/* /back: the step before */
	LINE_GOTO,		/* /goto N: step l->go_to */
	LINE_QUIT		/* /quit, the end of input or a signal */
};

struct line_input;

struct line {
	struct session *s;
	const char *path;
	struct store_file *file;
	struct line_config cfg;
	FILE	*out;
	struct line_input *in;

	size_t	 step;
	const struct guide_step *gs;
	struct guide_ctx ctx;	/* the step's: its party */
	size_t	 go_to;		/* LINE_GOTO's step */
	bool	 in_record;	/* asking a record's form: rows are ctx.sub */

	bool	 dirty;		/* changed since the last save */
	bool	 conflict;	/* the file changed on disk: /save asks */
	bool	 save_failed;
	bool	 quitting;	/* /quit asked and answered */
	int	 status;
};

/* The last SIGHUP, SIGTERM or SIGINT; the loop saves and leaves. */
extern volatile sig_atomic_t line_signalled;

/* line-input.c: lines from a terminal (libedit) or a pipe */
struct line_input *line_input_new(FILE *in, FILE *out);
void	 line_input_free(struct line_input *);
char	*line_input_read(struct line_input *, const char *prompt);
void	 line_signals_install(void);

/* line-out.c: everything written, made plain */
void	 line_put(struct line *, const char *text);
void	 line_say(struct line *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	 line_blank(struct line *);
void	 line_para(struct line *, const char *indent, const char *text);
void	 line_value(struct line *, const char *indent, const char *value);

/* line-cmd.c: reading an answer, and the commands */
enum line_act line_ask(struct line *, const char *prompt, char **answer);
bool	 line_word(const char *answer, const char *en, const char *da);
bool	 line_yes(struct line *, const char *question);

/* line-field.c: one question of any kind */
enum line_act line_field(struct line *, const struct guide_field *,
	    const struct guide_ctx *, const char *number);
char	*line_shown(const struct session *, const struct guide_field *,
	    const struct guide_ctx *);
enum line_act line_scalar(struct line *, const struct guide_field *,
	    const struct guide_ctx *, const char *number);

/* line-rows.c: lists, tables and record lists */
enum line_act line_rows(struct line *, const struct guide_field *,
	    const struct guide_ctx *, const char *number);

/* line-form.c: the questions of a step or of a record */
enum line_act line_form(struct line *, const struct guide_field *fields,
	    size_t n, const struct guide_ctx *);
void	 line_row_ctx(const struct guide_ctx *base, bool in_record,
	    size_t row, struct guide_ctx *out);
enum line_act line_record(struct line *, const struct guide_field *coll,
	    const struct guide_ctx *, size_t *row);

/* line-map.c: the step map, the help and the step titles */
const char *line_dot(const struct line *);
char	*line_step_title(const struct line *, size_t step);
void	 line_heading(struct line *);
void	 line_map(struct line *);
void	 line_help(struct line *);
void	 line_review(struct line *, const struct guide_field *);

/* line-conflict.c: merge conflicts, said and decided */
void	 line_conflict_notice(struct line *);
void	 line_conflicts(struct line *);

/* line-chart.c: the progress charts, in ASCII */
void	 line_charts(struct line *, const struct guide_field *);

/* line-save.c: saving */
void	 line_changed(struct line *);
int	 line_save(struct line *, bool ask);
void	 line_emergency(struct line *);

#endif
