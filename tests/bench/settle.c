/*
 * Waits for a program's output to settle, for the terminal-bytes
 * benchmark: polls the size of the file tmux's pipe-pane appends to until
 * it has not grown for QUIET ms after growing, or MAX ms pass without any
 * growth (a key that draws nothing), then prints the size. One process per
 * key instead of a shell loop of them, so a busy machine does not slow the
 * typing down to where timers (autosave) fire between keys.
 *
 * BEFORE is the size before the key was sent: output that arrived before
 * settle started counts as growth.
 *
 *   settle FILE [QUIET_MS [MAX_MS [BEFORE]]]
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>

static long long
settle_size(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 ? (long long)st.st_size : 0;
}

int
main(int argc, char **argv)
{
	struct timespec tick = { 0, 5 * 1000 * 1000 };
	long quiet_ms = argc > 2 ? atol(argv[2]) : 60;
	long max_ms = argc > 3 ? atol(argv[3]) : 1000;
	long waited = 0, quiet = 0;
	long long last, now;
	int moved = 0;

	if (argc < 2 || argc > 5) {
		fputs("usage: settle FILE [QUIET_MS [MAX_MS [BEFORE]]]\n",
		    stderr);
		return 2;
	}
	last = settle_size(argv[1]);
	if (argc > 4 && atoll(argv[4]) != last)
		moved = 1;
	while (waited < max_ms || (moved && quiet < quiet_ms)) {
		nanosleep(&tick, NULL);
		waited += 5;
		now = settle_size(argv[1]);
		if (now != last) {
			last = now;
			quiet = 0;
			moved = 1;
		} else if ((quiet += 5) >= quiet_ms && moved) {
			break;
		}
	}
	printf("%lld\n", last);
	return 0;
}
