#!/bin/sh
# A long årshjul (300 rows): the table lays out cells only near the
# window, yet a user sees and edits it as any table. Down to the last
# row, an edit with Danish and wide characters, Tab from the last slot
# on to the table of where each activity stands and Shift-Tab back, a row deleted and one
# added at the end, a resize to 60x18 (every column still shown) while a
# cell is being edited, and the saved file. Then a list of 300 meeting
# dates and a record list of 300 meetings, laid out the same way.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup longtable

# The demo session with 300 numbered activities in its årshjul, 300
# meeting dates and 300 meetings.
awk -v n=300 '
function date(i) {
	return sprintf("%04d-%02d-%02d", 2026 + int((i - 1) / 336),
	    int((i - 1) % 336 / 28) + 1, (i - 1) % 28 + 1)
}
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
/^  meeting_dates = / {
	printf "  meeting_dates = [ "
	for (i = 1; i <= n; i++)
		printf "%s\"%s\"", (i > 1 ? ", " : ""), date(i)
	print " ];"
	next
}
/^  meetings = \(/ {
	printf "  meetings = ( "
	for (i = 1; i <= n; i++)
		printf "%s{\n      date = \"%s\";\n" \
		    "      experience = \"Møde %d\";\n    }",
		    (i > 1 ? ", " : ""), date(i), i
	print " );"
	skip = 1
	next
}
skip && /^    } \);/ { skip = 0; next }
skip { next }
{ print }' "$B2C_DATADIR/demo.cfg" > long.cfg || exit 99
[ "$(grep -c '^      title = "Aktivitet [0-9]*";' long.cfg)" = 300 ] ||
    exit 99
"$B2C" check long.cfg > /dev/null || exit 99
cp long.cfg tall.cfg
cp long.cfg ends.cfg

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
key F3
key Home
key Down 18
key Enter
key Down 299
dump-screen list-end
key Tab 2
dump-screen list-wrap
key S-Tab
key Up
key F6
key y
dump-screen list-deleted
key F3
key End
key Up 5
key Enter
key Down 250
key Enter
dump-screen meeting-open
key Esc
dump-screen meeting-back
key Up 250
key S-Tab
dump-screen meeting-wrap
key F2
key F10
KEYS
ui_run long.keys long.cfg || { echo "FAIL: exit $?"; exit 1; }
ui_expect long-top
ui_expect long-end
ui_grep long-end-cursor "21 4"
ui_expect long-edit
ui_grep long-edit-cursor "21 46"
ui_expect long-wrap
ui_grep long-wrap-cursor "21 25"
ui_grep long-add "▸   [+] Add a row (Enter)"
ui_grep long-add "    <December>   ·················  Aktivitet æø…  <Both>"
ui_grep long-ask "Delete line 299? (y/n)"
ui_grep long-deleted "▸   <December>   ·················  Aktivitet æø…  <Both>"
ui_nogrep long-deleted "Aktivitet 299"
ui_expect long-narrow
# The row edited, with its activity whole on the line under the table.
ui_grep long-narrow-cursor "13 39"
ui_expect long-middle

# A terminal made much shorter keeps the focus on its row, which the
# smaller window around the old scroll position no longer reaches.
cat > tall.keys <<'KEYS'
resize 80 70
key F3
key Home
key Down 17
key Enter
key Down 250
resize 80 18
dump-screen tall-short
key Down
dump-screen tall-down
key F10
KEYS
ui_run tall.keys tall.cfg || { echo "FAIL: tall exit $?"; UI_FAILED=1; }
ui_grep tall-short "▸   <November>   ·················  Aktivitet 251  <Both>"
ui_grep tall-down "▸   <December>   ·················  Aktivitet 252  <Both>"

# Outside a text field End and Home go to the step's last and first
# field: over 300 meetings at once, as in the step map.
cat > ends.keys <<'KEYS'
key F3
key End
key Up 5
key Enter
key End
dump-screen ends-end
key Home
dump-screen ends-home
key F10
KEYS
ui_run ends.keys ends.cfg || { echo "FAIL: ends exit $?"; UI_FAILED=1; }
ui_grep ends-end "▸   [+] Add (Enter)"
ui_grep ends-end "    300. 20 November 2026"
ui_grep ends-home "▸   1. 1 January 2026"

# A long list and a long record list the same way.
ui_grep list-end "▸  300 2026-11-20"
ui_grep list-wrap "▸  1.  2026-01-01"
ui_grep list-deleted "▸  299 2026-11-19"
ui_nogrep list-deleted "2026-11-20"
ui_grep meeting-open "Evaluation meetings › 251"
ui_grep meeting-open "│Møde 251"
ui_grep meeting-back "▸   251. 27 September 2026"
ui_grep meeting-wrap "▸   [+] Add (Enter)"
grep '^  meeting_dates = ' long.cfg | grep -o '"[0-9-]*"' | tr -d '"' |
    sed -n '$=;$p' > long-dates
printf '%s\n' 299 2026-11-19 > long-dates.expected
if ! diff -u long-dates.expected long-dates; then
	echo "FAIL: the saved meeting dates differ"
	UI_FAILED=1
fi

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
