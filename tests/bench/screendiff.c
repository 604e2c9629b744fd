/*
 * The floor for a screen change: given the screen before and after a key
 * (tmux capture-pane -p, one line per row), the bytes of UTF-8 text a
 * terminal must receive at the least, counting on each changed row the
 * span from the first to the last changed column, and nothing for cursor
 * movement or attributes. A step change that writes close to this floor
 * sends no more than what changed on the screen.
 *
 *   screendiff BEFORE AFTER
 */
#include "config.h"

#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define SD_COLS 512

/* Reads one row as wide characters, blank-padded to SD_COLS. */
static int
sd_row(FILE *f, wchar_t *row)
{
	char line[SD_COLS * 4 + 2];
	size_t n;
	int i;

	for (i = 0; i < SD_COLS; i++)
		row[i] = L' ';
	if (fgets(line, sizeof line, f) == NULL)
		return 0;
	line[strcspn(line, "\n")] = '\0';
	n = mbstowcs(row, line, SD_COLS);
	if (n == (size_t)-1)
		return -1;
	if (n < SD_COLS)
		row[n] = L' ';
	return 1;
}

/* UTF-8 bytes of row[from..to]. */
static long
sd_bytes(const wchar_t *row, int from, int to)
{
	char buf[MB_LEN_MAX];
	mbstate_t st;
	long total = 0;
	size_t n;
	int i;

	memset(&st, 0, sizeof st);
	for (i = from; i <= to; i++)
		if ((n = wcrtomb(buf, row[i], &st)) != (size_t)-1)
			total += (long)n;
	return total;
}

int
main(int argc, char **argv)
{
	static wchar_t a[SD_COLS], b[SD_COLS];
	FILE *fa, *fb;
	long total = 0;
	int ra, rb, first, last = 0, i;

	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		setlocale(LC_ALL, "");
	if (argc != 3 || (fa = fopen(argv[1], "r")) == NULL ||
	    (fb = fopen(argv[2], "r")) == NULL) {
		fputs("usage: screendiff BEFORE AFTER\n", stderr);
		return 2;
	}
	for (;;) {
		ra = sd_row(fa, a);
		rb = sd_row(fb, b);
		if (ra < 0 || rb < 0 || (ra == 0 && rb == 0))
			break;
		first = -1;
		for (i = 0; i < SD_COLS; i++) {
			if (a[i] == b[i])
				continue;
			if (first < 0)
				first = i;
			last = i;
		}
		if (first >= 0)
			total += sd_bytes(b, first, last);
	}
	printf("%ld\n", total);
	return 0;
}
