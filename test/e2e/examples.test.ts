// The example apps in examples/, as their users build them: the package as `npm pack` makes it,
// installed for the examples; each built with its own toolchain (React 19 + Vite, Vue 3 + Vite,
// esbuild); each served by the dev node and opened in Chromium, where it joins meet.alice from
// its framework's markup and shares a PDF (so pdf.js's worker survived the bundler).
// Runs after `npm run build` (scripts/test.mjs builds before this suite).
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {useNodeAndChromium} from './fixture.js';
import {repoRoot} from '../../scripts/paths.mjs';
import {makePdf, numberedPages} from '../fixtures/slide-files.js';

const EXAMPLES = ['react', 'vue', 'esbuild'] as const;
const examplesDir = join(repoRoot, 'examples');
const installed = join(examplesDir, 'node_modules/pex-connect');
const outDir = mkdtempSync(join(tmpdir(), 'pex-examples-'));
const vite = join(repoRoot, 'node_modules/vite/bin/vite.js');

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', timeout: 120_000});
  assert.equal(result.status, 0, `${command} ${args.join(' ')} (in ${cwd}):\n${result.stdout}\n${result.stderr}`);
}

/** How each example is built, as its package.json's `build` script does it. */
const builders: Record<(typeof EXAMPLES)[number], (out: string) => void> = {
  react: (out) =>
    run(process.execPath, [vite, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], join(examplesDir, 'react')),
  vue: (out) =>
    run(process.execPath, [vite, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], join(examplesDir, 'vue')),
  esbuild: (out) => run(process.execPath, ['build.mjs', out], join(examplesDir, 'esbuild')),
};

// Registered before the fixture's hooks, so the apps are built when the dev node starts.
before(() => {
  // `npm install pex-connect`, offline: the tarball unpacked where the examples resolve it; its
  // own dependencies (lit, pdf.js) and the toolchains are the repository's.
  const packDir = join(outDir, 'pack');
  mkdirSync(packDir);
  run('npm', ['pack', '--ignore-scripts', '--pack-destination', packDir], repoRoot);
  const tarball = readdirSync(packDir).find((name) => name.endsWith('.tgz'));
  assert.ok(tarball, 'npm pack wrote a tarball');
  rmSync(installed, {recursive: true, force: true});
  mkdirSync(installed, {recursive: true});
  run('tar', ['-xzf', join(packDir, tarball), '-C', installed, '--strip-components=1'], repoRoot);
  for (const example of EXAMPLES) builders[example](join(outDir, example));
});

const started = useNodeAndChromium(EXAMPLES.map((example) => `--static=/${example}/=${join(outDir, example)}`));

after(() => {
  rmSync(outDir, {recursive: true, force: true});
  rmSync(join(examplesDir, 'node_modules'), {recursive: true, force: true});
});

test("the React example's TypeScript checks against the installed package's JSX types", () => {
  run(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', '.'], join(examplesDir, 'react'));
});

test("the Vue example's templates check (vue-tsc) against the installed package's GlobalComponents", () => {
  run(process.execPath, [join(repoRoot, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', '.'], join(examplesDir, 'vue'));
});

for (const example of EXAMPLES) {
  test(`${example}: joins a meeting from its markup and shares a PDF`, async () => {
    const page = await started.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const workerResponses: number[] = [];
    page.on('response', (response) => {
      if (/pdf\.worker[^/]*\.mjs$/.test(new URL(response.url()).pathname)) workerResponses.push(response.status());
    });
    try {
      await page.goto(`${started.node.url}/${example}/index.html`);
      await page.getByRole('button', {name: 'Join', exact: true}).click();
      // The framework's own event binding saw pex-joined.
      await page.locator('#status').getByText('In the meeting meet.alice').waitFor({timeout: 30_000});

      const pdf = makePdf('deck.pdf', numberedPages(3));
      const chooser = page.waitForEvent('filechooser');
      await page.locator('pex-presenter').getByRole('button', {name: 'Share images or PDFs'}).click();
      await (await chooser).setFiles({name: pdf.name, mimeType: pdf.type, buffer: Buffer.from(await pdf.arrayBuffer())});
      await page.locator('#slide').getByText('Slide 1 of 3').waitFor({timeout: 30_000});
      assert.deepEqual(workerResponses, [200], "pdf.js's worker was loaded from the app's own build");
      // The slides open for review; they go out on Start presenting, once the node has granted the presentation.
      await page.locator('pex-presenter').getByRole('button', {name: 'Start presenting'}).click();
      await page.waitForFunction(`document.querySelector('pex-presenter').sharing === 'slides'`, undefined, {timeout: 15_000});
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
}
