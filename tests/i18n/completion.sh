#!/bin/sh
# The bash completion offers commands, options, option values and session
# files (*.cfg), and nothing else in their place.
set -u
command -v bash >/dev/null || { echo "FAIL: bash is needed"; exit 99; }
dir="$B2C_TEST_TMP/completion"
rm -rf "$dir"
mkdir -p "$dir/sub"
: >"$dir/hedemarken.cfg"
: >"$dir/notes.txt"
: >"$dir/svar.csv"
cd "$dir" || exit 99
script="$top_srcdir/share/bash-completion/b2c"

# complete WORD...: prints the sorted candidates for the last word.
cat >"$dir/complete.bash" <<'EOS'
source "$1"
shift
COMP_WORDS=("$@")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
_b2c
printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort
EOS
fail=0
check() {
	expected=$1
	shift
	got=$(bash "$dir/complete.bash" "$script" "$@" | tr '\n' ' ')
	if [ "$got" != "$expected" ]; then
		echo "FAIL '$*': got '$got', expected '$expected'"
		fail=1
	fi
}
check "report " b2c rep
check "--format " b2c report --f
check "import-part1 import-responses " b2c imp
check "hedemarken.cfg sub " b2c check ""
check "hedemarken.cfg " b2c view he
check "hedemarken.cfg sub svar.csv " b2c import-responses hedemarken.cfg ""
check "html " b2c report --format h
check "html " b2c report --format = h
check "--format=markdown " b2c report hedemarken.cfg --format=m
check "da en " b2c --lang ""
check "--demo --dir " b2c --d
check "new " b2c --lang da n
check "sub " b2c list ""
check "agenda " b2c ag
check "calendar " b2c cal
check "hedemarken.cfg " b2c calendar he
check "--days " b2c agenda --da
check "--today " b2c agenda --t
check "hedemarken.cfg sub " b2c agenda ""
check " " b2c agenda --today ""
check "--width " b2c list --w
check "--replace " b2c import-part1 --r
check "--verbose " b2c check --v
check "--output " b2c report x.cfg --o
check "--period " b2c import-responses s.cfg --p
check "--date --help --period --replace -D -p " b2c import-responses -
check "--ascii " b2c list --a
exit $fail
