#!/bin/sh
# Keys as terminals send them, with TERM=linux (term-keys.inc).
TK_TERM=linux . "$top_srcdir/tests/ui/term-keys.inc"
