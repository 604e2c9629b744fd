#!/bin/sh
# b2c import-responses: a small export is added to the demo session and
# saved (checked through the charts of the saved file), --replace replaces
# rather than adds, a bad cell is reported as FILE:ROW:COLUMN with the
# session byte-identical, and usage errors exit 2.
set -u
# The messages compared below are the English ones (the default
# language under the C locale is Danish).
LC_ALL=C.UTF-8
LANGUAGE=en
export LC_ALL LANGUAGE
tmp="$B2C_TEST_TMP/import.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
data="$top_srcdir/tests/data/responses"
render="$top_builddir/tests/golden/render-charts"
status=0

fail() {
	echo "FAIL: $*" >&2
	status=1
}

# The chart line of a period of one indicator in the saved session.
period_line() {
	"$render" "$tmp/s.cfg" 80 | awk -v t="$1" -v p="$2" '
		index($0, t) == 1 { found = 1 }
		found && index($0, p " ") == 1 { print; exit }'
}

cp "$B2C_DATADIR/demo.cfg" "$tmp/s.cfg"
csv="$data/demo-year2.csv"
"$B2C" import-responses "$tmp/s.cfg" --period "År 2" --date "13. november 2027" \
	"$csv" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 0 ] || fail "import: exit $rc: $(cat "$tmp/err")"
# Five respondents; 5 + 4 + 4 + 4 answers, trust and safety one
# "Ved ikke" each, cocreation one blank.
[ "$(head -n 1 "$tmp/out")" = "$csv: 5 respondents imported into \"Year 2\" (17 answers, 2 \"Ved ikke\", 1 blank)" ] ||
	fail "summary: $(cat "$tmp/out")"
grep -q '^  read as UTF-8, comma-separated$' "$tmp/out" || fail "encoding: $(cat "$tmp/out")"
[ "$(cat "$tmp/err")" = "$csv: ignored column 1: Respondent" ] ||
	fail "ignored columns: $(cat "$tmp/err")"
"$B2C" check "$tmp/s.cfg" || fail "the saved session does not check"
grep -q '2027-11-13' "$tmp/s.cfg" || fail "the date was not saved"
# The file the answers came from and its fingerprint, for the audit
# trail of a report (compared with coreutils' sha256sum).
if command -v sha256sum >/dev/null 2>&1; then
	sum=$(sha256sum "$csv" | cut -d' ' -f1)
	[ "$(grep -c "survey_file_sha256 = \"$sum\";" "$tmp/s.cfg")" -eq 4 ] ||
		fail "the survey file's SHA-256 is not with each period"
	"$B2C" --lang en report --width 200 "$tmp/s.cfg" >"$tmp/report.txt"
	grep -qF "  - Tilhørsforhold, Year 2: demo-year2.csv" "$tmp/report.txt" ||
		fail "the audit trail does not name the survey file"
	grep -qF "SHA-256 $sum" "$tmp/report.txt" ||
		fail "the audit trail lacks the survey file's SHA-256"
fi
grep -q 'survey_file = "demo-year2.csv";' "$tmp/s.cfg" ||
	fail "the survey file was not recorded"

# belonging: Helt enig x2, Delvist enig x2, Helt uenig: 4 of 5.
# trust: 1, 2, 5, Ved ikke, 4: 2 of 4. cocreation: Delvist enig,
# Hverken, blank, Helt uenig, Delvist uenig: 1 of 4. safety: 2, Ved
# ikke, 1, 3, 2: 3 of 4.
check_period() {
	line=$(period_line "$1" "Year 2")
	case $line in
	*"$2 n=$3!") ;;
	*) fail "$1 Year 2: '$line', want $2 n=$3!" ;;
	esac
}
check_period Tilhørsforhold "80 %" 5
check_period Tillid "50 %" 4
check_period Medskabende "25 %" 4
check_period Tryghed "75 %" 4

# The period is stored by its key, whatever language it was typed in.
[ "$(grep -c 'period = "year 2";' "$tmp/s.cfg")" -eq 4 ] ||
	fail "År 2 not stored as \"year 2\" once per indicator"

# Again with --again doubles the answers; with --replace, it does not.
# " year  2 " (any case, white space, NBSP, English) is the same period.
"$B2C" import-responses "$tmp/s.cfg" -p "$(printf " YEAR  2\302\240")" --again \
	"$csv" >"$tmp/out" 2>"$tmp/err" || fail "second import: $(cat "$tmp/err")"
