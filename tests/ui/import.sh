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
type escape.csv
key Enter
dump-screen imp-escape
key Esc
dump-session imp-after-escape
key F9
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
key Backspace
type 1
key Tab 2
key Space
dump-screen imp-replace-dialog
key Enter
dump-screen imp-replaced
key Esc
dump-session imp-final
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
# The next year after the demo's "År 1", labelled like the demo's periods.
ui_grep imp-dialog "Period       År 2"
ui_grep imp-dialog "Enter Import  Esc Cancel"
# A resize keeps the dialog and what was typed; too small shows the notice.
ui_grep imp-dialog-small "  CSV file     bad-"
ui_grep imp-dialog-back "  CSV file     bad-cell"
ui_grep imp-cancelled "Nothing was imported."
ui_grep imp-bad "Nothing was imported:"
ui_grep imp-bad 'bad-cell.csv:5:2: "6" is not an answer'
ui_grep imp-added '5 respondents imported into "År 2" (17 answers, 2 "Ved'
ui_grep imp-added "Tilhørsforhold: 5"
ui_grep imp-added "1: Respondent"
ui_grep imp-list "Tilhørsforhold · År 2"
ui_grep imp-replace-dialog "( ) add to the period  (•) replace the period's answers"
ui_grep imp-replaced '5 respondents imported into "År 1"'
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
