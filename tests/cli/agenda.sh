#!/bin/sh
# b2c agenda: what is due across sessions, in date order, counted from
# --today. The expected lists are worked out by hand from the rules in
# b2c(1); the day arithmetic at the edges of --days and of the one-year
# look-back is done by date(1), not by b2c.
set -u
tmp="$B2C_TEST_TMP/agenda.$$"
rm -rf "$tmp"
mkdir -p "$tmp/team"
status=0

fail() {
	echo "FAIL: $*" >&2
	status=1
}

# expect NAME FILE: FILE's content is the text on standard input.
expect() {
	cat >"$tmp/want"
	cmp -s "$tmp/want" "$2" || {
		fail "$1:"
		diff -u "$tmp/want" "$2" >&2
	}
}

demo="$tmp/team/demo.cfg"
cp "$B2C_DATADIR/demo.cfg" "$demo"

# The demo on 7 December 2026: the open house was postponed in October,
# the meeting agreed for 24 November has no record, the Christmas event
# is on the 12th and January's kick-off is within 30 days. Every other
# activity is done, and November's measurement was taken on the 14th.
"$B2C" --lang en agenda --today 2026-12-07 "$demo" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 0 ] || fail "demo: exit $rc: $(cat "$tmp/err")"
[ -s "$tmp/err" ] && fail "demo: stderr: $(cat "$tmp/err")"
expect "demo on 2026-12-07" "$tmp/out" <<EOT
2026-10     postponed  $demo  Åbent hus på Nortecs vaskeri
2026-11-24  missed     $demo  Evaluation meeting without a record
2026-12-12  coming     $demo  Julearrangement i Nortecs kantine
2027-01     coming     $demo  Opstartsmøde og planlægning af året
EOT

# A date typed the Danish way is the same day; no days ahead keeps the
# late items and this month's.
"$B2C" --lang en agenda --today 7.12.2026 --days 0 "$demo" >"$tmp/out"
expect "demo, --days 0" "$tmp/out" <<EOT
2026-10     postponed  $demo  Åbent hus på Nortecs vaskeri
2026-11-24  missed     $demo  Evaluation meeting without a record
2026-12-12  coming     $demo  Julearrangement i Nortecs kantine
EOT

# Earlier in the year, with the summer party not yet done: the records
# of February and May hold those meetings, so November's is the next one
# (listed beyond the days ahead); the party is coming. The statuses are
# dated 2026, so they do not settle the autumn of 2025: September and
# November are overdue and October shows its status. August 2025 ended
# before the session was created (1 September 2025), so it is not owed.
sed -e '/status = "done";/{N;/2026-06-20/d;}' "$demo" >"$tmp/may.cfg"
grep -q 'status_date = "2026-06-20"' "$tmp/may.cfg" &&
	fail "the fixture still has the summer party done"
m=$tmp/may.cfg
"$B2C" --lang en agenda --today 2026-05-20 --days 31 "$m" >"$tmp/out"
expect "demo on 2026-05-20" "$tmp/out" <<EOT
2025-09     overdue    $m  Lektiecafé og jobsamtaletræning
2025-10     postponed  $m  Åbent hus på Nortecs vaskeri
2025-11     overdue    $m  Årlig effektmåling blandt beboerne
2026-06-20  coming     $m  Sommerfest på græsset ved Beboerhuset
2026-11-24  coming     $m  Evaluation meeting
EOT

# In Danish.
. "$top_srcdir/tests/cli/report-catalogue.sh"
report_catalogue "$tmp/locale"
"$B2C" --lang da agenda --today 2026-12-07 "$demo" >"$tmp/out" 2>/dev/null
if grep -q 'ikke holdt' "$tmp/out"; then
	expect "demo in Danish" "$tmp/out" <<EOT
2026-10     udskudt     $demo  Åbent hus på Nortecs vaskeri
2026-11-24  ikke holdt  $demo  Evalueringsmøde uden referat
2026-12-12  kommer      $demo  Julearrangement i Nortecs kantine
2027-01     kommer      $demo  Opstartsmøde og planlægning af året
EOT
else
	fail "the Danish agenda is not in Danish: $(cat "$tmp/out")"
fi

