#!/bin/sh
# b2c itself, the program every command that only reads and prints runs
# in (report, check, list, agenda...), links neither curses nor the line
# editor nor the CSV parser: those belong to the wizard program, which
# also runs the line mode and the imports. Each library a program needs is loaded at every start, and at the
# size of a real session the start is most of what `b2c report` costs.
# The wizard program, for its part, must have both. Read from the
# programs' dynamic sections (readelf), not from the build files.
set -u
: "${top_builddir:=.}"
READELF=${READELF:-readelf}
command -v "$READELF" >/dev/null 2>&1 || { echo "program-libs: no $READELF" >&2; exit 99; }
fail() { echo "program-libs: $*" >&2; exit 1; }

needed() {
	"$READELF" -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'
}

b2c=$(needed "$top_builddir/b2c") || fail "cannot read $top_builddir/b2c"
wizard=$(needed "$top_builddir/b2c-wizard") ||
	fail "cannot read $top_builddir/b2c-wizard"
[ -n "$b2c" ] || fail "b2c needs no library at all? (readelf said nothing)"
for lib in libncurses libtinfo libedit libreadline libbsd libcsv; do
	echo "$b2c" | grep -q "^$lib" && fail "b2c links $lib: $(echo $b2c)"
done
echo "$b2c" | grep -q '^libconfig' || fail "b2c does not link libconfig: $(echo $b2c)"
echo "$wizard" | grep -q '^libncurses' || fail "b2c-wizard lacks curses: $(echo $wizard)"
echo "$wizard" | grep -q '^libedit' || fail "b2c-wizard lacks libedit: $(echo $wizard)"
echo "$wizard" | grep -q '^libcsv' || fail "b2c-wizard lacks libcsv: $(echo $wizard)"
exit 0
