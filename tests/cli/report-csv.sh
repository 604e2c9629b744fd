#!/bin/sh
# b2c report --format csv: the demo matches the expected file, the header
# is exactly the documented one, and the figures are checked value by
# value against the booklet's numbers (n = 100) and Wilson bounds worked
# out by hand; a Danish locale does not turn the dots into commas.
set -u
tmp="$B2C_TEST_TMP/report-csv.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
demo="$B2C_DATADIR/demo.cfg"
status=0
# The audit trail's report date, fixed so the expected files hold.
SOURCE_DATE_EPOCH=1796000000
export SOURCE_DATE_EPOCH

fail() {
	echo "FAIL: $*" >&2
	status=1
}

"$B2C" report --format csv "$demo" >"$tmp/demo.csv" || fail "csv: exit $?"
if ! cmp -s "$top_srcdir/tests/golden/report/demo.csv" "$tmp/demo.csv"; then
	fail "csv differs from the expected file"
	diff -u "$top_srcdir/tests/golden/report/demo.csv" "$tmp/demo.csv" >&2
fi
tr -d '\r' <"$tmp/demo.csv" >"$tmp/lf.csv"
[ "$(head -n 1 "$tmp/lf.csv")" = "indicator_id,indicator_name,kind,period,\
date,respondents,positive,percent,ci_low,ci_high,target,value,unit,\
target_year,dont_know,blank,change,change_ci_low,change_ci_high,verdict,\
target_status,partnership,company,area,merge_conflicts" ] ||
	fail "header: $(head -n 1 "$tmp/lf.csv")"
# Every record ends in CRLF (RFC 4180).
[ "$(grep -c "$(printf '\r')\$" "$tmp/demo.csv")" -eq \
    "$(wc -l <"$tmp/demo.csv")" ] || fail "a record does not end in CRLF"

# row ID PERIOD: the fields after indicator_id,indicator_name,kind.
row() {
	awk -F, -v id="$1" -v period="$2" '$1 == id && $4 == period {
		print $3 "," $5 "," $6 "," $7 "," $8 "," $9 "," $10 "," $11 }' \
	    "$tmp/lf.csv"
}
# expect ID PERIOD KIND,DATE,N,POSITIVE,PERCENT,LOW,HIGH,TARGET
expect() {
	got=$(row "$1" "$2")
	[ "$got" = "$3" ] || fail "$1 $2: got '$got', want '$3'"
}
# Wilson 95 %: (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n),
# z = 1.96, n = 100; e.g. 41/100: 31.87 .. 50.80.
expect belonging baseline "percent,2025-11-15,100,41,41.0,31.9,50.8,85.0"
expect belonging "year 1" "percent,2026-11-14,100,43,43.0,33.7,52.8,85.0"
expect trust baseline "percent,2025-11-15,100,45,45.0,35.6,54.8,80.0"
expect trust "year 1" "percent,2026-11-14,100,54,54.0,44.3,63.4,80.0"
expect cocreation baseline "percent,2025-11-15,100,22,22.0,15.0,31.1,75.0"
expect cocreation "year 1" "percent,2026-11-14,100,31,31.0,22.8,40.6,75.0"
# A count KPI: no respondents, positives or interval (its count is
# under value, checked below).
expect internships baseline "count,2025-11-15,,,,,,12"
expect internships "year 1" "count,2026-11-14,,,,,,12"
# 10 rows of figures, then 11 of the ledger (what each party put in and
# got out in 2026, a row per measure given), then 8 of planned against
# done (four statuses for 2026 and for the undated).
[ "$(wc -l <"$tmp/lf.csv")" -eq 30 ] ||
	fail "want a header and 29 rows, got $(wc -l <"$tmp/lf.csv") lines"
# Planned against done, counted by hand from demo.cfg: of the five
# actions three are done (June, August, September 2026), one postponed
# (October) and one has no status; of the ten activities eight are done
# and one postponed in 2026, and the Christmas event (12 December 2026)
# is still planned.
# status YEAR PLANNED DONE POSTPONED CANCELLED
status_rows() {
	for s in planned done postponed cancelled; do
		awk -F, -v id="status:$s" -v y="$1" '$1 == id && $4 == y {
			print $3 "," $2 "," $12 "," $13 }' "$tmp/lf.csv"
	done | tr '\n' ' '
}
[ "$(status_rows 2026)" = "status,actions_and_activities,1,number \
status,actions_and_activities,11,number status,actions_and_activities,2,number \
status,actions_and_activities,0,number " ] || fail "status 2026: $(status_rows 2026)"
[ "$(status_rows '')" = "status,actions_and_activities,1,number \
status,actions_and_activities,0,number status,actions_and_activities,0,number \
status,actions_and_activities,0,number " ] || fail "status undated: $(status_rows '')"

