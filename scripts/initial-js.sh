#!/usr/bin/env bash
# The first screen's JavaScript: every script index.html loads before anything is on screen,
# gzipped at -9 and summed. Fails when it is over the budget (bytes; 160 kB by default), so
# whatever is not on the first screen keeps loading on demand. Run after `vite build`.
#   scripts/initial-js.sh [budget-bytes]
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET="${1:-160000}"
[ -f dist/index.html ] || { echo "No dist/index.html: run 'npx vite build' first." >&2; exit 2; }
SCRIPTS=$(grep -oE '/assets/[^"]+\.js' dist/index.html)
[ -n "$SCRIPTS" ] || { echo "index.html loads no script: is this the app's build?" >&2; exit 2; }
BYTES=$(for f in $SCRIPTS; do gzip -9 -c "dist$f" | wc -c; done | awk '{s+=$1}END{print s}')
echo "First screen's JavaScript: $BYTES bytes gzip (budget $BUDGET)"
if [ "$BYTES" -gt "$BUDGET" ]; then
  echo "Over budget by $((BYTES - BUDGET)) bytes: load what is not on the first screen with import()." >&2
  exit 1
fi
