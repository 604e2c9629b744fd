#!/bin/sh
# A long årshjul (300 rows): the table lays out cells only near the
# window, yet a user sees and edits it as any table. Down to the last
# row, an edit with Danish and wide characters, Tab from the last slot
# round to the first cell and Shift-Tab back, a row deleted and one
# added at the end, a resize that drops a column while a cell is being
# edited, and the saved file.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup longtable

# The demo session with its årshjul replaced by 300 numbered activities.
awk -v n=300 '
/^  wheel = \(/ {
	printf "  wheel = ( "
	for (i = 1; i <= n; i++)
		printf "%s{\n      month = %d;\n      date = \"\";\n" \
		    "      title = \"Aktivitet %d\";\n" \
		    "      responsible = \"both\";\n" \
		    "      role = \"Rolle %d\";\n    }", (i > 1 ? ", " : ""),
		    (i - 1) % 12 + 1, i, i
	print " );"
	skip = 1
	next
}
skip && /^    } \);/ { skip = 0; next }
skip { next }
{ print }' "$B2C_DATADIR/demo.cfg" > long.cfg || exit 99
[ "$(grep -c '^      title = "Aktivitet [0-9]*";' long.cfg)" = 300 ] ||
    exit 99

cat > long.keys <<'KEYS'
key F3
key Home
key Down 17
key Enter
dump-screen long-top
key Down 299
dump-screen long-end
dump-cursor long-end-cursor
key Tab 2
key Backspace 3
type æøå 日本
dump-screen long-edit
dump-cursor long-edit-cursor
key Tab 3
key Tab
dump-screen long-wrap
dump-cursor long-wrap-cursor
key S-Tab
dump-screen long-add
key Up 2
key F6
dump-screen long-ask
key y
dump-screen long-deleted
key F5
key Tab 2
type Ny række
resize 60 18
dump-screen long-narrow
dump-cursor long-narrow-cursor
type !
resize 80 24
key Up 150
dump-screen long-middle
key F2
key F10
KEYS
ui_run long.keys long.cfg || { echo "FAIL: exit $?"; exit 1; }
ui_expect long-top
ui_expect long-end
ui_grep long-end-cursor "21 4"
ui_expect long-edit
ui_grep long-edit-cursor "21 37"
ui_expect long-wrap
ui_grep long-wrap-cursor "4 4"
ui_grep long-add "▸   [+] Add a row (Enter)"
ui_grep long-add "    <December>  ·········· Aktivitet æø… <Both>"
ui_grep long-ask "Delete line 299? (y/n)"
ui_grep long-deleted "▸   <December>  ·········· Aktivitet æø… <Both>"
ui_nogrep long-deleted "Aktivitet 299"
ui_expect long-narrow
ui_grep long-narrow-cursor "15 35"
ui_expect long-middle

# The file on disk: row 299 gone, row 300 edited, the new row last.
awk -F'"' '/^  wheel = \(/ { in_wheel = 1 }
in_wheel && /^      title = / { t[++n] = $2 }
in_wheel && /^    } \);/ { in_wheel = 0 }
END { print n; for (i = n - 2; i <= n; i++) print t[i] }' long.cfg \
    > long-titles
printf '%s\n' 300 "Aktivitet 298" "Aktivitet æøå 日本" "Ny række!" \
    > long-titles.expected
if ! diff -u long-titles.expected long-titles; then
	echo "FAIL: the saved årshjul differs"
	UI_FAILED=1
fi
ui_done
