// First-run set-up shared by `npm start`, `npm test` and `npm run bench`: install the npm
// dependencies if they are missing, and find (or, as root on Debian, install) Chromium and, for the
// cross-browser tests, Firefox ESR.
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
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

let aptUpdated = false;

/**
 * Makes sure `path` exists: installs Debian's `aptPackage` when running as root on a Debian-like
 * system and `envVar` does not point elsewhere. Returns whether the binary is there.
 */
function ensureBinary(path, aptPackage, envVar, label) {
  if (existsSync(path)) return true;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get') || process.env[envVar]) return false;
  console.log(`${label} is missing: installing Debian's ${aptPackage} package (apt-get)…`);
  aptUpdated ||= run('apt-get', ['update']);
  return aptUpdated && run('apt-get', ['install', '-y', aptPackage], {DEBIAN_FRONTEND: 'noninteractive'}) && existsSync(path);
}

/**
 * Makes sure a Chromium binary exists (see ensureBinary), otherwise says exactly what to do.
 * Returns false when there is none.
 */
export function ensureChromium() {
  if (ensureBinary(chromiumPath, 'chromium', 'CHROME_PATH', 'Chromium')) return true;
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

/** The same for Firefox ESR, which the cross-browser suites drive through puppeteer-core (WebDriver BiDi). */
export function ensureFirefox() {
  if (ensureBinary(firefoxPath, 'firefox-esr', 'FIREFOX_PATH', 'Firefox ESR')) return true;
  console.error(
    [
      `Firefox was not found at ${firefoxPath}.`,
      'The Firefox test suites (browser-firefox, e2e-firefox) run in headless Firefox ESR. Either:',
      '  - install it: sudo apt-get install -y firefox-esr   (Debian/Ubuntu), or',
      '  - point FIREFOX_PATH at a Firefox binary: FIREFOX_PATH=/path/to/firefox npm test',
      'or run only the other suites: npm test -- dev-node tooling browser e2e',
    ].join('\n')
  );
  return false;
}
