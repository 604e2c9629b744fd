#!/bin/sh
# Terminal safety of the commands: a session file (or the lock beside it,
# which anyone in a shared group directory can write) full of escape
# sequences must not put a single control byte (ESC, BEL, C1) on the
# terminal through b2c check, report, list, import-part1 or
# import-responses: the values they quote are shown escaped (^[).
set -u
: "${B2C:?}" "${top_srcdir:?}" "${B2C_TEST_TMP:?}"
LC_ALL=C.UTF-8 LANGUAGE=en
export LC_ALL LANGUAGE
D="$B2C_TEST_TMP/cli-escapes"
rm -rf "$D"
mkdir -p "$D/dir"
failed=0

# raw CMD...: fails when the output of b2c CMD holds a control byte
# (anything below 0x20 but newline and tab, DEL, or a UTF-8 C1 control).
raw() {
	"$B2C" "$@" >"$D/out" 2>&1 </dev/null
	if LC_ALL=C tr -d '\n\t' <"$D/out" | LC_ALL=C grep -q \
	    "$(printf '[\001-\037\177]')" ||
	    LC_ALL=C grep -q "$(printf '\302[\200-\237]')" "$D/out"; then
		echo "FAIL: b2c $* writes control bytes to the terminal:"
		od -c "$D/out" | head -4
		failed=1
	fi
}

esc='\x1b]0;PWNED\x07\x1b[2J\xc2\x9b31m'
printf 'version = 1;\ntitle = "T%s";\n' "$esc" >"$D/dir/title.cfg"
printf 'version = 1;\npartnership = "P%s";\n' "$esc" >"$D/bad-value.cfg"
cp "$top_srcdir/share/b2c/demo.cfg" "$D/locked.cfg"
printf 'x\033]0;PWNED\007@host\n1\n2026-11-26T15:00:00Z\n' >"$D/locked.cfg.lock"

raw report "$D/dir/title.cfg"
raw list "$D/dir"
raw check "$D/bad-value.cfg"
raw report "$D/bad-value.cfg"
raw import-part1 "$D/locked.cfg" "$D/bad-value.cfg"
raw import-responses "$D/locked.cfg" --period X \
    "$top_srcdir/tests/data/responses/demo-year2.csv"
exit "$failed"
