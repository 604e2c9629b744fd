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

# A multi-megabyte string is refused before libconfig sees it (which
# would take minutes over it), so check answers at once.
{
	printf 'version = 1;\ntitle = "'
	head -c 3000000 /dev/zero | tr '\0' 'a'
	printf '";\n'
} >"$tmp/huge.cfg"
(cd "$tmp" && "$B2C" check huge.cfg) >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || fail "huge.cfg: exit $rc, want 1"
[ "$(cat "$tmp/err")" = "huge.cfg:2: a text is longer than 65536 bytes" ] ||
	fail "huge.cfg: got '$(cat "$tmp/err")'"

# A symbolic link to a good session is still refused.
ln -s "$B2C_DATADIR/demo.cfg" "$tmp/link.cfg"
"$B2C" check "$tmp/link.cfg" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || fail "link.cfg: exit $rc, want 1"
grep -q "is a symbolic link" "$tmp/err" || fail "link.cfg: $(cat "$tmp/err")"

rm -rf "$tmp"
exit $status
