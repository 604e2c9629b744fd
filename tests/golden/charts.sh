#!/bin/sh
# Golden charts: the demo session's charts at 80 and 120 columns, in
# UTF-8 and ASCII (and monochrome), must match the expected text exactly.
set -u
render="$top_builddir/tests/golden/render-charts"
demo="$B2C_DATADIR/demo.cfg"
status=0
for spec in "80" "120" "80 ascii" "120 ascii" "80 ascii mono" "80 mono"; do
	name="demo-$(echo "$spec" | tr ' ' '-')"
	out="$B2C_TEST_TMP/$name.txt"
	# shellcheck disable=SC2086
	if ! "$render" "$demo" $spec >"$out"; then
		echo "FAIL: render-charts $spec"
		status=1
		continue
	fi
	if ! diff -u "$top_srcdir/tests/golden/$name.txt" "$out"; then
		echo "FAIL: $name differs from the expected chart"
		status=1
	fi
done
exit $status
