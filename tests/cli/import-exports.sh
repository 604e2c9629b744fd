#!/bin/sh
# Survey exports as each tool writes them (tests/data/responses/exports:
# Excel's Windows-1252 and UTF-8 CSV, Google Forms, Microsoft Forms via
# Excel, SurveyXact codes, indicator names as headers, Excel's Unicode
# text, statement ids, a "sep=;" line, SurveyMonkey's two header rows) imported into the demo session by
# b2c import-responses. The tallies saved in the session file must equal
# expected.txt, which make-exports.py counted from the answers it wrote,
# not by reading the files. Then: the same file twice is refused (and
# taken with --again), --dry-run writes nothing, --reverse mirrors the
# scale, and a file that names nothing is refused with its headers.
set -u
LC_ALL=C.UTF-8
LANGUAGE=en
export LC_ALL LANGUAGE
tmp="$B2C_TEST_TMP/import-exports.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
data="$top_srcdir/tests/data/responses/exports"
status=0

fail() {
	echo "FAIL: $*" >&2
	status=1
}

# "STATEMENT n0 n1 n2 n3 n4 dont_know blank" for each tally of the
# period in a saved session, sorted.
saved_tallies() {
	awk -v p="$2" '
		/^ *period = / { inp = ($0 ~ "\"" p "\";") }
		inp && /statement = / { split($0, a, "\""); st = a[2]; n = 0 }
		inp && /(strongly_agree|agree|neutral|disagree|strongly_disagree|dont_know|blank) = / {
			v = $3; sub(";", "", v); line = line " " v
			if (++n == 7) { print st line; line = "" }
		}' "$1" | sort
}

# The expected tallies of a file, as saved_tallies prints them.
expected_tallies() {
	awk -v f="$1" '$1 == f && $2 != "respondents" {
		$1 = ""; sub(/^ /, ""); print }' "$data/expected.txt" | sort
}

expected_field() {
	awk -v f="$1" -v k="$2" '$1 == f && $2 == "respondents" {
		print (k == "n" ? $3 : $5) }' "$data/expected.txt"
}

# Imports FILE into SESSION's "År 2"; SurveyXact needs its variables
# mapped and its code 6 stated, the others nothing.
import_file() {
	case $1 in
	surveyxact.csv)
		"$B2C" import-responses "$2" --period "År 2" \
			-C q1=belonging-proud -C q2=trust-meeting-place \
			-C q3=cocreation-heard -C q4=safety-evening \
			-c "6=Ved ikke" "$data/$1" ;;
	*) "$B2C" import-responses "$2" --period "År 2" "$data/$1" ;;
	esac
}

files=$(awk '$2 == "respondents" { print $1 }' "$data/expected.txt")
[ "$(echo "$files" | wc -l)" -eq 10 ] || fail "expected.txt lists $(echo "$files" | wc -l) files"
for f in $files; do
	cp "$B2C_DATADIR/demo.cfg" "$tmp/s.cfg"
	import_file "$f" "$tmp/s.cfg" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ "$rc" -eq 0 ] || { fail "$f: exit $rc: $(cat "$tmp/err")"; continue; }
	n=$(expected_field "$f" n)
	empty=$(expected_field "$f" empty)
	head -n 1 "$tmp/out" | grep -q "^$data/$f: $n respondents imported into \"Year 2\"" ||
		fail "$f: summary: $(head -n 1 "$tmp/out"), want $n respondents"
	if [ "$empty" -gt 0 ]; then
		grep -q "^  $empty respondents* answered nothing" "$tmp/out" ||
			fail "$f: $empty empty respondents not reported"
	fi
	grep -q "^  the period is new" "$tmp/out" || fail "$f: period not new"
	saved_tallies "$tmp/s.cfg" "year 2" >"$tmp/got"
	expected_tallies "$f" >"$tmp/want"
	diff -u "$tmp/want" "$tmp/got" >"$tmp/diff" ||
		fail "$f: tallies differ: $(cat "$tmp/diff")"
	"$B2C" check "$tmp/s.cfg" >/dev/null 2>&1 || fail "$f: the session does not check"
done

# What each file was read as.
read_as() {
	cp "$B2C_DATADIR/demo.cfg" "$tmp/r.cfg"
	"$B2C" import-responses -n -p X "$tmp/r.cfg" "$data/$1" 2>/dev/null |
		sed -n 's/^  read as //p'
}
[ "$(read_as excel-1252.csv)" = "Windows-1252, semicolon-separated" ] ||
	fail "excel-1252.csv read as $(read_as excel-1252.csv)"
[ "$(read_as excel-utf8.csv)" = "UTF-8 BOM, semicolon-separated" ] ||
	fail "excel-utf8.csv read as $(read_as excel-utf8.csv)"
