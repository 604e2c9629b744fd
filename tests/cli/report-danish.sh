#!/bin/sh
# The report in Danish (the program's default language): headings and
# labels translated, decimal commas for people, and a CSV that stays
# byte-identical to the English one (dots, fixed header). The build always
# makes the Danish catalogue for the tests (tests/locale), so English here
# is a failure, never a reason to skip.
set -u
tmp="$B2C_TEST_TMP/report-danish.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
demo="$B2C_DATADIR/demo.cfg"
status=0
# The audit trail's report date, fixed so the expected files hold.
SOURCE_DATE_EPOCH=1796000000
export SOURCE_DATE_EPOCH

fail() {
	echo "FAIL: $*" >&2
	status=1
}

. "$top_srcdir/tests/cli/report-catalogue.sh"
report_catalogue "$tmp/locale"

"$B2C" --lang da report --width 80 "$demo" >"$tmp/da.txt" ||
	fail "the Danish report failed: exit $?"
grep -q '^Del 1 – Interne overvejelser$' "$tmp/da.txt" ||
	fail "the report is not in Danish (B2C_LOCALEDIR=${B2C_LOCALEDIR:-unset})"
. "$top_srcdir/tests/cli/report-mask.sh"
mask_text "$top_srcdir/tests/golden/report/demo-da.txt" >"$tmp/want.txt"
mask_text "$tmp/da.txt" >"$tmp/got.txt"
if ! cmp -s "$tmp/want.txt" "$tmp/got.txt"; then
	fail "Danish text differs from the expected file (charts masked)"
	diff -u "$tmp/want.txt" "$tmp/got.txt" | head -40 >&2
fi
"$B2C" --lang da report --format csv "$demo" >"$tmp/da.csv"
"$B2C" --lang en report --format csv "$demo" >"$tmp/en.csv"
cmp -s "$tmp/da.csv" "$tmp/en.csv" || fail "the CSV depends on the language"
"$B2C" --lang da report --format html "$demo" >"$tmp/da.html"
grep -q '<th>Målsætning</th>' "$tmp/da.html" || fail "HTML not in Danish"
grep -q '41,0&nbsp;%' "$tmp/da.html" ||
	fail "HTML without decimal comma, or a % that may wrap"
grep -q '<html lang="da">' "$tmp/da.html" || fail "HTML not marked as Danish"
"$B2C" --lang en report --format html "$demo" | grep -q '<html lang="en">' ||
	fail "English HTML not marked as English"

rm -rf "$tmp"
exit $status
