// Pages under a stricter policy than they ship with (README "Security"): Trusted Types on every
// demo page and the Web App page, used as a person would (join, chat, share a PDF), and the
// presentation's pop-out window styled under the Web App's CSP.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {BrowserContext, Page} from 'playwright-core';
import {makePdf} from '../fixtures/slide-files.js';
import {DEMO_PAGES} from './demo-pages.js';
import {useNodeAndChromium} from './fixture.js';

const started = useNodeAndChromium();

const TRUSTED_TYPES = "require-trusted-types-for 'script'";

/** Records every CSP violation (Trusted Types included) of a page, shadow roots and all. */
const RECORD_VIOLATIONS = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sample);
}, true);`;

/**
 * A context whose HTML pages get one more policy, enforced next to their own: every sink that
 * takes script (innerHTML, script URLs, eval, workers) must be given a Trusted Type.
 */
async function trustedTypesContext(): Promise<BrowserContext> {
  const context = await started.browser.newContext();
  await context.addInitScript(RECORD_VIOLATIONS);
  await context.route(
    (url) => url.pathname.endsWith('.html') || url.pathname.endsWith('/'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({response, headers: {...response.headers(), 'content-security-policy': TRUSTED_TYPES}});
    }
  );
  return context;
}

/** Console errors and page errors (a refused sink logs one too). */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/** Polls an expression in the page (the page's CSP forbids Playwright's waitForFunction). */
async function waitInPage(page: Page, expression: string, timeout = 30000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) assert.fail(`Timed out waiting for ${expression}`);
    await page.waitForTimeout(200);
  }
}

async function violations(page: Page): Promise<string[]> {
  return await page.evaluate<string[]>('window.__violations');
}

describe("every demo page and the Web App page under Trusted Types ('require-trusted-types-for')", () => {
  for (const path of DEMO_PAGES) {
    test(path, async () => {
      const context = await trustedTypesContext();
      const page = await context.newPage();
      const problems = problemsOf(page);
      const response = await page.goto(`${started.node.url}${path}`);
      assert.equal(response?.headers()['content-security-policy'], TRUSTED_TYPES);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1000);
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('the Web App page in use: join, chat, share a PDF', async () => {
    const context = await trustedTypesContext();
    const page = await context.newPage();
    const problems = problemsOf(page);
    await page.goto(`${started.node.url}/dist/webapp.html?conference=meet.bob&name=Tess&join=1`);
    await page.getByRole('toolbar', {name: 'Call controls'}).waitFor({timeout: 30000});
    const message = page.getByRole('textbox', {name: 'Message'});
    await message.fill('Trusted https://example.com/a.png');
    await message.press('Enter');
    await page.getByRole('button', {name: 'Show preview from example.com'}).waitFor();
    const pdf = makePdf('deck.pdf', [
      {color: [200, 40, 40], label: 'One'},
      {color: [40, 40, 200], label: 'Two'},
    ]);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', {name: 'Share images or PDFs'}).first().click();
    await (await chooser).setFiles({name: 'deck.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await pdf.arrayBuffer())});
    // pdf.js read it (in its worker); the slides open for review and go out on Start presenting.
    await page.getByText('1 / 2').first().waitFor({timeout: 30000});
    await page.getByRole('button', {name: 'Start presenting'}).first().click();
    await waitInPage(page, `document.querySelector('pex-conference').state.presentation.sending === 'sending'`);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

test("the presentation's pop-out window is styled under the Web App page's CSP (style-src 'self')", async () => {
  const context = await started.browser.newContext();
  const page = await context.newPage();
  const problems = problemsOf(page);
  await page.goto(`${started.node.url}/dist/webapp.html?conference=meet.bob&name=Pia`);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(String(csp), /style-src 'self'(;|$)/);
  assert.doesNotMatch(String(csp), /unsafe-inline/);
  // A presentation view like the stage's (pex-presenter.js defines it), showing a canvas stream.
  await page.evaluate(`(async () => {
    await import('./pex-presenter.js');
    const canvas = Object.assign(document.createElement('canvas'), {width: 320, height: 180});
    canvas.getContext('2d').fillRect(0, 0, 320, 180);
    const view = Object.assign(document.createElement('pex-presentation-view'), {stream: canvas.captureStream(5)});
    view.id = 'view';
    document.body.append(view);
    await view.updateComplete;
  })()`);
  const opened = context.waitForEvent('page');
  await page.locator('#view').getByRole('button', {name: 'Open in new window'}).click();
  const popup = await opened;
  const popupProblems = problemsOf(popup);
  // Still images by default: a canvas.
  await popup.locator('canvas.surface').waitFor();
  const styled = await popup.evaluate(`(() => {
    const body = getComputedStyle(document.body);
    const surface = getComputedStyle(document.querySelector('.surface'));
    return {margin: body.margin, background: body.backgroundColor, fit: surface.objectFit, inline: document.querySelectorAll('style').length};
  })()`);
  assert.deepEqual(styled, {margin: '0px', background: 'rgb(0, 0, 0)', fit: 'contain', inline: 0});
  assert.deepEqual([...problems, ...popupProblems], []);
  await context.close();
});
