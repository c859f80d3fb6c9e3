// Embedding, as page authors meet it: what `npm pack` ships, the declared exports and types,
// that a page can import one element without the others, that importing the classes registers
// nothing, that two copies of the bundle on one page get along, and what diagnose() says about a
// page's own policies. Runs after `npm run build` (scripts/test.mjs builds before this suite).
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {build} from 'esbuild';
import {useNodeAndChromium} from './fixture.js';
import {repoRoot} from '../../scripts/paths.mjs';

interface PackageJson {
  exports: Record<string, string | {types: string; import?: string}>;
  customElements: string;
}

const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as PackageJson;

/** Bundles a module that imports the package by name, as a page's bundler would. */
async function bundleImporting(source: string): Promise<string> {
  const result = await build({
    stdin: {contents: source, resolveDir: repoRoot, loader: 'js'},
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

test('npm pack ships the modules, their types, the bundle and the manifest', () => {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: repoRoot, encoding: 'utf8'});
  assert.equal(result.status, 0, result.stderr);
  const files = new Set((JSON.parse(result.stdout) as {files: {path: string}[]}[])[0].files.map(({path}) => path));
  for (const file of [
    'lib/index.js',
    'lib/index.d.ts',
    'lib/pex-roster.js',
    'dist/pdf.worker.min.mjs',
    'lib/frameworks/react.d.ts',
    'lib/web-types.json',
    'dist/pex-connect.js',
    'dist/webapp.html',
    'custom-elements.json',
    'README.md',
  ]) {
    assert.ok(files.has(file), `${file} is in the package`);
  }
  assert.ok(
    ![...files].some((file) => file.startsWith('src/') || file.startsWith('test/') || file.startsWith('dev-node/')),
    'no sources, tests or dev node'
  );
});

test('every export points at a file that exists, and package.json names the manifest', () => {
  for (const [name, target] of Object.entries(packageJson.exports)) {
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of paths.filter((candidate) => !candidate.includes('*')))
      assert.ok(existsSync(join(repoRoot, path)), `${name} → ${path}`);
  }
  assert.equal(packageJson.customElements, 'custom-elements.json');
});

test("the package's declarations type-check for a consumer (skipLibCheck off)", () => {
  const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'test/package'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test('a page can import one element without the others', async () => {
  const roster = await bundleImporting(`import 'pex-connect/pex-roster.js';`);
  assert.match(roster, /["']pex-roster["']/);
  for (const other of ['pex-conference', 'pex-presenter', 'pex-join-button']) {
    assert.doesNotMatch(roster, new RegExp(`["']${other}["']`), `pex-roster.js does not bring <${other}>`);
  }
});

const started = useNodeAndChromium(['--static', '/dist/=dist', '--static', '/second-copy/=dist', '--static', '/demo/=demo']);

/** A page on the dev node's origin with the given HTML and headers (its errors collected in `problems`). */
async function pageWith(html: string, problems: string[] = [], headers: Record<string, string> = {}) {
  const page = await started.browser.newPage();
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.route(`${started.node.url}/test-page.html`, (route) =>
    route.fulfill({contentType: 'text/html', body: html, headers})
  );
  await page.goto(`${started.node.url}/test-page.html`);
  return page;
}

test('importing the classes (the package root) registers no element and touches no page', async () => {
  const code = await bundleImporting(
    `import * as pexConnect from 'pex-connect'; window.pexConnectExports = Object.keys(pexConnect);`
  );
  const page = await pageWith('<!doctype html><html><body></body></html>');
  const before = await page.evaluate('document.documentElement.outerHTML');
  await page.addScriptTag({content: code, type: 'module'});
  await page.waitForFunction('Array.isArray(window.pexConnectExports)');
  const defined = await page.evaluate(
    `['pex-conference', 'pex-roster', 'pex-chat', 'pex-presenter', 'pex-join-button'].filter((tag) => customElements.get(tag))`
  );
  assert.deepEqual(defined, [], 'no element is registered by importing the classes');
  assert.ok(await page.evaluate<string[]>('window.pexConnectExports'), 'the classes are exported');
  assert.equal(
    await page.evaluate('document.documentElement.outerHTML.replace(/<script[^>]*>[\\s\\S]*?<\\/script>/, "")'),
    before,
    'the document is unchanged'
  );
  await page.close();
});

test('two copies of the bundle on one page: no error, and the elements work', async () => {
  const problems: string[] = [];
  const page = await pageWith(
    `<!doctype html><html><head>
    <script type="module" src="/dist/pex-connect.js"></script>
    <script type="module" src="/second-copy/pex-connect.js"></script>
    </head><body><pex-conference conference="meet.alice" name="Twin" join></pex-conference></body></html>`,
    problems
  );
  await page.getByRole('toolbar', {name: 'Call controls'}).waitFor({timeout: 30000});
  assert.deepEqual(problems, []);
  await page.close();
});

test('diagnose() on a page whose Permissions-Policy blocks screen sharing, with an unreachable node', async () => {
  const page = await pageWith(
    `<!doctype html><html><head><script type="module" src="/dist/pex-connect.js"></script></head>
    <body><pex-conference node="http://127.0.0.1:9" conference="meet.alice"></pex-conference></body></html>`,
    [],
    {'Permissions-Policy': 'display-capture=()'}
  );
  await page.waitForFunction(`Boolean(customElements.get('pex-conference'))`);
  const findings = await page.evaluate<{code: string; subject: string; message: string}[]>(
    `document.querySelector('pex-conference').diagnose()`
  );
  const byCode = (code: string, subject: string) =>
    findings.find((finding) => finding.code === code && finding.subject === subject);
  assert.match(byCode('policy-blocks', 'display-capture')?.message ?? '', /Permissions-Policy: display-capture=\(self\)/);
  assert.ok(byCode('policy-allows', 'camera'), 'camera is still allowed');
  assert.match(
    byCode('node-unreachable', 'http://127.0.0.1:9')?.message ?? '',
    /Cannot reach the conferencing server http:\/\/127\.0\.0\.1:9/
  );
  await page.close();
});
