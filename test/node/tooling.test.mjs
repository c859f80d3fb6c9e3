// Checks on the repository itself: the committed manifest is current and the code type-checks.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {repoRoot} from '../../scripts/paths.mjs';

function run(args) {
  return spawnSync(process.execPath, args, {cwd: repoRoot, encoding: 'utf8'});
}

test('custom-elements.json is up to date with the JSDoc (run `npm run analyze`)', () => {
  // The analyzer resolves --outdir against the working directory, so keep it inside the repo.
  const outdir = join('node_modules', '.cache', `pex-cem-check-${process.pid}`);
  try {
    const result = run([join(repoRoot, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--outdir', outdir]);
    assert.equal(result.status, 0, result.stderr);
    const fresh = JSON.parse(readFileSync(join(repoRoot, outdir, 'custom-elements.json'), 'utf8'));
    const committed = JSON.parse(readFileSync(join(repoRoot, 'custom-elements.json'), 'utf8'));
    assert.deepEqual(committed, fresh, 'custom-elements.json is stale: run `npm run analyze` and commit it');
  } finally {
    rmSync(join(repoRoot, outdir), {recursive: true, force: true});
  }
});

// test/package/tsconfig.source.json: a page's code (test/package/consumer.ts) against the sources, so
// that the public event types are checked without a build (test/e2e checks the built package).
for (const project of [
  'tsconfig.json',
  'dev-node/tsconfig.json',
  'test/e2e/tsconfig.json',
  'bench/tsconfig.json',
  'test/package/tsconfig.source.json',
  'test/node/tsconfig.json',
]) {
  test(`${project} type-checks in strict mode`, () => {
    const result = run([join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', project]);
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
}

test("README.md's element reference matches custom-elements.json (run `npm run analyze`)", () => {
  const result = run([join(repoRoot, 'scripts/docs.mjs'), '--check']);
  assert.equal(result.status, 0, result.stderr);
});
