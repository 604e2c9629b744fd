#!/bin/sh
# The progress screen lays out the indicator charts only down to a little
# below the window and the rest as it scrolls; at 60x18 the demo's charts
# are longer than that, so scrolling through them must show exactly the
# screens of a layout of everything at once (the expected files).
. "$top_srcdir/tests/ui/lib.sh"
ui_setup progress
cp "$B2C_DATADIR/demo.cfg" demo.cfg
{
	echo "resize 60 18"
	i=0
	while [ $i -lt 24 ]; do echo "key PgDn"; i=$((i + 1)); done
	echo "dump-screen progress-top"
	i=0
	while [ $i -lt 30 ]; do echo "key Down"; i=$((i + 1)); done
	echo "dump-screen progress-mid"
	i=0
	while [ $i -lt 200 ]; do echo "key Down"; i=$((i + 1)); done
	echo "dump-screen progress-end"
	echo "key F10"
} > progress.keys
ui_run progress.keys -r demo.cfg || { echo "FAIL: exit $?"; UI_FAILED=1; }
ui_expect progress-top
ui_expect progress-mid
ui_expect progress-end
ui_done
