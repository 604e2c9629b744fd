#!/bin/sh
# The import dialog in a real terminal at 80x24, with a SurveyXact data
# set (variables q1..q4, code 6 for "Ved ikke"): without a mapping the
# import is refused with the headers read and the statements expected;
# F9 opens the dialog again as it was; the codes and the mapping typed,
# F5 previews the tallies expected.txt counted (nothing written), and
# Enter imports them. The saved session holds exactly those tallies.
# Skipped (77) without tmux.
. "$top_srcdir/tests/reliability/tmux-lib.sh"
D="$B2C_TEST_TMP/ui-tmux-import"
rm -rf "$D"
mkdir -p "$D"
f="$D/demo.cfg"
cp "$B2C_DATADIR/demo.cfg" "$f"
data="$top_srcdir/tests/data/responses/exports"
cp "$data/surveyxact.csv" "$D/sx.csv"

# "Name: s0 s1 s2 s3 s4, Ved ikke dk, blank b, n=N (column C)", as the
# preview shows a statement, from expected.txt.
line_for() {
	awk -v id="$1" -v name="$2" -v col="$3" '
		$1 == "surveyxact.csv" && $2 == id {
			n = $3 + $4 + $5 + $6 + $7
			printf "%s: %d %d %d %d %d, Ved ikke %d, blank %d, n=%d (column %d)\n",
			    name, $3, $4, $5, $6, $7, $8, $9, n, col }' "$data/expected.txt"
}

tm_start imp 80 24 "$f"
tm_wait imp "Session title" || exit 1
tm send-keys -t rel:imp F3
tm send-keys -t rel:imp End
tm send-keys -t rel:imp Up Up Up
tm send-keys -t rel:imp Enter
tm_wait imp "F9/^R Import" || tm_fail "not on the measurement step"
tm send-keys -t rel:imp F9
tm_wait imp "Import survey responses" || tm_fail "no dialog"
tm send-keys -t rel:imp -l "$D/sx.csv"
tm send-keys -t rel:imp Enter
tm_wait imp "no column names a statement or indicator of this session" ||
	tm_fail "not refused: $(tm_screen imp)"
tm_wait imp "3: q1" || tm_fail "headers read not shown"
tm_wait imp "Statements expected (id: wording):" || tm_fail "statements not shown"
tm send-keys -t rel:imp Escape
tm send-keys -t rel:imp F9
# The field shows the end of a path longer than itself (build paths can
# be long), so only the field's label and the path's end are certain.
_i=0
until tm_screen imp | grep -q 'Survey file .*/sx\.csv *$'; do
	_i=$((_i + 1))
	[ "$_i" -lt 400 ] || {
		tm_fail "the file was not kept: $(tm_screen imp)"
		break
	}
	sleep 0.05
done
tm send-keys -t rel:imp Tab Tab Tab
tm send-keys -t rel:imp -l "6=Ved ikke"
tm send-keys -t rel:imp Tab
tm send-keys -t rel:imp -l "q1=belonging-proud; q2=Tillid; q3=cocreation-heard; q4=Tryghed"
tm_wait imp "Codes 6=Ved ikke" || tm_fail "codes not typed"
tm send-keys -t rel:imp F5
tm_wait imp "70 respondents would be imported into \"Year 2\"" ||
	tm_fail "no preview: $(tm_screen imp)"
for spec in "belonging-proud Tilhørsforhold 3" "trust-meeting-place Tillid 4" \
    "cocreation-heard Medskabende 5" "safety-evening Tryghed 6"; do
	# shellcheck disable=SC2086
	want=$(line_for $spec)
	tm_wait imp "$want" || tm_fail "preview lacks: $want"
done
tm_wait imp "Nothing was written." || tm_fail "the preview does not say so"
cmp -s "$f" "$B2C_DATADIR/demo.cfg" || tm_fail "the preview changed the file"
tm send-keys -t rel:imp Escape
tm send-keys -t rel:imp F9
tm_wait imp "Columns q1=belonging-proud" || tm_fail "the mapping was not kept"
tm send-keys -t rel:imp Enter
tm_wait imp "70 respondents imported into \"Year 2\"" ||
	tm_fail "not imported: $(tm_screen imp)"
tm_wait imp "Read as UTF-8, semicolon-separated; the period is new." ||
	tm_fail "encoding or period not named"
tm send-keys -t rel:imp Escape
# (Esc and a key in one read are Alt and that key, as in every terminal
# program: wait until the Esc has taken effect, as a person sees it)
tm_wait imp "F9/^R Import" ||
	tm_fail "Esc did not leave the report of the import"
tm send-keys -t rel:imp C-s
tm_wait imp "Saved." || tm_fail "not saved"
tm send-keys -t rel:imp C-x
tm_restored imp
[ "$(tm_exit imp)" = 0 ] || tm_fail "exit status $(tm_exit imp)"

# The mapping typed is kept for next year's file.
file_has "$f" 'columns = [ "q1=belonging-proud", "q2=trust-meeting-place", "q3=cocreation-heard", "q4=safety-evening" ];'
file_has "$f" 'codes = [ "6=Ved ikke" ];'

# The saved tallies of "year 2", against expected.txt.
awk '/^ *period = / { inp = ($0 ~ /"year 2"/) }
	inp && /statement = / { split($0, a, "\""); st = a[2]; n = 0 }
	inp && /(strongly_agree|agree|neutral|disagree|strongly_disagree|dont_know|blank) = / {
		v = $3; sub(";", "", v); line = line " " v
		if (++n == 7) { print st line; line = "" } }' "$f" | sort >"$D/got"
awk '$1 == "surveyxact.csv" && $2 != "respondents" { $1 = ""; sub(/^ /, ""); print }' \
	"$data/expected.txt" | sort >"$D/want"
diff -u "$D/want" "$D/got" || tm_fail "the saved tallies differ"
exit "$TM_FAILED"
