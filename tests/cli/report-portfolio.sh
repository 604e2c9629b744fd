#!/bin/sh
# b2c report DIR (or several files): one report over the partnerships in
# every format, with pooled rows computed from the summed answers. The
# oracle is independent: the fixture sessions' raw tallies are written
# out below and pooled here with Wilson's and Newcombe's formulas in
# Python; an average of the partnerships' percentages would differ, so a
# report that averaged would fail.
set -u
tmp="$B2C_TEST_TMP/report-portfolio.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
dir="$top_srcdir/tests/data/portfolio"
status=0

fail() {
	echo "FAIL: $*" >&2
	status=1
}

command -v python3 >/dev/null 2>&1 ||
	{ echo "FAIL: python3 is needed to check the pools" >&2; exit 99; }

for f in text markdown html csv csv-excel; do
	"$B2C" --lang en report --format $f --width 100 "$dir" \
	    >"$tmp/dir.$f" 2>"$tmp/err" || fail "$f: exit $?: $(cat "$tmp/err")"
	# The files named one by one give the same report as their directory.
	"$B2C" --lang en report --format $f --width 100 "$dir/north.cfg" \
	    "$dir/south.cfg" "$dir/west.cfg" >"$tmp/files.$f" ||
	    fail "$f files: exit $?"
	cmp -s "$tmp/dir.$f" "$tmp/files.$f" ||
	    fail "$f: the directory and its files differ"
done

python3 - "$tmp/dir.csv" "$tmp/dir.csv-excel" >"$tmp/py.out" 2>&1 <<'PY' ||
import csv, math, sys

Z = 1.959963984540054

def wilson(x, n):
    p = x / n
    d = 1 + Z * Z / n
    c = (p + Z * Z / (2 * n)) / d
    h = Z / d * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    return 100 * (c - h), 100 * (c + h)

# The fixtures' tallies: (strongly agree, agree, neutral, disagree,
# strongly disagree, don't know, blank), one statement each. Sydhaven's
# trust rests on two statements (a mean), so it is not in the pool.
tallies = {
    ("belonging", "baseline"): [(15, 26, 27, 20, 12, 4, 2),
                                (2, 3, 10, 10, 5, 3, 1),
                                (40, 40, 10, 5, 5, 2, 2)],
    ("belonging", "year 1"): [(30, 20, 10, 5, 5, 1, 0),
                              (5, 5, 5, 10, 5, 0, 2)],
    ("trust", "baseline"): [(10, 10, 5, 3, 2, 0, 1)],
    ("greenspace", "baseline"): [(4, 6, 5, 3, 2, 0, 0)],
}
counts = {("internships", "baseline"): [4, 2],
          ("internships", "year 1"): [7, 3]}

def rows(path, delim):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f, delimiter=delim, strict=True))

prog = rows(sys.argv[1], ",")
excel = rows(sys.argv[2], ";")
need = ["partnership", "company", "area", "target_year", "unit",
        "dont_know", "blank", "change", "change_ci_low", "change_ci_high",
        "verdict", "target_status", "value"]
for k in need:
    assert k in prog[0], ("column", k)
pooled = {(r["indicator_id"], r["period"]): r for r in prog
          if r["partnership"] == "(pooled)"}
assert set(pooled) == set(tallies) | set(counts), sorted(pooled)
for r in prog:
    if r["partnership"] == "(pooled)":
        assert r["company"] == "" and r["area"] == "", r

def near(text, want):
    return abs(float(text) - want) <= 0.05 + 1e-9

for key, ts in tallies.items():
    r = pooled[key]
    n = sum(sum(t[:5]) for t in ts)
    x = sum(t[0] + t[1] for t in ts)
    lo, hi = wilson(x, n)
    assert int(r["respondents"]) == n and int(r["positive"]) == x, (key, r)
    assert near(r["percent"], 100 * x / n), (key, r["percent"])
    assert near(r["ci_low"], lo) and near(r["ci_high"], hi), \
        (key, r["ci_low"], r["ci_high"], lo, hi)
    assert int(r["dont_know"]) == sum(t[5] for t in ts), (key, r)
    assert int(r["blank"]) == sum(t[6] for t in ts), (key, r)
    assert r["unit"] == "%", r

# The test can fail: averaging the partnerships' percentages gives
# another figure than the pooled one.
ts = tallies[("belonging", "baseline")]
mean = sum(100 * (t[0] + t[1]) / sum(t[:5]) for t in ts) / len(ts)
pool = float(pooled[("belonging", "baseline")]["percent"])
assert abs(mean - pool) > 5, (mean, pool)

