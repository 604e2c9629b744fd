# Sourced by the report tests. The bar charts come from the chart module,
# whose own golden tests pin their layout; the report tests check that a
# chart stands in each indicator's place and compare everything else, so
# a change of chart layout does not break the report's expected files.
# (test-report checks that the charts are the chart module's, verbatim.)

# mask_text FILE: text report with each chart block (a block indented by
# two that follows a blank line) replaced by "  [chart]".
mask_text() {
	awk 'prev_blank && /^  / && !/^  - / { in_chart = 1; print "  [chart]" }
	    in_chart && /^$/ { in_chart = 0 }
	    !in_chart { print }
	    { prev_blank = ($0 == "") }' "$1"
}

# mask_markdown FILE: markdown with each fenced chart block replaced.
mask_markdown() {
	awk '/^```+text$/ { in_chart = 1; print "[chart]"; next }
	    in_chart && /^```+$/ { in_chart = 0; next }
	    !in_chart { print }' "$1"
}
