import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {build} from 'esbuild';
import type {Browser} from 'playwright-core';
import {type DevNode, startDevNode} from '../src/index.js';
import {launchChromium} from './browser.js';
import {FIXTURES} from './helpers.js';

/** Bundles test/fixtures/sdk-client.js with @pexip/infinity into a temporary directory. */
export async function bundleSdkClient(): Promise<{dir: string; remove(): Promise<void>}> {
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
  return {dir, remove: () => rm(dir, {recursive: true, force: true})};
}

export interface SdkHarness {
  readonly node: DevNode;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** A dev node serving the client fixtures and the bundled SDK client, and a Chromium to run them. */
export async function startSdkHarness(): Promise<SdkHarness> {
  const bundle = await bundleSdkClient();
  const node = await startDevNode({port: 0, devApi: true, staticRoots: {'/fixtures/': FIXTURES, '/sdk-bundle/': bundle.dir}});
  const browser = await launchChromium();
  return {
    node,
    browser,
    close: async () => {
      await browser.close();
      await node.close();
      await bundle.remove();
    },
  };
}
