// The Web App style page as a user meets it: a preconfigured link, and settings that survive a reload.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {makePdf, numberedPages} from '../fixtures/slide-files.js';
import {useNodeAndChromium} from './fixture.js';

const started = useNodeAndChromium();

test('a preconfigured link joins at once with the name, mode and bandwidth it gives', async () => {
  const page = await started.browser.newPage();
  await page.goto(`${started.node.url}/dist/webapp.html?conference=meet.bob&name=Zed&join=1&media=1&audioonly=1&bw=1264`);
  await page.getByRole('toolbar', {name: 'Call controls'}).waitFor({timeout: 30000});
  const state = await page.evaluate(`(() => {
    const el = document.querySelector('pex-conference');
    const self = el.state.rooms.main.participants.find((p) => p.isSelf);
    return {conference: el.state.conference, name: self && self.displayName, mode: el.state.media.mode, bandwidth: el.state.settings.bandwidth};
  })()`);
  assert.deepEqual(state, {conference: 'meet.bob', name: 'Zed', mode: 'audio-only', bandwidth: 1264});
  // The whole client: the participant list, the chat and sharing files.
  await page.getByRole('list', {name: 'Participants in the meeting'}).getByText('Zed').waitFor();
  await page.getByRole('textbox', {name: 'Message'}).waitFor();
  await page.getByRole('button', {name: 'Share images or PDFs'}).first().waitFor();
  await page.close();
});

test('settings are remembered across a reload, including the language', async () => {
  const context = await started.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${started.node.url}/dist/webapp.html?conference=meet.bob&name=Yan&join=1`);
  await page.getByRole('button', {name: 'More'}).click();
  await page.getByRole('menuitem', {name: 'Settings'}).click();
  await page.getByLabel('Ask before disconnecting').check();
  await page.getByLabel('Language').selectOption('nb');
  await page.getByRole('button', {name: 'Lukk'}).first().waitFor();
  await page.reload();
  await page.getByRole('toolbar', {name: 'Samtalekontroller'}).waitFor({timeout: 30000});
  await page.getByRole('button', {name: 'Legg på'}).click();
  // "Ask before disconnecting" was remembered: a confirmation comes first.
  await page.getByRole('dialog', {name: 'Forlate møtet?'}).waitFor();
  const stored = await page.evaluate(`localStorage.getItem('pex-connect:settings')`);
  assert.match(String(stored), /"confirmDisconnect":true/);
  assert.doesNotMatch(String(stored), /pin|token/i, 'no PIN or token in localStorage');
  await context.close();
});

test('the bare <pex-conference> of the page shows the participants, sends a chat message and shares a PDF', async () => {
  const context = await started.browser.newContext();
  try {
    const [ann, bob] = await Promise.all([context.newPage(), context.newPage()]);
    for (const [page, name] of [
      [ann, 'Ann'],
      [bob, 'Bob'],
    ] as const) {
      await page.goto(`${started.node.url}/dist/webapp.html?conference=meet.alice&name=${name}&join=1&media=1`);
      await page.getByRole('toolbar', {name: 'Call controls'}).waitFor({timeout: 30_000});
    }
    // The page has no other element: the participant list is the conference's own.
    assert.equal(await ann.evaluate(`document.querySelectorAll('pex-roster, pex-chat, pex-presenter').length`), 0);
    await ann.getByRole('list', {name: 'Participants in the meeting'}).getByText('Bob', {exact: true}).waitFor({timeout: 15_000});
    await bob.getByRole('textbox', {name: 'Message'}).fill('Hello from Bob');
    await bob.getByRole('button', {name: 'Send'}).click();
    await ann.getByText('Hello from Bob', {exact: true}).waitFor({timeout: 15_000});
    const pdf = makePdf('deck.pdf', numberedPages(2));
    // The toolbar's button opens the built-in presenter's file picker.
    const [chooser] = await Promise.all([
      ann.waitForEvent('filechooser'),
      ann.getByRole('toolbar', {name: 'Call controls'}).getByRole('button', {name: 'Share images or PDFs'}).click(),
    ]);
    await chooser.setFiles({name: pdf.name, mimeType: pdf.type, buffer: Buffer.from(await pdf.arrayBuffer())});
    await ann.getByText('1 / 2').first().waitFor({timeout: 30_000});
    // The slides open for review; Start presenting sends them. Bob receives them on his stage.
    await ann.getByRole('button', {name: 'Start presenting'}).click();
    await bob.locator('[part~="presentation"]').first().waitFor({timeout: 15_000});
  } finally {
    await context.close();
  }
});