# The edges, from date(1): a meeting on the last day ahead is listed and
# one a day later is not (it is not the next one); a meeting 365 days
# back is missed, 366 days back is past the look-back.
today=2027-01-15
last=$(date -u -d "$today + 45 days" +%Y-%m-%d)
after=$(date -u -d "$today + 46 days" +%Y-%m-%d)
back=$(date -u -d "$today - 365 days" +%Y-%m-%d)
older=$(date -u -d "$today - 366 days" +%Y-%m-%d)
cat >"$tmp/team/edges.cfg" <<EOT
version = 1;
title = "Kanter";
created = "2025-06-01T10:00:00Z";
part2 = {
  meeting_dates = [ "$older", "$back", "$last", "$after" ];
};
EOT
"$B2C" --lang en agenda --today "$today" --days 45 "$tmp/team/edges.cfg" \
	>"$tmp/out"
expect "edges" "$tmp/out" <<EOT
$back  missed  $tmp/team/edges.cfg  Evaluation meeting without a record
$last  coming  $tmp/team/edges.cfg  Evaluation meeting
EOT

# A directory gives its sessions, in date order across them; a broken
# one is reported on stderr, exits 1, and the others are still listed.
printf 'version = 1;\ntitle = ;\n' >"$tmp/team/broken.cfg"
echo "not a session" >"$tmp/team/notes.txt"
"$B2C" --lang en agenda --today 2026-12-07 "$tmp/team/" >"$tmp/out" \
	2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || fail "broken file: exit $rc, want 1"
grep -q "^$tmp/team/broken.cfg:2: " "$tmp/err" ||
	fail "broken file: stderr: $(cat "$tmp/err")"
e=$tmp/team/edges.cfg
d=$tmp/team/demo.cfg
# (edges.cfg counted from 2026-12-07: $older and $back are within the
# year and missed, and the next one is $last, beyond the 30 days.)
expect "a directory" "$tmp/out" <<EOT
$older  missed     $e  Evaluation meeting without a record
$back  missed     $e  Evaluation meeting without a record
2026-10     postponed  $d   Åbent hus på Nortecs vaskeri
2026-11-24  missed     $d   Evaluation meeting without a record
2026-12-12  coming     $d   Julearrangement i Nortecs kantine
2027-01     coming     $d   Opstartsmøde og planlægning af året
$last  coming     $e  Evaluation meeting
EOT
rm "$tmp/team/broken.cfg"

# The sessions directory by default; nothing due prints nothing.
B2C_SESSIONS="$tmp/team" "$B2C" --lang en agenda --today 2026-12-07 \
	>"$tmp/out2" 2>&1
cmp -s "$tmp/out" "$tmp/out2" || fail "B2C_SESSIONS gives another agenda"
printf 'version = 1;\ntitle = "Tom";\n' >"$tmp/quiet.cfg"
"$B2C" agenda --today 2026-12-07 "$tmp/quiet.cfg" >"$tmp/out" 2>&1
rc=$?
[ "$rc" -eq 0 ] || fail "nothing due: exit $rc"
[ -s "$tmp/out" ] && fail "nothing due printed: $(cat "$tmp/out")"

# Hostile titles are shown visibly.
"$B2C" agenda --today 2026-07-01 --days 0 \
	"$top_srcdir/tests/data/hostile/escapes.cfg" >"$tmp/out" 2>&1
grep -q 'Sommerfest \^\[\[2J' "$tmp/out" || fail "hostile: $(cat "$tmp/out")"
LC_ALL=C grep -q "$(printf '\033')" "$tmp/out" && fail "raw ESC in the agenda"

# Usage errors.
for bad in "--days -1" "--days 3661" "--days x" "--today 2026-02-30" \
    "--today" "--bogus"; do
	# shellcheck disable=SC2086
	"$B2C" agenda $bad "$demo" >/dev/null 2>&1
	rc=$?
	[ "$rc" -eq 2 ] || fail "agenda $bad: exit $rc, want 2"
done
"$B2C" agenda "$tmp/none.cfg" >/dev/null 2>&1
rc=$?
[ "$rc" -eq 1 ] || fail "missing file: exit $rc, want 1"
"$B2C" agenda --help | grep -q -- '--days' || fail "--help"

rm -rf "$tmp"
exit $status
