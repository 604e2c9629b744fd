/*
 * Benchmark data: sessions at a multiple of a heavy real partnership, and
 * survey response CSV files, both deterministic so every run measures the
 * same bytes. Sessions are built only through the model API and written by
 * the store, so the files are exactly what b2c itself would save.
 *
 * Scale 1 is a heavy real session: five years of quarterly meetings (20),
 * an årshjul of 50 activities, 5 indicators measured in 2 periods. Scale k
 * multiplies the lists by k; indicators and periods each grow by sqrt(k) so
 * measurements grow by k too (100x: 50 indicators of 20 periods, 2,000
 * meetings, 5,000 activities). Text lengths follow what staff write in the
 * booklet's boxes: a few sentences per question, a line per activity.
 *
 *   gen-session SCALE OUT.b2c
 *   gen-session --csv ROWS OUT.csv
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/session.h"
#include "b2c/store.h"
#include "b2c/util.h"

static unsigned long gen_state = 20240601UL;

/* A small LCG: identical output on every machine and libc. */
static unsigned
gen_rand(unsigned n)
{
	gen_state = gen_state * 1103515245UL + 12345UL;
	gen_state &= 0x7fffffffUL;
	return (unsigned)((gen_state >> 8) % n);
}

static const char *const gen_words[] = {
	"beboerne", "virksomheden", "boligorganisationen", "nabolaget",
	"fællesskab", "tryghed", "tillid", "tilhørsforhold", "unge",
	"praktikpladser", "møde", "aftale", "årshjul", "indsats", "afdelingen",
	"frivillige", "lokaler", "fællesspisning", "madspild", "kurser",
	"medarbejdere", "ensomhed", "uddannelse", "helhedsplanen", "kommunen",
	"boligsocial", "koordinator", "sommerfest", "grønne", "områder",
	"og", "i", "at", "vi", "der", "med", "for", "på", "til", "som", "har",
	"skal", "kan", "vil", "blev", "flere", "færre", "større", "både",
	"ønsker", "oplever", "styrke", "skabe", "øge", "mindske", "løbende",
	"året", "måned", "næste", "gang", "hver", "deltog", "tilbagemelding",
	"særligt", "gårdmændene", "bestyrelsen", "erfaringer", "justere",
};

/* Appends Danish-looking sentences until the text reaches about len bytes. */
static char *
gen_text(size_t len)
{
	size_t nwords = sizeof gen_words / sizeof gen_words[0];
	char *buf = xmalloc(len + 64);
	size_t used = 0, inword = 0;
	const char *w;

	while (used < len) {
		w = gen_words[gen_rand((unsigned)nwords)];
		if (strlen(w) + 3 > len + 64 - used)
			break;
		if (used > 0)
			buf[used++] = ' ';
		memcpy(buf + used, w, strlen(w));
		if (inword == 0 && w[0] >= 'a' && w[0] <= 'z')
			buf[used] = (char)(w[0] - 'a' + 'A');
		used += strlen(w);
		if (++inword >= 6 + gen_rand(9)) {
			buf[used++] = '.';
			inword = 0;
		}
	}
	if (inword > 0)
		buf[used++] = '.';
	buf[used] = '\0';
	return buf;
}

/* Sets a field to generated text of min..max bytes. */
static void
gen_field(char **field, size_t min, size_t max)
{
	char *t = gen_text(min + gen_rand((unsigned)(max - min + 1)));

	session_set_str(field, t);
	free(t);
}

static void
gen_date(char **field, unsigned day)
{
	char buf[16];

	snprintf(buf, sizeof buf, "%04u-%02u-%02u", 2024 + day / 336,
	    1 + day / 28 % 12, 1 + day % 28);
	session_set_str(field, buf);
}

