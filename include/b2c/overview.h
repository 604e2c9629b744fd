/*
 * A one-line summary of each session file in a directory, for `b2c list`
 * and the TUI's session picker: title, partners, last save, progress per
 * part and who holds the lock. A file that cannot be read is listed with
 * its error instead of stopping the scan.
 */
#ifndef B2C_OVERVIEW_H
#define B2C_OVERVIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "b2c/guide.h"
#include "b2c/session.h"

struct overview {
	char	*path;		/* the file, as dir/name */
	char	*name;		/* the file name within the directory */
	char	*error;		/* NULL when loaded, else the loader's text */
	char	*title;		/* "" when unknown; all strings owned */
	char	*partners;	/* "Bo-Vest & Nortec" */
	char	*modified;	/* last save (UTC timestamp), "" unknown */
	char	*saved_by;	/* who saved last, "" unknown */
	char	*locked_by;	/* the lock holder, NULL when unlocked */
	size_t	 done[GUIDE_PART_COUNT];	/* steps done per part */
	size_t	 total[GUIDE_PART_COUNT];
	size_t	 n_meetings;	/* Del 3 meetings held */
	bool	 short_path;	/* a small partnership's short path: Del 3
				 * is the follow-up, counted as steps */
	char	*next;		/* what is due first (b2c/due.h), as "2026-11-24
				 * missed: Evaluation meeting ..."; "" none */
	size_t	 n_late;	/* how many items are missed or overdue */
	time_t	 mtime;		/* the file's modification time */
};

/* True when a party's Del 1 holds any answer at all. */
bool	 overview_part1_used(const struct part1 *);
/* "2026-11-20T14:05:00Z" as "2026-11-20 14:05 UTC" (allocated). */
char	*overview_when(const char *timestamp);
/* The same for people in the interface language: "20. november 2026
 * kl. 14:05 UTC" / "20 November 2026 at 14:05 UTC" (allocated). */
char	*overview_when_local(const char *timestamp);
/* Summarises one session file (never fails: errors go to ->error);
 * what is due is counted from the system's date. */
void	 overview_load(const char *path, struct overview *out);
/* The same, with what is due counted from today (ISO) and days ahead. */
void	 overview_load_at(const char *path, const char *today, int days,
	    struct overview *out);
/*
 * Summarises every *.cfg file in dir, most recently saved first. Returns
 * -1 with *cause when the directory cannot be read.
 */
int	 overview_scan(const char *dir, struct overview **items, size_t *n,
	    char **cause);
/* The same, with what is due counted from today (ISO) and days ahead. */
int	 overview_scan_at(const char *dir, const char *today, int days,
	    struct overview **items, size_t *n, char **cause);
/*
 * The file of a new session named name in dir, "name" or "name.cfg":
 * the allocated path, with the name less ".cfg" in *title (allocated);
 * NULL when name is empty or no plain file name (a '/', a leading '.').
 */
char	*overview_new_path(const char *dir, const char *name, char **title);
void	 overview_clear(struct overview *);
void	 overview_free_all(struct overview *, size_t n);
/*
 * Progress as one line, e.g. "Del 1 ✓  Del 2 6/9  Del 3 2 møder"
 * (translated), "Del 1 ok" with ascii. Allocated.
 */
char	*overview_progress(const struct overview *, bool ascii);

#endif
