#!/bin/sh
# b2c check: the shipped demo is valid and silent; every invalid fixture
# exits 1 with exactly its expected "FILE:LINE: message" on stderr; usage
# errors exit 2.
set -u
tmp="$B2C_TEST_TMP/check.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
status=0

fail() {
	echo "FAIL: $*" >&2
	status=1
}

"$B2C" check "$B2C_DATADIR/demo.cfg" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 0 ] || fail "demo.cfg: exit $rc"
[ -s "$tmp/out" ] && fail "demo.cfg: printed to stdout"
[ -s "$tmp/err" ] && fail "demo.cfg: printed to stderr"

"$B2C" check -v "$B2C_DATADIR/demo.cfg" >"$tmp/out" 2>&1
[ "$(cat "$tmp/out")" = "$B2C_DATADIR/demo.cfg: ok" ] ||
	fail "check -v: $(cat "$tmp/out")"

"$B2C" check >/dev/null 2>&1
rc=$?
[ "$rc" -eq 2 ] || fail "check without files: exit $rc, want 2"
"$B2C" check --no-such-option x >/dev/null 2>&1
rc=$?
[ "$rc" -eq 2 ] || fail "check with a bad option: exit $rc, want 2"

count=0
cd "$top_srcdir/tests/data/invalid" || exit 1
for f in *.cfg; do
	count=$((count + 1))
	"$B2C" check "$f" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ "$rc" -eq 1 ] || fail "$f: exit $rc, want 1"
	[ -s "$tmp/out" ] && fail "$f: printed to stdout"
	cmp -s "$tmp/err" "${f%.cfg}.expected" ||
		fail "$f: got '$(cat "$tmp/err")'"
done
[ "$count" -ge 20 ] || fail "only $count invalid fixtures"

# A good and a bad file together: still exit 1, the good one is silent.
"$B2C" check "$B2C_DATADIR/demo.cfg" syntax-error.cfg >"$tmp/out" \
	2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || fail "mixed files: exit $rc, want 1"
cmp -s "$tmp/err" syntax-error.expected || fail "mixed files: stderr"

rm -rf "$tmp"
exit $status
