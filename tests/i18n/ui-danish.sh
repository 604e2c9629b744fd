#!/bin/sh
# The wizard on a server with no locale set (no LANG, no LC_*, no
# LANGUAGE, no Danish locale installed): Danish screens, UTF-8 lines, and
# æøå typed and saved intact. --lang en and the language setting give
# English; a user who set LANG=C gets Danish text with ASCII lines.
set -u
dir="$B2C_TEST_TMP/ui-danish"
rm -rf "$dir"
mkdir -p "$dir/home"
cd "$dir" || exit 99
fail=0
bad() { echo "FAIL: $*"; fail=1; }
has() { grep -qF -- "$2" "$1" || bad "$1 does not hold: $2"; }
hasnt() { ! grep -qF -- "$2" "$1" || bad "$1 holds: $2"; }

cat >keys <<'KEYS'
dump-screen start
key F3
dump-screen map
key Esc
type æøå
key F2
dump-screen typed
key F10
KEYS

# wizard OUT VAR=VALUE...: the wizard on a copy of the demo, in a clean
# environment plus the given variables; its screens go to OUT-*.
wizard() {
	out=$1
	shift
	cp "$B2C_DATADIR/demo.cfg" "$out.cfg"
	sed "s/dump-screen /dump-screen $out-/" keys >"$out.keys"
	env -i PATH="$PATH" HOME="$dir/home" TERM=xterm \
		B2C_LOCALEDIR="$B2C_LOCALEDIR" B2C_SCRIPT="$out.keys" \
		B2C_SCRIPT_TERM=xterm-256color NO_COLOR=1 "$@" \
		timeout 60 "$B2C" $WIZARD_ARGS "$out.cfg" ||
		bad "$out: exit $?"
}

WIZARD_ARGS=
wizard server
has server-start "F1/^G Hjælp  F2/^S Gem  F3/^T Oversigt  PgDn/^N Næste"
has server-start "Start · Partnerskabet · 1/2"
has server-start "────────"
has server-map "Oversigt over alle trin"
has server-map "Del 2 · Årshjul"
has server-typed "Partnerskab mellem Bo-Vest og Nortecæøå"
has server.cfg 'title = "Partnerskab mellem Bo-Vest og Nortecæøå";'

WIZARD_ARGS="--lang en"
wizard english
has english-start "F1/^G Help  F2/^S Save  F3/^T Overview  PgDn/^N Next"
has english-map "Part 2 · Annual wheel"
has english.cfg 'Nortecæøå";'

WIZARD_ARGS=
mkdir -p "$dir/home/.config/b2c"
printf 'language = "en";\n' >"$dir/home/.config/b2c/config"
wizard configured
has configured-start "F1/^G Help"
rm "$dir/home/.config/b2c/config"

wizard ascii LANG=C
has ascii-start "F1/^G Hj"
has ascii-start "--------"
hasnt ascii-start "────"
has ascii.cfg 'Nortecæøå";'
exit $fail
