#!/bin/sh
# More indicators than three windows hold: the progress screen lays out
# the overview's rows, and then each chart's periods, only down to a
# little below the window and the rest as it scrolls. Scrolling through
# must show exactly the screens of a layout of everything at once (the
# expected files).
. "$top_srcdir/tests/ui/lib.sh"
ui_setup progress-long
cp "$top_srcdir/tests/ui/data/many-indicators.cfg" many.cfg
downs() { i=0; while [ $i -lt "$1" ]; do echo "key Down"; i=$((i + 1)); done; }
{
	echo "resize 64 18"
	i=0
	while [ $i -lt 24 ]; do echo "key PgDn"; i=$((i + 1)); done
	echo "dump-screen long-progress-top"
	downs 40; echo "dump-screen long-progress-overview"
	downs 50; echo "dump-screen long-progress-scale"
	downs 30; echo "dump-screen long-progress-counts"
	downs 40; echo "dump-screen long-progress-charts"
	downs 25; echo "resize 90 24"; echo "dump-screen long-progress-resized"
	echo "key F10"
} > long.keys
ui_run long.keys -r many.cfg || { echo "FAIL: exit $?"; UI_FAILED=1; }
for s in top overview scale counts charts resized; do
	ui_expect "long-progress-$s"
done
ui_done
