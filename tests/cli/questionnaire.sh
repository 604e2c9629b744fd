#!/bin/sh
# b2c questionnaire: the demo's four statements with six boxes each as
# text and as HTML for A4; the CSV template (BOM, ';', CRLF) filled in the
# way a spreadsheet would be imports by construction, with the tallies
# the filling made; bad formats and missing files are refused.
set -u
LC_ALL=C.UTF-8
LANGUAGE=en
export LC_ALL LANGUAGE
tmp="$B2C_TEST_TMP/questionnaire.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
status=0
fail() {
	echo "FAIL: $*" >&2
	status=1
}
demo="$B2C_DATADIR/demo.cfg"

"$B2C" questionnaire "$demo" >"$tmp/q.txt" || fail "text: exit $?"
[ "$(grep -c '^   \[ \] Ved ikke$' "$tmp/q.txt")" -eq 4 ] ||
	fail "text: not four questions with Ved ikke: $(cat "$tmp/q.txt")"
grep -q '^4\. Jeg føler mig tryg, når jeg går gennem Hedemarken om aftenen\.$' \
	"$tmp/q.txt" || fail "text: the fourth statement"

"$B2C" questionnaire --format html -o "$tmp/q.html" "$demo" || fail "html: exit $?"
grep -q '@page { size: A4' "$tmp/q.html" || fail "html: not for A4"
[ "$(grep -c '<tr><th scope="row">' "$tmp/q.html")" -eq 4 ] || fail "html: rows"
[ "$(grep -o '&#9744;' "$tmp/q.html" | wc -l)" -eq 24 ] || fail "html: boxes"

"$B2C" questionnaire -f csv -o "$tmp/t.csv" "$demo" || fail "csv: exit $?"
head -c 3 "$tmp/t.csv" | od -An -tx1 | grep -q 'ef bb bf' || fail "csv: no BOM"
[ "$(tr -cd ';' <"$tmp/t.csv" | wc -c)" -eq 4 ] || fail "csv: not five cells"
grep -q "$(printf '\r$')" "$tmp/t.csv" || fail "csv: not CRLF"
# Filled in as a spreadsheet: respondent i answers step (i + k) % 7 to
# statement k, 6 being empty; the tallies below are counted from the
# same rule, not by reading the file.
awk 'BEGIN {
	split("Helt enig|Delvist enig|Hverken enig eller uenig|Delvist uenig|Helt uenig|Ved ikke|", l, "|")
	for (i = 1; i <= 20; i++) {
		row = i
		for (k = 1; k <= 4; k++) {
			a = (i + k) % 7
			row = row ";" l[a + 1]
			n[k, a]++
		}
		printf "%s\r\n", row >> "'"$tmp/t.csv"'"
	}
	for (k = 1; k <= 4; k++) {
		line = ""
		for (a = 0; a < 7; a++)
			line = line " " (n[k, a] + 0)
		print k line > "'"$tmp/want"'"
	}
}'
cp "$demo" "$tmp/s.cfg"
"$B2C" import-responses "$tmp/s.cfg" -p "År 2" "$tmp/t.csv" >"$tmp/out" 2>"$tmp/err" ||
	fail "the filled template does not import: $(cat "$tmp/err")"
grep -q '^  column 5 "Jeg føler mig tryg' "$tmp/out" || fail "column 5: $(cat "$tmp/out")"
awk '/^ *period = / { inp = ($0 ~ /"year 2"/) }
	inp && /statement = / { k++; n = 0; line = k }
	inp && /(strongly_agree|agree|neutral|disagree|strongly_disagree|dont_know|blank) = / {
		v = $3; sub(";", "", v); line = line " " v
		if (++n == 7) print line }' "$tmp/s.cfg" >"$tmp/got"
diff -u "$tmp/want" "$tmp/got" || fail "the template's tallies differ"

"$B2C" questionnaire -f pdf "$demo" >/dev/null 2>&1
[ $? -eq 2 ] || fail "an unknown format is not a usage error"
"$B2C" questionnaire "$tmp/none.cfg" >/dev/null 2>&1
[ $? -eq 1 ] || fail "a missing session is not a data error"
[ "$status" -eq 0 ] && rm -rf "$tmp"
exit $status
