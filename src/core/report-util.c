/*
 * Small pieces every report format shares: numbers in a fixed form that
 * does not follow the process locale (a CSV must always use a dot),
 * party and month names, targets and verdicts.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "b2c/date.h"
#include "b2c/i18n.h"
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
	/* TRANSLATORS: the decimal separator in reports. */
	const char *sep = _(".");
	char *dot;
	char tmp[32];

	report_fmt1(tmp, v);
	dot = strchr(tmp, '.');
	if (dot == NULL) {
		snprintf(buf, 32, "%s", tmp);
		return;
	}
	*dot = '\0';
	snprintf(buf, 32, "%s%s%s", tmp, sep, dot + 1);
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
	snprintf(buf, 48, "%s %%", num);
}

const char *
report_party_kind(int party)
{
	return party == PARTY_COMPANY ? _("Company") :
	    _("Housing organisation");
}

const char *
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
	char num[48];

	if (!ind->has_target) {
		buf[0] = '\0';
		return;
	}
	if (ind->kind == INDICATOR_COUNT) {
		snprintf(buf, 64, _("min. %.0f"), ind->target);
		return;
	}
	if (ind->target == (double)(long)ind->target)
		snprintf(num, sizeof num, "%ld %%", (long)ind->target);
	else
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

const char *
report_verdict(const struct stats_indicator *si)
{
	const struct stats_change *c = stats_latest_change(si);

	return c != NULL ? stats_verdict_label(c->verdict) : "";
}
