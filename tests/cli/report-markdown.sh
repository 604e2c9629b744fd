#!/bin/sh
# b2c report --format markdown: the demo matches the expected file, with
# tables for the årshjul and the ESG figures; markdown specials in user
# text are escaped.
set -u
tmp="$B2C_TEST_TMP/report-markdown.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
status=0
# The audit trail's report date, fixed so the expected files hold.
SOURCE_DATE_EPOCH=1796000000
export SOURCE_DATE_EPOCH

fail() {
	echo "FAIL: $*" >&2
	status=1
}

"$B2C" report --format markdown "$B2C_DATADIR/demo.cfg" >"$tmp/demo.md" ||
	fail "markdown: exit $?"
. "$top_srcdir/tests/cli/report-mask.sh"
mask_markdown "$top_srcdir/tests/golden/report/demo.md" >"$tmp/want.md"
mask_markdown "$tmp/demo.md" >"$tmp/got.md"
if ! cmp -s "$tmp/want.md" "$tmp/got.md"; then
	fail "markdown differs from the expected file (charts masked)"
	diff -u "$tmp/want.md" "$tmp/got.md" | head -40 >&2
fi
[ "$(grep -c '^\[chart\]$' "$tmp/got.md")" -eq 5 ] ||
	fail "want a fenced chart for each of the 5 indicators"
# Every table row has as many cells as its header.
awk -F'|' '/^\|/ { if (hdr == 0) hdr = NF; else if (NF != hdr) bad = 1 }
    !/^\|/ { hdr = 0 } END { exit bad }' "$tmp/demo.md" ||
	fail "a markdown table row has the wrong number of cells"

# Specials in user text cannot make links, HTML or table cells.
sed 's/^title = .*/title = "A | b [x](http:\/\/e) <b>*c*<\/b>";/' \
    "$B2C_DATADIR/demo.cfg" >"$tmp/specials.cfg"
"$B2C" report --format md "$tmp/specials.cfg" >"$tmp/specials.md"
head -n 1 "$tmp/specials.md" |
    grep -qF '# A \| b \[x\](http://e) \<b\>\*c\*\</b\>' ||
	fail "specials not escaped: $(head -n 1 "$tmp/specials.md")"

rm -rf "$tmp"
exit $status
