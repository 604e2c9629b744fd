#!/bin/sh
# b2c report to standard output writes the report as it is made, in
# pieces; -o writes it whole. On a session large enough for many pieces
# (a generated one of 400 meetings and 1,000 activities), both give the
# same bytes in every format, language and width; a full disk (/dev/full)
# and a reader that has gone are named, with exit status 1 and no claim
# of success.
set -u
: "${B2C:?}" "${B2C_TEST_TMP:?}" "${top_builddir:?}"
tmp="$B2C_TEST_TMP/report-stream.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
status=0
fail() {
	echo "FAIL: $*" >&2
	status=1
}

# 20x for the reports of many pieces; the CSV holds the figures and the
# ledger alone, so it takes 60x to need more than one piece.
"$top_builddir/tests/bench/gen-session" 20 "$tmp/big.cfg" &&
"$top_builddir/tests/bench/gen-session" 60 "$tmp/bigger.cfg" ||
	{ echo "gen-session failed" >&2; exit 99; }

for format in text markdown html csv csv-excel; do
	case $format in csv*) f=$tmp/bigger.cfg; least=100000 ;;
	*) f=$tmp/big.cfg; least=1000000 ;; esac
	for lang in en da; do
		for width in 50 100; do
			what="-f $format --lang $lang -w $width"
			# shellcheck disable=SC2086
			"$B2C" report $what "$f" >"$tmp/streamed" ||
				fail "$what: to stdout, exit $?"
			rm -f "$tmp/whole"
			# shellcheck disable=SC2086
			"$B2C" report $what -o "$tmp/whole" "$f" ||
				fail "$what: -o, exit $?"
			size=$(wc -c <"$tmp/streamed")
			[ "$size" -gt "$least" ] ||
				fail "$what: only $size bytes; too small to come in pieces"
			cmp -s "$tmp/streamed" "$tmp/whole" ||
				fail "$what: stdout and -o differ: $(cmp "$tmp/streamed" "$tmp/whole" 2>&1)"
		done
	done
done

# A full disk: named, exit 1.
LANGUAGE=en "$B2C" --lang en report "$tmp/big.cfg" >/dev/full 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || fail "/dev/full: exit $rc, want 1"
grep -q "^b2c: writing the report: No space left on device" "$tmp/err" ||
	fail "/dev/full: $(cat "$tmp/err")"

# A reader that stops after one line: not a success, however it ends
# (SIGPIPE, or EPIPE named).
rc=$( { "$B2C" --lang en report "$tmp/big.cfg" 2>"$tmp/err"; echo $? >"$tmp/rc"; } | head -1 >/dev/null; cat "$tmp/rc")
[ "$rc" -ne 0 ] || fail "a reader that went away: exit 0"

rm -rf "$tmp"
exit $status
