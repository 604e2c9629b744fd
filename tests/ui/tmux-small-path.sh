#!/bin/sh
# The small path in a real terminal (xterm-256color), at 80x24 in English
# and at 60x18 in Danish: a small partnership opens the concrete
# proposal from the step map, fills it in (a wrong phone number refused),
# reads the one-page agreement to its signatures, switches to the full
# Del 2 with one key (ten steps, the nine full ones after the proposal)
# and back, saving on each path; the file holds everything typed both
# times, and b2c report --agreement prints what was typed.
. "$top_srcdir/tests/reliability/tmux-lib.sh"
[ -n "${B2C_LOCALEDIR:-}" ] || { echo "FAIL: B2C_LOCALEDIR not set: run through make check"; exit 99; }
D="$B2C_TEST_TMP/ui-tmux-small-path"
rm -rf "$D"
mkdir -p "$D"

# sp_start NAME W H LANG FILE: b2c on a tmux server of its own (a
# socket per language, each killed on exit), W x H.
SP_SOCKS=
trap 'for s in $SP_SOCKS; do tmux -L "$s" kill-server 2>/dev/null; done' EXIT
sp_start() {
	TM_SOCK="b2c-small-path-$$-$4"
	SP_SOCKS="$SP_SOCKS $TM_SOCK"
	tm new-session -d -s rel -n "$1" -x "$2" -y "$3" \
	    "env LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=$4 TERM=xterm-256color \
	    B2C_LOCALEDIR='$B2C_LOCALEDIR' B2C_SESSIONS='$D' \
	    sh -c \"'$B2C' --lang $4 '$5'; echo EXIT=\\\$?; exec sleep 300\"" ||
	    { echo "FAIL: tmux cannot start a session here"; exit 99; }
}

# keys NAME KEY COUNT: sends KEY COUNT times.
keys() {
	_i=0
	while [ "$_i" -lt "$3" ]; do
		tm send-keys -t "rel:$1" "$2"
		_i=$((_i + 1))
	done
}

# run LANG W H, then the texts the screens show in that language.
run() {
	lang=$1 w=$2 h=$3
	shift 3
	start=$1 proposal=$2 agreement=$3 nothing=$4 signature=$5 full=$6
	shared=$7 saved=$8 when=$9
	f="$D/$lang.cfg"
	cat >"$f" <<'CFG'
version = 2;
title = "Sommerfest";
partnership = "small";
parties = {
  housing = { name = "Bo-Vest"; contact = "Mette Hansen"; role = "Koordinator"; };
  company = { name = "Nortec"; contact = "Lars Christensen"; };
};
CFG
	n=$lang
	sp_start "$n" "$w" "$h" "$lang" "$f"
	tm_wait "$n" "$start" || return
	tm send-keys -t "rel:$n" F3
	keys "$n" Down 7
	tm send-keys -t "rel:$n" Enter
	tm_wait "$n" "$proposal · 1/2" || return
	tm send-keys -t "rel:$n" -l "Hjælp til sommerfesten: en grill og to frivillige"
	tm send-keys -t "rel:$n" Tab
	tm send-keys -t "rel:$n" -l "19-06-2027"
	tm send-keys -t "rel:$n" Tab
	tm send-keys -t "rel:$n" -l "Jeres navn på invitationen"
	tm send-keys -t "rel:$n" Tab
	tm send-keys -t "rel:$n" -l "Anna Holm"
	tm send-keys -t "rel:$n" Tab
	tm send-keys -t "rel:$n" -l "Frivilligkoordinator"
	tm send-keys -t "rel:$n" Tab
	tm send-keys -t "rel:$n" -l "12 34"
	tm send-keys -t "rel:$n" Tab
	tm_wait "$n" '"12 34"' || return
	keys "$n" BSpace 5
	tm send-keys -t "rel:$n" -l "43 45 67 89, anna@bo-vest.dk"
	tm send-keys -t "rel:$n" Tab
	tm send-keys -t "rel:$n" PageDown
	tm_wait "$n" "$agreement · 2/2" || return
	tm_wait "$n" "$nothing" || return
	# Down past the last field reads the page to its signatures.
	keys "$n" Down 30
	tm_wait "$n" "$signature ____" || return
	tm_wait "$n" "Nortec" || return
	# Up to the choice at the top; Space: the full Del 2.
	keys "$n" Up 40
	tm_wait "$n" "[ ] $full" || return
	tm send-keys -t "rel:$n" Space
	tm_wait "$n" "$proposal · 1/10" || return
	tm_wait "$n" "[x] $full" || return
	tm send-keys -t "rel:$n" C-s
	tm_wait "$n" "$saved" || return
	file_has "$f" 'full = true;'
	file_has "$f" 'request = "Hjælp til sommerfesten: en grill og to frivillige";'
	tm send-keys -t "rel:$n" PageDown
	tm_wait "$n" "$shared · 2/10" || return
	# Back on the proposal, the same key takes the short path again.
	tm send-keys -t "rel:$n" PageUp
	tm_wait "$n" "$proposal · 1/10" || return
	keys "$n" Tab 6
	tm_wait "$n" "[x] $full" || return
	tm send-keys -t "rel:$n" Space
	tm_wait "$n" "$proposal · 1/2" || return
	tm send-keys -t "rel:$n" C-s
	tm_wait "$n" "$saved" || return
	tm send-keys -t "rel:$n" C-x
	tm_wait "$n" "EXIT=0" || return
	grep -q 'full = ' "$f" && tm_fail "$lang: the full Del 2 still chosen"
	for line in 'request = "Hjælp til sommerfesten: en grill og to frivillige";' \
	    'date = "2027-06-19";' 'offer = "Jeres navn på invitationen";' \
	    'contact = "Anna Holm";' 'role = "Frivilligkoordinator";' \
	    'phone_or_email = "43 45 67 89, anna@bo-vest.dk";'; do
		file_has "$f" "$line"
	done
	LANGUAGE=$lang "$B2C" --lang "$lang" report --agreement "$f" \
	    >"$D/$lang.txt" || tm_fail "$lang: report --agreement: exit $?"
	file_has "$D/$lang.txt" "$when"
	file_has "$D/$lang.txt" "Anna Holm"
	file_has "$D/$lang.txt" "43 45 67 89, anna@bo-vest.dk"
}

run en 80 24 "The partnership · 1/2" "Concrete proposal" \
    "Agreement on one page" "Nothing is missing in this part." "Signature" \
    "Use the full Del 2 instead" "Shared priorities" "Saved." \
    "When: 19 June 2027"
run da 60 18 "Partnerskabet · 1/2" "Konkret forslag" "Aftale på én side" \
    "Der mangler intet i denne del." "Underskrift" "Brug hele Del 2 i stedet" \
    "Fælles prioriteringer" "Gemt." "Hvornår: 19. juni 2027"
exit "$TM_FAILED"
