// A whole meeting with the keyboard only, on the Web App page (one bare <pex-conference>): join,
// mute, send a chat message, share a PDF and turn a page, leave. Tab and Shift+Tab move between
// controls, Enter and Space use them; no mouse click anywhere. (The operating system's file
// dialog is the one step the test answers for the user: Playwright gives it the file.)
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {FileChooser, Page} from 'playwright-core';
import {makePdf} from '../fixtures/slide-files.js';
import {stateOf, useNodeAndChromium, waitForState} from './fixture.js';

const started = useNodeAndChromium();

/** The focused element through the shadow roots: its part names and its name (label, or text). */
const FOCUSED = `(() => {
  let element = document.activeElement;
  while (element && element.shadowRoot && element.shadowRoot.activeElement) element = element.shadowRoot.activeElement;
  if (!element || element === document.body) return {part: '', name: '', tag: 'body'};
  const name = element.getAttribute('aria-label') || (element.labels && element.labels[0] && element.labels[0].textContent) || element.textContent || '';
  return {part: element.getAttribute('part') || '', name: name.trim().replace(/\\s+/g, ' ').slice(0, 60), tag: element.localName};
})()`;

interface Focused {
  readonly part: string;
  readonly name: string;
  readonly tag: string;
}

/**
 * Presses Tab (or Shift+Tab) until the focused element has the part `part`; fails, listing the
 * way focus went, if it is not reached in `limit` presses (unreachable, or a trap on the way).
 */
async function tabTo(page: Page, part: string, {back = false, limit = 80} = {}): Promise<void> {
  const path: string[] = [];
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate<Focused>(FOCUSED);
    path.push(`${focused.tag}[${focused.part}] ${focused.name}`);
    if (focused.part.split(' ').includes(part)) return;
  }
  assert.fail(`${part} not reached with ${back ? 'Shift+Tab' : 'Tab'}; focus went:\n${path.join('\n')}`);
}

/**
 * Presses Enter on the focused control, which must still be `part`, and returns the file chooser
 * it opens (failing after 30 s if none opens). Waiting for the `filechooser` event makes
 * Playwright turn on Chromium's file-chooser interception, but Playwright does not wait until
 * Chromium has it. A click never notices (it makes round trips to the page before it clicks); a
 * bare key press goes at once, and a busy page can take the key first: the dialog then opens
 * un-intercepted, no event comes (and later choosers queue behind that dialog). So the focus check
 * goes between: the page answers it only after the interception command sent before it, and the
 * key goes after that.
 */
async function enterForFileChooser(page: Page, part: string): Promise<FileChooser> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', {timeout: 30_000}),
    (async () => {
      const focused = await page.evaluate<Focused>(FOCUSED);
      assert.ok(focused.part.split(' ').includes(part), `focus left ${part} for ${focused.tag}[${focused.part}] ${focused.name}`);
      await page.keyboard.press('Enter');
    })(),
  ]);
  return chooser;
}

test('a whole meeting with the keyboard only: join, mute, chat, share a PDF and turn a page, leave', async () => {
  const context = await started.browser.newContext();
  try {
    const [kim, bob] = await Promise.all([context.newPage(), context.newPage()]);
    // Bob is in the room already, to see what Kim sends.
    await bob.goto(`${started.node.url}/dist/webapp.html?conference=meet.alice&name=Bob&join=1`);
    await bob.getByRole('toolbar', {name: 'Call controls'}).waitFor({timeout: 30_000});

    // Pre-join: the name comes from the link; Tab to Join and press Enter.
    await kim.goto(`${started.node.url}/dist/webapp.html?conference=meet.alice&name=Kim`);
    await kim.locator('pex-conference').getByRole('button', {name: 'Join', exact: true}).waitFor({timeout: 30_000});
    await tabTo(kim, 'join-button');
    await kim.keyboard.press('Enter');
    await kim.getByRole('toolbar', {name: 'Call controls'}).waitFor({timeout: 30_000});
    await waitForState(kim, `state.phase === 'in-call'`);

    // Mute with Space on the microphone button.
    await tabTo(kim, 'microphone-button');
    await kim.keyboard.press('Space');
    await waitForState(kim, `state.media.microphoneMuted === true`);

    // The chat (the side panel's own, loaded once the call's media arrives): Tab to the message field, type, Enter sends.
    await kim.locator('pex-chat').getByRole('textbox').waitFor({timeout: 15_000});
    await tabTo(kim, 'input');
    await kim.keyboard.type('Hello from the keyboard');
    await kim.keyboard.press('Enter');
    await bob.getByText('Hello from the keyboard', {exact: true}).waitFor({timeout: 15_000});

    // Share a PDF from the toolbar: Shift+Tab back to its button, Enter opens the file dialog.
    const pdf = makePdf('deck.pdf', [
      {color: [200, 40, 40], label: 'One'},
      {color: [40, 40, 200], label: 'Two'},
    ]);
    await tabTo(kim, 'share-files-button', {back: true});
    const chooser = await enterForFileChooser(kim, 'share-files-button');
    await chooser.setFiles({name: pdf.name, mimeType: pdf.type, buffer: Buffer.from(await pdf.arrayBuffer())});
    // The slides open for review, with focus on them; nothing is presented yet.
    await kim.getByText('1 / 2').first().waitFor({timeout: 30_000});
    const onSlides = await kim.evaluate<Focused>(FOCUSED);
    assert.match(onSlides.name, /^Slide 1/, 'the slides under review have focus');
    assert.equal(await stateOf(kim, `state.presentation.sending`), 'idle');
    // Start presenting (Shift+Tab back to it), then the arrow key turns the page for everyone.
    await tabTo(kim, 'start-button', {back: true});
    await kim.keyboard.press('Enter');
    await waitForState(kim, `state.presentation.sending === 'sending'`);
    await bob.locator('[part~="presentation"]').first().waitFor({timeout: 15_000});
    await waitForState(bob, `state.presentation.presenterName === 'Kim'`);
    const onStage = await kim.evaluate<Focused>(FOCUSED);
    assert.match(onStage.name, /^Slide 1/, 'focus stayed on the slides when Start presenting became Stop presenting');
    await kim.keyboard.press('ArrowRight');
    await kim.getByText('2 / 2').first().waitFor({timeout: 15_000});
    assert.equal(
      await kim.evaluate(`document.querySelector('pex-conference').shadowRoot.querySelector('pex-presenter').slideIndex`),
      1
    );

    // Leave: Tab to Leave, Enter.
    await tabTo(kim, 'leave-button');
    await kim.keyboard.press('Enter');
    await waitForState(kim, `state.phase === 'ended'`);
    await waitForState(bob, `!state.presentation.presenterId`);
  } finally {
    await context.close();
  }
});
