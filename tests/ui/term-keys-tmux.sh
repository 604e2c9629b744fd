#!/bin/sh
# Keys as terminals send them, with TERM=tmux-256color (term-keys.inc).
TK_TERM=tmux-256color . "$top_srcdir/tests/ui/term-keys.inc"
