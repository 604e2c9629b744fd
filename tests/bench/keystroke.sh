#!/bin/sh
# Work per key with a large session open. The wizard's headless key script
# (B2C_SCRIPT) drives the real TUI code; callgrind counts the instructions
# (repeatable, unlike wall time). A key's cost is the difference between a
# script with K more of that key and one without, divided by K; the ratio
# of that cost with the 100x session open to the 1x session open should be
# near 1 (no work proportional to the session per key). Also the TUI's
# peak RSS with the demo and the generated sessions open.
#
#   B2C=./b2c BENCH_BIN=tests/bench sh tests/bench/keystroke.sh
set -u
. "${BENCH_SRC:-$(dirname "$0")}/lib.sh"

S=$BENCH_OUT/keys
mkdir -p "$S"
K=${BENCH_KEYS:-100}
BENCH_NO_HYPERFINE=1	# only the peak RSS of these runs is reported
BIN=$BENCH_BIN
export LANG=C.UTF-8 LC_ALL=C.UTF-8 B2C_SCRIPT_TERM=xterm-256color
# Autosave is time-driven; off so that only the keys are counted.
mkdir -p "$S/xdg/b2c"
printf 'autosave_seconds = 0;\n' > "$S/xdg/b2c/config"
export XDG_CONFIG_HOME=$S/xdg

for k in 1 100; do
	"$BIN/gen-session" "$k" "$S/s$k.b2c" || exit 1
done

# keys_script FILE PREFIX-LINES KEY-LINE COUNT: a script that does the
# prefix, COUNT times the key line, then quits without saving.
keys_script() {
	_f=$1; _pre=$2; _line=$3; _n=$4
	{
		printf '%b' "$_pre"
		_i=0
		while [ $_i -lt "$_n" ]; do
			printf '%s\n' "$_line"; _i=$((_i + 1))
		done
		printf 'key F10\nkey n\n'
	} > "$_f"
}

# keys_ir SESSION SCRIPT: instructions of one headless run (callgrind).
# The wizard program itself is measured: b2c only hands over to it, and
# valgrind does not follow an exec.
keys_ir() {
	cp "$1" "$S/work.b2c"
	B2C_SCRIPT=$2 valgrind --tool=callgrind \
		--callgrind-out-file="$S/cg.out" "$B2C_WIZARD" --lang en \
		"$S/work.b2c" \
		> /dev/null 2> "$S/cg.log" || { echo fail; return; }
	# A save on leaving a step runs in a forked child, which valgrind
	# follows and counts apart; the wizard waits for it in a key
	# script, so its own count is the last one.
	sed -n 's/^==[0-9]*== Collected : *\([0-9]*\).*/\1/p' "$S/cg.log" |
		tail -n 1
}

# keys_base PREFIX: instructions of the prefix alone at 1x and 100x, in
# BASE1 and BASE100. The prefix always changes the session, so the base
# and the measured runs quit through the same "save changes?" prompt.
keys_base() {
	keys_script "$S/base.keys" "$1" "" 0
	BASE1=$(keys_ir "$S/s1.b2c" "$S/base.keys")
	BASE100=$(keys_ir "$S/s100.b2c" "$S/base.keys")
}

# keys_cost NAME PREFIX KEY-LINE [COUNT]: per-key instructions at 1x and
# 100x (COUNT keys, default K), against the last keys_base.
keys_cost() {
	_name=$1; _pre=$2; _line=$3; _n=${4:-$K}; _c1=; _c100=
	keys_script "$S/more.keys" "$_pre" "$_line" "$_n"
	for _k in 1 100; do
		_m=$(keys_ir "$S/s$_k.b2c" "$S/more.keys")
		eval "_b=\$BASE$_k"
		_per=$(awk -v m="$_m" -v b="$_b" -v k="$_n" 'BEGIN {
			if (m !~ /^[0-9]+$/ || b !~ /^[0-9]+$/) print "failed"
			else printf "%.0f\n", (m - b) / k }')
		eval "_c$_k=\$_per"
	done
	_r=$(bench_ratio "$_c100" "$_c1")
	KEY_RATIOS="${KEY_RATIOS:-}$_name: $_r; "
	printf '  %-34s 1x %9s Ir/key  100x %9s Ir/key  ratio %s\n' \
		"$_name" "$_c1" "$_c100" "$_r"
	bench_md "| $_name | $_c1 | $_c100 | $_r |"
}

echo "== Keystroke work with the 1x and the 100x session open (callgrind, $K keys)"
if ! bench_have valgrind; then
	echo "  valgrind not installed: skipped (apt-get install valgrind)"
	bench_md "### Keystroke work: skipped (valgrind not installed)"
