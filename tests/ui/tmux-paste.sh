#!/bin/sh
# A real terminal paste (tmux paste-buffer -p: bracketed, since the wizard
# asks for it; tmux sends each line end as CR) of three lines with a tab
# into "Area or estate" on the Start step: the text stays in that field,
# the focus does not move, and the next fields are what was typed into
# them afterwards. After quitting, the terminal is out of bracketed paste
# mode: a paste reaches the shell's terminal without the markers. A lone
# Esc still works.
# Skipped (77) without tmux.
. "$top_srcdir/tests/reliability/tmux-lib.sh"
D="$B2C_TEST_TMP/ui-tmux-paste"
rm -rf "$D"
mkdir -p "$D"
f="$D/paste.cfg"
printf 'Linje ét\nLinje to\tmed tab\n' > "$D/clip.txt"

tm_start paste 80 24 "$f"
tm_wait paste "Session title" || exit 1
tm send-keys -t rel:paste -l "Titel"
tm send-keys -t rel:paste Tab
tm load-buffer -b clip "$D/clip.txt"
tm paste-buffer -p -b clip -t rel:paste
tm_wait paste "Linje ét Linje to med tab"
# The focus is still on the area: typing goes on after the paste.
tm send-keys -t rel:paste -l "slut"
tm_wait paste "Linje ét Linje to med tab slut"
tm send-keys -t rel:paste Tab
tm send-keys -t rel:paste -l "Bo-Vest"
tm_wait paste "Bo-Vest"
# A lone Esc is still a key (the paste markers share its ESC[ prefix).
tm send-keys -t rel:paste F4
tm_wait paste "The whole session"
tm send-keys -t rel:paste Escape
tm_wait paste "Session title"
tm send-keys -t rel:paste C-s
tm_wait paste "Saved."
tm send-keys -t rel:paste C-x
tm_restored paste
[ "$(tm_exit paste)" = 0 ] || tm_fail "exit status $(tm_exit paste)"
file_has "$f" 'title = "Titel";'
file_has "$f" 'area = "Linje ét Linje to med tab slut";'
file_has "$f" 'name = "Bo-Vest";'
file_has "$f" 'contact = "";'
grep -qF 'Linje to' "$f" && [ "$(grep -c 'Linje to' "$f")" = 1 ] ||
    tm_fail "the pasted lines went elsewhere too: $(grep -n Linje "$f")"

# Bracketed paste is off again: the markers would echo as ^[[200~.
tm set-buffer -b after "efter"
tm paste-buffer -p -b after -t rel:paste
tm_wait paste "efter"
! tm_screen paste | grep -qF '[200~' ||
    tm_fail "bracketed paste left on after quitting: $(tm_screen paste | tail -2)"
exit "$TM_FAILED"
