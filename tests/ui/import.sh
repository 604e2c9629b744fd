#!/bin/sh
# Survey responses imported on the measurement step (F9 / Ctrl-R) change
# the session exactly as "b2c import-responses" changes a copy; a bad
# file shows its FILE:ROW:COLUMN message and changes nothing; Esc
# cancels; a path may start with "~/".
. "$top_srcdir/tests/ui/lib.sh"
ui_setup import
RESP="$top_srcdir/tests/data/responses"
cp "$RESP/demo-year2.csv" "$RESP/bad-cell.csv" .
printf 'stolt;trust\n1;\033[31mr\303\270d\n' > escape.csv
for f in tui add replace; do cp "$B2C_DATADIR/demo.cfg" "$f.cfg"; done

cat > import.keys <<'KEYS'
key F3
key End
key Up 3
key Enter
dump-screen imp-step
dump-session imp-before
key C-r
dump-screen imp-cancel-dialog
type nothing.csv
key Esc
dump-screen imp-cancelled
dump-session imp-after-cancel
key F9
dump-screen imp-dialog
type bad-
resize 60 18
dump-screen imp-dialog-small
resize 30 10
type cell
resize 80 24
dump-screen imp-dialog-back
type .csv
key Enter
dump-screen imp-bad
key Esc
dump-session imp-after-bad
key F9
dump-screen imp-kept
key Backspace 12
type escape.csv
key Enter
dump-screen imp-escape
key Esc
dump-session imp-after-escape
key F9
key Backspace 10
type demo-year2.csv
key Tab 2
type 15 March 2027
key Enter
dump-screen imp-added
key Esc
dump-screen imp-list
key C-r
type ~/demo-year2.csv
key Tab
key Backspace 6
type   ÅR  1 
key Tab 5
key Space
dump-screen imp-replace-dialog
key Enter
dump-screen imp-replaced
key Esc
dump-session imp-final
key F9
key F1
dump-screen imp-help
key Esc
key F10
key y
KEYS
# "~/" is the home directory, as at a shell prompt.
HOME=$UI_DIR
export HOME
ui_run import.keys tui.cfg || { echo "FAIL: exit $?"; exit 1; }

ui_grep imp-step "F9 or Ctrl-R imports survey responses from a CSV file."
ui_grep imp-step "F9/^R Import"
ui_grep imp-cancel-dialog "Import survey responses from a CSV file"
# The next year after the demo's year 1, in the interface's language.
ui_grep imp-dialog "Period       Year 2"
ui_grep imp-dialog "Enter Import  F5 Preview  Esc Cancel"
# The statements a column may be mapped to.
ui_grep imp-dialog "Statements: belonging-proud, trust-meeting-place, cocreation-heard, safety-…"
# The periods on offer: the demo's, and the years after them.
ui_grep imp-dialog "Periods: Baseline, Year 1, Year 2, Year 3, or a name of your own"
# A resize keeps the dialog and what was typed; too small shows the notice.
ui_grep imp-dialog-small "  Survey file  bad-"
ui_grep imp-dialog-back "  Survey file  bad-cell"
ui_grep imp-cancelled "Nothing was imported."
ui_grep imp-bad "Nothing was imported:"
ui_grep imp-bad 'bad-cell.csv:5:2: "6" is not an answer'
# After a refusal the dialog opens again with what was typed.
ui_grep imp-kept "  Survey file  bad-cell.csv"
ui_grep imp-kept "  Period       Year 2"
ui_grep imp-added '5 respondents imported into "Year 2" (17 answers, 2 "Ved'
ui_grep imp-added "Tilhørsforhold: 2 2 0 0 1, Ved ikke 0, blank 0, n=5 (column 2)"
ui_grep imp-added "Read as UTF-8, comma-separated; the period is new."
ui_grep imp-added "1: Respondent"
ui_grep imp-list "Tilhørsforhold · Year 2"
ui_grep imp-replace-dialog "( ) add  (•) replace the period's  ( ) add a file again"
# "  ÅR  1 " typed in the dialog is the demo's year 1 (stored "År 1").
ui_grep imp-replaced '5 respondents imported into "Year 1"'
ui_grep imp-replaced "Tilhørsforhold: 5"
# F1 in the dialog: the survey files read.
ui_grep imp-help "Survey files b2c reads"
ui_grep imp-help "Excel \"CSV (semikolonsepareret)\" (Windows-1252)"
# Control characters from the file are shown, never sent to the terminal.
ui_grep imp-escape 'escape.csv:2:2: "^[[31mrød" is not an answer'
for f in imp-after-cancel imp-after-bad imp-after-escape; do
	cmp -s imp-before "$f" || { echo "FAIL: $f changed the session"; UI_FAILED=1; }
done

# The same imports from the command line, on copies.
"$B2C" import-responses --period "År 2" --date 2027-03-15 add.cfg \
    demo-year2.csv >/dev/null 2>&1 || { echo "FAIL: cli add"; UI_FAILED=1; }
cp add.cfg replace.cfg
"$B2C" import-responses --period "År 1" --replace replace.cfg \
    demo-year2.csv >/dev/null 2>&1 || { echo "FAIL: cli replace"; UI_FAILED=1; }
strip() { grep -v -e '^modified = ' -e '^saved_by = ' "$1"; }
strip replace.cfg > cli.txt
strip imp-final > tui.txt
if ! diff -u cli.txt tui.txt; then
	echo "FAIL: the wizard's import differs from import-responses"
	UI_FAILED=1
fi
# Autosave or quit saved the import through the store.
strip tui.cfg > saved.txt
cmp -s saved.txt cli.txt || { echo "FAIL: the saved file lacks the import"; UI_FAILED=1; }
ui_grep tui.cfg 'date = "2027-03-15";'
ui_done
