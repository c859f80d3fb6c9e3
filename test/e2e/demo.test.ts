// End to end, as a new user: the dev node started the way `npm start` starts it, the built
// bundle, the demo page in two browser contexts, Join clicked in both.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Page} from 'playwright-core';
import {useNodeAndChromium} from './fixture.js';
import {COUNT_REMOTE_FRAMES} from './remote-frames.js';

const started = useNodeAndChromium();

async function joinFromDemo(name: string): Promise<Page> {
  const context = await started.browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${started.node.url}/demo/`);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', {name: 'Join'}).click();
  assert.deepEqual(errors, [], `page errors for ${name}`);
  return page;
}

function remoteFramesPerSecond(page: Page): Promise<number> {
  return page.evaluate(COUNT_REMOTE_FRAMES);
}

async function waitForRemoteVideo(page: Page, who: string): Promise<void> {
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    if ((await remoteFramesPerSecond(page)) > 3) return;
    await page.waitForTimeout(250);
  }
  assert.fail(`${who} never showed remote video with advancing frames`);
}

test('the demo page: two users join meet.alice and each sees remote video', async () => {
  const ann = await joinFromDemo('Ann');
  const bob = await joinFromDemo('Bob');
  await ann.getByRole('toolbar', {name: 'Call controls'}).getByText('2 in the meeting').waitFor({timeout: 30000});
  await waitForRemoteVideo(ann, 'Ann');
  await waitForRemoteVideo(bob, 'Bob');
  // The roster and chat nested in the conference (each its own chunk) are bound to it.
  await ann.locator('pex-roster').getByRole('list').getByText('Bob', {exact: true}).waitFor({timeout: 15000});
  await bob.locator('pex-chat').getByRole('textbox').fill('Hello from Bob');
  await bob.locator('pex-chat').getByRole('button', {name: 'Send'}).click();
  await ann.locator('pex-chat').getByText('Hello from Bob', {exact: true}).waitFor({timeout: 15000});
  await bob.getByRole('button', {name: 'Disconnect'}).click();
  await bob.getByText('You left the meeting').waitFor();
  await ann.getByRole('toolbar', {name: 'Call controls'}).getByText('1 in the meeting').waitFor({timeout: 15000});
});

test("the SDK's checks of host controls and muting are not loaded before Join, load during the call, and muting works", async () => {
  const context = await started.browser.newContext();
  const page = await context.newPage();
  const checks: string[] = [];
  page.on('response', (response) => {
    const chunk = /infinity-api-\w+-checks/.exec(response.url())?.[0];
    if (chunk && response.ok()) checks.push(chunk);
  });
  const sdkLoaded = page.waitForResponse(/infinity-sdk-factory/, {timeout: 30_000});
  await page.goto(`${started.node.url}/demo/`);
  await sdkLoaded; // fetched while the pre-join screen is idle
  await page.getByLabel('Your name').fill('Cid');
  assert.equal(checks.join(), '', 'no checks before Join');
  await page.getByRole('button', {name: 'Join'}).click();
  await waitForRemoteVideo(page, 'Cid');
  const groups = ['participant', 'call', 'conference', 'breakout'].map((group) => `infinity-api-${group}-checks`);
  const deadline = Date.now() + 15_000;
  while (groups.some((chunk) => !checks.includes(chunk)) && Date.now() < deadline) await page.waitForTimeout(250);
  assert.deepEqual([...checks].sort(), [...groups].sort(), 'each group of checks loaded once during the call');
  const toolbar = page.getByRole('toolbar', {name: 'Call controls'});
  await toolbar.getByRole('button', {name: 'Mute my microphone'}).click();
  // Pressed once the node has confirmed it (the participant group's checks read its answer).
  await toolbar.getByRole('button', {name: 'Mute my microphone', pressed: true}).waitFor({timeout: 15_000});
  await context.close();
});
