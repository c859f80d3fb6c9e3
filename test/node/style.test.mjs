// One style, enforced: ESLint, Prettier and the layering rules pass over the whole repository.
// Each test fails with the tool's own report.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {repoRoot} from '../../scripts/paths.mjs';

function tool(script, ...args) {
  return spawnSync(process.execPath, [join(repoRoot, 'node_modules', script), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

// Type-aware linting of the whole repository takes about 40 s of CPU, minutes on a busy machine.
test('ESLint finds nothing, warnings included (`npm run lint`)', {timeout: 10 * 60 * 1000}, () => {
  const result = tool('eslint/bin/eslint.js', '.', '--max-warnings', '0');
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test('Prettier formatted every file (`npm run format:check`; fix with `npx prettier --write <files>`)', () => {
  const result = tool('prettier/bin/prettier.cjs', '--check', '.');
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test('the layers import downwards only and nothing imports in a circle (`npm run layers`)', () => {
  const result = tool('dependency-cruiser/bin/dependency-cruise.mjs', 'src', 'dev-node', 'test', 'bench', 'scripts');
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

// Issue 13: a file that outgrows this has more than one concern; move one into a sibling module.
const MAX_LINES = 500;
test(`no .ts file in src/ or dev-node/src/ is over ${MAX_LINES} lines`, () => {
  const tooLong = [];
  for (const dir of ['src', 'dev-node/src']) {
    for (const file of readdirSync(join(repoRoot, dir), {recursive: true})) {
      if (!file.endsWith('.ts')) continue;
      const path = join(dir, file);
      const text = readFileSync(join(repoRoot, path), 'utf8');
      const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
      if (lines > MAX_LINES) tooLong.push(`${path}: ${lines} lines`);
    }
  }
  assert.deepEqual(tooLong, [], `split these files (at most ${MAX_LINES} lines each):\n${tooLong.join('\n')}`);
});
