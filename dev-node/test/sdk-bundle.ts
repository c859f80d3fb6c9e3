import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before} from 'node:test';
import {build} from 'esbuild';
import type {Browser} from 'playwright-core';
import {type DevNode, startDevNode} from '../src/index.js';
import {launchChromium, SdkPage} from './browser.js';
import {FIXTURES, waitFor} from './helpers.js';

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

/** A participant as the SDK's roster gives it. */
export type SdkParticipant = {uuid: string; displayName: string; [key: string]: unknown};

/** What a suite of SDK tests shares: the harness, and the pages its current test opened. */
export interface SdkSuite {
  /** The dev node (once the suite's `before` hooks have run). */
  readonly node: DevNode;
  /** The Chromium the pages run in, for pages of another kind (once the suite's `before` hooks have run). */
  readonly browser: Browser;
  /** Closes the pages the previous test opened and opens `count` new SDK client pages. */
  open(count: number): Promise<SdkPage[]>;
  /** One more page beside those `open()` gave, closed with them. */
  openAnother(): Promise<SdkPage>;
  /** A page the test closed itself: it is not closed again. */
  forget(page: SdkPage): void;
  /** Waits until `name` is in the page's roster (of `room`: a breakout room's uuid, or the main room). */
  participant(page: SdkPage, name: string, room?: string): Promise<SdkParticipant>;
}

/**
 * Call in a `describe()` of SDK tests: starts the harness before its tests, closes it after them,
 * and keeps the pages each test opens. Hooks run in the order they are registered, so a later
 * `before()` in the same describe sees `suite.node`.
 */
export function useSdkHarness(): SdkSuite {
  let harness: SdkHarness | undefined;
  const pages: SdkPage[] = [];
  before(async () => {
    harness = await startSdkHarness();
  });
  after(() => harness?.close());
  const started = (): SdkHarness => {
    if (!harness) throw new Error('The SDK harness starts in the suite’s before() hook');
    return harness;
  };
  const openAnother = async (): Promise<SdkPage> => {
    const page = await SdkPage.open(started().browser, started().node);
    pages.push(page);
    return page;
  };
  return {
    get node() {
      return started().node;
    },
    get browser() {
      return started().browser;
    },
    async open(count) {
      for (const page of pages.splice(0)) await page.close();
      for (let i = 0; i < count; i++) await openAnother();
      return [...pages];
    },
    openAnother,
    forget(page) {
      const index = pages.indexOf(page);
      if (index >= 0) pages.splice(index, 1);
    },
    participant(page, name, room = 'main') {
      return waitFor(
        async () => ((await page.participants(room)) as SdkParticipant[]).find((entry) => entry.displayName === name),
        room === 'main' ? `${name} in the roster` : `${name} in the roster of ${room}`
      );
    },
  };
}
