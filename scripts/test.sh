#!/usr/bin/env bash
# The one test command (npm test): installs if needed, type-checks (tsc), builds the site with its search index, runs
# Vitest (unit, component, and checks over the build), then browser tests (Playwright + axe, CSP, fuzz,
# Lighthouse) against the build, and prints "N passed, N failed" over all of them. Exits non-zero on
# any failure. If the build fails, the unit tests still run (build checks fail loudly) and the run fails.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/astro ] || [ ! -x node_modules/.bin/node ]; then
  # The lockfile is the install: npm ci, as any CI following the npm convention does.
  if [ -f package-lock.json ]; then
    echo "› Installing dependencies (npm ci)…"
    npm ci --no-audit --no-fund || { echo "npm ci failed"; exit 1; }
  else
    echo "› Installing dependencies (npm install)…"
    npm install --no-audit --no-fund || { echo "npm install failed"; exit 1; }
  fi
fi
export PATH="$PWD/node_modules/.bin:$PATH"
mkdir -p .tmp
rm -f .tmp/typecheck-report.json .tmp/lockfile-report.json .tmp/style-report.json .tmp/vitest-report.json .tmp/playwright-report.json .tmp/playwright-lighthouse.json

status=0

# The lockfile must install with npm ci on a fresh clone: a lockfile missing another platform's optional
# binaries, or out of step with package.json, fails here. A dry run installs nothing (about 2 s).
echo "› Lockfile check (npm ci --dry-run)"
if npm ci --dry-run --ignore-scripts --no-audit --no-fund > .tmp/lockfile.log 2>&1; then
  printf '{"exitCode":0}\n' > .tmp/lockfile-report.json
else
  grep -E 'npm error' .tmp/lockfile.log | head -5
  echo "The lockfile would not install with npm ci: delete node_modules and package-lock.json, run npm install once, commit the lock."
  printf '{"exitCode":1}\n' > .tmp/lockfile-report.json
  status=1
fi

node scripts/ensure-chromium.mjs || exit 1

# WordPress for test/e2e/wordpress.spec.ts: Debian's packages (installed when missing, as root), MariaDB and an
# Apache of its own on 127.0.0.1. Mostly waiting on apt and MariaDB, so it runs beside the checks, the build and
# Vitest; the browser tests wait for it. If it fails, the @wordpress browser test says so; it is never skipped.
echo "› WordPress for the embed tests (scripts/wordpress.sh, in the background)"
wp_started=$SECONDS
bash scripts/wordpress.sh > .tmp/wordpress.log 2>&1 &
wp_pid=$!

built=0

# Type check, lint and format run side by side (each one process on one core; together about 5 s sooner than in
# turn). A type error, a lint error or an unformatted file fails the run (one counted check each); the rest still runs.
echo "› Type check (tsc --noEmit), lint (ESLint) and format (Prettier --check), side by side"
# Content collections' types (astro:content) are generated into .astro/; a fresh clone has none yet.
astro sync > .tmp/sync.log 2>&1 || { cat .tmp/sync.log; status=1; }
tsc --noEmit -p tsconfig.json > .tmp/typecheck.log 2>&1 & tsc_pid=$!
eslint . > .tmp/lint.log 2>&1 & lint_pid=$!
prettier --check . > .tmp/format.log 2>&1 & format_pid=$!
wait "$tsc_pid"; tsc_rc=$?
wait "$lint_pid"; lint_rc=$?
wait "$format_pid"; format_rc=$?
tsc_errors=$(grep -c 'error TS' .tmp/typecheck.log)
[ "$tsc_rc" = 0 ] || { cat .tmp/typecheck.log; status=1; }
printf '{"exitCode":%d,"errors":%d}\n' "$tsc_rc" "$tsc_errors" > .tmp/typecheck-report.json
[ "$lint_rc" = 0 ] || { tail -40 .tmp/lint.log; status=1; }
[ "$format_rc" = 0 ] || { grep -E '^\[warn\]' .tmp/format.log | head -40; echo "Run npm run format to fix the files listed."; status=1; }
printf '{"lint":%d,"format":%d}\n' "$lint_rc" "$format_rc" > .tmp/style-report.json

echo "› Building the site with its search index"
if astro build; then
  built=1
else
  echo "Build failed: unit tests still run, browser tests do not."
  status=1
fi

echo "› Unit, component and build tests (Vitest)"
vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest-report.json || status=1

if wait "$wp_pid"; then
  echo "› WordPress ready ($((SECONDS - wp_started)) s after it started)"
else
  tail -3 .tmp/wordpress.log
  echo "WordPress setup failed (.tmp/wordpress.log): the @wordpress browser test fails with it."
  status=1
fi

if [ "$built" = 1 ]; then
  echo "› Browser tests (Playwright, system Chromium) against the built site"
  CI="${CI:-}" playwright test --grep-invert @lighthouse || status=1
  # Lighthouse last, one page at a time on one Chromium (test/e2e/lighthouse.spec.ts).
  echo "› Lighthouse (one page at a time)"
  CI="${CI:-}" E2E_JSON=.tmp/playwright-lighthouse.json playwright test --grep @lighthouse --workers=1 || status=1
fi

node scripts/test-summary.mjs || status=1
exit $status
