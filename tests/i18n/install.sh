#!/bin/sh
# make install puts the program, the manual, the data (demo, templates),
# the Danish catalogue and the bash completion under DESTDIR, the
# installed program speaks Danish from the installed catalogue, and
# make uninstall removes every file again.
set -u
dest="$B2C_TEST_TMP/install"
rm -rf "$dest"
mkdir -p "$dest"
make="${MAKE:-make}"
quiet() {
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL "$make" -s -C "$top_builddir" \
		"$@" >"$dest.log" 2>&1 || { cat "$dest.log"; exit 1; }
}
quiet install DESTDIR="$dest"
fail=0
need() {
	found=$(find "$dest" -path "*$1" -type f | head -n 1)
	if [ -z "$found" ]; then
		echo "FAIL: make install did not install */$1"
		fail=1
	fi
}
need /bin/b2c
need /b2c/b2c-wizard
need /man1/b2c.1
need /locale/da/LC_MESSAGES/b2c.mo
need /b2c/templates/large.cfg
need /b2c/templates/small.cfg
need /completions/b2c
[ -f "$top_srcdir/share/b2c/demo.cfg" ] && need /b2c/demo.cfg
for f in $(cd "$top_srcdir" && ls man/*.5 2>/dev/null); do
	need "/man5/${f#man/}"
done

bin=$(find "$dest" -path '*/bin/b2c' -type f | head -n 1)
mo=$(find "$dest" -path '*/locale/da/LC_MESSAGES/b2c.mo' | head -n 1)
localedir=${mo%/da/LC_MESSAGES/b2c.mo}
if [ -n "$bin" ] && [ -n "$mo" ]; then
	first=$(env -u LANGUAGE LANG=C.UTF-8 B2C_LOCALEDIR="$localedir" \
		"$bin" --help | head -n 1)
	if [ "$first" != "Brug: b2c [TILVALG]... [FIL]" ]; then
		echo "FAIL: the installed b2c says '$first'"
		fail=1
	fi
fi

# The installed b2c runs the installed wizard, which speaks Danish too.
wizard=$(find "$dest" -path '*/b2c/b2c-wizard' -type f | head -n 1)
if [ -n "$bin" ] && [ -n "$mo" ] && [ -n "$wizard" ]; then
	said=$(env -u LANGUAGE LANG=C.UTF-8 B2C_LOCALEDIR="$localedir" \
		B2C_WIZARD="$wizard" "$bin" "$dest/x.cfg" </dev/null 2>&1)
	case $said in
	*"guiden skal bruge en terminal"*) ;;
	*) echo "FAIL: the installed wizard said '$said'"; fail=1 ;;
	esac
fi

quiet uninstall DESTDIR="$dest"
left=$(find "$dest" -type f)
if [ -n "$left" ]; then
	echo "FAIL: make uninstall left:"
	echo "$left"
	fail=1
fi
rm -rf "$dest" "$dest.log"
exit $fail
