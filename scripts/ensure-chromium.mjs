// Finds the system Chromium for browser tests, installing Debian's package when it can.
// Never downloads a browser build: this machine (and CI) can only reach the npm registry and Debian.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
const found = candidates.find((p) => existsSync(p));
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('Chromium not found: installing Debian package "chromium" with apt-get…');
  execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', { stdio: 'inherit' });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}

console.error(
  [
    'Browser tests need Chromium, and none was found.',
    '  Install it:  sudo apt-get install chromium   (Debian/Ubuntu)',
    '  or point to one:  CHROMIUM_PATH=/path/to/chromium npm test',
    'The tests never download a browser of their own.',
  ].join('\n'),
);
process.exit(1);
