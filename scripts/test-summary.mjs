// Prints "N passed, N failed" summed over the type check, the lockfile, lint and format checks and the Vitest and Playwright JSON reports.
// A runner whose report is missing counts as one failure, so a crash can never look green.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

/** One check from a report scripts/test.sh wrote: passed when `ok(report)`, else a failure with its reason. */
function check(path, ok, failure, name) {
  const report = read(path);
  if (report && ok(report)) {
    passed += 1;
    return;
  }
  console.error(report ? failure(report) : `No ${name} report: counting it as failed.`);
  failed += 1;
}

// The type check, the lockfile check (npm ci --dry-run), lint and format: one check each, however many
// errors each found.
check(
  '.tmp/typecheck-report.json',
  (r) => r.exitCode === 0,
  (r) => `Type check failed (${r.errors} errors, .tmp/typecheck.log).`,
  'type-check',
);
check(
  '.tmp/lockfile-report.json',
  (r) => r.exitCode === 0,
  () => 'Lockfile check failed: npm ci would not install it (.tmp/lockfile.log).',
  'lockfile-check',
);
for (const [what, name] of [
  ['lint', 'Lint (ESLint)'],
  ['format', 'Format (Prettier)'],
]) {
  check(
    '.tmp/style-report.json',
    (r) => r[what] === 0,
    () => `${name} failed: .tmp/${what}.log.`,
    what,
  );
}

const vitest = read('.tmp/vitest-report.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  // A test file that fails before running any test (import error, missing fixture) counts once.
  failed += (vitest.testResults ?? []).filter(
    (f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0,
  ).length;
} else {
  console.error('No Vitest report: counting the unit run as failed.');
  failed += 1;
}

// The browser tests run in two Playwright runs (scripts/test.sh): everything else, then Lighthouse alone.
for (const [path, what] of [
  ['.tmp/playwright-report.json', 'browser'],
  ['.tmp/playwright-lighthouse.json', 'Lighthouse'],
]) {
  const pw = read(path);
  if (pw) {
    passed += (pw.stats?.expected ?? 0) + (pw.stats?.flaky ?? 0);
    failed += pw.stats?.unexpected ?? 0;
    if ((pw.errors ?? []).length) failed += pw.errors.length;
  } else {
    console.error(`No ${what} Playwright report (${path}): counting that run as failed.`);
    failed += 1;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
