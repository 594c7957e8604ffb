#!/usr/bin/env bash
# The one test command (npm test): installs if needed, builds the site with its search index, runs
# Vitest (unit, component, and checks over the build), then browser tests (Playwright + axe, CSP, fuzz,
# Lighthouse) against the build, and prints "N passed, N failed" over both runners. Exits non-zero on
# any failure. If the build fails, the unit tests still run (build checks fail loudly) and the run fails.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/astro ] || [ ! -x node_modules/.bin/node ]; then
  echo "› Installing dependencies (npm install)…"
  npm install --no-audit --no-fund || { echo "npm install failed"; exit 1; }
fi
export PATH="$PWD/node_modules/.bin:$PATH"
mkdir -p .tmp
rm -f .tmp/vitest-report.json .tmp/playwright-report.json .tmp/playwright-lighthouse.json

node scripts/ensure-chromium.mjs || exit 1

status=0
built=0
echo "› Building the site with its search index"
if astro build; then
  built=1
else
  echo "Build failed: unit tests still run, browser tests do not."
  status=1
fi

echo "› Unit, component and build tests (Vitest)"
vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest-report.json || status=1

if [ "$built" = 1 ]; then
  echo "› Browser tests (Playwright, system Chromium) against the built site"
  CI="${CI:-}" playwright test --grep-invert @lighthouse || status=1
  # Lighthouse last and alone: audits running beside other tests would measure their CPU load.
  echo "› Lighthouse (one page at a time)"
  CI="${CI:-}" E2E_JSON=.tmp/playwright-lighthouse.json playwright test --grep @lighthouse --workers=1 || status=1
fi

node scripts/test-summary.mjs || status=1
exit $status
