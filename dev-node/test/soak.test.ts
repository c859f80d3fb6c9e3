import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {it} from 'node:test';
import {fileURLToPath} from 'node:url';
import type {SoakReport} from './soak.js';

const SOAK = fileURLToPath(new URL('./soak.ts', import.meta.url));
/**
 * What the heap may grow by over the run. Heap-snapshot diffs of this soak show the growth is
 * V8's compiled code (optimised code, deopt data), not application objects.
 */
const HEAP_SLACK_MB = 8;

/** Runs the soak in its own process, with --expose-gc, and reads its one-line report. */
function runSoak(cycles: number): Promise<SoakReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', SOAK, String(cycles)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`soak exited with ${code}`));
      else resolve(JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as SoakReport);
    });
  });
}

it('joins, calls and leaves 200 times without growing handles or memory', {timeout: 600_000}, async (t) => {
  const report = await runSoak(200);
  t.diagnostic(JSON.stringify(report));
  assert.equal(report.cycles, 200);
  for (const [type, count] of Object.entries(report.handlesAfter)) {
    assert.ok(count <= (report.handlesBefore[type] ?? 0), `${type}: ${report.handlesBefore[type] ?? 0} → ${count}`);
  }
  assert.ok(
    report.heapAfterMB - report.heapBeforeMB < HEAP_SLACK_MB,
    `heap ${report.heapBeforeMB} MB → ${report.heapAfterMB} MB`
  );
});
