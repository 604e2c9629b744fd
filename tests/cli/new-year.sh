#!/bin/sh
# b2c new-year: the demo's 2026 carried into 2027 by the rules of
# b2c/newyear.h, counted by hand from share/b2c/demo.cfg: eight monthly
# activities marked in 2026 (seven done, one postponed) kept as dated
# records and planned again, the two dated ones (the summer party and
# the Christmas event) copied a year on, the four agreed meeting dates
# moved, the next period for the five adopted indicators; a second start
# adds nothing; the file still checks and keeps last year's records; bad
# years and files are refused.
set -u
tmp="$B2C_TEST_TMP/new-year.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
status=0

fail() {
	echo "FAIL: $*" >&2
	status=1
}

# has FILE TEXT: FILE holds the line fragment TEXT.
has() {
	grep -qF -- "$2" "$1" || fail "$1 does not hold: $2"
}

cp "$B2C_DATADIR/demo.cfg" "$tmp/s.cfg"
"$B2C" --lang en new-year "$tmp/s.cfg" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 0 ] || fail "exit $rc: $(cat "$tmp/err")"
has "$tmp/out" "Started 2027: 10 activities, 4 meeting dates and 5 measurement periods added."
"$B2C" check "$tmp/s.cfg" >/dev/null 2>&1 || fail "the file does not check"
[ ! -e "$tmp/s.cfg.lock" ] || fail "the lock was left behind"

# The summer party: 2026's done one kept, a planned one in 2027.
has "$tmp/s.cfg" 'date = "2027-06-20";'
[ "$(grep -c 'title = "Sommerfest på græsset ved Beboerhuset";' "$tmp/s.cfg")" = 2 ] ||
    fail "not two summer parties"
has "$tmp/s.cfg" 'date = "2027-12-12";'
has "$tmp/s.cfg" 'meeting_dates = [ "2026-02-24", "2026-05-26", "2026-08-25", "2026-11-24", "2027-02-24", "2027-05-26", "2027-08-25", "2027-11-24" ];'
# January's kick-off: the month planned again, its 2026 record dated.
[ "$(grep -c 'title = "Opstartsmøde og planlægning af året";' "$tmp/s.cfg")" = 2 ] ||
    fail "not two kick-off meetings"
has "$tmp/s.cfg" 'date = "2026-01-20";'
[ "$(grep -c 'status = "done";' "$tmp/s.cfg")" = "$(grep -c 'status = "done";' "$B2C_DATADIR/demo.cfg")" ] ||
    fail "a done status was lost or added"
[ "$(grep -c 'period = "year 2";' "$tmp/s.cfg")" = 5 ] || fail "not five year 2 periods"

# Started again: nothing more.
cp "$tmp/s.cfg" "$tmp/once.cfg"
"$B2C" --lang en new-year "$tmp/s.cfg" >"$tmp/out2" || fail "again: exit $?"
has "$tmp/out2" "Started 2027: 0 activities, 0 meeting dates and 0 measurement periods added."
grep -v '^modified\|^saved_by' "$tmp/s.cfg" >"$tmp/a"
grep -v '^modified\|^saved_by' "$tmp/once.cfg" >"$tmp/b"
cmp -s "$tmp/a" "$tmp/b" || fail "a second start changed the file"

# The report counts 2026's records as before.
"$B2C" --lang en report "$tmp/s.cfg" >"$tmp/report" || fail "report: exit $?"
has "$tmp/report" "2026: 14 in all, 11 done, 2 postponed, 0 cancelled, 1 still planned"

# Refused: a year out of range, no file, a session with no dates.
"$B2C" --lang en new-year --year 99 "$tmp/s.cfg" 2>"$tmp/err"
[ $? -eq 2 ] || fail "--year 99 not a usage error"
has "$tmp/err" "99 is not a year to start"
"$B2C" --lang en new-year "$tmp/none.cfg" 2>"$tmp/err"
[ $? -eq 1 ] || fail "a missing file is not a data error"
printf 'version = 2;\ntitle = "Tom";\n' >"$tmp/empty.cfg"
"$B2C" --lang en new-year "$tmp/empty.cfg" 2>"$tmp/err"
[ $? -eq 1 ] || fail "no dates is not a data error"
has "$tmp/err" "give the year with --year"
"$B2C" --lang en new-year --year 2031 "$tmp/empty.cfg" >"$tmp/out" ||
    fail "--year 2031: exit $?"
has "$tmp/out" "Started 2031: 0 activities"

# A session someone else has open (a lock from a live process elsewhere)
# is refused with the holder named and left as it was.
cp "$B2C_DATADIR/demo.cfg" "$tmp/held.cfg"
printf 'anna@elsewhere.invalid\n4242\n2026-11-26T15:00:00Z\n' >"$tmp/held.cfg.lock"
"$B2C" --lang en new-year "$tmp/held.cfg" >/dev/null 2>"$tmp/err"
[ $? -eq 1 ] || fail "a held session is not a data error"
has "$tmp/err" "is being edited by anna@elsewhere.invalid"
cmp -s "$tmp/held.cfg" "$B2C_DATADIR/demo.cfg" || fail "a held session was changed"

exit $status
