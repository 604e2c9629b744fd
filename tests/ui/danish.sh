#!/bin/sh
# Danish screens show dates and numbers the Danish way (15. november
# 2025, 20-06-2026 in a narrow column, 15-11-2025 while typing, 2,5),
# while the saved file keeps ISO dates and dot decimals.
. "$top_srcdir/tests/ui/lib.sh"
[ -n "${B2C_LOCALEDIR:-}" ] || { echo "FAIL: B2C_LOCALEDIR not set: run through make check"; exit 99; }
ui_setup danish
cp "$B2C_DATADIR/demo.cfg" da.cfg
cat > da.keys <<'KEYS'
key F3
key Home
key Down 18
key Enter
dump-screen da-meeting-dates
key Down
dump-screen da-meeting-date-edit
key F3
key Home
key Down 17
key Enter
dump-screen da-wheel
key F3
key Home
key Down 3
key Enter
key Tab
key Backspace 2
type 2,5
key Tab
dump-screen da-number
key S-Tab
dump-screen da-number-edit
key Tab
key F2
key F3
key End
key Up 5
key Enter
dump-screen da-meetings
key PgDn
dump-screen da-indicators
key F3
key End
key Up 3
key Enter
dump-screen da-measurements
key Enter
dump-screen da-record
key Tab 2
dump-screen da-date-edit
key Tab
dump-screen da-date-left
key S-Tab
key Backspace 10
type 1.4.2026
key Tab
dump-screen da-date-typed
dump-session da-session
key Esc
key F9
dump-screen da-import
key Esc
key F10
key y
KEYS
ui_run_da da.keys da.cfg || { echo "FAIL: exit $?"; exit 1; }
ui_grep da-meeting-dates "2.  26. maj 2026"
ui_grep da-meeting-dates "4.  24. november 2026"
ui_grep da-meeting-date-edit "2.  26-05-2026"
# One date style: the long form, in the årshjul as everywhere.
ui_grep da-wheel "<juni>         20. juni 2026       Sommerfest"
ui_grep da-number "<Arbejdstimer>  2,5     timer/md"
ui_grep da-number-edit "<Arbejdstimer>  2,5     timer/md"
ui_grep da-meetings "1. 24. februar 2026 · "
ui_grep da-indicators "1. Tilhørsforhold · min. 85 % · udsagn: 1"
ui_grep da-measurements "1. Tilhørsforhold · Baseline · 15. november 2025"
ui_grep da-measurements "2. Tilhørsforhold · År 1 · 14. november 2026"
ui_grep da-record "    15. november 2025"
ui_grep da-date-edit "▸   15-11-2025"
# Leaving a date as it was shown changes nothing.
ui_grep da-date-left "    15. november 2025"
ui_grep da-date-left " gemt"
ui_grep da-date-typed "    1. april 2026"
ui_grep da-import "Periode      År 2"
# Files keep ISO dates and dot decimals.
ui_grep da-session 'date = "2026-04-01";'
ui_grep da-session 'amount = 2.5;'
ui_grep da-session 'meeting_dates = [ "2026-02-24", "2026-05-26", "2026-08-25", "2026-11-24" ];'
ui_grep da.cfg 'date = "2026-04-01";'
ui_grep da.cfg 'amount = 2.5;'
ui_nogrep da.cfg '2,5'
ui_done
