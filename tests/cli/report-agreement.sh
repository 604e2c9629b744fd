#!/bin/sh
# b2c report --agreement: a small partnership's agreement on one page, to
# sign. The session is written by hand the way b2c-session(5) describes
# it; the agreement holds every part of the proposal in text, Markdown
# and HTML; Debian's chromium prints the HTML and poppler's pdfinfo says
# it is one A4 page (as tests/cli/report-print.sh does for the report).
# A large partnership, CSV and two files are refused.
set -u
tmp="$B2C_TEST_TMP/report-agreement.$$"
rm -rf "$tmp"
mkdir -p "$tmp/home"
status=0
SOURCE_DATE_EPOCH=1796000000
export SOURCE_DATE_EPOCH

fail() {
	echo "FAIL: $*" >&2
	status=1
}
. "$top_srcdir/tests/cli/print-pdf.sh"

for tool in chromium pdfinfo pdftotext; do
	command -v $tool >/dev/null 2>&1 || {
		echo "FAIL: $tool is needed (Debian packages chromium," \
		    "poppler-utils)" >&2
		exit 99
	}
done

cat >"$tmp/sommerfest.cfg" <<'CFG'
version = 2;
title = "Sommerfest i Hedemarken";
area = "Hedemarken, Albertslund";
partnership = "small";
parties = {
  housing = {
    name = "Bo-Vest";
    contact = "Mette Hansen";
    role = "Boligsocial koordinator";
  };
  company = {
    name = "Nortec (vaskerier)";
    contact = "Lars Christensen";
    role = "Direktør";
  };
};
part2 = {
  proposal = {
    request = "Hjælp til sommerfesten på græsset: en grill med kul, to frivillige fra 14 til 20 og præmier til lotteriet for omkring 2.000 kr.\nGerne også et telt, hvis det regner.";
    date = "2027-06-19";
    offer = "Nortecs navn og logo på invitationen til alle 1.200 husstande, en stand ved indgangen, og kontakt med unge fra Hedemarken, der søger praktik.";
    contact = "Mette Hansen";
    role = "Boligsocial koordinator";
    phone_or_email = "43 45 67 89, mette.hansen@bo-vest.dk";
  };
};
CFG

"$B2C" --lang en report --agreement "$tmp/sommerfest.cfg" >"$tmp/a.txt" ||
    fail "text: exit $?"
for want in "Agreement: Sommerfest i Hedemarken" \
    "Housing organisation: Bo-Vest" \
    "Contact person: Mette Hansen, Boligsocial koordinator" \
    "Company: Nortec (vaskerier)" \
    "Contact person: Lars Christensen, Direktør" \
    "What: Hjælp til sommerfesten på græsset" \
    "When: 19 June 2027" \
    "Nortecs navn og logo på invitationen" \
    "Phone or e-mail: 43 45 67 89, mette.hansen@bo-vest.dk" \
    "Date ____________   Signature"; do
	grep -qF -- "$want" "$tmp/a.txt" || fail "text lacks: $want"
done
# One signature line per party, and no report around it.
[ "$(grep -c 'Signature ___' "$tmp/a.txt")" = 2 ] ||
    fail "not two signature lines"
grep -q "Part 1\|ESG\|Audit trail" "$tmp/a.txt" && fail "the report crept in"
# A page of text: 66 lines at most.
[ "$(wc -l <"$tmp/a.txt")" -le 66 ] || fail "text longer than a page"

"$B2C" --lang da report --agreement -f markdown "$tmp/sommerfest.cfg" \
    >"$tmp/a.md" || fail "markdown: exit $?"
grep -qF "# Aftale: Sommerfest i Hedemarken" "$tmp/a.md" ||
    fail "markdown: no Danish heading: $(head -3 "$tmp/a.md")"
grep -qF "**Underskrifter:**" "$tmp/a.md" || fail "markdown: no signatures"
grep -qF "Hvornår: 19. juni 2027" "$tmp/a.md" || fail "markdown: no date"

"$B2C" --lang en report --agreement --format html -o "$tmp/a.html" \
    "$tmp/sommerfest.cfg" || fail "html: exit $?"
print_pdf "$tmp/a.html" "$tmp/a.pdf"
pdfinfo "$tmp/a.pdf" >"$tmp/info" || fail "pdfinfo: exit $?"
pages=$(awk '/^Pages:/ { print $2 }' "$tmp/info")
[ "$pages" = 1 ] || fail "want one page, got '$pages'"
awk '/^Page size:/ { w = $3; h = $5 }
    END { exit !(w > 594 && w < 596.5 && h > 841 && h < 843) }' \
    "$tmp/info" || fail "not A4: $(grep '^Page size' "$tmp/info")"
