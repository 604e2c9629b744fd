#!/bin/sh
# A part's review lists every step still empty, also one that asks for
# nothing required ("Other resources"), so the lines add up to the count
# of steps not done; Enter on such a line goes to that step.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup review-empty

cat > empty.keys <<'KEYS'
type X
key F3
key End
key Up 6
key Enter
dump-screen review2
key End
key Enter
dump-screen jumped
key F10
key n
KEYS
ui_run empty.keys new.cfg || { echo "FAIL: exit $?"; UI_FAILED=1; }
ui_grep review2 "0 of 8 steps done."
ui_grep review2 "[ ] Other resources: nothing filled in yet"
ui_grep review2 "[ ] Site-specific indicators: nothing filled in yet"
ui_grep jumped " Part 2 · Other resources"
ui_done
