#!/bin/sh
# Work per key with a large session open: instructions (callgrind) spent
# typing characters into a field with the 1x and the 100x session open,
# through the wizard's headless key script. A ratio near 1 means no key does
# work proportional to the session's size. Also the TUI's peak RSS with the
# demo and the generated sessions open.
#
#   B2C=./b2c BENCH_BIN=tests/bench sh tests/bench/keystroke.sh
set -u
. "${BENCH_SRC:-$(dirname "$0")}/lib.sh"

echo "== Keystroke work with large sessions open"
echo "  (needs the wizard's headless key script; not in this build yet)"
