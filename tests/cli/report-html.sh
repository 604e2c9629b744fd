#!/bin/sh
# b2c report --format html: the demo matches the expected file, is one
# self-contained, well-formed document (xmllint --html) with no external
# reference and no script, Danish characters intact, and the ESG table
# carries KPI, target, each period with n and interval, comment and ESRS.
set -u
tmp="$B2C_TEST_TMP/report-html.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
status=0
# The audit trail's report date, fixed so the expected files hold.
SOURCE_DATE_EPOCH=1796000000
export SOURCE_DATE_EPOCH

fail() {
	echo "FAIL: $*" >&2
	status=1
}

html="$tmp/demo.html"
"$B2C" report --format html "$B2C_DATADIR/demo.cfg" >"$html" ||
	fail "html: exit $?"
if ! cmp -s "$top_srcdir/tests/golden/report/demo.html" "$html"; then
	fail "html differs from the expected file"
	diff -u "$top_srcdir/tests/golden/report/demo.html" "$html" |
	    head -40 >&2
fi
grep -qi '<script' "$html" && fail "a script"
grep -Eqi '(src|href)=' "$html" && fail "a src= or href= reference"
grep -qi 'url(' "$html" && fail "a CSS url()"
grep -qi '@import' "$html" && fail "a CSS @import"
grep -q '<meta charset="utf-8">' "$html" || fail "no charset"
grep -q '<html lang="en">' "$html" || fail "no lang=en in English"
grep -q '@page{size:A4' "$html" || fail "no A4 page"
grep -q 'Tilhørsforhold' "$html" || fail "Danish letters lost"
grep -q '<th>ESRS</th>' "$html" || fail "no ESRS column"
grep -q '<td class="n">41.0%<br><span class="note">n = 100<br>31.9–50.8%' \
    "$html" || fail "baseline cell without n and interval"

if ! command -v xmllint >/dev/null 2>&1; then
	echo "FAIL: xmllint is needed (Debian package libxml2-utils)" >&2
	exit 99
	exit $status
fi
xmllint --html --noout "$html" 2>"$tmp/lint" || fail "xmllint: exit $?"
[ -s "$tmp/lint" ] && fail "xmllint: $(cat "$tmp/lint")"
"$B2C" report --format html "$top_srcdir/tests/data/hostile/escapes.cfg" \
    >"$tmp/hostile.html"
xmllint --html --noout "$tmp/hostile.html" 2>"$tmp/lint" ||
	fail "xmllint (hostile): exit $?"
[ -s "$tmp/lint" ] && fail "xmllint (hostile): $(cat "$tmp/lint")"

rm -rf "$tmp"
exit $status