case $(cat "$tmp/out") in
*'imported into "Year 2" ('*) ;;
*) fail "second import summary: $(cat "$tmp/out")" ;;
esac
grep -q 'new period' "$tmp/err" && fail "year 2 reported as new: $(cat "$tmp/err")"
check_period Tilhørsforhold "80 %" 10
[ "$(grep -c 'period = "year 2";' "$tmp/s.cfg")" -eq 4 ] ||
	fail "a second year 2 was added"
"$B2C" import-responses "$tmp/s.cfg" --replace --period "År 2" "$csv" \
	>/dev/null 2>&1 || fail "import --replace"
check_period Tilhørsforhold "80 %" 5
check_period Medskabende "25 %" 4

# A name of the users' own that is new says so and offers the periods.
cp "$tmp/s.cfg" "$tmp/named.cfg"
printf 'trust-meeting-place\n1\n' >"$tmp/one.csv"
"$B2C" import-responses "$tmp/named.cfg" --period "Basline" "$tmp/one.csv" \
	>/dev/null 2>"$tmp/err" || fail "import into a new name"
[ "$(cat "$tmp/err")" = 'b2c import-responses: note: "Basline" is a new period (periods on offer: Baseline, Year 1, Year 2, Year 3)' ] ||
	fail "new period note: $(cat "$tmp/err")"
"$B2C" import-responses "$tmp/named.cfg" --period "  basline " --again "$tmp/one.csv" \
	>/dev/null 2>"$tmp/err" || fail "import into the name again"
[ -s "$tmp/err" ] && fail "known name reported: $(cat "$tmp/err")"
[ "$(grep -c 'period = "Basline";' "$tmp/named.cfg")" -eq 1 ] ||
	fail "the name was not kept once as typed"

# A bad cell: exact FILE:ROW:COLUMN, exit 1, the file untouched.
cp "$tmp/s.cfg" "$tmp/before.cfg"
printf 'trust-meeting-place;safety-evening\n1;2\n2;Meget enig\n' >"$tmp/bad.csv"
"$B2C" import-responses "$tmp/s.cfg" --period "År 3" "$tmp/bad.csv" \
	>"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || fail "bad cell: exit $rc, want 1"
[ "$(cat "$tmp/err")" = "$tmp/bad.csv:3:2: \"Meget enig\" is not an answer: use 1 (Helt enig) to 5 (Helt uenig), or the words Helt enig, Delvist enig, Hverken enig eller uenig, Delvist uenig, Helt uenig, Ved ikke, or leave it empty" ] ||
	fail "bad cell message: $(cat "$tmp/err")"
[ -s "$tmp/out" ] && fail "bad cell: printed to stdout"
cmp -s "$tmp/s.cfg" "$tmp/before.cfg" || fail "bad cell: the session changed"

# A session that does not exist is a data error.
"$B2C" import-responses "$tmp/none.cfg" -p X "$csv" >/dev/null 2>&1
rc=$?
[ "$rc" -eq 1 ] || fail "missing session: exit $rc, want 1"

# Usage errors.
"$B2C" import-responses -p "$(printf ' \302\240 ')" "$tmp/s.cfg" "$csv" \
	>/dev/null 2>&1
rc=$?
[ "$rc" -eq 2 ] || fail "a blank --period: exit $rc, want 2"
for args in "" "$tmp/s.cfg $csv" "-p X $tmp/s.cfg" "-p X -D 31.02.2027 $tmp/s.cfg $csv" \
    "--no-such-option -p X $tmp/s.cfg $csv" "-p X $tmp/s.cfg $csv extra"; do
	# shellcheck disable=SC2086
	"$B2C" import-responses $args >/dev/null 2>&1
	rc=$?
	[ "$rc" -eq 2 ] || fail "import-responses $args: exit $rc, want 2"
done
"$B2C" -r import-responses -p X "$tmp/s.cfg" "$csv" >/dev/null 2>&1
rc=$?
[ "$rc" -eq 2 ] || fail "read-only: exit $rc, want 2"
cmp -s "$tmp/s.cfg" "$tmp/before.cfg" || fail "usage errors changed the file"

[ "$status" -eq 0 ] && rm -rf "$tmp"
exit $status