[ "$(read_as google-forms.csv)" = "UTF-8, comma-separated" ] ||
	fail "google-forms.csv read as $(read_as google-forms.csv)"
[ "$(read_as unicode-text.txt)" = "UTF-16LE, tab-separated" ] ||
	fail "unicode-text.txt read as $(read_as unicode-text.txt)"

# The same file twice: refused, the session byte-identical; --again adds.
cp "$B2C_DATADIR/demo.cfg" "$tmp/s.cfg"
f=excel-1252.csv
"$B2C" import-responses "$tmp/s.cfg" -p "År 2" "$data/$f" >/dev/null 2>&1 ||
	fail "first import of $f"
cp "$tmp/s.cfg" "$tmp/before.cfg"
"$B2C" import-responses "$tmp/s.cfg" -p "År 2" "$data/$f" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || fail "second import: exit $rc, want 1"
grep -q "was imported into \"Year 2\" already" "$tmp/err" ||
	fail "second import: $(cat "$tmp/err")"
grep -q -- "--again" "$tmp/err" || fail "second import does not name --again"
cmp -s "$tmp/s.cfg" "$tmp/before.cfg" || fail "the refused import changed the session"
"$B2C" import-responses "$tmp/s.cfg" -p "År 2" --again "$data/$f" >"$tmp/out" 2>&1 ||
	fail "--again: $(cat "$tmp/out")"
grep -q "^  added to the period's answers" "$tmp/out" || fail "--again: not 'added'"
want=$(expected_tallies "$f" | awk '$1 == "belonging-proud" {
	printf "%s", $1; for (i = 2; i <= 8; i++) printf " %d", 2 * $i; print "" }')
got=$(saved_tallies "$tmp/s.cfg" "year 2" | grep '^belonging-proud')
[ "$got" = "$want" ] || fail "--again: '$got', want '$want'"
"$B2C" import-responses "$tmp/s.cfg" -p "År 2" --replace "$data/$f" >"$tmp/out" 2>&1 ||
	fail "--replace: $(cat "$tmp/out")"
grep -q "^  the period's answers were replaced" "$tmp/out" || fail "--replace: not 'replaced'"
saved_tallies "$tmp/s.cfg" "year 2" >"$tmp/got"
expected_tallies "$f" | diff - "$tmp/got" >/dev/null || fail "--replace: tallies"

# --dry-run writes nothing, even to a new period.
cp "$tmp/s.cfg" "$tmp/before.cfg"
"$B2C" import-responses "$tmp/s.cfg" -n -p "År 3" "$data/google-forms.csv" \
	>"$tmp/out" 2>/dev/null || fail "--dry-run failed"
grep -q "would be imported" "$tmp/out" || fail "--dry-run: $(head -n 1 "$tmp/out")"
grep -q "Nothing was written" "$tmp/out" || fail "--dry-run does not say so"
cmp -s "$tmp/s.cfg" "$tmp/before.cfg" || fail "--dry-run changed the session"

# --reverse: 1 is Helt uenig, so the five steps come in mirror order.
cp "$B2C_DATADIR/demo.cfg" "$tmp/s.cfg"
"$B2C" import-responses "$tmp/s.cfg" -p "År 2" --reverse -c "6=Ved ikke" \
	-C q1=belonging-proud -C "q2=Siden Nortec åbnede kantinen som indendørs mødested, har jeg fået større tillid til mine naboer" \
	-C q3=Medskabende -C q4=safety-evening \
	"$data/surveyxact.csv" >/dev/null 2>"$tmp/err" || fail "--reverse: $(cat "$tmp/err")"
saved_tallies "$tmp/s.cfg" "year 2" >"$tmp/got"
expected_tallies surveyxact.csv | awk '{ print $1, $6, $5, $4, $3, $2, $7, $8 }' >"$tmp/want"
diff -u "$tmp/want" "$tmp/got" >/dev/null || fail "--reverse: $(diff "$tmp/want" "$tmp/got")"

# --reverse is kept for the next import; --no-reverse undoes it.
grep -q 'reverse = true;' "$tmp/s.cfg" || fail "--reverse was not kept"
cp "$tmp/s.cfg" "$tmp/rev.cfg"
"$B2C" import-responses "$tmp/rev.cfg" -p "År 3" "$data/surveyxact.csv" >/dev/null 2>&1 ||
	fail "import with the kept scale"
saved_tallies "$tmp/rev.cfg" "year 3" | diff "$tmp/want" - >/dev/null ||
	fail "the kept --reverse was not used"
"$B2C" import-responses "$tmp/rev.cfg" -p "År 4" --no-reverse "$data/surveyxact.csv" \
	>/dev/null 2>&1 || fail "--no-reverse"
