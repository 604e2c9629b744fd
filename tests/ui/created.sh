#!/bin/sh
# A new session keeps the time it was first saved as "created", also when
# that first save ran in the background (on leaving a step) and a later
# save (F2) comes seconds after it.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup created

created() {
	sed -n 's/^created = "\(.*\)";$/\1/p' new.cfg
}
ui_live_start new.cfg
ui_live "type Sommerfest på Ørnevej" "key PgDn"
ui_sync first
first=$(created)
[ -n "$first" ] || { echo "FAIL: the save on leaving the step wrote no created"; UI_FAILED=1; }
# Timestamps have whole seconds: the next save is in a later one.
sleep 1.2
# Back on the step, the focus is on its first empty field, the area;
# Shift-Tab goes back to the title.
ui_live "key PgUp" "key S-Tab" "type !" "save"
ui_sync second
ui_live quit
ui_live_end || { echo "FAIL: exit $?"; UI_FAILED=1; }
ui_grep new.cfg 'title = "Sommerfest på Ørnevej!";'
[ "$(created)" = "$first" ] ||
    { echo "FAIL: created changed from $first to $(created)"; UI_FAILED=1; }
ui_done
