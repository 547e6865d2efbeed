#!/usr/bin/env bash
# A production build exposes nothing for tests on `window` (src/main.tsx keeps the handles for
# `VITE_TEST_HOOKS=1` builds only). Run after `npm run build`.
set -euo pipefail
cd "$(dirname "$0")/.."
if grep -rl "__stackSandbox\|__stackDocuments" dist --include=*.js; then
  echo "The production build above exposes test hooks on window." >&2
  exit 1
fi
echo "No test hooks in the production build."
