/*
 * The table editor's column widths: every table of the guide shows all
 * its columns at the smallest terminal b2c draws in (60 columns) and at
 * 80, no column narrower than its minimum, the gaps kept; header room
 * goes first, the text columns get what is left, and a width too small
 * even for the minimums is reported rather than a column dropped.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/guide.h"
#include "b2c/guide-extra.h"
#include "b2c/session.h"
#include "b2c/table-layout.h"
#include "b2c/utf8.h"

#define MAXCOLS	16

/* The widths a column starts from, as the table editor works them out
 * (English labels: the Danish ones are checked by tests/ui/columns.sh). */
static void
col_of(const struct session *s, const struct guide_field *c,
    struct table_col *tc)
{
	struct guide_ctx ctx = { .party = -1 };
	char **labels = NULL;
	int w = 0, lw;
	size_t i;

	if (c->kind == GUIDE_CHOICE)
		labels = guide_field_choices(s, c, &ctx);
	for (i = 0; labels != NULL && labels[i] != NULL; i++)
		if ((lw = utf8_text_width(labels[i])) > w)
			w = lw;
	guide_choices_free(labels);
	table_layout_col(c->kind, w, utf8_text_width(c->label), tc);
}

/* Checks one table at the width of a terminal cols wide. */
static void
check_table(const struct session *s, const struct guide_field *fl, int cols)
{
	struct table_col tc[MAXCOLS];
	int widths[MAXCOLS], sum = 0, avail = table_layout_avail(cols);
	size_t i;

	assert_in_range(fl->n_columns, 1, MAXCOLS);
	for (i = 0; i < fl->n_columns; i++)
		col_of(s, &fl->columns[i], &tc[i]);
	assert_true(table_layout_need(tc, fl->n_columns) <= avail);
	assert_true(table_layout_widths(tc, fl->n_columns, avail, widths));
	for (i = 0; i < fl->n_columns; i++) {
		assert_true(widths[i] >= tc[i].min);
		sum += widths[i] + (i > 0 ? TABLE_LAYOUT_GAP : 0);
	}
	assert_true(sum <= avail);
}

/* Every table among fields, records' sub-forms included; counts them. */
static size_t
walk_fields(const struct session *s, const struct guide_field *f, size_t n)
{
	size_t i, found = 0;

	for (i = 0; i < n; i++) {
		if (f[i].kind == GUIDE_TABLE) {
			check_table(s, &f[i], TABLE_LAYOUT_MIN_COLS);
			check_table(s, &f[i], 80);
			found++;
		} else if (f[i].kind == GUIDE_RECORDS)
			found += walk_fields(s, f[i].columns, f[i].n_columns);
	}
	return found;
}

static void
test_every_guide_table_fits(void **state)
{
	struct session *s = session_new();
	const struct guide_step *st;
	struct guide_ctx ctx;
	size_t i, n, found = 0;

	(void)state;
	s->large = true;	/* every step, the company's Del 1 too */
	n = guide_step_count(s);
	for (i = 0; i < n; i++) {
		st = guide_step_at(s, i, &ctx);
		assert_non_null(st);
		found += walk_fields(s, st->fields, st->n_fields);
	}
	/* Resources (once per party), the årshjul, the statements and the
	 * tallies at least. */
	assert_true(found >= 4);
	session_free(s);
}

/* The årshjul at 80 columns: the activity keeps its width and the
 * responsible column its longest label. */
static void
test_wheel_80(void **state)
{
	struct table_col tc[5];
	int widths[5];

	(void)state;
	table_layout_col(GUIDE_CHOICE, 9, 5, &tc[0]);
	table_layout_col(GUIDE_DATE, 0, 4, &tc[1]);
	table_layout_col(GUIDE_TEXT, 0, 8, &tc[2]);
	table_layout_col(GUIDE_CHOICE, 20, 11, &tc[3]);
	table_layout_col(GUIDE_TEXT, 0, 5, &tc[4]);
	assert_true(table_layout_widths(tc, 5, table_layout_avail(80),
	    widths));
	assert_int_equal(widths[0], 11);
	assert_int_equal(widths[1], 10);
	assert_int_equal(widths[2], 13);
	assert_int_equal(widths[3], 22);
	assert_int_equal(widths[4], 10);
	/* At 60 the widest shrink and the text columns are not the only
	 * ones to give: the activity stays wider than its minimum. */
	assert_true(table_layout_widths(tc, 5, table_layout_avail(60),
	    widths));
	assert_int_equal(widths[1], 10);
	assert_true(widths[2] >= 8);
	assert_true(widths[3] < 22);
}

