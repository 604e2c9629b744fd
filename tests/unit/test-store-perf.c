/*
 * A session a hundred times the size of a real one (50 indicators with 20
 * measured periods each, 2,000 meetings, 5,000 activities) saves and
 * reads back equal. The times are printed for the log; they are measured
 * against a baseline by `make bench`, never asserted here.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "b2c/session.h"
#include "b2c/store.h"
#include "b2c/util.h"
#include "store-test.h"

#define N_INDICATORS	50
#define N_PERIODS	20
#define N_MEETINGS	2000
#define N_ACTIVITIES	5000

static void
fill_indicator(struct indicator *ind, int i)
{
	struct measurement *m;
	struct tally *t;
	char id[32], label[32];
	int p, k, st;

	ind->kind = i % 5 == 4 ? INDICATOR_COUNT : INDICATOR_PERCENT;
	ind->has_target = true;
	ind->target = 75;
	session_set_str(&ind->kpi, "% der føler sig tryg i nabolaget");
	for (st = 0; ind->kind == INDICATOR_PERCENT && st < 2; st++) {
		snprintf(id, sizeof id, "%s-%d", ind->id, st);
		session_add_statement(ind, id, "Jeg føler mig tryg om aftenen.");
	}
	for (p = 0; p < N_PERIODS; p++) {
		snprintf(label, sizeof label, p == 0 ? "Baseline" : "År %d", p);
		m = session_add_measurement(ind, label);
		session_set_str(&m->date, "2026-11-14");
		if (ind->kind == INDICATOR_COUNT) {
			m->has_count = true;
			m->count = p + i;
			continue;
		}
		for (st = 0; st < 2; st++) {
			t = session_tally_for(m, ind->statements[st].id);
			for (k = 0; k < SESSION_ANSWER_STEPS; k++)
				t->steps[k] = 10 + k + p;
			t->dont_know = 3;
		}
	}
}

static struct session *
big_session(void)
{
	struct session *s = session_new();
	struct activity *a;
	struct meeting *m;
	char id[32];
	int i;

	for (i = 3; i < N_INDICATORS; i++) {
		snprintf(id, sizeof id, "site-%d", i);
		session_add_indicator(s, id, "Tryghed");
	}
	for (i = 0; i < N_INDICATORS; i++)
		fill_indicator(&s->indicators[i], i);
	for (i = 0; i < N_MEETINGS; i++) {
		m = session_add_meeting(s);
		session_set_str(&m->date, "2026-05-26");
		session_set_str(&m->experience, "De unge i praktik er glade, "
		    "og vejlederne oplever at de møder stabilt.\nNæste gang "
		    "vil vi høre beboerne.");
	}
	for (i = 0; i < N_ACTIVITIES; i++) {
		a = session_add_activity(&s->part2);
		a->month = i % 12 + 1;
		a->responsible = RESPONSIBLE_BOTH;
		session_set_str(&a->title, "Sommerfest på græsset");
	}
	return s;
}

static double
elapsed(const struct timespec *start)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - start->tv_sec) +
	    (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

static void
test_big_session_save_and_load(void **state)
{
	struct session *s = big_session(), *back = NULL;
	char *dir = test_tmpdir("store-perf"), *path, *cause = NULL;
	struct timespec start;
	double save_s, load_s;

	(void)state;
	path = xasprintf("%s/big.cfg", dir);
	clock_gettime(CLOCK_MONOTONIC, &start);
	if (store_save(path, s, NULL, 0, &cause) != 0)
		fail_msg("%s", cause);
	save_s = elapsed(&start);
	clock_gettime(CLOCK_MONOTONIC, &start);
	if (store_load(path, &back, NULL, &cause) != 0)
		fail_msg("%s", cause);
	load_s = elapsed(&start);
	printf("# 100x session: save %.3f s, load %.3f s\n", save_s, load_s);
	assert_true(session_equal(s, back));
	remove(path);
	remove(dir);
	free(path);
	free(dir);
	session_free(s);
	session_free(back);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_big_session_save_and_load),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