static void
gen_part1(struct part1 *p)
{
	struct resource *r;
	int i;

	gen_field(&p->challenges, 300, 700);
	gen_field(&p->initiatives, 300, 700);
	gen_field(&p->indicator_promotion, 200, 500);
	gen_field(&p->proposed_indicators, 100, 300);
	gen_field(&p->interest, 200, 500);
	p->expected_size = SIZE_LARGE;
	for (i = 0; i < SESSION_POINTS; i++)
		gen_field(&p->points[i], 30, 90);
	for (i = 0; i < 4; i++) {
		r = session_add_resource(p);
		r->kind = (enum resource_kind)(i % RESOURCE_KIND_COUNT);
		r->amount = 10 + gen_rand(200);
		session_set_str(&r->unit, i == 1 ? "m²" : "timer/md");
		gen_field(&r->note, 40, 160);
	}
}

static void
gen_part2(struct part2 *p, unsigned k)
{
	struct activity *a;
	char *d = NULL;
	unsigned i;

	gen_field(&p->indicator_notes, 300, 800);
	gen_field(&p->q_challenges, 200, 600);
	gen_field(&p->q_actions, 200, 600);
	gen_field(&p->q_resources, 200, 600);
	gen_field(&p->q_indicators, 100, 400);
	gen_field(&p->q_other_resources, 100, 400);
	gen_field(&p->other_resources_note, 50, 200);
	p->use_municipality = p->use_boligsocial = true;
	for (i = 0; i < 8 * k; i++) {
		char *t = gen_text(40 + gen_rand(80));

		session_add_action(p, t);
		free(t);
	}
	for (i = 0; i < 50 * k; i++) {
		a = session_add_activity(p);
		if (i % 3 == 0)
			gen_date(&a->date, i * 5);
		else
			a->month = (int)(1 + i % 12);
		gen_field(&a->title, 25, 70);
		a->responsible = (enum responsible)(1 + i % 4);
		gen_field(&a->role, 40, 160);
	}
	for (i = 0; i < 20 * k; i++) {
		gen_date(&d, i * 7);
		session_add_meeting_date(p, d);
	}
	free(d);
	p->plan.month = 9;
	gen_field(&p->plan.scope, 100, 300);
	p->plan.sample_size = 100;
}

static void
gen_meetings(struct session *s, unsigned k)
{
	struct meeting *m;
	unsigned i;

	for (i = 0; i < 20 * k; i++) {
		m = session_add_meeting(s);
		gen_date(&m->date, i * 7);
		gen_field(&m->participants, 60, 140);
		gen_field(&m->experience, 300, 700);
		gen_field(&m->learnings, 300, 600);
		gen_field(&m->adjust, 150, 400);
		gen_field(&m->decisions, 150, 400);
	}
}

/* Answers of about 80-110 residents, leaning positive. */
static void
gen_tally(struct tally *t)
{
	int i;

	for (i = 0; i < SESSION_ANSWER_STEPS; i++)
		t->steps[i] = 4 + gen_rand(30 - 5 * (unsigned)i);
	t->dont_know = gen_rand(8);
	t->blank = gen_rand(5);
}

static void
gen_measurements(struct indicator *ind, unsigned periods)
{
	struct measurement *m;
	char label[32];
	unsigned p;
	size_t j;

	for (p = 0; p < periods; p++) {
		if (p == 0)
			snprintf(label, sizeof label, "Baseline");
		else
			snprintf(label, sizeof label, "År %u", p);
		m = session_add_measurement(ind, label);
		gen_date(&m->date, 250 + p * 336);
		if (ind->kind == INDICATOR_COUNT) {
			m->has_count = true;
			m->count = (long)gen_rand(40);
			continue;
		}
		gen_tally(session_tally_for(m, ""));
		for (j = 0; j < ind->n_statements; j++)
			gen_tally(session_tally_for(m, ind->statements[j].id));
	}
}

