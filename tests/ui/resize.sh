#!/bin/sh
# Resizes (bigger, smaller, below the minimum and back) keep every answer;
# what is typed while the terminal is too small still arrives.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup resize
ui_run "$top_srcdir/tests/ui/resize.keys" resize.cfg || { echo "FAIL: exit $?"; exit 1; }
for s in 60x18 60x18-cursor small 100x30 area-60x18 back; do
	ui_expect "resize-$s"
done
ui_grep resize.cfg 'title = "Hedemarken æøå é 漢 og en meget lang titel der ikke kan være på én linje i et smalt vindue unseen";'
ui_grep resize.cfg 'challenges = "Første linje\nanden linje med 漢";'
ui_done
