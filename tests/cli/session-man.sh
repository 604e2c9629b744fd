#!/bin/sh
# b2c-session(5): the page is clean under mandoc's lint, and the example
# it shows is a valid session.
set -u
page="$top_srcdir/man/b2c-session.5"
tmp="$B2C_TEST_TMP/session-man.$$"
status=0
mkdir -p "$tmp"

if command -v mandoc >/dev/null 2>&1; then
	if ! mandoc -Tlint -W warning "$page" >"$tmp/lint" 2>&1; then
		cat "$tmp/lint" >&2
		status=1
	fi
fi

sed -n '/^\.Bd -literal/,/^\.Ed/p' "$page" | sed '1d;$d' >"$tmp/example.cfg"
grep -q '^version = 1;' "$tmp/example.cfg" || {
	echo "FAIL: no example found in $page" >&2
	status=1
}
"$B2C" check "$tmp/example.cfg" || status=1

rm -rf "$tmp"
exit $status
