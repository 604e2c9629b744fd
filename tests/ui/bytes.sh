#!/bin/sh
# Typing into a single-line field sends about one byte per character to
# the terminal (the floor, like whiptail; dialog sends 23): only the
# field changes, never the whole screen. Counted from what curses writes
# (B2C_SCRIPT_OUT) for 1, 71 and 201 typed characters.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup bytes
# Varied letters, so that no terminal repeat trick helps.
long=$(printf 'abcdefghijklmnopqrst%.0s' $(seq 10))
dk=$(printf 'æøåÆØÅéabcdefghijklm%.0s' $(seq 10))
short=$(printf 'abcdefghijklmn%.0s' $(seq 5))
printf 'type a\nhup\n' > one.keys
printf 'type a%s\nhup\n' "$short" > short.keys
printf 'type a%s\nhup\n' "$long" > ascii.keys
printf 'type a%s\nhup\n' "$dk" > danish.keys
for k in one short ascii danish; do
	B2C_SCRIPT_OUT=$k.out ui_run $k.keys $k.cfg || { echo "FAIL: $k exit $?"; UI_FAILED=1; }
done
one=$(wc -c < one.out)
short=$(( $(wc -c < short.out) - one ))
ascii=$(( $(wc -c < ascii.out) - one ))
danish=$(( $(wc -c < danish.out) - one ))
echo "bytes for 70 more characters: $short"
echo "bytes for 200 more characters: ASCII $ascii, Danish $danish"
# Within the field's width: at most 1.2 bytes per character.
[ "$short" -le 84 ] || { echo "FAIL: $short bytes for 70 characters"; UI_FAILED=1; }
# Longer than the field, it scrolls by half a field at a time: at most 2
# bytes per ASCII character, 3 per mixed Danish character (æøåÆØÅé take
# two bytes in UTF-8).
[ "$ascii" -le 400 ] || { echo "FAIL: $ascii bytes for 200 ASCII characters"; UI_FAILED=1; }
[ "$danish" -le 600 ] || { echo "FAIL: $danish bytes for 200 Danish characters"; UI_FAILED=1; }
ui_grep ascii.cfg "title = \"a$long\";"
ui_grep danish.cfg "title = \"a$dk\";"
ui_done
