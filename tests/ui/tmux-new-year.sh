#!/bin/sh
# Ctrl-Y in a real terminal at 80x24 starts the next year of the demo,
# after naming it and asking: "n" changes nothing; "y" does what
# `b2c new-year` does on the command line (whose rules tests/cli/new-year.sh
# checks by hand), and the saved session holds the same partnership as
# the command line's, figure for figure.
. "$top_srcdir/tests/reliability/tmux-lib.sh"
D="$B2C_TEST_TMP/ui-tmux-new-year"
rm -rf "$D"
mkdir -p "$D"
f="$D/wizard.cfg"
g="$D/cli.cfg"
cp "$B2C_DATADIR/demo.cfg" "$f"
cp "$B2C_DATADIR/demo.cfg" "$g"
"$B2C" --lang en new-year "$g" >"$D/cli.out" || tm_fail "b2c new-year: exit $?"
counts=$(sed -n 's/^Started 2027: //p' "$D/cli.out")
[ -n "$counts" ] || tm_fail "b2c new-year said: $(cat "$D/cli.out")"

tm_start ny 80 24 "$f"
tm_wait ny "Session title" || exit 1
tm send-keys -t rel:ny C-y
tm_wait ny "Start 2027? The annual wheel" || tm_fail "no question"
tm send-keys -t rel:ny n
tm_wait ny "F1/^G Help" || tm_fail "the question did not go"
cmp -s "$f" "$B2C_DATADIR/demo.cfg" || tm_fail "\"n\" changed the file"
tm send-keys -t rel:ny C-y
tm_wait ny "Start 2027?" || tm_fail "no question the second time"
tm send-keys -t rel:ny y
tm_wait ny "2027 started: $counts" || tm_fail "not started as the CLI does"
tm send-keys -t rel:ny C-s
tm_wait ny "Saved." || tm_fail "not saved"
tm send-keys -t rel:ny C-x
tm_restored ny
[ "$(tm_exit ny)" = 0 ] || tm_fail "exit status $(tm_exit ny)"

# The same partnership: every figure and line of the report but those
# that name the file itself (its name, fingerprint and saved stamp).
for x in f g; do
	eval file=\$$x
	SOURCE_DATE_EPOCH=1796000000 "$B2C" --lang en report --format markdown \
	    "$file" | grep -v -e 'SHA-256' -e 'ession file' -e 'aved' \
	    >"$D/$x.md" || tm_fail "report of $file: exit $?"
done
diff -u "$D/g.md" "$D/f.md" || tm_fail "the wizard's year differs from the CLI's"
SOURCE_DATE_EPOCH=1796000000 "$B2C" --lang en report --format markdown \
    "$B2C_DATADIR/demo.cfg" | grep -v -e 'SHA-256' -e 'ession file' -e 'aved' \
    >"$D/demo.md"
cmp -s "$D/demo.md" "$D/f.md" && tm_fail "the report shows no new year"
exit "$TM_FAILED"
