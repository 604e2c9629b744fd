#!/bin/sh
# b2c import-part1: the company's Del 1 from its own file lands in the
# joint session, which stays valid and becomes a large partnership; a
# party that already has answers is refused without --replace and the
# file is left byte-identical; a session locked by someone else is not
# touched; errors exit 1, usage errors 2.
set -u
tmp="$B2C_TEST_TMP/import-part1.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
data="$top_srcdir/tests/data/import"
status=0

fail() {
	echo "FAIL: $*" >&2
	status=1
}

# want_exit CODE WHAT ARGS...
want_exit() {
	code=$1 what=$2
	shift 2
	"$B2C" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ "$rc" -eq "$code" ] || fail "$what: exit $rc, want $code: $(cat "$tmp/err")"
}

s="$tmp/joint.cfg"
cp "$data/joint.cfg" "$s"
want_exit 0 "import" import-part1 "$s" "$data/company.cfg"
[ -e "$s.lock" ] && fail "import left the lock behind"
"$B2C" check "$s" || fail "the joint session is no longer valid"
"$B2C" report --width 100 "$s" >"$tmp/report.txt"
grep -A2 '^Company:$' "$tmp/report.txt" | tr '\n' '|' |
    grep -q '^Company:|  Nortec|  Contact: Lars Christensen, HR-chef|$' ||
    fail "company party not brought in"
grep -q '^Challenges or opportunities in focus: Vi vil rekruttere lokalt.$' \
    "$tmp/report.txt" || fail "company Del 1 not brought in"
grep -q '^  - Working hours: 20 timer/md - Praktikvejledere.$' \
    "$tmp/report.txt" || fail "company resources not brought in"
grep -q '^Partnership: large' "$tmp/report.txt" || fail "not large"
# The housing organisation's answers are still there.
grep -q '^Challenges or opportunities in focus: Ensomhed blandt ældre' \
    "$tmp/report.txt" || fail "housing Del 1 lost"

# Again: refused, file untouched.
cp "$s" "$tmp/before.cfg"
want_exit 1 "second import" import-part1 "$s" "$data/company.cfg"
grep -q -- '--replace' "$tmp/err" || fail "refusal does not mention --replace"
cmp -s "$s" "$tmp/before.cfg" || fail "a refused import changed the file"
want_exit 1 "own party" import-part1 "$s" "$data/joint.cfg"
cmp -s "$s" "$tmp/before.cfg" || fail "a refused import changed the file"
want_exit 0 "--replace" import-part1 --replace "$s" "$data/company.cfg"

# Nothing to import, a broken other file, a missing session.
cp "$s" "$tmp/before.cfg"
want_exit 1 "empty other" import-part1 "$s" "$data/empty.cfg"
cmp -s "$s" "$tmp/before.cfg" || fail "an empty import changed the file"
printf 'version = 1;\ntitle = ;\n' >"$tmp/bad.cfg"
want_exit 1 "bad other" import-part1 "$s" "$tmp/bad.cfg"
grep -q "^$tmp/bad.cfg:2: " "$tmp/err" || fail "no FILE:LINE: $(cat "$tmp/err")"
want_exit 1 "missing session" import-part1 "$tmp/none.cfg" "$data/company.cfg"
[ -e "$tmp/none.cfg" ] && fail "a missing session was created"

# Someone on another host has the session open: hands off.
cp "$data/joint.cfg" "$s"
printf 'anna@elsewhere.invalid\n4242\n2026-11-26T15:00:00Z\n' >"$s.lock"
want_exit 1 "locked" import-part1 "$s" "$data/company.cfg"
grep -q 'anna@elsewhere.invalid' "$tmp/err" || fail "lock holder not named"
cmp -s "$s" "$data/joint.cfg" || fail "a locked session was changed"
rm -f "$s.lock"

want_exit 2 "no arguments" import-part1
want_exit 2 "one argument" import-part1 "$s"
want_exit 2 "bad option" import-part1 --force "$s" "$data/company.cfg"

rm -rf "$tmp"
exit $status
