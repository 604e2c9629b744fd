/*
 * The command-line front: global options and one entry point per
 * sub-command. Each command parses its own options and returns the exit
 * status: 0 success, 1 data error (bad file, failed save), 2 usage error.
 */
#ifndef B2C_CLI_H
#define B2C_CLI_H

#include <stdbool.h>

#include "b2c/exit-status.h"

struct cli_options {
	const char *sessions_dir;	/* -d, B2C_SESSIONS, XDG default */
	const char *lang;		/* --lang, NULL = from locale */
	bool	 read_only;		/* -r */
	bool	 demo;			/* --demo */
	bool	 ascii;			/* --ascii */
	bool	 line;			/* --line */
};

/* b2c [FILE]: the wizard (TUI); FILE NULL opens the session picker. */
int	cli_wizard(const struct cli_options *, const char *file);
/* b2c --line FILE: the same guide as plain lines (src/line). */
int	cli_line(const struct cli_options *, const char *file);
int	cmd_check(int argc, char **argv, const struct cli_options *);
int	cmd_view(int argc, char **argv, const struct cli_options *);
int	cmd_report(int argc, char **argv, const struct cli_options *);
int	cmd_list(int argc, char **argv, const struct cli_options *);
int	cmd_agenda(int argc, char **argv, const struct cli_options *);
int	cmd_calendar(int argc, char **argv, const struct cli_options *);
int	cmd_new_year(int argc, char **argv, const struct cli_options *);
int	cmd_new(int argc, char **argv, const struct cli_options *);
int	cmd_import_part1(int argc, char **argv, const struct cli_options *);
int	cmd_import_responses(int argc, char **argv,
	    const struct cli_options *);
int	cmd_merge(int argc, char **argv, const struct cli_options *);
int	cmd_diff(int argc, char **argv, const struct cli_options *);
int	cmd_init_git(int argc, char **argv, const struct cli_options *);
int	cmd_questionnaire(int argc, char **argv, const struct cli_options *);

/*
 * In b2c itself: runs the wizard program (B2C_WIZARD, else b2c-wizard
 * next to this program, else in pkglibexecdir) with the same arguments.
 * Returns only when that fails, with the errno; wizard_exec_failed then
 * reports it (in the user's language) and gives the exit status.
 */
int	wizard_exec(char **argv);
int	wizard_exec_failed(int err);

/* printf to stderr with control characters shown visibly (^[). */
void	cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

struct store_lock;
/* Takes the lock of a session a command is about to write: the lock, or
 * NULL with the holder (or why it cannot be taken) on standard error. */
struct store_lock *cli_lock(const char *path);

/* mkdir -p with private permissions; 0, or -1 with errno. */
int	cli_mkdirs(const char *dir);
/* Copies the demo session to a new private file in dir (made when
 * missing); the allocated path, or NULL with *cause. */
char	*cli_demo_copy(const char *dir, char **cause);

struct session;
struct store_file;
/*
 * Saves s at path as a new session titled title (a session named in the
 * picker). False when the save failed: could_not, a format for the
 * reason, is then added to *notice (allocated) and the front end's own
 * saves take over.
 */
bool	cli_session_create(const char *path, struct session *s,
	    struct store_file *file, const char *title, const char *could_not,
	    char **notice);

/* The sessions directory the options and environment select (allocated). */
char	*cli_sessions_dir(const struct cli_options *);
/* The user's state file name in $XDG_STATE_HOME/b2c (allocated), or NULL
 * when there is no home to put it in. */
char	*cli_state_file(const char *name);

#endif
