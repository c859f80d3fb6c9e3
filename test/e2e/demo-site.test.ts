// The demo site as a new user meets it: the built bundle, every page under its strict
// Content-Security-Policy (script-src 'self', no unsafe-inline, no unsafe-eval) with no console
// errors, and the things each page is there to show.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, test} from 'node:test';
import type {BrowserContext, Page} from 'playwright-core';
import {repoRoot} from '../../scripts/paths.mjs';
import {useNodeAndChromium} from './fixture.js';
import {DEMO_PAGES, SHOWN_TEXT, UNDEFINED_PEX_TAGS} from './demo-pages.js';

const started = useNodeAndChromium();

/** Opens a page and records every console error, page error and CSP violation on it. */
async function open(path: string, context?: BrowserContext): Promise<{page: Page; problems: string[]}> {
  const page = await (context ?? started.browser).newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${started.node.url}${path}`);
  return {page, problems};
}

/**
 * Polls an expression in the page until it is truthy. (Playwright's waitForFunction evaluates
 * strings with eval, which the pages' CSP rightly forbids; page.evaluate is not affected.)
 */
async function waitInPage(page: Page, expression: string, timeout = 30000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) assert.fail(`Timed out waiting for ${expression}`);
    await page.waitForTimeout(200);
  }
}

/** The English catalogue's keys (src/i18n/en/*.ts), none of which a page should show as such. */
const STRING_KEYS = readdirSync(join(repoRoot, 'src/i18n/en')).flatMap((file) =>
  [...readFileSync(join(repoRoot, 'src/i18n/en', file), 'utf8').matchAll(/^\s*'([\w.-]+)':/gm)].map((match) => match[1])
);

describe('every demo page loads under its strict CSP with no console errors', () => {
  for (const path of DEMO_PAGES) {
    test(path, async () => {
      const {page, problems} = await open(path);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(String(csp), /script-src 'self'/);
      assert.doesNotMatch(String(csp), /unsafe-(inline|eval)/);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1000);
      assert.deepEqual(await page.evaluate(UNDEFINED_PEX_TAGS), [], 'every pex- element is defined');
      const shown = String(await page.evaluate(SHOWN_TEXT));
      assert.deepEqual(
        STRING_KEYS.filter((key) => new RegExp(`(^|\\s)${key.replace(/\./g, '\\.')}($|\\s)`, 'm').test(shown)),
        [],
        'no string key is shown in place of its text'
      );
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});

test("the CMS article's join button opens a working meeting in a dialog", async () => {
  const {page, problems} = await open('/demo/cms-article.html');
  await page.getByRole('button', {name: 'Join the Friday demo'}).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Your name').fill('Cato');
  await dialog.getByRole('button', {name: 'Join', exact: true}).click();
  await dialog.getByRole('toolbar', {name: 'Call controls'}).waitFor({timeout: 30000});
  const conference = `document.querySelector('pex-join-button').shadowRoot.querySelector('pex-conference')`;
  assert.equal(await page.evaluate(`${conference}.state.conference`), 'meet.bob');
  // Alone in the room, the node sends our own video back once the call's media is up.
  await waitInPage(page, `Boolean(${conference}.state.media.remote)`);
  // The whole client: the participant list, the chat and sharing files.
  await dialog.getByRole('list', {name: 'Participants in the meeting'}).getByText('Cato').waitFor();
  await dialog.getByRole('textbox', {name: 'Message'}).waitFor();
  await dialog.getByRole('button', {name: 'Share images or PDFs'}).first().waitFor();
  await dialog.getByRole('button', {name: 'Close'}).first().click();
  await waitInPage(page, `!document.querySelector('pex-join-button').shadowRoot.querySelector('pex-conference')`);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the link builder's link joins the right room with the right role", async () => {
  const {page} = await open('/demo/link-builder.html');
  await page.getByLabel('Meeting (conference)').fill('meet.hostpin');
  await page.getByLabel('Name').fill('Gwen');
  await page.getByLabel('Role (without a PIN)').selectOption('guest');
  await page.getByLabel('Join at once').check();
  await page.getByLabel('Bandwidth (kbps, 256–1864)').fill('9999');
  await page.getByText('Bandwidth must be 256–1864 kbps: 1864 is used.').waitFor();
  const link = await page.locator('#link-output').textContent();
  assert.match(String(link), /conference=meet\.hostpin&name=Gwen&bw=1864&join=1&role=guest/);
  const joined = await started.browser.newPage();
  await joined.goto(String(link));
  // meet.hostpin has a host PIN only: a guest without a PIN waits for the host.
  await joined.getByText('Waiting for the host').waitFor({timeout: 30000});
  const state = await joined.evaluate(
    `(() => { const el = document.querySelector('pex-conference'); return {conference: el.state.conference, role: el.state.role}; })()`
  );
  assert.deepEqual(state, {conference: 'meet.hostpin', role: 'guest'});
  await joined.close();
  await page.close();
});

test('two conferences on one page stay separate', async () => {
  const {page, problems} = await open('/demo/two-conferences.html');
  const first = page.locator('#first-meeting');
  const second = page.locator('#second-meeting');
  await first.getByLabel('Your name').fill('Una');
  await first.getByRole('button', {name: 'Join', exact: true}).click();
  await second.getByLabel('Your name').fill('Vic');
  await second.getByRole('button', {name: 'Join', exact: true}).click();
  await first.getByRole('toolbar', {name: 'Call controls'}).waitFor({timeout: 30000});
  await second.getByRole('toolbar', {name: 'Call controls'}).waitFor({timeout: 30000});
  await page.waitForTimeout(1500);
  const names = await page.evaluate(`['#first-meeting', '#second-meeting'].map((id) => {
    const el = document.querySelector(id);
    return {conference: el.state.conference, participants: el.state.rooms.main.participants.map((p) => p.displayName)};
  })`);
  const [alice, bob] = names as {conference: string; participants: string[]}[];
  assert.equal(alice.conference, 'meet.alice');
  assert.equal(bob.conference, 'meet.bob');
  assert.ok(alice.participants.includes('Una') && !alice.participants.includes('Vic'), JSON.stringify(alice));
  assert.ok(bob.participants.includes('Vic') && !bob.participants.includes('Una'), JSON.stringify(bob));
  // Each roster shows its own conference only.
  await first.locator('pex-roster').getByRole('list').getByText('Una', {exact: true}).waitFor();
  await second.locator('pex-roster').getByRole('list').getByText('Vic', {exact: true}).waitFor();
  assert.equal(await first.locator('pex-roster').getByText('Vic').count(), 0);
  assert.equal(await second.locator('pex-roster').getByText('Una').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});