/* Statements, target and measurements of one indicator. */
static void
gen_indicator(struct indicator *ind, unsigned periods)
{
	char id[64];
	char *t;
	int j;

	if (!ind->core) {
		gen_field(&ind->opposite, 8, 20);
		gen_field(&ind->kpi, 40, 90);
		ind->adopted = true;
	}
	ind->has_target = true;
	ind->target = ind->kind == INDICATOR_COUNT ? 12 : 60 + gen_rand(30);
	gen_field(&ind->comment, 30, 120);
	for (j = 0; ind->kind == INDICATOR_PERCENT && j < 3; j++) {
		snprintf(id, sizeof id, "%s-s%d", ind->id, j + 1);
		t = gen_text(60 + gen_rand(80));
		session_add_statement(ind, id, t);
		free(t);
	}
	gen_measurements(ind, periods);
}

static void
gen_indicators(struct session *s, unsigned k)
{
	unsigned n = (unsigned)lround(5 * sqrt(k));
	unsigned periods = (unsigned)lround(2 * sqrt(k));
	struct indicator *ind;
	char id[32], name[64];
	unsigned i;

	for (i = 3; i < n; i++) {
		snprintf(id, sizeof id, "site-%02u", i);
		snprintf(name, sizeof name, "Stedsspecifik indikator %u", i);
		ind = session_add_indicator(s, id, name);
		if (i % 4 == 0)
			ind->kind = INDICATOR_COUNT;
	}
	for (i = 0; i < s->n_indicators; i++)
		gen_indicator(&s->indicators[i], periods);
}

static struct session *
gen_session(unsigned k)
{
	struct session *s = session_new();
	int i;

	session_set_str(&s->title, "Hedemarken: Nortec og Bo-Vest");
	session_set_str(&s->area, "Hedemarken, Albertslund");
	for (i = 0; i < PARTY_COUNT; i++) {
		gen_field(&s->parties[i].name, 10, 30);
		gen_field(&s->parties[i].contact, 10, 25);
		gen_field(&s->parties[i].role, 15, 40);
		gen_part1(&s->part1[i]);
	}
	gen_part2(&s->part2, k);
	gen_meetings(s, k);
	gen_indicators(s, k);
	return s;
}

static const char *const gen_cells[] = {
	"1", "2", "3", "4", "5", "1", "2", "2", "1", "3",
	"Helt enig", "\"Delvist enig\"", "Hverken enig eller uenig",
	"Delvist uenig", "helt uenig", "Ved ikke", "",
};

/* A Danish Excel export: BOM, semicolons, CRLF, labels and digits. */
static int
gen_csv(unsigned long rows, const char *path)
{
	static const char *const ind[] = { "belonging", "trust", "cocreation" };
	FILE *f = fopen(path, "w");
	unsigned long r;
	int c;

	if (f == NULL) {
		perror(path);
		return 1;
	}
	fputs("\xef\xbb\xbf", f);
	for (c = 0; c < 9; c++)
		fprintf(f, "%s%s-s%d", c ? ";" : "", ind[c / 3], c % 3 + 1);
	fputs("\r\n", f);
	for (r = 0; r < rows; r++) {
		for (c = 0; c < 9; c++)
			fprintf(f, "%s%s", c ? ";" : "", gen_cells[gen_rand(
			    sizeof gen_cells / sizeof gen_cells[0])]);
		fputs("\r\n", f);
	}
	if (fclose(f) != 0) {
		perror(path);
		return 1;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	struct session *s;
	char *cause = NULL;
	long k;

	if (argc == 4 && strcmp(argv[1], "--csv") == 0)
		return gen_csv(strtoul(argv[2], NULL, 10), argv[3]);
	if (argc != 3 || (k = strtol(argv[1], NULL, 10)) < 1 || k > 400) {
		fputs("usage: gen-session SCALE OUT.b2c\n"
		    "       gen-session --csv ROWS OUT.csv\n", stderr);
		return 2;
	}
	s = gen_session((unsigned)k);
	if (store_save(argv[2], s, NULL, STORE_FORCE, &cause) != 0) {
		fprintf(stderr, "gen-session: %s\n", cause ? cause : argv[2]);
		free(cause);
		session_free(s);
		return 1;
	}
	session_free(s);
	return 0;
}
