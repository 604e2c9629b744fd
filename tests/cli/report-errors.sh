#!/bin/sh
# b2c report: a malformed file fails with the loader's FILE:LINE message
# and exit 1, writing nothing; usage errors exit 2; -o into a missing
# directory fails with exit 1 and leaves nothing behind.
set -u
tmp="$B2C_TEST_TMP/report-errors.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
demo="$B2C_DATADIR/demo.cfg"
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
	[ "$rc" -eq "$code" ] || fail "$what: exit $rc, want $code"
}

printf 'version = 1;\ntitle = "x";\narea = ;\n' >"$tmp/bad.cfg"
want_exit 1 "malformed file" report "$tmp/bad.cfg"
grep -q "^$tmp/bad.cfg:3: " "$tmp/err" ||
	fail "malformed file: no FILE:LINE message: $(cat "$tmp/err")"
[ -s "$tmp/out" ] && fail "malformed file: printed a report"
for f in "$top_srcdir"/tests/data/invalid/*.cfg; do
	want_exit 1 "$f" report --format csv "$f"
	[ -s "$tmp/out" ] && fail "$f: printed a report"
	# the message is the one b2c check gives
	"$B2C" check "$f" 2>"$tmp/check-err" >/dev/null
	cmp -s "$tmp/err" "$tmp/check-err" ||
		fail "$f: report and check disagree: $(cat "$tmp/err")"
done
want_exit 1 "missing file" report "$tmp/none.cfg"

want_exit 2 "no file" report
# The same file twice would count its answers twice in the pools.
want_exit 2 "the same file twice" report "$demo" "$demo"
want_exit 2 "unknown format" report --format pdf "$demo"
want_exit 2 "bad width" report --width 0 "$demo"
want_exit 2 "bad width" report --width 12x "$demo"
want_exit 2 "unknown option" report --frobnicate "$demo"
want_exit 0 "help" report --help

want_exit 1 "-o in a missing directory" report -o "$tmp/no/such/r.txt" "$demo"
[ -e "$tmp/no" ] && fail "-o created something"

rm -rf "$tmp"
exit $status
