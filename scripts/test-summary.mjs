// Prints "N passed, N failed" summed over the type check, the lockfile, lint and format checks and the Vitest and Playwright JSON reports.
// A runner whose report is missing counts as one failure, so a crash can never look green.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

// The type check (scripts/test.sh writes {exitCode, errors}) is one check, however many errors it found.
const tsc = read('.tmp/typecheck-report.json');
if (tsc?.exitCode === 0) {
  passed += 1;
} else {
  console.error(
    tsc
      ? `Type check failed (${tsc.errors} errors, .tmp/typecheck.log).`
      : 'No type-check report: counting it as failed.',
  );
  failed += 1;
}

// The lockfile check (npm ci --dry-run in scripts/test.sh) is one check.
const lock = read('.tmp/lockfile-report.json');
if (lock?.exitCode === 0) {
  passed += 1;
} else {
  console.error(
    lock
      ? 'Lockfile check failed: npm ci would not install it (.tmp/lockfile.log).'
      : 'No lockfile-check report: counting it as failed.',
  );
  failed += 1;
}

// Lint and format (scripts/test.sh writes {lint, format} exit codes): one check each.
const style = read('.tmp/style-report.json');
for (const what of ['lint', 'format']) {
  if (style && style[what] === 0) passed += 1;
  else {
    console.error(
      style
        ? `${what === 'lint' ? 'Lint (ESLint)' : 'Format (Prettier)'} failed: .tmp/${what}.log.`
        : `No ${what} report: counting it as failed.`,
    );
    failed += 1;
  }
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
