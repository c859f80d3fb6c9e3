// First-run set-up shared by `npm start`, `npm test` and `npm run bench`: install the npm
// dependencies if they are missing, and find (or, as root on Debian, install) Chromium.
// Uses only Node's own modules, because it runs before `npm ci`.
import {spawnSync} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {repoRoot} from './paths.mjs';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {cwd: repoRoot, stdio: 'inherit', env: {...process.env, ...env}});
  return result.status === 0;
}

/** Runs `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureDependencies() {
  const installed = join(repoRoot, 'node_modules/.package-lock.json');
  const lock = join(repoRoot, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing dependencies (npm ci)…');
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) {
    console.error('npm ci failed: see the messages above. Node.js 20.19 or newer and access to the npm registry are needed.');
    process.exit(1);
  }
}

export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Makes sure a Chromium binary exists: installs Debian's package when running as root on a
 * Debian-like system, otherwise says exactly what to do. Returns false when there is none.
 */
export function ensureChromium() {
  if (existsSync(chromiumPath)) return true;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROME_PATH;
  if (canApt) {
    console.log('Chromium is missing: installing Debian\'s chromium package (apt-get)…');
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium'], {DEBIAN_FRONTEND: 'noninteractive'}) && existsSync(chromiumPath)) {
      return true;
    }
  }
  console.error(
    [
      `Chromium was not found at ${chromiumPath}.`,
      'The browser tests and benchmarks run in headless Chromium. Either:',
      '  - install it: sudo apt-get install -y chromium   (Debian/Ubuntu), or',
      '  - point CHROME_PATH at a Chromium or Google Chrome binary: CHROME_PATH=/path/to/chrome npm test',
    ].join('\n')
  );
  return false;
}
