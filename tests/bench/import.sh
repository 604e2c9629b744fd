#!/bin/sh
# Response import: b2c import-responses of 10,000 and 100,000 generated
# rows (a Danish Excel export: BOM, semicolons, CRLF, labels and digits)
# into a copy of the 1x session, against libcsv tokenising the same file.
# Goal: 100,000 rows in under 0.5 s.
#
#   B2C=./b2c BENCH_BIN=tests/bench sh tests/bench/import.sh
set -u
. "${BENCH_SRC:-$(dirname "$0")}/lib.sh"

S=$BENCH_OUT/import
mkdir -p "$S"
BIN=$BENCH_BIN
"$BIN/gen-session" 1 "$S/base.b2c" || exit 1

echo "== Import of survey responses (median of 5, whole process)"
bench_md "### Import of survey responses (whole process, median of 5)"
bench_md ""
bench_md "| rows | CSV (KiB) | libcsv alone (ms) | b2c import-responses (ms) | ratio | peak RSS (KiB) | goal |"
bench_md "|---:|---:|---:|---:|---:|---:|---|"
for rows in 10000 100000; do
	csv=$S/r$rows.csv
	"$BIN/gen-session" --csv "$rows" "$csv" || exit 1
	bench_time 5 -- "$BIN/bare-csv" "$csv" || continue
	floor=$MED_MS
	goal=
	if bench_time 5 "cp $S/base.b2c $S/work.b2c" -- "$B2C" import-responses \
		"$S/work.b2c" --period "År 9" "$csv"; then
		ms=$MED_MS; rss=$RSS_KB
		if [ "$rows" = 100000 ]; then
			goal="< 500 ms: $(bench_goal x "$ms" "<" 500)"
			bench_goal_row "import of 100,000 response rows < 0.5 s" \
				"$ms ms ($(bench_ratio "$ms" "$floor")x libcsv alone)" \
				"$(bench_goal x "$ms" "<" 500)"
		fi
	else
		ms=failed; rss=
	fi
	printf '  %6s rows: libcsv %8s ms, b2c %8s ms (%sx), %s KiB %s\n' \
		"$rows" "$floor" "$ms" "$(bench_ratio "$ms" "$floor")" "$rss" "$goal"
	bench_md "| $rows | $(( $(wc -c < "$csv") / 1024 )) | $floor | $ms | $(bench_ratio "$ms" "$floor") | $rss | $goal |"
done
echo "  reproduce: $BIN/gen-session --csv 100000 r.csv; $BIN/timeit -n 5 -s 'cp base.b2c w.b2c' -- $B2C import-responses w.b2c --period 'År 9' r.csv"
bench_md ""
bench_md "Reproduce: \`tests/bench/gen-session --csv 100000 r.csv && tests/bench/timeit -n 5 -s 'cp base.b2c w.b2c' -- ./b2c import-responses w.b2c --period 'År 9' r.csv\`"
bench_md ""
