#!/bin/sh
# Every column of a table can be seen and filled at the smallest
# terminal (60x18) and at 80x24: the Blank column of a measurement's
# answers (the widest table, eight columns with long Danish headers)
# and the roles of an årshjul row, typed in, saved and read back from
# the file.
. "$top_srcdir/tests/ui/lib.sh"
[ -n "${B2C_LOCALEDIR:-}" ] || { echo "FAIL: B2C_LOCALEDIR not set: run through make check"; exit 99; }
ui_setup columns

for size in "80 24" "60 18"; do
	tag=$(echo "$size" | tr ' ' x)
	blank=${size% *}	# a count for each size: 80 and 60
	cp "$B2C_DATADIR/demo.cfg" "$tag.cfg"
	cat > "$tag.keys" <<KEYS
resize $size
key F3
key End
key Up 3
key Enter
key Enter
key Tab 10
key Backspace
type $blank
dump-screen $tag-blank
key Tab
key Esc
key F3
key Home
key Down 17
key Enter
key Tab 4
key End
type  ($tag)
dump-screen $tag-role
key Tab
key F2
key F10
KEYS
	ui_run_da "$tag.keys" "$tag.cfg" ||
	    { echo "FAIL: $tag exit $?"; UI_FAILED=1; continue; }
	# The headers: Blank and Roller are there, nothing hidden.
	ui_grep "$tag-blank" "Blank"
	ui_grep "$tag-role" "Roller"
	ui_grep "$tag-role" "$tag)"
	# The file: the first tally of the first measurement has the
	# blank count typed, the first activity the roles typed.
	awk '/^ *blank = / { print; exit }' "$tag.cfg" > "$tag-saved"
	grep '^      role = ' "$tag.cfg" | head -n 1 >> "$tag-saved"
	printf '%s\n' "              blank = $blank;" \
	    "      role = \"Bo-Vest indkalder; Nortec holder mødet i kantinen. ($tag)\";" \
	    > "$tag-saved.expected"
	if ! diff -u "$tag-saved.expected" "$tag-saved"; then
		echo "FAIL: $tag: the saved file differs"
		UI_FAILED=1
	fi
done
ui_done
