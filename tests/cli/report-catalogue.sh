# Sourced by the report tests that read Danish. The Danish catalogue of
# the build is made from po/da.po, which gathers every area's messages
# later; this one puts the reports' own translations (po/parts/report.po)
# first, so the tests see the Danish the reports will ship with. Sets
# B2C_LOCALEDIR to it; leaves B2C_LOCALEDIR alone without gettext tools.

# report_catalogue DIR: builds DIR/da/LC_MESSAGES/b2c.mo.
report_catalogue() {
	command -v msgcat >/dev/null 2>&1 &&
	    command -v msgfmt >/dev/null 2>&1 || return 0
	mkdir -p "$1/da/LC_MESSAGES"
	{
		sed '/^$/q' "$top_srcdir/po/da.po"
		cat "$top_srcdir/po/parts/report.po"
	} >"$1/report.po"
	msgcat --use-first -o "$1/all.po" "$1/report.po" \
	    "$top_srcdir/po/da.po" 2>/dev/null &&
	    msgfmt -o "$1/da/LC_MESSAGES/b2c.mo" "$1/all.po" 2>/dev/null ||
	    return 0
	B2C_LOCALEDIR=$1
	export B2C_LOCALEDIR
}
