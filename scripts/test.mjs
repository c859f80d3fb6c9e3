// `npm test`: every suite (dev node, tooling, browser, end-to-end, and the browser and end-to-end
// ones in Firefox ESR), one after the other, and one total at the end. The last line printed is
// always `N passed, N failed` (CI reads it).
//
//   npm test                                   all suites
//   npm test -- browser e2e                    only the named suites
//   npm test -- browser-firefox e2e-firefox    only the Firefox ones
//   PEX_TEST_FILES=test/browser/x.test.ts npm test -- browser
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {repoRoot} from './paths.mjs';
import {ensureChromium, ensureDependencies, ensureFirefox} from './setup.mjs';

const resultsDir = join(repoRoot, 'test-results');

function findFiles(dir, pattern) {
  const root = join(repoRoot, dir);
  if (!existsSync(root)) return [];
  return readdirSync(root, {recursive: true})
    .map((name) => join(root, String(name)))
    .filter((file) => pattern.test(file))
    .sort()
    .map((file) => relative(repoRoot, file));
}

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * No test may hang the run: a node:test test fails after TEST_TIMEOUT, and a whole suite is killed
 * after SUITE_TIMEOUT (its unfinished files count as failures).
 */
const TEST_TIMEOUT = 5 * 60 * 1000;
const SUITE_TIMEOUT = 15 * 60 * 1000;

/** What a suite's process reported, or one failure if it died (or was killed) before reporting. */
function suiteCounts(name, summary, {status, error}) {
  if (error?.code === 'ETIMEDOUT') console.error(`\n${name}: killed after ${SUITE_TIMEOUT / 60000} minutes`);
  const counts = readCounts(summary) ?? {passed: 0, failed: 0, failures: []};
  if (status !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.failures = [`${name}: exited with ${error?.code ?? `status ${status}`} before reporting`];
  }
  return counts;
}

/** Runs node:test over files and returns its counts. */
function nodeSuite(name, files, extraArgs = []) {
  const summary = join(resultsDir, `${name}.json`);
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      ...extraArgs,
      '--test',
      '--test-concurrency=1',
      `--test-timeout=${TEST_TIMEOUT}`,
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${join(repoRoot, 'scripts/node-test-summary-reporter.mjs')}`,
      `--test-reporter-destination=${summary}`,
      ...files,
    ],
    {cwd: repoRoot, stdio: 'inherit', timeout: SUITE_TIMEOUT, killSignal: 'SIGKILL'}
  );
  return suiteCounts(name, summary, result);
}

function npmScript(script) {
  return spawnSync('npm', ['run', '--silent', script], {cwd: repoRoot, stdio: 'inherit'}).status === 0;
}

/** The end-to-end suites load the built bundle: one build serves both. */
let built = false;
function build() {
  built ||= npmScript('build');
  return built;
}

/** Runs web-test-runner with a config and returns its counts. */
function wtrSuite(name, config) {
  const summary = join(resultsDir, `${name}.json`);
  const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules/@web/test-runner/dist/bin.js'), '--config', config], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: {...process.env, PEX_WTR_SUMMARY: summary},
    timeout: SUITE_TIMEOUT,
    killSignal: 'SIGKILL',
  });
  return suiteCounts(name, summary, result);
}

/** End-to-end files named *.firefox.test.ts drive Firefox (and Chromium); the others only Chromium. */
const firefoxE2e = /\.firefox\.test\.ts$/;

const suites = {
  'dev-node': () => nodeSuite('dev-node', findFiles('dev-node/test', /\.test\.ts$/), ['--expose-gc']),
  tooling: () => nodeSuite('tooling', findFiles('test/node', /\.test\.(ts|mjs)$/)),
  browser: () => wtrSuite('browser', 'web-test-runner.config.mjs'),
  e2e: () => {
    if (!build()) return {passed: 0, failed: 1};
    return nodeSuite(
      'e2e',
      findFiles('test/e2e', /\.test\.ts$/).filter((file) => !firefoxE2e.test(file))
    );
  },
  // Which browser tests run in Firefox, and why: web-test-runner.firefox.config.mjs.
  'browser-firefox': () => wtrSuite('browser-firefox', 'web-test-runner.firefox.config.mjs'),
  'e2e-firefox': () => {
    if (!build()) return {passed: 0, failed: 1};
    return nodeSuite('e2e-firefox', findFiles('test/e2e', firefoxE2e));
  },
};
const firefoxSuites = new Set(['browser-firefox', 'e2e-firefox']);

ensureDependencies();
rmSync(resultsDir, {recursive: true, force: true});
mkdirSync(resultsDir, {recursive: true});

const wanted = process.argv.slice(2).filter((name) => name in suites);
const selected = wanted.length ? wanted : Object.keys(suites);
const needsBrowser = selected.some((name) => name !== 'tooling');
const needsFirefox = selected.some((name) => firefoxSuites.has(name));
const total = {passed: 0, failed: 0};
const lines = [];

if (needsBrowser && !ensureChromium()) {
  total.failed += 1;
  lines.push('setup: Chromium missing (see above)');
} else {
  // Without Firefox the other suites still run; each Firefox suite counts as one failure.
  const firefoxMissing = needsFirefox && !ensureFirefox();
  for (const name of selected) {
    if (firefoxMissing && firefoxSuites.has(name)) {
      total.failed += 1;
      lines.push(`${name}: Firefox missing (see above)`);
      continue;
    }
    console.log(`\n=== ${name} ===\n`);
    const counts = suites[name]();
    total.passed += counts.passed;
    total.failed += counts.failed;
    lines.push(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
    for (const failure of counts.failures ?? []) lines.push(`  failed: ${failure}`);
  }
}

const summaryLine = `${total.passed} passed, ${total.failed} failed`;
writeFileSync(join(resultsDir, 'summary.txt'), `${summaryLine}\n`);
console.log(`\n${lines.join('\n')}\n${summaryLine}`);
process.exitCode = total.failed > 0 ? 1 : 0;
