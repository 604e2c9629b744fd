# Sourced by the tests that print a report: print_pdf HTML PDF prints the
# HTML file to PDF with headless chromium (its own home and profile, no
# first-run or background traffic; the timeout only stops a browser that
# hangs) and stops the test when no PDF comes out. Uses $tmp and fail().
print_pdf() {
	HOME="$tmp/home" timeout 300 chromium --headless --no-sandbox \
	    --disable-gpu --no-first-run --disable-background-networking \
	    --disable-sync --user-data-dir="$tmp/profile" \
	    --no-pdf-header-footer --print-to-pdf="$2" "file://$1" \
	    >"$tmp/chromium.log" 2>&1
	[ -s "$2" ] || {
		fail "chromium printed no PDF: $(tail -5 "$tmp/chromium.log")"
		exit 1
	}
}
