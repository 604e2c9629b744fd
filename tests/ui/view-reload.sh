#!/bin/sh
# A read-only viewer follows the person editing: Ctrl-L reads the file
# again when it was saved meanwhile, and says so; the viewer still writes
# nothing.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup view-reload
cp "$B2C_DATADIR/demo.cfg" d.cfg

ui_live_start view d.cfg
ui_sync before
# Someone else saves a new title (as b2c would: a new file in place).
sed 's/^title = ".*";$/title = "Ny titel fra en anden";/' d.cfg > d.new
mv d.new d.cfg
cp d.cfg d.saved
ui_live "key C-l"
ui_sync after
ui_live "key C-l"
ui_sync again
ui_live quit
ui_live_end || { echo "FAIL: exit $?"; UI_FAILED=1; }
ui_grep before "Partnerskab mellem Bo-Vest og Nortec"
ui_grep after "Ny titel fra en anden"
ui_grep after "Read again: the session was saved meanwhile."
# Nothing changed since: no second reading, no message.
ui_nogrep again "Read again"
cmp -s d.cfg d.saved || { echo "FAIL: the viewer wrote the file"; UI_FAILED=1; }
ui_done
