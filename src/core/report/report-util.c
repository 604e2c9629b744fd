/*
 * Small pieces every report format shares: numbers in a fixed form that
 * does not follow the process locale (a CSV must always use a dot),
 * numbers and dates for people in the language's convention (lang.h),
 * party and month names, targets and verdicts.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/util.h"
#include "report-private.h"

void
report_fmt1(char buf[32], double v)
{
	long long tenths;
	const char *sign = "";

	if (isnan(v) || isinf(v)) {
		buf[0] = '\0';
		return;
	}
	/* Integer arithmetic, so no locale can turn the dot into a comma. */
	tenths = llround(fabs(v) * 10.0);
	if (v < 0 && tenths != 0)
		sign = "-";
	snprintf(buf, 32, "%s%lld.%lld", sign, tenths / 10, tenths % 10);
}

void
report_fmt1_local(char buf[32], double v)
{
	char *num = lang_format_number(v, 1);

	snprintf(buf, 32, "%s", num);
	free(num);
}

/* A number already formatted for people, with the language's % sign. */
static void
report_add_percent_sign(char buf[48], const char *num)
{
	/* Danish sets the sign apart ("41,5 %"), English does not. */
	snprintf(buf, 48, strcmp(lang_current(), LANG_DANISH) == 0 ?
	    "%s %%" : "%s%%", num);
}

void
report_fmt_percent(char buf[48], double v, bool ascii)
{
	char num[32];

	if (isnan(v)) {
		snprintf(buf, 48, "%s", ascii ? "-" : "–");
		return;
	}
	report_fmt1_local(num, v);
	report_add_percent_sign(buf, num);
}

void
report_fmt_range(char buf[64], double lo, double hi, bool ascii)
{
	char a[32], b[32], pct[48];

	/* Percents are a few digits; the precisions only bound them. */

	report_fmt1_local(a, lo);
	report_fmt1_local(b, hi);
	report_add_percent_sign(pct, b);
	snprintf(buf, 64, "%.12s%s%.24s", a, ascii ? "-" : "–", pct);
}

void
report_fmt_count(char buf[32], double v)
{
	char *num = lang_format_number(v, 0);

	snprintf(buf, 32, "%s", num);
	free(num);
}

const char *
report_party_kind(int party)
{
	return party == PARTY_COMPANY ? _("Company") :
	    _("Housing organisation");
}

/* The display name of a party: its name, or "Housing organisation". */
static const char *
report_party_label(const struct session *s, int party)
{
	const char *name = s->parties[party].name;

	return *name != '\0' ? name : report_party_kind(party);
}

const char *
report_responsible(const struct session *s, const struct activity *a)
{
	switch (a->responsible) {
	case RESPONSIBLE_HOUSING:
		return report_party_label(s, PARTY_HOUSING);
	case RESPONSIBLE_COMPANY:
		return report_party_label(s, PARTY_COMPANY);
	case RESPONSIBLE_BOTH:
		return _("Both");
	case RESPONSIBLE_OTHER:
		return _("Others");
	default:
		return "";
	}
}

char *
report_activity_title(const struct activity *a)
{
	char *date, *title;

	if (*a->date == '\0')
		return xstrdup(a->title);
	date = lang_format_date(a->date);
	title = xasprintf("%s (%s)", a->title, date);
	free(date);
	return title;
}

int
report_activity_month(const struct activity *a)
{
	int y, m, d;

	if (a->month >= 1 && a->month <= 12)
		return a->month;
	if (date_split(a->date, &y, &m, &d) == 0)
		return m;
	return 0;
}

const char *
report_month_name(int m)
{
	static const char *const names[] = { N_("January"), N_("February"),
	    N_("March"), N_("April"), N_("May"), N_("June"), N_("July"),
	    N_("August"), N_("September"), N_("October"), N_("November"),
	    N_("December") };

	return m >= 1 && m <= 12 ? _(names[m - 1]) : "";
}

const char *
report_month_letter(int m)
{
	static const char *const letters = "JFMAMJJASOND";
	static char one[12][2];

	if (m < 1 || m > 12)
		return "";
	one[m - 1][0] = letters[m - 1];
	one[m - 1][1] = '\0';
	return one[m - 1];
}

void
report_fmt_target(char buf[64], const struct indicator *ind, bool ascii)
{
	char num[48], whole[32];

	if (!ind->has_target) {
		buf[0] = '\0';
		return;
	}
	if (ind->kind == INDICATOR_COUNT) {
		report_fmt_count(whole, ind->target);
		snprintf(buf, 64, _("min. %s"), whole);
		return;
	}
	if (ind->target == (double)(long)ind->target) {
		report_fmt_count(whole, ind->target);
		report_add_percent_sign(num, whole);
	} else
		report_fmt_percent(num, ind->target, ascii);
	snprintf(buf, 64, _("min. %s"), num);
}

const char *
report_esrs(const struct indicator *ind)
{
	if (ind->esrs_s3 && ind->esrs_s4)
		return "S3, S4";
	if (ind->esrs_s3)
		return "S3";
	if (ind->esrs_s4)
		return "S4";
	return "";
}
