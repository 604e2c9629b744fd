/*
 * The floor for response import: read a CSV file and tokenise it with
 * libcsv (the library the import uses), counting fields and rows, nothing
 * else.
 *
 *   bare-csv FILE.csv
 */
#include "config.h"

#include <csv.h>
#include <stdio.h>
#include <stdlib.h>

static unsigned long bare_fields, bare_rows;

static void
bare_field(void *data, size_t len, void *arg)
{
	(void)data; (void)len; (void)arg;
	bare_fields++;
}

static void
bare_row(int c, void *arg)
{
	(void)c; (void)arg;
	bare_rows++;
}

int
main(int argc, char **argv)
{
	struct csv_parser p;
	char buf[65536];
	size_t n;
	FILE *f;

	if (argc != 2 || (f = fopen(argv[1], "rb")) == NULL) {
		fputs("usage: bare-csv FILE.csv\n", stderr);
		return 2;
	}
	if (csv_init(&p, CSV_APPEND_NULL) != 0)
		return 1;
	csv_set_delim(&p, ';');
	while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
		if (csv_parse(&p, buf, n, bare_field, bare_row, NULL) != n) {
			fprintf(stderr, "%s: %s\n", argv[1],
			    csv_strerror(csv_error(&p)));
			return 1;
		}
	}
	csv_fini(&p, bare_field, bare_row, NULL);
	csv_free(&p);
	fclose(f);
	printf("%lu rows, %lu fields\n", bare_rows, bare_fields);
	return 0;
}