pdftotext -layout "$tmp/a.pdf" "$tmp/a.pdf.txt" || fail "pdftotext: exit $?"
for want in "Sommerfest i Hedemarken" "Nortecs navn og logo" \
    "mette.hansen@bo-vest.dk" "Signature"; do
	grep -qF -- "$want" "$tmp/a.pdf.txt" || fail "the page lacks: $want"
done

# What is due follows the short path: the proposal's day, then its
# follow-up, late; and the report shows the proposal, not the full Del 2.
"$B2C" --lang en agenda --today 2027-06-01 "$tmp/sommerfest.cfg" \
    >"$tmp/agenda1" || fail "agenda: exit $?"
grep -q "^2027-06-19  coming  .*sommerfest.cfg  Hjælp til sommerfesten" \
    "$tmp/agenda1" || fail "agenda before: $(cat "$tmp/agenda1")"
"$B2C" --lang en agenda --today 2027-06-25 "$tmp/sommerfest.cfg" \
    >"$tmp/agenda2" || fail "agenda: exit $?"
grep -q "^2027-06-19  overdue  .*Follow-up of the concrete proposal" \
    "$tmp/agenda2" || fail "agenda after: $(cat "$tmp/agenda2")"
"$B2C" --lang en report "$tmp/sommerfest.cfg" >"$tmp/report.txt" ||
    fail "report: exit $?"
grep -q "^Concrete proposal" "$tmp/report.txt" || fail "report: no proposal"
grep -q "Shared priorities\|Annual wheel\|Evaluation meetings" \
    "$tmp/report.txt" && fail "report: the full Del 2 or Del 3 shown"

# The calendar of the short path: the proposal's day, read back by a
# real iCalendar parser (Debian's python3-icalendar, which python3 on
# PATH may not see).
py=
for p in /usr/bin/python3 python3; do
	if "$p" -c 'import icalendar' 2>/dev/null; then
		py=$p
		break
	fi
done
[ -n "$py" ] || {
	echo "FAIL: python3-icalendar is needed (Debian package)" >&2
	exit 99
}
"$B2C" --lang en calendar "$tmp/sommerfest.cfg" >"$tmp/s.ics" ||
    fail "calendar: exit $?"
"$py" - "$tmp/s.ics" >"$tmp/ics.out" 2>&1 <<'PY' || fail "calendar: $(cat "$tmp/ics.out")"
import sys, datetime
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], "rb").read())
ev = [c for c in cal.walk() if c.name == "VEVENT"]
assert len(ev) == 1, [str(e.get("summary")) for e in ev]
e = ev[0]
assert str(e["summary"]) == "Concrete proposal: Sommerfest i Hedemarken", e["summary"]
assert e["dtstart"].dt == datetime.date(2027, 6, 19), e["dtstart"].dt
assert e["dtend"].dt == datetime.date(2027, 6, 20), e["dtend"].dt
d = str(e["description"])
assert "Asked for: Hjælp til sommerfesten" in d, d
assert "Contact: Mette Hansen, Boligsocial koordinator, 43 45 67 89, mette.hansen@bo-vest.dk" in d, d
PY

# What has no one-page agreement.
"$B2C" --lang en report --agreement "$B2C_DATADIR/demo.cfg" \
    >"$tmp/out" 2>"$tmp/err"
[ $? = 1 ] || fail "a large partnership: want exit 1"
grep -q "a large partnership has no one-page agreement" "$tmp/err" ||
    fail "large: $(cat "$tmp/err")"
"$B2C" --lang en report --agreement -f csv "$tmp/sommerfest.cfg" \
    >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] || fail "csv: want exit 2"
grep -q "text, markdown or html" "$tmp/err" || fail "csv: $(cat "$tmp/err")"
cp "$tmp/sommerfest.cfg" "$tmp/other.cfg"
"$B2C" --lang en report --agreement "$tmp/sommerfest.cfg" \
    "$tmp/other.cfg" >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] || fail "two files: want exit 2"
grep -q "takes one session file" "$tmp/err" || fail "two: $(cat "$tmp/err")"

[ $status = 0 ] && rm -rf "$tmp"
exit $status
