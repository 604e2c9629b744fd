#!/bin/sh
# F2 while the field being edited holds what cannot be taken (a word in a
# number field): everything else is saved, and the message says so and
# names the field's problem, instead of "Saved." over it.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup save-field

cat > field.keys <<'KEYS'
type Sommerfest på Ørnevej
key PgDn
key PgDn
key PgDn
key Enter
key Right
key Tab
type abc
key F2
dump-screen field-f2
key Backspace 3
type 12
key F2
dump-screen field-fixed
key F10
KEYS
ui_run field.keys new.cfg || { echo "FAIL: exit $?"; UI_FAILED=1; }
ui_grep field-f2 "\"abc\" is not a number; write it as, e.g., 2500 or 2.5. Everything else is"
ui_nogrep field-f2 " Saved."
ui_grep field-fixed " Saved."
ui_grep new.cfg 'title = "Sommerfest på Ørnevej";'
ui_grep new.cfg 'amount = 12.0;'
ui_done
