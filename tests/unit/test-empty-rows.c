/*
 * Every line the wizard can add, left as added (nothing typed yet), must
 * save: the wizard adds a line before the user fills it in, and a model
 * the store refuses to write would stop every save, autosave included.
 * The test adds one line to every collection of every step (and to the
 * collections inside a record), then saves, loads and saves again.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/guide.h"
#include "b2c/session.h"
#include "b2c/store.h"
#include "b2c/util.h"
#include "store-test.h"

static bool
is_collection(const struct guide_field *f)
{
	return (f->kind == GUIDE_LIST || f->kind == GUIDE_TABLE ||
	    f->kind == GUIDE_RECORDS) && f->add != NULL;
}

/* Adds a line to f and, for a record, to each collection inside it. */
static size_t
add_everywhere(struct session *s, const struct guide_field *f,
    const struct guide_ctx *ctx)
{
	struct guide_ctx row = *ctx;
	size_t added = 1, j;

	row.row = f->add(s, ctx);
	if (f->kind != GUIDE_RECORDS)
		return added;
	for (j = 0; j < f->n_columns; j++) {
		if (is_collection(&f->columns[j])) {
			f->columns[j].add(s, &row);
			added++;
		}
	}
	return added;
}

static size_t
add_to_all_steps(struct session *s)
{
	const struct guide_step *step;
	struct guide_ctx ctx;
	size_t i, j, n = guide_step_count(s), added = 0;

	for (i = 0; i < n; i++) {
		memset(&ctx, 0, sizeof ctx);
		step = guide_step_at(s, i, &ctx);
		for (j = 0; j < step->n_fields; j++)
			if (is_collection(&step->fields[j]))
				added += add_everywhere(s, &step->fields[j],
				    &ctx);
	}
	return added;
}

static void
test_lines_as_added_save(void **state)
{
	char *dir = test_tmpdir("empty-rows"), *path, *cause = NULL;
	char *first, *second;
	struct session *s = session_new(), *back = NULL;
	struct store_file file;

	(void)state;
	path = xasprintf("%s/s.cfg", dir);
	memset(&file, 0, sizeof file);
	/* The wheel, resources of both parties, actions, meeting dates,
	 * meetings, indicators with statements, measurements with tallies,
	 * site indicators: well over ten collections. */
	assert_true(add_to_all_steps(s) >= 10);
	if (store_save(path, s, &file, STORE_FORCE, &cause) != 0)
		fail_msg("a line as added does not save: %s", cause);
	first = test_read_file(path, NULL);
	if (store_load(path, &back, &file, &cause) != 0)
		fail_msg("the saved lines do not load: %s", cause);
	if (store_save(path, back, &file, STORE_FORCE, &cause) != 0)
		fail_msg("the loaded lines do not save: %s", cause);
	second = test_read_file(path, NULL);
	/* Only the save stamps may differ between the two. */
	assert_non_null(strstr(first, "meeting_dates = [ \"\" ];"));
	assert_non_null(strstr(second, "meeting_dates = [ \"\" ];"));
	free(first);
	free(second);
	session_free(back);
	session_free(s);
	free(path);
	free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lines_as_added_save),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
