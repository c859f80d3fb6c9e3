import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { FIXTURES } from './helpers.js';

/** Bundles test/fixtures/sdk-client.js with @pexip/infinity into a temporary directory. */
export async function bundleSdkClient(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dev-node-sdk-'));
  await build({
    entryPoints: [path.join(FIXTURES, 'sdk-client.js')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: dir,
    logLevel: 'error',
  });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
