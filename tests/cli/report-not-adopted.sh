#!/bin/sh
# An indicator measured without being adopted in Del 2 is never dropped:
# every report format matches its expected file, and in each the
# indicator shows after the adopted ones, marked "not adopted by both
# parties"; one neither adopted nor measured stays out. The CSV keeps the
# spec's header and marks the name only, not the id.
set -u
tmp="$B2C_TEST_TMP/report-not-adopted.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
golden="$top_srcdir/tests/golden/report"
fixture="$top_srcdir/tests/data/not-adopted.cfg"
mark="not adopted by both parties"
status=0
# The audit trail's report date, fixed so the expected files hold.
SOURCE_DATE_EPOCH=1796000000
export SOURCE_DATE_EPOCH

fail() {
	echo "FAIL: $*" >&2
	status=1
}

. "$top_srcdir/tests/cli/report-mask.sh"

# same NAME EXPECTED ACTUAL MASK: ACTUAL matches EXPECTED once masked.
same() {
	$4 "$2" >"$tmp/want.masked"
	$4 "$3" >"$tmp/got.masked"
	if ! cmp -s "$tmp/want.masked" "$tmp/got.masked"; then
		fail "$1 differs from $2"
		diff -u "$tmp/want.masked" "$tmp/got.masked" | head -40 >&2
	fi
}

# before FILE FIRST SECOND: FIRST is on an earlier line than SECOND.
before() {
	a=$(grep -nF -- "$2" "$1" | head -n 1 | cut -d: -f1)
	b=$(grep -nF -- "$3" "$1" | head -n 1 | cut -d: -f1)
	[ -n "$a" ] && [ -n "$b" ] && [ "$a" -lt "$b" ] ||
		fail "$1: '$2' (line ${a:-none}) not before '$3' (line ${b:-none})"
}

"$B2C" report --width 80 "$fixture" >"$tmp/na.txt" || fail "text: exit $?"
"$B2C" report --format markdown "$fixture" >"$tmp/na.md" ||
	fail "markdown: exit $?"
"$B2C" report --format html "$fixture" >"$tmp/na.html" || fail "html: exit $?"
"$B2C" report --format csv "$fixture" >"$tmp/na.csv" || fail "csv: exit $?"
same text "$golden/not-adopted.txt" "$tmp/na.txt" mask_text
same markdown "$golden/not-adopted.md" "$tmp/na.md" mask_markdown
same html "$golden/not-adopted.html" "$tmp/na.html" cat
same csv "$golden/not-adopted.csv" "$tmp/na.csv" cat

for f in na.txt na.md na.html na.csv; do
	# The user's count of 3 and the statement-only indicator are there,
	# marked; Natteravne (not adopted, nothing typed) is not.
	grep -qF "Unge i virksomhedspraktik ($mark)" "$tmp/$f" ||
		fail "$f: the measured indicator is missing or unmarked"
	grep -q 'Natteravne' "$tmp/$f" && fail "$f: shows Natteravne"
done
for f in na.txt na.md na.html; do
	grep -qF "Hjælpsomhed (vs. Ligegyldighed; $mark)" "$tmp/$f" ||
		fail "$f: the indicator with statements only is missing"
	# Del 2's list, the ESG table: adopted Tryghed first.
	before "$tmp/$f" "Tryghed" "Unge i virksomhedspraktik ($mark)"
	# No adopted indicator is marked.
	grep -F "$mark" "$tmp/$f" | grep -q 'Tryghed\|Tillid\|Medskabende' &&
		fail "$f: an adopted indicator is marked"
done
# Text: Del 2's list, the ESG row, the heading and the chart's title.
[ "$(grep -c "Unge i virksomhedspraktik ($mark)" "$tmp/na.txt")" -ge 3 ] ||
	fail "text: want the marked name in the list and the heading"
grep -q '^  - Year 1, 14 November 2026: 3$' "$tmp/na.txt" ||
	fail "text: the count of 3 is not listed"
before "$tmp/na.txt" "Tryghed (vs. Utryghed)
" "Unge i virksomhedspraktik ($mark)
."

# CSV: the header's first columns as before; the bare id, the marked name, the
# count under value, the target; after the adopted indicators' rows.
tr -d '\r' <"$tmp/na.csv" >"$tmp/lf.csv"
[ "$(head -n 1 "$tmp/lf.csv" | cut -d, -f1-12)" = "indicator_id,\
indicator_name,kind,period,date,respondents,positive,percent,ci_low,ci_high,\
target,value" ] ||
	fail "csv header: $(head -n 1 "$tmp/lf.csv")"
[ "$(tail -n 1 "$tmp/lf.csv" | cut -d, -f1-13)" = "unge-i-virksomhedspraktik,\
Unge i virksomhedspraktik ($mark),count,year 1,2026-11-14,,,,,,4,3,number" ] ||
	fail "csv: last row is $(tail -n 1 "$tmp/lf.csv")"
[ "$(cut -d, -f1 "$tmp/lf.csv" | tr '\n' ' ')" = "indicator_id belonging \
safety unge-i-virksomhedspraktik " ] ||
	fail "csv: rows $(cut -d, -f1 "$tmp/lf.csv" | tr '\n' ' ')"

# Danish: the wording of the wizard's check box "Vedtaget af begge parter".
. "$top_srcdir/tests/cli/report-catalogue.sh"
report_catalogue "$tmp/locale"
if "$B2C" --lang da report --width 80 "$fixture" >"$tmp/da.txt" 2>/dev/null &&
    grep -q '^Del 1' "$tmp/da.txt"; then
	grep -qF 'Unge i virksomhedspraktik (ikke vedtaget af begge parter)' \
	    "$tmp/da.txt" || fail "Danish: no mark in Danish"
	grep -qF "$mark" "$tmp/da.txt" && fail "Danish: an English mark"
fi

[ "$status" -eq 0 ] && rm -rf "$tmp"
exit $status
