#!/bin/sh
# A paragraph typed onto a choice by mistake, spaces, digits and a final
# Enter included, changes nothing: typed onto every choice and check box
# of the whole guide (the demo session, then a new one where nothing is
# chosen yet), every value is as it was and the message line says how to
# choose.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup choice-typing

P='Vi vil mødes 2 gange om året, og 1 af os skriver referat. Alle er velkomne!'

# goto N: the N-th step of the overview (0 is the first).
goto() {
	printf 'key F3\nkey Home\n'
	[ "$1" -gt 0 ] && printf 'key Down %s\n' "$1"
	printf 'key Enter\n'
}

# on NAME: types the paragraph and Enter on the focused slot, dumping the
# screen first (NAME) and after (NAME-typed).
on() {
	printf 'dump-screen %s\ntype %s\nkey Enter\ndump-screen %s-typed\n' \
	    "$1" "$P" "$1"
}

cp "$B2C_DATADIR/demo.cfg" demo.cfg
{
	echo "dump-session before.cfg"
	goto 0; echo "key S-Tab"; on size
	goto 3; on kind-housing
	goto 4; on expected-housing
	goto 8; on kind-company
	goto 9; on expected-company
	# A site-specific indicator's record: its check boxes and its kind.
	goto 13; echo "key Tab"; echo "key Enter"; on ind-s4
	echo "key S-Tab"; on ind-s3
	echo "key S-Tab"; on ind-adopted
	echo "key S-Tab"; echo "key S-Tab"; on ind-kind
	echo "key Esc"
	goto 15; echo "key Home"; on use-1
	for i in 2 3 4; do echo "key Tab"; on "use-$i"; done
	goto 17; on wheel-month
	echo "key Tab 3"; on wheel-who
	goto 19; on plan-month
	goto 22; echo "key Enter"; on p3-s4
	echo "key S-Tab"; on p3-s3
	echo "key Esc"
	goto 23; echo "key Enter"; on meas-indicator
	echo "key Esc"
	echo "dump-session after.cfg"
	echo "key F10"
	echo "key n"
} > demo.keys
ui_run demo.keys demo.cfg || { echo "FAIL: exit $?"; UI_FAILED=1; }

# Each slot was the one meant (the focus mark on its line) and said how
# to choose after the paragraph: focus NAME LINE KIND.
focus() {
	ui_grep "$1" "$2"
	case $3 in
	check) hint="Typing changes no check box" ;;
	compact) hint="Left/Right change it" ;;
	*) hint="Up/Down move, Space or Enter chooses" ;;
	esac
	ui_grep "$1-typed" "$hint"
	ui_grep "$1-typed" "$2"
}
focus size "▸   (•) Large partnership" list
focus kind-housing "▸   <Working hours>" compact
focus expected-housing "▸   (•) A larger partnership" list
focus kind-company "▸   <Working hours>" compact
focus expected-company "▸   (•) A larger partnership" list
focus ind-s4 "▸   [ ] ESRS S4" check
focus ind-s3 "▸   [x] ESRS S3" check
focus ind-adopted "▸   [x] Adopted by both parties" check
focus ind-kind "▸   ( ) Percentage (from survey answers)  (•) Count" list
focus use-1 "▸   [x] The municipality" check
focus use-2 "▸   [x] The comprehensive plan" check
focus use-3 "▸   [x] The social housing effort" check
focus use-4 "▸   [ ] Other companies" check
focus wheel-month "▸   <January>" compact
# (the mark is at the row's start: the hint tells the cell's kind)
focus wheel-who "  <Both>  " compact
focus plan-month "▸   < November >  (Left/Right changes)" compact
focus p3-s4 "▸   [ ] ESRS S4" check
focus p3-s3 "▸   [x] ESRS S3" check
focus meas-indicator "▸   (•) Tilhørsforhold" list
# Nothing changed but the time of the change.
grep -v '^modified = ' before.cfg > before.txt
grep -v '^modified = ' after.cfg > after.txt
if ! diff -u before.txt after.txt; then
	echo "FAIL: typing on choices changed the session"
	UI_FAILED=1
fi

# A new session: nothing chosen yet stays unchosen.
{
	echo "key S-Tab"; on new-size
	goto 4; on new-expected
	echo "dump-session new-after.cfg"
	echo "key F10"
	echo "key n"
} > new.keys
ui_run new.keys new.cfg || { echo "FAIL: new exit $?"; UI_FAILED=1; }
focus new-size "▸   (•) Large partnership" list
focus new-expected "▸   (•) Not set" list
ui_grep new-after.cfg 'partnership = "large";'
ui_grep new-after.cfg 'expected_size = "";'
ui_done
