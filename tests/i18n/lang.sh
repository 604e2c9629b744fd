#!/bin/sh
# The interface language: --lang, the settings file, the locale, and
# Danish when the locale names no language, on a machine that need not
# have a Danish locale installed.
set -u
fail=0
dir="$B2C_TEST_TMP/lang"
rm -rf "$dir"
mkdir -p "$dir/xdg/b2c"
XDG_CONFIG_HOME="$dir/xdg"
export XDG_CONFIG_HOME
unset LANGUAGE LC_ALL LC_MESSAGES LANG

# check NAME EXPECTED-TEXT COMMAND...: the help's first line is EXPECTED.
check() {
	name=$1 expected=$2
	shift 2
	got=$("$@" 2>&1 | head -n 1)
	if [ "$got" != "$expected" ]; then
		echo "FAIL $name: got '$got', expected '$expected'"
		fail=1
	fi
}
da='Brug: b2c [TILVALG]... [FIL]'
en='Usage: b2c [OPTION]... [FILE]'

check "--lang da" "$da" "$B2C" --lang da --help
check "--lang=en" "$en" "$B2C" --lang=en --help
check "LANG=C.UTF-8" "$da" env LANG=C.UTF-8 "$B2C" --help
check "LANG=C" "$da" env LANG=C "$B2C" --help
check "LC_ALL=POSIX" "$da" env LC_ALL=POSIX "$B2C" --help
check "nothing set" "$da" "$B2C" --help
check "LANG=en_US.UTF-8" "$en" env LANG=en_US.UTF-8 "$B2C" --help
check "LANG=da_DK.UTF-8" "$da" env LANG=da_DK.UTF-8 "$B2C" --help
check "LANGUAGE=en" "$en" env LANG=C LANGUAGE=en "$B2C" --help
check "LC_MESSAGES over LANG" "$da" \
	env LANG=en_GB.UTF-8 LC_MESSAGES=da_DK.UTF-8 "$B2C" --help
check "--lang over LANGUAGE" "$da" env LANGUAGE=en "$B2C" --lang da --help

printf 'language = "en";\n' >"$dir/xdg/b2c/config"
check "settings over locale" "$en" env LANG=da_DK.UTF-8 "$B2C" --help
check "--lang over settings" "$da" "$B2C" --lang da --help

# Errors are in the chosen language too, and bad settings name FILE:LINE.
printf 'language = "da";\ntheme = "pink";\n' >"$dir/xdg/b2c/config"
check "bad setting" \
	"$dir/xdg/b2c/config:2: ukendt tema 'pink' (brug \"default\", \"monochrome\" eller \"high-contrast\")" \
	"$B2C" --version
check "bad setting, English" \
	"$dir/xdg/b2c/config:2: unknown theme 'pink' (use \"default\", \"monochrome\" or \"high-contrast\")" \
	"$B2C" --lang en --version
# Values from a settings file are shown with control characters visible.
printf 'theme = "\\x1b[2Jpink";\n' >"$dir/xdg/b2c/config"
check "escape in a setting" \
	"$dir/xdg/b2c/config:1: unknown theme '^[[2Jpink' (use \"default\", \"monochrome\" or \"high-contrast\")" \
	"$B2C" --lang en --version
if "$B2C" --version 2>&1 | od -c | grep -q '033'; then
	echo "FAIL: an escape byte from the settings reached the terminal"
	fail=1
fi
rm "$dir/xdg/b2c/config"
check "bad option" "b2c: ukendt tilvalg '--nope'" "$B2C" --nope

# Messages of the other commands are Danish too.
fixture="$top_srcdir/tests/data/invalid/include-dot.cfg"
if [ -f "$fixture" ]; then
	check "check in Danish" \
		"$fixture:2: direktiver som @include er ikke tilladt i en sessionsfil" \
		"$B2C" check "$fixture"
	check "check in English" \
		"$fixture:2: directives such as @include are not allowed in a session file" \
		"$B2C" --lang en check "$fixture"
	# --lang after the command, as before it.
	check "check in English, --lang after" \
		"$fixture:2: directives such as @include are not allowed in a session file" \
		"$B2C" check "$fixture" --lang en
fi

# --lang after the command, in either form, as before it; "--" ends the
# options, so a file named --lang stays a file.
demo="$B2C_DATADIR/demo.cfg"
"$B2C" --lang en report --width 80 "$demo" >"$dir/before" 2>&1
for after in "--lang en" "--lang=en"; do
	# shellcheck disable=SC2086
	"$B2C" report "$demo" $after --width 80 >"$dir/after" 2>&1
	cmp -s "$dir/before" "$dir/after" ||
	    { echo "FAIL report FILE $after: not the English report"; fail=1; }
done
"$B2C" report --width 80 "$demo" --lang=da >"$dir/da" 2>&1
grep -q '^Del 1' "$dir/da" ||
    { echo "FAIL report FILE --lang=da: not Danish"; fail=1; }
"$B2C" --lang en report -- --lang >"$dir/out" 2>&1 &&
    { echo "FAIL report -- --lang: reported"; fail=1; }
grep -q -- "--lang" "$dir/out" ||
    { echo "FAIL report -- --lang: $(cat "$dir/out")"; fail=1; }
# An English report carries no Danish program labels: the answer scale
# the periods and the booklet's parts are in English (what users wrote
# stays as written).
for label in "Helt enig" "Delvist enig" "Hverken enig" "Delvist uenig" \
    "Helt uenig" "Ved ikke" "År 1" "Del 1" "Del 2" "Del 3"; do
	if grep -q "$label" "$dir/before"; then
		echo "FAIL English report shows '$label'"
		fail=1
	fi
done

"$B2C" --lang fr --help >"$dir/out" 2>&1
status=$?
if [ "$status" != 2 ] ||
   ! grep -q "ukendt sprog 'fr' (brug da eller en)" "$dir/out"; then
	echo "FAIL --lang fr: status $status, output:"
	cat "$dir/out"
	fail=1
fi
exit $fail
