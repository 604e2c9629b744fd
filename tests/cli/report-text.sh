#!/bin/sh
# b2c report (text): the demo at 80 and 60 columns and in ASCII matches
# the expected files (charts masked); every line fits the width; -o
# writes the same bytes
# to a file; the output holds no escape codes.
set -u
tmp="$B2C_TEST_TMP/report-text.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
golden="$top_srcdir/tests/golden/report"
demo="$B2C_DATADIR/demo.cfg"
status=0
# The audit trail's report date, fixed so the expected files hold.
SOURCE_DATE_EPOCH=1796000000
export SOURCE_DATE_EPOCH

fail() {
	echo "FAIL: $*" >&2
	status=1
}

. "$top_srcdir/tests/cli/report-mask.sh"

# compare NAME EXPECTED ACTUAL (charts masked, see report-mask.sh)
compare() {
	mask_text "$2" >"$tmp/want.masked"
	mask_text "$3" >"$tmp/got.masked"
	if ! cmp -s "$tmp/want.masked" "$tmp/got.masked"; then
		fail "$1 differs from $2"
		diff -u "$tmp/want.masked" "$tmp/got.masked" | head -40 >&2
	fi
	[ "$(grep -c '^  \[chart\]$' "$tmp/got.masked")" -eq 5 ] ||
		fail "$1: want a chart for each of the 5 indicators"
}

"$B2C" report --width 80 "$demo" >"$tmp/80.txt" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 0 ] || fail "report: exit $rc: $(cat "$tmp/err")"
[ -s "$tmp/err" ] && fail "report printed to stderr"
compare "text at 80" "$golden/demo.txt" "$tmp/80.txt"

"$B2C" report --width 60 --ascii "$demo" >"$tmp/60.txt"
compare "ascii text at 60" "$golden/demo-60-ascii.txt" "$tmp/60.txt"

# Without --width and without a terminal: $COLUMNS, else 80.
COLUMNS=60 "$B2C" report --ascii "$demo" >"$tmp/cols.txt"
compare "COLUMNS=60" "$golden/demo-60-ascii.txt" "$tmp/cols.txt"
(unset COLUMNS; "$B2C" report "$demo" >"$tmp/default.txt")
compare "default width" "$golden/demo.txt" "$tmp/default.txt"

# On a terminal, its width wins over $COLUMNS (script(1) gives a tty).
if command -v script >/dev/null 2>&1 &&
    LC_ALL=C.UTF-8 wc -L </dev/null >/dev/null 2>&1; then
	script -q -c "stty cols 50 rows 40; COLUMNS=120 '$B2C' report \
	    '$demo'" /dev/null </dev/null 2>/dev/null | tr -d '\r' >"$tmp/tty.txt"
	if grep -q '^Part 1 - Internal considerations' "$tmp/tty.txt"; then
		max=$(LC_ALL=C.UTF-8 wc -L <"$tmp/tty.txt")
		[ "$max" -eq 50 ] || fail "terminal of 50 columns: widest line $max"
	fi
fi

# Lines fit their width in display columns (wc -L counts columns in a
# UTF-8 locale; skip that check where none is available).
for w in 40 57 80 132; do
	"$B2C" report --width "$w" "$demo" >"$tmp/w.txt"
	if LC_ALL=C.UTF-8 wc -L </dev/null >/dev/null 2>&1; then
		max=$(LC_ALL=C.UTF-8 wc -L <"$tmp/w.txt")
		[ "$max" -le "$w" ] || fail "width $w: a line is $max wide"
	fi
	if LC_ALL=C grep -q "$(printf '\033')" "$tmp/w.txt"; then
		fail "width $w: escape codes in the text report"
	fi
done

# -o writes the same bytes; "-" is stdout; no temporary file is left.
"$B2C" report --width 80 -o "$tmp/out.txt" "$demo" || fail "-o: exit $?"
compare "-o FILE" "$golden/demo.txt" "$tmp/out.txt"
"$B2C" report --width 80 -o - "$demo" >"$tmp/dash.txt"
compare "-o -" "$golden/demo.txt" "$tmp/dash.txt"
ls "$tmp" | grep -q 'out\.txt\.' && fail "-o left a temporary file"
(umask 022; "$B2C" report -o "$tmp/perm.txt" "$demo")
[ "$(ls -l "$tmp/perm.txt" | cut -c1-10)" = "-rw-r--r--" ] ||
	fail "-o file mode: $(ls -l "$tmp/perm.txt")"

# Danish headings when the Danish catalogue is there.
if "$B2C" --lang da report "$demo" 2>/dev/null | grep -q '^Del 1'; then
	"$B2C" --lang da report "$demo" | grep -q 'Årshjul' ||
		fail "Danish report without Årshjul"
fi

# The audit trail: the report date from SOURCE_DATE_EPOCH, the program,
# the session file's name and the SHA-256 of its bytes (as sha256sum(1)
# gives it), its last save.
SOURCE_DATE_EPOCH=0 "$B2C" --lang en report --width 100 "$demo" \
    >"$tmp/audit.txt"
grep -qx 'Report made: 1 January 1970 at 00:00 UTC' "$tmp/audit.txt" ||
	fail "report date: $(grep 'Report made' "$tmp/audit.txt")"
grep -qx "Program: b2c $(sed -n 's/^#define PACKAGE_VERSION "\(.*\)"$/\1/p' \
    "$top_builddir/config.h")" "$tmp/audit.txt" || fail "program version"
grep -qx 'Session file: demo.cfg' "$tmp/audit.txt" || fail "session file"
if command -v sha256sum >/dev/null 2>&1; then
	sum=$(sha256sum "$demo" | cut -d' ' -f1)
	grep -qx "SHA-256: $sum" "$tmp/audit.txt" ||
		fail "SHA-256: $(grep SHA-256 "$tmp/audit.txt"), want $sum"
fi
grep -qx 'Last saved: 20 November 2026 at 14:05 UTC by mette@bo-vest' \
    "$tmp/audit.txt" || fail "last saved"

rm -rf "$tmp"
exit $status
