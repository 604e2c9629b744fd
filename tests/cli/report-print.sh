#!/bin/sh
# The HTML report printed by a real browser: Debian's chromium, headless,
# prints the demo's report to PDF with its own header and footer turned
# off, so the page numbers must come from the report's CSS. poppler's
# pdfinfo and pdftotext then read the pages: A4, every page numbered
# "N / PAGES" at its foot, no page ending in a heading or in a label that
# leads into a list, and the bars' axis (0 % to 100 %) printed. Offline:
# the report is one self-contained file read from disk.
set -u
tmp="$B2C_TEST_TMP/report-print.$$"
rm -rf "$tmp"
mkdir -p "$tmp/home"
status=0
SOURCE_DATE_EPOCH=1796000000
export SOURCE_DATE_EPOCH

fail() {
	echo "FAIL: $*" >&2
	status=1
}
. "$top_srcdir/tests/cli/print-pdf.sh"

for tool in chromium pdfinfo pdftotext python3; do
	command -v $tool >/dev/null 2>&1 || {
		echo "FAIL: $tool is needed (Debian packages chromium," \
		    "poppler-utils, python3)" >&2
		exit 99
	}
done

"$B2C" --lang en report --format html "$B2C_DATADIR/demo.cfg" \
    >"$tmp/demo.html" || fail "html: exit $?"
print_pdf "$tmp/demo.html" "$tmp/demo.pdf"

pdfinfo "$tmp/demo.pdf" >"$tmp/info" || fail "pdfinfo: exit $?"
pages=$(awk '/^Pages:/ { print $2 }' "$tmp/info")
[ "${pages:-0}" -ge 2 ] || fail "want several pages, got '$pages'"
# A4 is 595.28 x 841.89 points; chromium rounds to its own units.
awk '/^Page size:/ { w = $3; h = $5 }
    END { exit !(w > 594 && w < 596.5 && h > 841 && h < 843) }' \
    "$tmp/info" || fail "not A4: $(grep '^Page size' "$tmp/info")"
i=1
while [ "$i" -le "${pages:-0}" ]; do
	pdftotext -layout -f "$i" -l "$i" "$tmp/demo.pdf" "$tmp/page$i.txt" ||
	    fail "pdftotext page $i: exit $?"
	i=$((i + 1))
done

python3 - "$tmp/demo.html" "$tmp" "$pages" >"$tmp/py.out" 2>&1 <<'PY' ||
import html, re, sys

src, tmp, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
doc = open(src, encoding="utf-8").read()

def text(fragment):
    return " ".join(html.unescape(re.sub(r"<[^>]*>", "", fragment)).split())

# What must never end a page: a heading, or a label that leads into the
# list or table after it.
heads = {text(h) for h in re.findall(r"<h[1-6][^>]*>(.*?)</h[1-6]>", doc)}
leads = {text(l) for l in re.findall(
    r'<p class="f[^"]*"><span class="l">([^<]*)</span></p>', doc)}
assert heads and leads, (heads, leads)
bad = []
axis = False
for i in range(1, pages + 1):
    lines = [" ".join(l.split()) for l in
             open("%s/page%d.txt" % (tmp, i), encoding="utf-8")]
    lines = [l for l in lines if l]
    # The foot of the page: "N / PAGES" (pdftotext may drop the spaces).
    foot = lines[-1].replace(" ", "") if lines else ""
    if foot != "%d/%d" % (i, pages):
        bad.append("page %d: no page number at its foot: %r" % (i, foot))
        continue
    last = lines[-2] if len(lines) > 1 else ""
    # A heading wrapped over two lines ends the page with its tail.
    if last in leads or any(h == last or (h.endswith(" " + last) and
                                          len(last) > 3) for h in heads):
        bad.append("page %d ends in a heading or label: %r" % (i, last))
    if any(re.search(r"0%\s+25%\s+50%\s+75%\s+100%", l) for l in lines):
        axis = True
assert not bad, "\n".join(bad)
assert axis, "no page shows the bars' axis 0% 25% 50% 75% 100%"
print("ok")
PY
	fail "pages: $(cat "$tmp/py.out")"

rm -rf "$tmp"
exit $status
