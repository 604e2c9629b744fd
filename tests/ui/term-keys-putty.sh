#!/bin/sh
# Keys as terminals send them, with TERM=putty (term-keys.inc).
TK_TERM=putty . "$top_srcdir/tests/ui/term-keys.inc"