saved_tallies "$tmp/rev.cfg" "year 4" | diff - "$tmp/want" >/dev/null &&
	fail "--no-reverse still reversed"
grep -q 'reverse = true;' "$tmp/rev.cfg" && fail "--no-reverse was not kept"

# Nothing named: the headers read, the statements expected, how to map;
# the session byte-identical.
cp "$B2C_DATADIR/demo.cfg" "$tmp/s.cfg"
"$B2C" import-responses "$tmp/s.cfg" -p "År 2" "$data/surveyxact.csv" \
	>"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || fail "unmapped SurveyXact: exit $rc, want 1"
for want in "surveyxact.csv:1: no column names a statement" "  3: q1" \
    "  belonging-proud: Siden Nortec og Bo-Vest" "--column HEADER=STATEMENT"; do
	grep -q -F -- "$want" "$tmp/err" || fail "refusal lacks '$want': $(cat "$tmp/err")"
done
cmp -s "$tmp/s.cfg" "$B2C_DATADIR/demo.cfg" || fail "the refusal changed the session"
# The mapping and the code of an import are saved in the session: next
# year's export of the same survey imports with no options.
cp "$B2C_DATADIR/demo.cfg" "$tmp/next.cfg"
import_file surveyxact.csv "$tmp/next.cfg" >/dev/null 2>&1 || fail "mapped import"
grep -q 'columns = \[ "q1=belonging-proud", "q2=trust-meeting-place", "q3=cocreation-heard", "q4=safety-evening" \];' \
	"$tmp/next.cfg" || fail "the mapping was not saved: $(grep -A3 survey_import "$tmp/next.cfg")"
grep -q 'codes = \[ "6=Ved ikke" \];' "$tmp/next.cfg" || fail "the code was not saved"
"$B2C" import-responses "$tmp/next.cfg" -p "År 3" "$data/surveyxact.csv" \
	>"$tmp/out" 2>"$tmp/err" || fail "next year's import: $(cat "$tmp/err")"
grep -q "^  4 column mappings saved in the session were used" "$tmp/out" ||
	fail "saved mappings not reported: $(cat "$tmp/out")"
saved_tallies "$tmp/next.cfg" "year 3" >"$tmp/got"
expected_tallies surveyxact.csv | diff - "$tmp/got" >/dev/null ||
	fail "next year's tallies differ"

# A code 6 without --code is refused at its line and column.
"$B2C" import-responses "$tmp/s.cfg" -p "År 2" -C q1=belonging-proud \
	"$data/surveyxact.csv" >/dev/null 2>"$tmp/err"
line=$(awk -F';' 'NR > 1 && $3 == "6" { print NR; exit }' "$data/surveyxact.csv")
grep -q "surveyxact.csv:$line:3: \"6\" is not an answer" "$tmp/err" ||
	fail "code 6 unmapped: $(cat "$tmp/err"), want line $line"
# A bad mapping and a bad code are refused before reading.
"$B2C" import-responses "$tmp/s.cfg" -p "År 2" -C q1=nothing "$data/surveyxact.csv" \
	>/dev/null 2>"$tmp/err" && fail "a mapping to nothing was taken"
grep -q 'column "q1=nothing": "nothing" is not a statement' "$tmp/err" ||
	fail "bad mapping: $(cat "$tmp/err")"
"$B2C" import-responses "$tmp/s.cfg" -p "År 2" -c 6=Måske "$data/surveyxact.csv" \
	>/dev/null 2>"$tmp/err" && fail "a code to nothing was taken"
grep -q 'code "6=Måske": write CODE=ANSWER' "$tmp/err" || fail "bad code: $(cat "$tmp/err")"
cmp -s "$tmp/s.cfg" "$B2C_DATADIR/demo.cfg" || fail "the refusals changed the session"

# A header one word away from a statement is proposed, never taken.
printf 'Nr;Jeg føler mig tryg, når jeg går gennem Hedemarken om natten;trust\r\n1;1;2\r\n' \
	>"$tmp/near.csv"
"$B2C" import-responses "$tmp/s.cfg" -n -p "År 2" "$tmp/near.csv" >"$tmp/out" 2>"$tmp/err" ||
	fail "near: $(cat "$tmp/err")"
grep -q 'ignored column 2: Jeg føler mig tryg, når jeg går gennem H… (nearly the wording of "safety-evening"' "$tmp/err" ||
	fail "near match not proposed: $(cat "$tmp/err")"
grep -q -- '-> Tryghed' "$tmp/out" && fail "near match taken"

[ "$status" -eq 0 ] && rm -rf "$tmp"
exit $status
