// Still-image presentations against the composing dev node, as on Infinity: a participant in
// still-image mode (the default) has no presentation m-line in its call, so it receives no
// presentation video; it fetches the node's `presentation.jpeg` for each `presentation_frame`
// instead. Switching to full motion restarts the call with the m-line, and the video arrives.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Page} from 'playwright-core';
import {makePdf} from '../fixtures/slide-files.js';
import {stateOf, useNodeAndChromium, waitForState} from './fixture.js';

const started = useNodeAndChromium(['--media', 'compose']);

const RED: readonly [number, number, number] = [200, 40, 40];
const BLUE: readonly [number, number, number] = [40, 40, 200];

/** The centre colour of the stage's still picture (`<img part="still">`), or null while there is none. */
const STILL_CENTRE = `(() => {
  const stage = document.querySelector('pex-conference').shadowRoot.querySelector('pex-stage');
  const img = stage && stage.shadowRoot.querySelector('pex-presentation-view')?.shadowRoot.querySelector('img[part~="still"]');
  if (!img || !img.complete || !img.naturalWidth) return null;
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const context = canvas.getContext('2d');
  context.drawImage(img, 0, 0);
  return Array.from(context.getImageData(canvas.width >> 1, canvas.height >> 1, 1, 1).data.slice(0, 3));
})()`;

async function waitForStill(page: Page, colour: readonly number[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  let seen: unknown = null;
  while (Date.now() < deadline) {
    seen = await page.evaluate(STILL_CENTRE);
    if (Array.isArray(seen) && seen.every((value: number, index) => Math.abs(value - (colour[index] ?? 0)) < 40)) return;
    await page.waitForTimeout(250);
  }
  assert.fail(`the still never showed ${colour.join(',')}; last seen ${JSON.stringify(seen)}`);
}

interface CallState {
  readonly display_name: string;
  readonly call: {readonly offered: {readonly slides: string | null}} | null;
}

async function callOf(name: string): Promise<CallState['call']> {
  const answer = (await (await fetch(`${started.node.url}/dev/state?room=meet.alice`)).json()) as {
    rooms: {participants: CallState[]}[];
  };
  return answer.rooms[0]?.participants.find(({display_name}) => display_name === name)?.call ?? null;
}

test('still-image mode fetches JPEG frames and receives no presentation video; full motion brings the video', async () => {
  const context = await started.browser.newContext();
  try {
    const [ann, bob] = await Promise.all([context.newPage(), context.newPage()]);
    const stills: string[] = [];
    bob.on('request', (request) => {
      if (request.url().includes('/presentation.jpeg')) stills.push(request.url());
    });
    for (const [page, name] of [
      [bob, 'Bob'],
      [ann, 'Ann'],
    ] as const) {
      await page.goto(`${started.node.url}/dist/webapp.html?conference=meet.alice&name=${name}&join=1`);
      await waitForState(page, `state.phase === 'in-call'`);
    }
    assert.equal((await callOf('Bob'))?.offered.slides, null, "Bob's call has no presentation m-line");

    // Ann presents a PDF of two pages from the side panel's presenter.
    const pdf = makePdf('deck.pdf', [
      {color: RED, label: 'One'},
      {color: BLUE, label: 'Two'},
    ]);
    const [chooser] = await Promise.all([
      ann.waitForEvent('filechooser'),
      ann.locator('[part~="share-files-button"]').first().click(),
    ]);
    await chooser.setFiles({name: pdf.name, mimeType: pdf.type, buffer: Buffer.from(await pdf.arrayBuffer())});
    await ann.locator('[part~="start-button"]').first().click();
    await waitForState(ann, `state.presentation.sending === 'sending'`);

    // Bob sees the slide as a still picture fetched from the node, and no presentation video comes.
    await waitForState(bob, `state.presentation.presenterName === 'Ann' && Boolean(state.presentation.still)`);
    await waitForStill(bob, RED);
    assert.ok(stills.length >= 1, 'presentation.jpeg fetched');
    assert.ok(
      stills.every((url) => !url.includes('token=')),
      'the token goes as a header, never in the URL'
    );
    assert.equal(await stateOf(bob, `state.presentation.remote === undefined && !state.presentation.stillsUnavailable`), true);
    assert.equal((await callOf('Bob'))?.offered.slides, null, 'still no presentation m-line while Ann presents');

    // A page turn is a new still.
    const before = stills.length;
    await ann.keyboard.press('ArrowRight');
    await waitForStill(bob, BLUE);
    assert.ok(stills.length > before, 'the new slide fetched as a new still');

    // Full motion: the call restarts with the presentation m-line and the video arrives.
    await bob.locator('pex-presentation-view [part~="mode-button"]').first().click();
    await waitForState(bob, `state.presentation.fullMotion === true && Boolean(state.presentation.remote)`);
    assert.notEqual((await callOf('Bob'))?.offered.slides ?? null, null, "Bob's call has the presentation m-line again");
  } finally {
    await context.close();
  }
});
