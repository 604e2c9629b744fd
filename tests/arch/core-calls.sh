#!/bin/sh
# The core's files call each other in layers: no circle of calls between
# files (a calls b and b, directly or through others, calls a); once the
# core has a folder per part (src/README), a file calls only its own
# folder or the layers below it; and no file of the core includes a
# header of the layers above it (the TUI, the CLI, the line mode, curses). The calls are read from the compiled
# library itself (which file defines a symbol, which files use it), so
# what is measured is what is linked, not what a grep guesses.
#
#   core-calls.sh            check, exit 1 with the circles found
#   core-calls.sh --graph    print every edge "caller callee symbol"
set -u
: "${top_builddir:=.}" "${top_srcdir:=.}"
lib="$top_builddir/libb2ccore.a"
NM=${NM:-nm}
if [ ! -f "$lib" ]; then
	echo "core-calls: $lib not built" >&2
	exit 1
fi
tmp=${B2C_TEST_TMP:-${TMPDIR:-/tmp}}/core-calls.$$
trap 'rm -f "$tmp" "$tmp.parts"' EXIT INT TERM

# The part of each file: its folder under src/core, if it has one.
for f in "$top_srcdir"/src/core/*/*.c; do
	[ -f "$f" ] || continue
	part=${f%/*}
	base=${f##*/}
	echo "${base%.c} ${part##*/}"
done >"$tmp.parts"

# "archive:member: ... TYPE symbol" -> "member TYPE symbol", with the
# member named after its source (libb2ccore_a-store-read.o -> store-read).
"$NM" -A "$lib" | awk '{
	split($1, p, ":"); m = p[2]
	sub(/^libb2ccore_a-/, "", m); sub(/\.o$/, "", m)
	if (NF == 3) print m, $2, $3; else if (NF == 4) print m, $3, $4
}' >"$tmp" || exit 1

status=0
awk -v mode="${1:-check}" -v parts="$tmp.parts" '
BEGIN {
	while ((getline line < parts) > 0) {
		split(line, p, " "); part[p[1]] = p[2]
	}
	# Lower layers first; parts of one rank do not call each other.
	rank["text"] = 0; rank["model"] = 1
	rank["store"] = 2; rank["stats"] = 2; rank["guide"] = 2
	rank["chart"] = 3; rank["import"] = 3; rank["report"] = 4
}
$2 ~ /^[TDBRCGSVW]$/ { def[$3] = $1; next }
$2 == "U" { use[NR] = $1 " " $3; next }
END {
	for (i in use) {
		split(use[i], u, " ")
		if (!(u[2] in def) || def[u[2]] == u[1]) continue
		a = u[1]; b = def[u[2]]
		if (mode == "--graph") print a, b, u[2]
		if (!((a, b) in edge)) { edge[a, b] = u[2]; n[a]; n[b] }
		reach[a, b] = 1
	}
	if (mode == "--graph") exit 0
	bad = 0
	for (e in edge) {
		split(e, ab, SUBSEP); a = ab[1]; b = ab[2]
		if (!(a in part) || !(b in part) || part[a] == part[b])
			continue
		if (!(part[a] in rank) || !(part[b] in rank)) {
			print "core/" part[a] " or core/" part[b] ": a part " \
			    "without a layer (tests/arch/core-calls.sh)"
			bad = 1
		} else if (rank[part[b]] >= rank[part[a]]) {
			print "a layer reaches up or sideways: " part[a] "/" a \
			    " calls " part[b] "/" b " (" edge[e] ")"
			bad = 1
		}
	}
	for (k in n) for (i in n) if ((i, k) in reach)
		for (j in n) if ((k, j) in reach) reach[i, j] = 1
	for (a in n) {
		if (a in done) continue
		grp = a; cnt = 1
		for (b in n) if (b != a && ((a, b) in reach) && ((b, a) in reach)) {
			grp = grp " " b; cnt++; done[b]
		}
		if (cnt < 2) continue
		bad = 1
		print "circle of calls between files of the core: " grp
		for (x in n) for (y in n)
			if ((x, y) in edge && index(" " grp " ", " " x " ") && \
			    index(" " grp " ", " " y " ")) print "  " x " -> " y " (" edge[x, y] ")"
	}
	exit bad
}' "$tmp" || status=1
[ "${1:-}" = --graph ] && exit 0

# No file of the core includes a header of a layer above it.
for f in "$top_srcdir"/src/core/*.c "$top_srcdir"/src/core/*.h \
    "$top_srcdir"/src/core/*/*.c "$top_srcdir"/src/core/*/*.h; do
	[ -f "$f" ] || continue
	if grep -n -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]((b2c/)?(tui|cli|cli-[a-z-]+|line|line-[a-z-]+)\.h|n?curses(w/)?[a-z]*\.h)[">]' "$f"; then
		echo "$f: the core includes a header of the TUI, the CLI or curses" >&2
		status=1
	fi
done
# The TUI takes exit statuses from their own header, not from the CLI's.
for f in "$top_srcdir"/src/tui/*.c "$top_srcdir"/src/tui/*.h; do
	[ -f "$f" ] || continue
	if grep -n -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](b2c/)?cli\.h[">]' "$f"; then
		echo "$f: the TUI includes the CLI's header" >&2
		status=1
	fi
done
exit $status