# The locale never changes the numbers.
for loc in da_DK.UTF-8 da_DK.utf8 de_DE.UTF-8; do
	LC_ALL=$loc "$B2C" report --format csv "$demo" 2>/dev/null |
	    cmp -s - "$tmp/demo.csv" || fail "csv differs under LC_ALL=$loc"
done

# An independent reader (Python's csv module) gets the same records from
# both dialects: 24 named columns, the count under value, the change since
# the base with its interval, decimal commas and semicolons for Excel.
"$B2C" report --format csv-excel "$demo" >"$tmp/excel.csv" ||
	fail "csv-excel: exit $?"
[ "$(head -c 3 "$tmp/excel.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] ||
	fail "csv-excel: no UTF-8 byte order mark"
command -v python3 >/dev/null 2>&1 ||
	{ echo "FAIL: python3 is needed to read the CSV" >&2; exit 99; }
python3 - "$tmp/demo.csv" "$tmp/excel.csv" >"$tmp/py.out" 2>&1 <<'PY' ||
import csv, sys

def rows(path, delim):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f, delimiter=delim, strict=True))

prog = rows(sys.argv[1], ",")
excel = rows(sys.argv[2], ";")
assert len(prog) == 29 and len(excel) == 29, (len(prog), len(excel))
status = [r for r in prog if r["kind"] == "status"]
assert [(r["indicator_id"], r["period"], r["value"]) for r in status] == [
    ("status:planned", "2026", "1"), ("status:done", "2026", "11"),
    ("status:postponed", "2026", "2"), ("status:cancelled", "2026", "0"),
    ("status:planned", "", "1"), ("status:done", "", "0"),
    ("status:postponed", "", "0"), ("status:cancelled", "", "0")], status
assert all(r["respondents"] == r["percent"] == "" and r["unit"] == "number"
           for r in status)
ledger = [r for r in prog if r["kind"] in ("input", "output")]
assert len(ledger) == 11, len(ledger)
cash = [r for r in ledger if r["indicator_id"] == "input:cash"]
assert [(r["indicator_name"], r["period"], r["value"], r["unit"])
        for r in cash] == [("Nortec (vaskerier)", "2026", "25000", "DKK")], cash
assert sum(int(r["value"]) for r in ledger
           if r["indicator_id"] == "output:participants") == 830, ledger
assert all(r["respondents"] == r["percent"] == "" for r in ledger)
assert len(prog[0]) == 25, sorted(prog[0])
assert {r["merge_conflicts"] for r in prog + excel} == {"0"}
by = {(r["indicator_id"], r["period"]): r for r in prog}
y1 = by[("internships", "year 1")]
assert (y1["value"], y1["positive"], y1["unit"]) == ("8", "", "number"), y1
assert y1["change"] == "5" and y1["verdict"] == "increase", y1
b = by[("belonging", "year 1")]
assert (b["change"], b["change_ci_low"], b["change_ci_high"]) == \
    ("2.0", "-11.5", "15.4"), b
assert b["verdict"] == "no_detectable_change", b
assert b["target_status"] == "below_interval", b
assert (b["dont_know"], b["blank"], b["target_year"]) == ("3", "1", "2028")
assert b["area"] == "Hedemarken, Albertslund", b["area"]
assert b["partnership"] == "Partnerskab mellem Bo-Vest og Nortec"
for p, e in zip(prog, excel):
    assert list(p) == list(e)
    for k in p:
        assert e[k] == p[k].replace(".", ",") or k in (
            "indicator_name", "partnership", "company", "area"), (k, p, e)
print("ok")
PY
	fail "python csv: $(cat "$tmp/py.out")"

# A directory of sessions: one header, every session's rows, told apart
# by the partnership column, then a pooled row per indicator and period
# (tests/cli/report-portfolio.sh checks their figures).
mkdir -p "$tmp/dir"
cp "$demo" "$tmp/dir/a.cfg"
sed 's/^title = .*/title = "Anden partnerskab";/' "$demo" >"$tmp/dir/b.cfg"
"$B2C" report --format csv "$tmp/dir" >"$tmp/all.csv" || fail "dir: exit $?"
[ "$(grep -c '^indicator_id,' "$tmp/all.csv")" -eq 1 ] ||
	fail "dir: want one header"
[ "$(grep -c ',Anden partnerskab,' "$tmp/all.csv")" -eq 29 ] ||
	fail "dir: want the second session's 29 rows"
[ "$(grep -c ',(pooled),' "$tmp/all.csv")" -eq 10 ] ||
	fail "dir: want 10 pooled rows"
[ "$(wc -l <"$tmp/all.csv")" -eq 69 ] || fail "dir: want 69 lines"

rm -rf "$tmp"
exit $status
