// The set-up most end-to-end files share: one dev node process (as `npm start` runs it) and one
// headless Chromium for the whole file, stopped when the file's tests are done.
import assert from 'node:assert/strict';
import {after, before} from 'node:test';
import {chromium, type Browser, type Page} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../../scripts/chromium.mjs';
import {startDevNodeProcess} from '../../scripts/dev-node-process.mjs';

export type DevNodeProcess = Awaited<ReturnType<typeof startDevNodeProcess>>;

export interface NodeAndChromium {
  readonly browser: Browser;
  readonly node: DevNodeProcess;
}

/** Registers the file's before/after hooks; the returned object is filled in by `before`. */
export function useNodeAndChromium(nodeArgs: string[] = []): NodeAndChromium {
  const started = {} as {browser: Browser; node: DevNodeProcess};
  before(async () => {
    started.node = await startDevNodeProcess(nodeArgs);
    started.browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
  });
  after(async () => {
    /* eslint-disable @typescript-eslint/no-unnecessary-condition -- before() may have failed before setting them */
    await started.browser?.close();
    await started.node?.stop();
    /* eslint-enable @typescript-eslint/no-unnecessary-condition */
  });
  return started;
}

/** `expression` over the page's `<pex-conference>` state (`state`); false while the element has none yet. */
export function stateOf(page: Page, expression: string): Promise<unknown> {
  return page.evaluate(
    `(() => { const state = document.querySelector('pex-conference')?.state; return state ? ${expression} : false; })()`
  );
}

/** Polls with evaluate (the Web App page's CSP forbids the string evaluation waitForFunction does). */
export async function waitForState(page: Page, expression: string, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await stateOf(page, expression))) {
    if (Date.now() > deadline) assert.fail(`Timed out waiting for ${expression}`);
    await page.waitForTimeout(200);
  }
}
