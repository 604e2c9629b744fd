#!/bin/sh
# b2c-session(5): the page is clean under mandoc's lint, and the example
# it shows is a valid session that means what the page says: every value
# in it reaches the report.
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
"$B2C" check "$tmp/example.cfg" || {
	echo "FAIL: the example is not a valid session" >&2
	status=1
}

# The figures: 15 + 26 of 100 agree (41.0 %, 95 % interval 31.9-50.8)
# against the target of 85; the count indicator's 3 (under value)
# against 12.
cat >"$tmp/want.csv" <<'CSV'
indicator_id,indicator_name,kind,period,date,respondents,positive,percent,ci_low,ci_high,target,value,unit,target_year,dont_know,blank,change,change_ci_low,change_ci_high,verdict,target_status,partnership,company,area,merge_conflicts
belonging,Tilhørsforhold,percent,baseline,2025-11-15,100,41,41.0,31.9,50.8,85.0,,%,,4,0,,,,,below_interval,Sommerfest i Hedemarken,Nortec (vaskerier),"Hedemarken, Albertslund",0
internships,Unge i virksomhedspraktik (not adopted by both parties),count,baseline,,,,,,,12,3,number,,,,,,,,not_met,Sommerfest i Hedemarken,Nortec (vaskerier),"Hedemarken, Albertslund",0
CSV
# RFC 4180: the CSV ends its lines with CR LF.
"$B2C" --lang en report --format csv "$tmp/example.cfg" | tr -d '\r' >"$tmp/got.csv"
if ! cmp -s "$tmp/want.csv" "$tmp/got.csv"; then
	echo "FAIL: the example's figures differ from what the page shows" >&2
	diff -u "$tmp/want.csv" "$tmp/got.csv" >&2
	status=1
fi
# The text: each value the example sets, as the report shows it.
"$B2C" --lang en report --width 80 "$tmp/example.cfg" >"$tmp/report.txt"
while IFS= read -r line; do
	grep -qF -- "$line" "$tmp/report.txt" || {
		echo "FAIL: the example's report lacks: $line" >&2
		status=1
	}
done <<'LINES'
Sommerfest i Hedemarken
Area: Hedemarken, Albertslund
Partnership: small
Contact: Mette Hansen, Boligsocial koordinator
Company: Nortec (vaskerier)
Sommerfest på græsset (20 June 2026)
25 August 2026
Jeg er stolt af at fortælle, hvor jeg bor.
LINES

rm -rf "$tmp"
exit $status
