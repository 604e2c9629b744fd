#!/bin/sh
# man/b2c.1 is clean for mandoc's linter, and documents every command and
# option that `b2c --help' lists.
set -u
command -v mandoc >/dev/null ||
	{ echo "FAIL: mandoc is needed (Debian package mandoc)"; exit 99; }
page="$top_srcdir/man/b2c.1"
fail=0
if ! out=$(mandoc -Tlint -W warning "$page" 2>&1) || [ -n "$out" ]; then
	echo "FAIL: mandoc -Tlint -W warning man/b2c.1:"
	echo "$out"
	fail=1
fi
text=$(mandoc -Tascii "$page" | col -b)
for word in $("$B2C" --lang en --help |
	grep -oE '^ +(-[a-zA-Z], )?--?[a-z-]+|^  [a-z][a-z0-9-]+' |
	sed -e 's/^ *//' -e 's/,.*//'); do
	case $text in
	*"$word"*) ;;
	*) echo "FAIL: '$word' from --help is not in b2c(1)"; fail=1 ;;
	esac
done
for key in F1 Ctrl-G F2 Ctrl-S F3 Ctrl-T PgDn Ctrl-N PgUp Ctrl-P F10 \
	Ctrl-X Shift-Tab F9 Ctrl-R B2C_SESSIONS XDG_CONFIG_HOME NO_COLOR ESCDELAY \
	LANGUAGE "EXIT STATUS" EXAMPLES; do
	case $text in
	*"$key"*) ;;
	*) echo "FAIL: '$key' is not in b2c(1)"; fail=1 ;;
	esac
done
exit $fail
