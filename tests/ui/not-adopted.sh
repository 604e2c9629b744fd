#!/bin/sh
# An indicator measured without being adopted in Del 2 (the fixture's
# "Unge i virksomhedspraktik", count 3 against a target of 4): its
# measurement record says it is not adopted under the indicator choice,
# and the progress screen shows it after the adopted ones, marked, in the
# overview and as a chart of its own; so does the whole-session page.
# "Natteravne", neither adopted nor measured, stays out of sight.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup not-adopted
cp "$top_srcdir/tests/data/not-adopted.cfg" na.cfg
mark="not adopted by both parties"
{
	echo "resize 80 24"
	i=0
	# A small partnership that worked in the full Del 2: its concrete
	# proposal comes first.
	while [ $i -lt 19 ]; do echo "key PgDn"; i=$((i + 1)); done
	echo "dump-screen na-records"
	echo "key Down"
	echo "key Enter"
	echo "dump-screen na-measurement"
	echo "key Esc"
	echo "key PgDn"
	echo "dump-screen na-progress"
	i=0
	while [ $i -lt 40 ]; do echo "key Down"; i=$((i + 1)); done
	echo "dump-screen na-progress-charts"
	echo "key F4"
	echo "key End"
	echo "dump-screen na-whole-end"
	echo "key F10"
} > na.keys
ui_run na.keys -r na.cfg || { echo "FAIL: exit $?"; UI_FAILED=1; }
for s in measurement progress progress-charts; do
	ui_expect "na-$s"
done
ui_grep na-records "Unge i virksomhedspraktik ($mark) · Year 1"
ui_grep na-measurement "< Unge i virksomhedspraktik ($mark) >"
ui_grep na-measurement "No: not ticked in Del 2 (Site-specific indicators)"
# The overview: adopted Tryghed above, the mark under the count's row.
ui_grep na-progress "Unge i virksomhed"
ui_grep na-progress "                       $mark"
awk '/Tryghed/ { t = NR } /Unge i virksomhed/ { u = NR }
    END { exit !(t && u && t < u) }' na-progress ||
	{ echo "FAIL: Tryghed is not above Unge i virksomhedspraktik"; UI_FAILED=1; }
ui_grep na-progress-charts "Unge i virksomhedspraktik ($mark)"
ui_grep na-whole-end "Unge i virksomhedspraktik ($mark)"
for f in na-records na-progress na-progress-charts na-whole-end; do
	ui_nogrep "$f" "Natteravne"
done
ui_done
