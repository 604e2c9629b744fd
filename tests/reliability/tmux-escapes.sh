#!/bin/sh
# Terminal safety in a real terminal (tmux): a session file full of escape
# sequences (a title change, clear screen, colours, a C1 CSI, a DCS query)
# is shown with the controls made visible (^[, ^G) on the form and on the
# whole-session page, and none of them reaches the terminal: the pane title stays.
. "$top_srcdir/tests/reliability/tmux-lib.sh"
D="$B2C_TEST_TMP/tmux-escapes"
rm -rf "$D"
mkdir -p "$D"
f="$D/escapes.cfg"
# libconfig's \x escapes put the raw bytes into the strings.
cat >"$f" <<'CFG'
version = 1;
title = "A\x1b]0;PWNED\x07B\x1b[2JC\x1b[31mRED\x1b[0m\xc2\x9b31mD";
area = "\x1bP+q544e\x1b\\E";
CFG
tm_start esc 120 30 "$f"
tm_wait esc "Session title"
before=$(tm display-message -p -t rel:esc '#{pane_title}')
tm_wait esc 'A^[]0;PWNED^GB^[[2JC^[[31mRED^[[0m'
tm_wait esc '^[P+q544e^[\E'
tm send-keys -t rel:esc F4
tm_wait esc 'The whole session'
tm_wait esc 'PWNED^G'
after=$(tm display-message -p -t rel:esc '#{pane_title}')
[ "$after" = "$before" ] && [ "$after" != PWNED ] ||
    tm_fail "the pane title changed from \"$before\" to \"$after\""
tm send-keys -t rel:esc Escape
tm_wait esc "Session title"
tm send-keys -t rel:esc C-x
tm_restored esc
exit "$TM_FAILED"