else
	bench_md "### Work per key with the 1x and the 100x session open (instructions, callgrind, headless key script)"
	bench_md ""
	bench_md "| key | 1x (Ir per key) | 100x (Ir per key) | 100x / 1x |"
	bench_md "|---|---:|---:|---:|"
	keys_base "type z\n"
	keys_cost "type a character (title field)" "type z\n" "type a"
	keys_cost "type æ (title field)" "type z\n" "type æ"
	keys_cost "Tab (next field)" "type z\n" "key Tab"
	# Leaving a step with unsaved changes saves the session: one PgDn
	# after an edit costs a whole save, which must grow with the file.
	keys_cost "PgDn after an edit (saves on leaving the step)" "type z\n" "key PgDn" 1
	# From the first step to the last, nothing to save: every step of the
	# wizard once, the meeting and årshjul lists among them.
	keys_base ""
	keys_cost "PgDn (next step, through all 27 steps, saved session)" "" "key PgDn" 26
	# Moving in the long lists: 15 rows down (the 1x lists are longer).
	PG17=$(printf 'key PgDn\n%.0s' $(seq 17))
	keys_base "$PG17\n"
	keys_cost "Down in the årshjul table (5,000 rows at 100x)" "$PG17\n" "key Down" 15
	PG21=$(printf 'key PgDn\n%.0s' $(seq 21))
	keys_base "$PG21\n"
	keys_cost "Down in the meeting list (2,000 at 100x)" "$PG21\n" "key Down" 15
	keys_base "type $(printf '%*s' $((K + 2)) '' | tr ' ' x)\n"
	keys_cost "Backspace (title field)" "type $(printf '%*s' $((K + 2)) '' | tr ' ' x)\n" "key Backspace"
	bench_md ""
	bench_md "Reproduce: \`B2C_SCRIPT=keys valgrind --tool=callgrind ./b2c-wizard FILE\` with a script of a prefix and K keys and one of the prefix alone; difference / K."
	bench_md ""
	worst=$(printf '%s' "$KEY_RATIOS" | tr ';' '\n' | grep -v 'after an edit' |
		sed -n 's/.*: \([0-9.]*\)$/\1/p' | sort -n | tail -n 1)
	v=met
	bench_cmp "$worst" "<=" 1.2 || v=MISSED
	bench_goal_row "no key does work proportional to the session (100x / 1x instructions per key)" \
		"typing, Backspace, Tab: 1.00; worst other key $worst (see the table); the save after an edit runs in a background process" \
		"$v"
	echo "  reproduce: B2C_SCRIPT=more.keys valgrind --tool=callgrind $B2C_WIZARD FILE (minus a 1-key script, / $K)"
fi

echo "== Peak RSS of the TUI with a session open (headless: start, one frame, quit)"
bench_md "### Peak RSS of the TUI with a session open (headless key script: open, first frame, quit)"
bench_md ""
bench_md "| session | file (KiB) | peak RSS (KiB) | RSS / file |"
bench_md "|---|---:|---:|---:|"
printf 'key F10\n' > "$S/quit.keys"
"$BIN/gen-session" 10 "$S/s10.b2c"
RSSES= DATA=
bench_time 3 "rm -f $S/empty.b2c" -- env B2C_SCRIPT="$S/quit.keys" "$B2C" "$S/empty.b2c"
FLOOR=$RSS_KB
echo "  a new, empty session: peak RSS $FLOOR KiB (the floor)"
bench_md "| new empty session (floor) | 0 | $FLOOR | |"
for f in demo s1 s10 s100; do
	case $f in
	demo) src=${B2C_DATADIR:-share/b2c}/demo.cfg ;;
	*) src=$S/$f.b2c ;;
	esac
	[ -f "$src" ] || continue
	cp "$src" "$S/open.b2c"
	bench_time 5 -- env B2C_SCRIPT="$S/quit.keys" "$B2C" -r "$S/open.b2c" ||
		continue
	b=$(wc -c < "$src")
	[ $f = demo ] || RSSES="$RSSES $b $RSS_KB"
	case $f in s10|s100) DATA="$DATA $b $((RSS_KB - FLOOR))" ;; esac
	goal=
	if [ $f = demo ]; then
		goal=" (goal < 8192 KiB: $(bench_goal x "$RSS_KB" "<" 8192))"
		bench_goal_row "peak RSS with the demo open in the TUI < 8 MiB" \
			"$RSS_KB KiB" "$(bench_goal x "$RSS_KB" "<" 8192)"
	fi
	printf '  %-6s %9s B file  peak RSS %6s KiB%s\n' "$f" "$b" "$RSS_KB" "$goal"
	bench_md "| $f$goal | $((b / 1024)) | $RSS_KB | $(bench_ratio "$((RSS_KB * 1024))" "$b") |"
done
echo "  RSS growth exponent vs file size (1x..100x): $(bench_slope $RSSES); above the empty-session floor (10x..100x): $(bench_slope $DATA)"
e=$(bench_slope $DATA); v=met
bench_cmp "$e" "<=" 1.1 || v=MISSED
bench_goal_row "memory grows no faster than the session file" \
	"exponent $e (RSS above the empty session, 10x..100x); 100x: $RSS_KB KiB for a $((b / 1024)) KiB file" "$v"
bench_md ""
bench_md "Growth exponent of peak RSS against file size over 1x..100x: $(bench_slope $RSSES); of the RSS above the empty-session floor, 10x..100x (at 1x that part is too small to measure): $(bench_slope $DATA) (1.00 = linear in the file)."
bench_md "Reproduce: \`printf 'key F10\\n' > q; tests/bench/timeit -n 5 -- env B2C_SCRIPT=q ./b2c -r FILE\`"
bench_md ""