for key, cs in counts.items():
    r = pooled[key]
    assert int(r["value"]) == sum(cs) and r["unit"] == "number", (key, r)
    assert r["respondents"] == "" and r["percent"] == "", r
b = pooled[("internships", "year 1")]
assert (b["change"], b["verdict"]) == ("4", "increase"), b
# Vestbyen has no year 1: the pools hold other partnerships, no change.
b = pooled[("belonging", "year 1")]
assert b["change"] == "" and b["verdict"] == "", b
# Every partnership's own rows are there too, told apart.
assert len([r for r in prog if r["partnership"] == "Sydhaven"]) == 6
assert len(prog) == len(excel)
for p, e in zip(prog, excel):
    for k in p:
        assert e[k] == p[k].replace(".", ",") or k in (
            "indicator_name", "partnership", "company", "area"), (k, p, e)
print("ok")
PY
	fail "csv pools: $(cat "$tmp/py.out")"

# Two partnerships measured in both periods: a pooled change, with
# Newcombe's interval from the two pooled Wilson intervals.
"$B2C" report --format csv "$dir/north.cfg" "$dir/south.cfg" \
    >"$tmp/two.csv" || fail "two: exit $?"
python3 - "$tmp/two.csv" >"$tmp/py2.out" 2>&1 <<'PY' ||
import csv, math, sys

Z = 1.959963984540054

def wilson(x, n):
    p = x / n
    d = 1 + Z * Z / n
    c = (p + Z * Z / (2 * n)) / d
    h = Z / d * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    return c - h, c + h

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
r = [r for r in rows if r["partnership"] == "(pooled)" and
     r["indicator_id"] == "belonging" and r["period"] == "year 1"][0]
x1, n1 = 41 + 5, 100 + 30	# baseline: Nordparken, Sydhaven
x2, n2 = 50 + 10, 70 + 30	# year 1
p1, p2 = x1 / n1, x2 / n2
l1, u1 = wilson(x1, n1)
l2, u2 = wilson(x2, n2)
d = p2 - p1
lo = d - math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2)
hi = d + math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2)
for k, want in (("change", d), ("change_ci_low", lo),
                ("change_ci_high", hi)):
    assert abs(float(r[k]) - 100 * want) <= 0.05 + 1e-9, (k, r[k], want)
assert r["verdict"] == ("increase" if lo > 0 else "no_detectable_change")
print("ok")
PY
	fail "pooled change: $(cat "$tmp/py2.out")"

# The same pooled figures in the formats people read: 126 of 230.
for f in text markdown html; do
	grep -q '54\.8%' "$tmp/dir.$f" || fail "$f: no pooled 54.8%"
	grep -q '48\.3–61\.1%' "$tmp/dir.$f" ||
	    fail "$f: no pooled interval 48.3–61.1%"
	grep -q 'Pooled: 3 of 3' "$tmp/dir.$f" || fail "$f: no pooled row"
	grep -q "Sydhaven, Baseline: not pooled; its figure is the mean" \
	    "$tmp/dir.$f" || fail "$f: the mean left out is not said"
	grep -q 'Grønne områder' "$tmp/dir.$f" ||
	    fail "$f: the site-specific indicator is missing"
	for cfg in north south west; do
		sha=$(sha256sum "$dir/$cfg.cfg" | cut -d' ' -f1)
		grep -q "$sha" "$tmp/dir.$f" ||
		    fail "$f: no fingerprint of $cfg.cfg"
	done
done
# Averaging the percentages would have printed 45.9 %.
grep -q '45\.9' "$tmp/dir.text" && fail "text: an average of percentages"

# An empty directory and a bad file in one are errors naming them.
mkdir -p "$tmp/empty" "$tmp/bad"
"$B2C" report "$tmp/empty" >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] || fail "empty directory: want exit 2"
cp "$dir/north.cfg" "$tmp/bad/a.cfg"
printf 'version = 2;\ntitle = \n' >"$tmp/bad/b.cfg"
"$B2C" report "$tmp/bad" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 1 ] || fail "bad file: want exit 1"
grep -q 'b\.cfg' "$tmp/err" || fail "bad file not named: $(cat "$tmp/err")"
[ -s "$tmp/out" ] && fail "bad file: a report was printed anyway"

rm -rf "$tmp"
exit $status
