#!/bin/sh
# In the Danish wizard "3.000" typed into a resource amount is three
# thousand (saved as 3000, not 3), "3,000" is refused as ambiguous and
# changes nothing, and a date typed the way the wizard shows it
# ("1. marts 2027") is saved as the ISO date.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup danish-input
cp "$B2C_DATADIR/demo.cfg" da.cfg
cat > da.keys <<'KEYS'
key F3
key Home
key Down 3
key Enter
key Tab
key Backspace 10
type 3,000
key Tab
dump-screen dn-ambiguous
key Backspace 10
type 3.000
key Tab
dump-screen dn-amount
key F2
key F3
key End
key Up 3
key Enter
key Enter
key Tab 2
key Backspace 10
type 1. marts 2027
key Tab
dump-screen dn-date
key F2
dump-session dn-session
key Esc
key F10
key y
KEYS
ui_run_da da.keys da.cfg || { echo "FAIL: exit $?"; exit 1; }
ui_grep dn-ambiguous '"3,000"'
ui_grep dn-amount "<Arbejdstimer>  3000"
ui_grep dn-date "1. marts 2027"
ui_nogrep dn-date "marts 2027\""
ui_grep dn-session 'amount = 3000'
ui_grep da.cfg 'amount = 3000'
ui_grep da.cfg 'date = "2027-03-01";'
ui_nogrep da.cfg 'amount = 3.0;'
ui_done
