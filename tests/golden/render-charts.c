/*
 * Prints the charts of a session file as text: every adopted indicator,
 * then the overview. Usage: render-charts FILE WIDTH [ascii] [mono].
 * The golden tests diff its output against expected files.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/chart.h"
#include "b2c/store.h"

static void
print_canvas(struct canvas *c)
{
	char *text = canvas_to_text(c);

	fputs(text, stdout);
	free(text);
	canvas_free(c);
}

int
main(int argc, char **argv)
{
	struct session *s;
	char *cause = NULL;
	int i, width, flags = 0;
	size_t k;

	if (argc < 3) {
		fputs("usage: render-charts FILE WIDTH [ascii] [mono]\n",
		    stderr);
		return 2;
	}
	width = atoi(argv[2]);
	for (i = 3; i < argc; i++)
		flags |= strcmp(argv[i], "ascii") == 0 ? CHART_ASCII :
		    strcmp(argv[i], "mono") == 0 ? CHART_MONO : 0;
	if (store_load(argv[1], &s, NULL, &cause) != 0) {
		fprintf(stderr, "%s", cause);
		free(cause);
		return 1;
	}
	for (k = 0; k < s->n_indicators; k++) {
		if (!s->indicators[k].adopted)
			continue;
		print_canvas(chart_indicator(s, &s->indicators[k], width,
		    flags));
		putchar('\n');
	}
	print_canvas(chart_overview(s, width, flags));
	session_free(s);
	return 0;
}
