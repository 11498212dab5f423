#!/usr/bin/env bash
# The README's test command (`npm test`): type check, lint, unit + integration tests (Vitest, against PGlite,
# the real PostgreSQL and Redis on 127.0.0.1), then Playwright against a production build in Debian's Chromium.
# Every stage runs even if an earlier one failed; the last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/*.json test-results/stages.txt

if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  echo "Installing Debian's Chromium for the browser tests…"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

stage() { # name, command…
  local name=$1; shift
  echo "── $name"
  if "$@"; then echo "$name ok" >> test-results/stages.txt; else echo "$name FAILED" >> test-results/stages.txt; fi
}

stage typecheck npm run --silent typecheck
stage lint npm run --silent lint
stage vitest npx vitest run -c .config/vitest.config.ts --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
stage playwright npx playwright test -c e2e/playwright.config.ts

node .ci/count.mjs
