#!/bin/sh
# Every figure of the ESG table is in every format: for each row of the
# CSV (read with Python's csv module, not b2c's), the share, its interval,
# the change since base with its interval, the count, or the amount a
# party put in or got out in a year (the ledger), must appear in
# the text, Markdown and HTML reports (HTML read as a browser shows it:
# tags dropped, entities decoded), rounded the same way. Sessions: the
# demo, one with an indicator not adopted, and three partnerships.
set -u
tmp="$B2C_TEST_TMP/report-parity.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
status=0
SOURCE_DATE_EPOCH=1796000000
export SOURCE_DATE_EPOCH
command -v python3 >/dev/null || { echo "FAIL: python3 is needed"; exit 99; }

for cfg in "$B2C_DATADIR/demo.cfg" "$top_srcdir/tests/data/not-adopted.cfg" \
    "$top_srcdir"/tests/data/portfolio/*.cfg; do
	name=$(basename "$cfg" .cfg)
	for f in text markdown html csv; do
		"$B2C" --lang en report --format "$f" "$cfg" >"$tmp/$name.$f" ||
		    { echo "FAIL: $name $f: exit $?"; status=1; }
	done
	python3 - "$tmp/$name" <<'PY' || status=1
import csv, html, re, sys
base = sys.argv[1]
rows = list(csv.DictReader(open(base + ".csv", encoding="utf-8")))
def norm(t):
    return re.sub(r"\s+", " ", t)
page = open(base + ".html", encoding="utf-8").read()
page = re.sub(r"<style.*?</style>", " ", page, flags=re.S)
docs = {
    "text": norm(open(base + ".text", encoding="utf-8").read()),
    "markdown": norm(open(base + ".markdown", encoding="utf-8").read()
                     .replace("\\", "")),
    "html": norm(html.unescape(re.sub(r"<[^>]+>", " ", page))),
}
MINUS = "\u2212"
def signed(v):
    return ("+" if float(v) >= 0 else MINUS) + v.lstrip("-")
bad = 0
measured = 0
for r in rows:
    want = []
    if r["kind"] == "percent" and r["percent"]:
        want += [r["percent"] + "%", r["ci_low"] + "\u2013" + r["ci_high"]]
        if r["change"]:
            want += [signed(r["change"]) + " pp", signed(r["change_ci_low"]),
                     signed(r["change_ci_high"])]
    elif r["kind"] == "count" and r["value"]:
        want.append(r["value"])
    elif r["kind"] in ("input", "output") and r["value"]:
        v = float(r["value"])
        want.append("{:,}".format(int(v)) if v == int(v) else r["value"])
    measured += bool(want)
    for name, doc in docs.items():
        for w in want:
            if w not in doc:
                print("FAIL: %s: the %s report lacks %r (%s, %s)" %
                      (base, name, w, r["indicator_id"], r["period"]))
                bad += 1
if measured == 0:
    print("FAIL: %s: no figure in the CSV to compare" % base)
    bad += 1
sys.exit(1 if bad else 0)
PY
done
exit $status
