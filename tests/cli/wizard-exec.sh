#!/bin/sh
# b2c hands the commands that draw to the wizard program and runs the
# others itself, without curses: the wizard gets the arguments exactly as
# typed, is found next to an uninstalled b2c, a missing wizard is named
# with exit 1, and a bad settings file is reported once, not twice.
set -u
tmp="$B2C_TEST_TMP/wizard-exec.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
status=0
fail() {
	echo "FAIL: $*" >&2
	status=1
}
en() {
	env LANGUAGE=en LC_ALL=C.UTF-8 XDG_CONFIG_HOME="$tmp/config" "$@"
}

# The commands that only read and print do not load curses. ($B2C may
# be a wrapper that runs b2c under valgrind.)
if command -v readelf >/dev/null 2>&1; then
	bin="$top_builddir/b2c"
	readelf -d "$bin" >"$tmp/dyn" || fail "readelf failed on $bin"
	grep -q 'NEEDED.*curses\|NEEDED.*tinfo' "$tmp/dyn" &&
		fail "b2c loads curses: $(grep NEEDED "$tmp/dyn")"
	grep -q 'NEEDED.*libconfig' "$tmp/dyn" ||
		fail "readelf shows no libconfig: the check above proves nothing"
fi

# A stand-in wizard that writes down its arguments, one per line.
cat >"$tmp/fake-wizard" <<EOF
#!/bin/sh
for a in "\$@"; do printf '%s\n' "\$a"; done >"$tmp/args"
exit 7
EOF
chmod +x "$tmp/fake-wizard"
en B2C_WIZARD="$tmp/fake-wizard" "$B2C" --lang en -d "$tmp/mine dir" \
    view "møde æøå.cfg" >/dev/null 2>&1
rc=$?
[ "$rc" -eq 7 ] || fail "the wizard's exit status was not passed on: $rc"
printf '%s\n' --lang en -d "$tmp/mine dir" view "møde æøå.cfg" >"$tmp/want"
cmp -s "$tmp/want" "$tmp/args" ||
	fail "the wizard got other arguments: $(cat "$tmp/args" 2>/dev/null)"
for args in "" "-r x.cfg" "--demo" "x.cfg"; do
	rm -f "$tmp/args"
	# shellcheck disable=SC2086
	en B2C_WIZARD="$tmp/fake-wizard" "$B2C" $args >/dev/null 2>&1
	[ -f "$tmp/args" ] || fail "'b2c $args' did not run the wizard"
done
rm -f "$tmp/args"
en B2C_WIZARD="$tmp/fake-wizard" "$B2C" report "$B2C_DATADIR/demo.cfg" \
    >"$tmp/report" 2>&1 || fail "report failed: $(head -3 "$tmp/report")"
[ -f "$tmp/args" ] && fail "report went to the wizard"
grep -q "Hedemarken" "$tmp/report" || fail "report printed no session"

# Uninstalled: the wizard next to b2c is the one that runs.
en env -u B2C_WIZARD "$B2C" --lang en "$tmp/new.cfg" </dev/null \
    >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || fail "without a terminal: exit $rc, want 1"
grep -q "the wizard needs a terminal" "$tmp/err" ||
	fail "the wizard next to b2c did not run: $(cat "$tmp/err")"
[ -e "$tmp/new.cfg" ] && fail "a session was written without a terminal"

# --demo without a terminal leaves no copy of the demo behind.
mkdir -p "$tmp/sessions"
en env -u B2C_WIZARD B2C_SESSIONS="$tmp/sessions" "$B2C" --lang en --demo \
    </dev/null >/dev/null 2>&1
ls "$tmp/sessions" | grep -q . &&
	fail "--demo without a terminal left: $(ls "$tmp/sessions")"

# A wizard that is not there is named, with exit 1.
en B2C_WIZARD="$tmp/none/b2c-wizard" "$B2C" --lang en x.cfg \
    >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || fail "missing wizard: exit $rc, want 1"
grep -q "^b2c: cannot start the wizard $tmp/none/b2c-wizard: No such file" \
    "$tmp/err" || fail "missing wizard: $(cat "$tmp/err")"

# A bad settings file is reported by the wizard alone.
mkdir -p "$tmp/config/b2c"
printf 'language = "fr";\n' >"$tmp/config/b2c/config"
en env -u B2C_WIZARD "$B2C" --lang en "$tmp/new.cfg" </dev/null \
    >"$tmp/out" 2>"$tmp/err"
n=$(grep -c "config/b2c/config:1" "$tmp/err")
[ "$n" -eq 1 ] || fail "the settings error was shown $n times: $(cat "$tmp/err")"

rm -rf "$tmp"
exit $status