/* Long headers give up their room before any value is cut; what is
 * left over goes to the text column. */
static void
test_header_room_first(void **state)
{
	struct table_col tc[3];
	int widths[3];

	(void)state;
	table_layout_col(GUIDE_TEXT, 0, 6, &tc[0]);
	table_layout_col(GUIDE_NUMBER, 0, 12, &tc[1]);
	table_layout_col(GUIDE_NUMBER, 0, 24, &tc[2]);
	assert_int_equal(tc[1].want, 12);
	assert_int_equal(tc[2].want, tc[2].base);	/* too long: cut */
	assert_true(table_layout_widths(tc, 3, 60, widths));
	assert_int_equal(widths[1], 12);
	assert_int_equal(widths[2], 6);
	assert_int_equal(widths[0], 60 - 12 - 6 - 2 * TABLE_LAYOUT_GAP);
	assert_true(table_layout_widths(tc, 3, 13 + 6 + 6 +
	    2 * TABLE_LAYOUT_GAP, widths));
	assert_int_equal(widths[0], 13);
	assert_int_equal(widths[1], 6);
	assert_int_equal(widths[2], 6);
}

/* Too narrow even for the minimums: said so, the minimums kept. */
static void
test_too_narrow(void **state)
{
	struct table_col tc[3];
	int widths[3];

	(void)state;
	table_layout_col(GUIDE_DATE, 0, 4, &tc[0]);
	table_layout_col(GUIDE_TEXT, 0, 4, &tc[1]);
	table_layout_col(GUIDE_NUMBER, 0, 4, &tc[2]);
	assert_int_equal(table_layout_need(tc, 3), 10 + 6 + 4 +
	    2 * TABLE_LAYOUT_GAP);
	assert_true(table_layout_widths(tc, 3, table_layout_need(tc, 3),
	    widths));
	assert_false(table_layout_widths(tc, 3, table_layout_need(tc, 3) - 1,
	    widths));
	assert_int_equal(widths[0], 10);
	assert_int_equal(widths[1], 6);
	assert_int_equal(widths[2], 4);
}

/* Sized to the values: an id column as wide as its ids while the text
 * beside it takes the rest; short counts in narrow columns; a date as
 * wide as its long form (the Danish "28. september 2026"). */
static void
test_content(void **state)
{
	struct table_col tc[4];
	int widths[4];

	(void)state;
	table_layout_col(GUIDE_TEXT, 0, 2, &tc[0]);	/* "Id" */
	table_layout_content(GUIDE_TEXT, 15, 2, &tc[0]);	/* belonging-proud */
	table_layout_col(GUIDE_TEXT, 0, 4, &tc[1]);	/* "Text" */
	table_layout_content(GUIDE_TEXT, 120, 4, &tc[1]);
	assert_true(table_layout_widths(tc, 2, table_layout_avail(80),
	    widths));
	assert_int_equal(widths[0], 15);
	assert_int_equal(widths[1], table_layout_avail(80) - 15 -
	    TABLE_LAYOUT_GAP);
	/* Short ids: the column no wider than they are. */
	table_layout_col(GUIDE_TEXT, 0, 2, &tc[0]);
	table_layout_content(GUIDE_TEXT, 7, 2, &tc[0]);
	assert_true(table_layout_widths(tc, 2, table_layout_avail(60),
	    widths));
	assert_int_equal(widths[0], 7);
	/* Counts of two digits: four columns each, the text the rest. */
	table_layout_col(GUIDE_NUMBER, 0, 1, &tc[2]);
	table_layout_content(GUIDE_NUMBER, 2, 1, &tc[2]);
	assert_int_equal(tc[2].base, 4);
	assert_int_equal(tc[2].want, 4);
	table_layout_col(GUIDE_DATE, 0, 4, &tc[3]);
	table_layout_content(GUIDE_DATE, 18, 4, &tc[3]);
	assert_int_equal(tc[3].min, 18);
	assert_true(table_layout_widths(tc + 1, 3, table_layout_avail(60),
	    widths));
	assert_int_equal(widths[1], 4);
	assert_int_equal(widths[2], 18);
	assert_int_equal(widths[0], table_layout_avail(60) - 4 - 18 -
	    2 * TABLE_LAYOUT_GAP);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_guide_table_fits),
		cmocka_unit_test(test_wheel_80),
		cmocka_unit_test(test_header_room_first),
		cmocka_unit_test(test_too_narrow),
		cmocka_unit_test(test_content),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
