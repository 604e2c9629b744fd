#!/bin/sh
# The tally table of a measurement record in a real terminal (tmux) at
# 80x24 and 60x18, in English and Danish: the answer steps are headed
# 1..7 with a legend (never "Partly…" twice), and the focused row's whole
# statement is shown under the table as the focus moves down the rows
# when the table cuts it.
# Needs tmux.
set -u
: "${B2C:?}" "${B2C_TEST_TMP:?}" "${B2C_DATADIR:?}"
command -v tmux >/dev/null 2>&1 || { echo "FAIL: tmux is needed (Debian package tmux)"; exit 99; }

T="$B2C_TEST_TMP/ui-tally-table"
rm -rf "$T"
mkdir -p "$T"
SOCK="b2ctally-$$"
FAILED=0
tm() {
	tmux -L "$SOCK" -f /dev/null "$@"
}
# Only the server this test started is ever killed.
trap 'tmux -L "b2ctally-$$" kill-server 2>/dev/null;
    rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/b2ctally-$$"' EXIT
trap 'exit 1' INT TERM HUP

fail() {
	echo "FAIL: $*"
	FAILED=1
}

# The demo with two more statements for belonging, as b2c writes them:
# three rows of different lengths in the belonging records' tables.
long="Jeg kender mindst fem af mine naboer så godt, at jeg kan bede dem om hjælp, også om aftenen og i weekenden."
sed '/id = "belonging-proud";/{n;s/$/\
        }, {\
          id = "belonging-home";\
          text = "Jeg føler mig hjemme her.";\
        }, {\
          id = "belonging-help";\
          text = "'"$long"'";/
}' "$B2C_DATADIR/demo.cfg" >"$T/tally.cfg"
"$B2C" check "$T/tally.cfg" || { echo "FAIL: the fixture does not check"; exit 1; }
[ "$(grep -c 'id = "belonging-' "$T/tally.cfg")" -eq 3 ] ||
	{ echo "FAIL: the fixture lacks its statements"; exit 1; }
proud="Siden Nortec og Bo-Vest startede sommerfesten, er jeg blevet mere stolt af at fortælle, hvor jeg bor."

# screen NAME: the pane as text, no-break spaces as spaces.
screen() {
	tm capture-pane -p -t "$1" 2>/dev/null | sed 's/\xc2\xa0/ /g'
}

# wait_for NAME TEXT: polls the pane until it shows TEXT (10 s at most).
wait_for() {
	_n=0
	while [ $_n -lt 200 ]; do
		screen "$1" | grep -qF -- "$2" && return 0
		sleep 0.05
		_n=$((_n + 1))
	done
	fail "$1: the screen never showed: $2"
	screen "$1"
	return 1
}

# detail NAME WORD: the lines from "WORD: " down to the next blank one,
# joined: the focused row's statement as the screen shows it.
detail() {
	screen "$1" | sed 's/[▲▼]//g' | awk -v w="$2: " '
		index($0, "    " w) == 1 { on = 1 }
		on && $0 ~ /^ *$/ { exit }
		on { sub(/^ +/, ""); sub(/ +$/, ""); printf "%s ", $0 }' |
	    sed 's/ $//'
}

# check NAME COLS ROWS LANG STATEMENT-WORD LEGEND...
check() {
	name=$1 cols=$2 rows=$3 lang=$4 word=$5
	shift 5
	# Each run a first opening: its own copy, home and state.
	cp "$T/tally.cfg" "$T/$name.cfg"
	mkdir -p "$T/home-$name"
	tm new-session -d -s "$name" -x "$cols" -y "$rows" \
	    "env LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=$lang TERM=tmux-256color \
	    HOME='$T/home-$name' XDG_STATE_HOME='$T/home-$name/state' \
	    XDG_CONFIG_HOME='$T/home-$name/config' \
	    B2C_LOCALEDIR='${B2C_LOCALEDIR:-}' B2C_SESSIONS='$T' \
	    '$B2C' --lang $lang -r '$T/$name.cfg'; sleep 30" ||
	    { echo "FAIL: tmux cannot start a session here"; exit 99; }
	wait_for "$name" "F10" || return
	# Del 3's measurements: the 23rd step, its first record.
	_i=0
	while [ $_i -lt 23 ]; do
		tm send-keys -t "$name" NPage
		_i=$((_i + 1))
	done
	wait_for "$name" "3/6" || return
	tm send-keys -t "$name" Enter
	_i=0
	while [ $_i -lt 8 ]; do
		tm send-keys -t "$name" Tab
		_i=$((_i + 1))
	done
	wait_for "$name" "$word: Siden Nortec" || return
	# The headings of the steps can be told apart: 1 .. 7.
	head=$(screen "$name" | grep "^    $word  " | sed 's/[▲▼]//g')
	got=$(echo "$head" | awk '{ $1 = ""; print }' | sed 's/^ //; s/ *$//')
	[ "$got" = "1 2 3 4 5 6 7" ] ||
	    fail "$name: headings '$got' in '$head', want 1 .. 7"
	legend=$(screen "$name" | tr -s ' ' | tr '\n' ' ')
	for l in "$@"; do
		case $legend in
		*"$l"*) ;;
		*) fail "$name: no legend entry '$l'" ;;
		esac
	done
	got=$(detail "$name" "$word")
	[ "$got" = "$word: $proud" ] ||
	    fail "$name: row 1 shows '$got', want the whole statement"
	# Row 2 whole: in the table when it fits (and then not repeated
	# under it), else under it.
	tm send-keys -t "$name" Down
	wait_for "$name" "▸   Jeg føler m" || return
	got=$(detail "$name" "$word")
	if screen "$name" | grep -qF "▸   Jeg føler mig hjemme her.  "; then
		[ -z "$got" ] || fail "$name: row 2 still shows '$got'"
	else
		[ "$got" = "$word: Jeg føler mig hjemme her." ] ||
		    fail "$name: row 2 shows '$got', want the whole statement"
	fi
	tm send-keys -t "$name" Down
	wait_for "$name" "$word: Jeg kender mindst fem" || return
	got=$(detail "$name" "$word")
	[ "$got" = "$word: $long" ] ||
	    fail "$name: row 3 shows '$got', want the whole statement"
	screen "$name" >"$T/$name.screen"
	tm kill-session -t "$name"
}

check en80 80 24 en Statement "1 Strongly agree" "2 Partly agree" \
    "3 Neither agree nor disagree" "4 Partly disagree" \
    "5 Strongly disagree" "6 Don't know" "7 Blank"
check en60 60 18 en Statement "1 Strongly agree" "2 Partly agree" \
    "3 Neither agree nor disagree" "4 Partly disagree" \
    "5 Strongly disagree" "6 Don't know" "7 Blank"
check da80 80 24 da Udsagn "1 Helt enig" "2 Delvist enig" \
    "3 Hverken enig eller uenig" "4 Delvist uenig" "5 Helt uenig" \
    "6 Ved ikke" "7 Blank"
check da60 60 18 da Udsagn "1 Helt enig" "2 Delvist enig" \
    "3 Hverken enig eller uenig" "4 Delvist uenig" "5 Helt uenig" \
    "6 Ved ikke" "7 Blank"
[ "$FAILED" -eq 0 ] && rm -rf "$T"
exit $FAILED
