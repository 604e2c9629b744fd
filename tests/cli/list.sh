#!/bin/sh
# b2c list: one line per *.cfg in the directory, most recently saved
# first, with title, partners, last save, progress and the lock holder;
# a broken file is listed with its FILE:LINE error; hostile text is shown
# visibly; the default directory comes from B2C_SESSIONS.
set -u
tmp="$B2C_TEST_TMP/list.$$"
rm -rf "$tmp"
mkdir -p "$tmp/s" "$tmp/empty"
status=0

fail() {
	echo "FAIL: $*" >&2
	status=1
}

d="$tmp/s"
cp "$B2C_DATADIR/demo.cfg" "$d/demo.cfg"
cp "$top_srcdir/tests/data/hostile/escapes.cfg" "$d/hostile.cfg"
cp "$top_srcdir/tests/data/import/joint.cfg" "$d/joint.cfg"
printf 'version = 1;\ntitle = ;\n' >"$d/bad.cfg"
echo "not a session" >"$d/notes.txt"
printf 'anna@elsewhere.invalid\n4242\n2026-11-26T15:00:00Z\n' >"$d/demo.cfg.lock"

"$B2C" list "$d" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 0 ] || fail "list: exit $rc: $(cat "$tmp/err")"
[ "$(wc -l <"$tmp/out")" -eq 4 ] || fail "want 4 lines: $(cat "$tmp/out")"
grep -q notes "$tmp/out" && fail "a non-session file was listed"
grep -q '^demo.cfg.lock' "$tmp/out" && fail "a lock file was listed"

# Saved 2026-11-20 (demo, hostile; then by name), never saved (joint),
# then the broken file.
names=$(cut -d' ' -f1 "$tmp/out" | tr '\n' ' ')
[ "$names" = "demo.cfg hostile.cfg joint.cfg bad.cfg " ] ||
	fail "order: $names"

line=$(grep '^demo.cfg ' "$tmp/out")
for want in 'Partnerskab mellem Bo-Vest og Nortec' \
    'Bo-Vest & Nortec (vaskerier)' \
    '20 November 2026 at 14:05 UTC by mette@bo-vest' \
    'Part 3 3 meetings' \
    'locked by anna@elsewhere.invalid, pid 4242, since 26 November 2026 at 15:00 UTC'
do
	case $line in
	*"$want"*) ;;
	*) fail "demo line lacks '$want': $line" ;;
	esac
done
grep -q "^bad.cfg  *error: $d/bad.cfg:2: " "$tmp/out" ||
	fail "bad file: $(grep '^bad' "$tmp/out")"
grep -q '^joint.cfg .*Part 1 [0-9]*/[0-9]*  Part 2 0/[0-9]*  Part 3 0 meetings$' \
    "$tmp/out" || fail "joint progress: $(grep '^joint' "$tmp/out")"
LC_ALL=C grep -q "$(printf '\033')" "$tmp/out" && fail "raw ESC in the list"
grep -q 'Titel \^\[\[2J' "$tmp/out" || fail "hostile title not visible"

# In Danish the date of the last save reads the Danish way.
. "$top_srcdir/tests/cli/report-catalogue.sh"
report_catalogue "$tmp/locale"
line=$("$B2C" --lang da list "$d" 2>/dev/null | grep '^demo.cfg ')
case $line in
*'20. november 2026 kl. 14:05 UTC af mette@bo-vest'*) ;;
*'Del 1'*) fail "Danish date: $line" ;;
*) fail "no Danish list: $line" ;;
esac

# --ascii: no check marks or ellipses.
"$B2C" list --ascii "$d" >"$tmp/ascii" 2>/dev/null
grep '^demo.cfg ' "$tmp/ascii" | grep -q 'Part 1 ok  Part 2 ok' ||
	fail "--ascii: $(grep '^demo.cfg ' "$tmp/ascii")"
grep -q '✓\|…' "$tmp/ascii" && fail "--ascii printed a non-ASCII mark"

# What is due first, counted from --today; piped, nothing is cut.
"$B2C" --lang en list --today 2026-12-07 "$d" >"$tmp/next" 2>/dev/null
line=$(grep '^demo.cfg ' "$tmp/next")
for want in 'Partnerskab mellem Bo-Vest og Nortec' \
    'Bo-Vest & Nortec (vaskerier)' 'Part 3 3 meetings' \
    'locked by anna@elsewhere.invalid, pid 4242, since 26 November 2026'
do
	case $line in
	*"$want"*) ;;
	*) fail "next: demo line lacks '$want': $line" ;;
	esac
done
grep -q '^demo.cfg .*Part 3 3 meetings  *2026-10 postponed: Åbent hus på Nortecs vaskeri  *locked by' "$tmp/next" || fail "next column: $line"
grep -q '^joint.cfg .*Part 3 0 meetings$' "$tmp/next" ||
	fail "joint has something due: $(grep '^joint' "$tmp/next")"

# --width: every line fits, in display columns (wc -m in a UTF-8
# locale); the file, the title and what is due stay, the rest gives way.
for w in 80 60 40; do
	"$B2C" --lang en list --width $w --today 2026-12-07 "$d" \
		>"$tmp/w$w" 2>/dev/null
	[ "$(wc -l <"$tmp/w$w")" -eq 4 ] || fail "--width $w: $(cat "$tmp/w$w")"
	while IFS= read -r l; do
		n=$(printf '%s' "$l" | LC_ALL=C.UTF-8 wc -m)
		[ "$n" -le $w ] || fail "--width $w: $n columns: $l"
	done <"$tmp/w$w"
done
grep -q '^demo.cfg  *Partnerskab mellem .*  2026-10 postponed: Åbent hus' \
    "$tmp/w80" || fail "--width 80: $(grep '^demo' "$tmp/w80")"
grep -q '^bad.cfg  *error: ' "$tmp/w40" || fail "--width 40: $(cat "$tmp/w40")"
"$B2C" list --width 0 --today 2026-12-07 "$d" >"$tmp/w0" 2>/dev/null
"$B2C" list --today 2026-12-07 "$d" >"$tmp/piped" 2>/dev/null
cmp -s "$tmp/w0" "$tmp/piped" || fail "--width 0 is not the piped list"
for bad in "--width -1" "--width x" "--today 2026-13-01"; do
	# shellcheck disable=SC2086
	"$B2C" list $bad "$d" >/dev/null 2>&1
	rc=$?
	[ "$rc" -eq 2 ] || fail "list $bad: exit $rc, want 2"
done

# The default directory, and errors.
B2C_SESSIONS="$d" "$B2C" list >"$tmp/out2" 2>/dev/null
cmp -s "$tmp/out" "$tmp/out2" || fail "B2C_SESSIONS gives another list"
"$B2C" list "$tmp/empty" >"$tmp/out" 2>/dev/null
rc=$?
[ "$rc" -eq 0 ] || fail "empty directory: exit $rc"
[ -s "$tmp/out" ] && fail "empty directory: printed $(cat "$tmp/out")"
"$B2C" list "$tmp/none" >/dev/null 2>&1
rc=$?
[ "$rc" -eq 1 ] || fail "missing directory: exit $rc, want 1"
"$B2C" list "$d" "$d" >/dev/null 2>&1
rc=$?
[ "$rc" -eq 2 ] || fail "two directories: exit $rc, want 2"

rm -rf "$tmp"
exit $status
