#!/bin/sh
# A resize storm: 200 random sizes between 20x10 and 200x60 while typing
# into every kind of field; nothing crashes and every character arrives.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup storm
awk 'BEGIN {
	srand(42)
	print "key PgDn"; print "key PgDn"
	for (i = 0; i < 200; i++) {
		printf "resize %d %d\n", 20 + int(rand() * 181), 10 + int(rand() * 51)
		printf "type %c\n", 97 + i % 26
		if (i % 50 == 49) print "key Tab"
	}
	print "resize 80 24"
	print "dump-screen storm-end"
	print "key F10"; print "key y"
}' > storm.keys
ui_run storm.keys storm.cfg || { echo "FAIL: exit $?"; exit 1; }
awk 'BEGIN { for (f = 0; f < 4; f++) { s = ""
	for (i = f * 50; i < f * 50 + 50; i++) s = s sprintf("%c", 97 + i % 26)
	print s } }' > typed
for field in challenges initiatives indicator_promotion proposed_indicators; do
	IFS= read -r text || break
	ui_grep storm.cfg "$field = \"$text\";"
done < typed
ui_grep storm-end "Own priorities"
ui_done
