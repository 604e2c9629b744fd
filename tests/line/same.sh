#!/bin/sh
# One guide, two front ends: the line mode and the wizard ask the same
# questions in the same order. Both walk every step of the demo session
# (a large partnership: both parties' Del 1) and of a new one (a small
# partnership), in English and in Danish; the step titles must be the
# same list, and each step's questions, as the line mode asks them, must
# stand in the same order on the wizard's screen of that step.
. "$top_srcdir/tests/line/lib.sh"
line_setup same

# same_compare NAME LANG FILE: walks both front ends over a copy of FILE.
same_compare() {
	_name=$1 _lang=$2
	cp "$3" "$_name-line.cfg"
	cp "$3" "$_name-wiz.cfg"
	# The line mode, keeping everything (Enter to every question).
	yes '' | head -n 2000 | line_run "$_lang" "$_name-line.cfg" \
	    > "$_name-line.txt" 2>&1
	# The step headings, and the questions numbered under each.
	awk '/ · [0-9]+\/[0-9]+$/ { step++; print "STEP " $0; next }
	    /^\[[0-9]+\/[0-9]+\] / { sub(/^\[[0-9]+\/[0-9]+\] /, ""); print }' \
	    "$_name-line.txt" > "$_name-line.list"
	_steps=$(grep -c '^STEP ' "$_name-line.list")
	[ "$_steps" -gt 10 ] || { echo "FAIL: $_name: the line mode walked $_steps steps"; LINE_FAILED=1; return; }
	# The wizard: a screen big enough for every step, dumped per step.
	{
		echo "resize 250 150"
		_i=1
		while [ $_i -le "$_steps" ]; do
			echo "dump-screen $_name-wiz-$_i.txt"
			echo "key PgDn"
			_i=$((_i + 1))
		done
		echo "key F10"
	} > "$_name.keys"
	LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=$_lang NO_COLOR=1 \
	    B2C_SCRIPT="$_name.keys" B2C_SCRIPT_TERM=xterm-256color \
	    timeout 60 "$B2C" --lang "$_lang" "$_name-wiz.cfg" ||
	    { echo "FAIL: $_name: the wizard exit $?"; LINE_FAILED=1; }
	# The wizard's titles in the same form, each followed by the lines
	# of its screen; then every question of the line mode must be found
	# on its step's screen, after the one before it.
	_i=1
	while [ $_i -le "$_steps" ]; do
		head -n 1 "$_name-wiz-$_i.txt" |
		    sed -e 's/^ //' -e 's/   *[^ ]*$//' -e 's/^/STEP /'
		_i=$((_i + 1))
	done > "$_name-wiz.titles"
	grep '^STEP ' "$_name-line.list" > "$_name-line.titles"
	diff -u "$_name-wiz.titles" "$_name-line.titles" ||
	    { echo "FAIL: $_name: the steps differ"; LINE_FAILED=1; }
	awk -v name="$_name" '
	/^STEP / { step++; file = name "-wiz-" step ".txt"; from = 2; next }
	{
		found = 0
		for (n = 1; (getline row < file) > 0; n++) {
			if (n >= from && index(row, $0) > 0) {
				found = n
				break
			}
		}
		close(file)
		if (!found) {
			printf "FAIL: %s: step %d: \"%s\" not in this order on the wizard screen\n", name, step, $0
			bad = 1
		} else {
			from = found + 1
			asked++
		}
	}
	END { if (asked < 20) { print "FAIL: " name ": only " asked " questions compared"; bad = 1 } exit bad }
	' "$_name-line.list" || LINE_FAILED=1
}

same_compare demo-en en "$B2C_DATADIR/demo.cfg"
same_compare demo-da da "$B2C_DATADIR/demo.cfg"
# A new, small session: only the housing organisation's Del 1.
printf 'version = 1;\npartnership = "small";\n' > small.cfg
same_compare small-en en small.cfg
grep -q '(Company)' small-en-line.list &&
    { echo "FAIL: a small partnership asked the company's Del 1"; LINE_FAILED=1; }
line_done
