// The built Web App page against a dev node process, as a user meets it: a whole join with a PIN
// (and several token refreshes) leaves the PIN and the tokens out of the console, the node's
// --verbose log, the URL and its history, localStorage and every pex-* event; then the node
// process dies and comes back on the same port, and the page says the call ended and joins again.
import assert from 'node:assert/strict';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {chromium, type Browser, type Page} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../../scripts/chromium.mjs';
import {startDevNodeProcess} from '../../scripts/dev-node-process.mjs';

const PIN = '73918264';
const ROOM = 'meet.secret';
/** Tokens of 9 s: the SDK refreshes every 3 s, so refreshed tokens are checked as well. */
const CONFIG = {rooms: [{aliases: [ROOM], hostPin: PIN}], limits: {tokenExpiresSeconds: 9}};

/** Records, inside the page, what the page writes: console lines, history URLs, pex-* events. */
const RECORDER = `
  window.__written = [];
  const describe = (value) => {
    if (typeof value === 'string') return value;
    if (value instanceof Error) return String(value.stack || value.message);
    try { return JSON.stringify(value, (key, item) => (item instanceof Error ? {message: item.message, stack: item.stack} : item)); } catch { return String(value); }
  };
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace']) {
    const original = console[level];
    console[level] = function (...args) {
      window.__written.push('console.' + level + ' ' + args.map(describe).join(' '));
      return original.apply(this, args);
    };
  }
  for (const method of ['pushState', 'replaceState']) {
    const original = history[method];
    history[method] = function (state, title, url) {
      window.__written.push('history ' + String(url));
      return original.call(this, state, title, url);
    };
  }
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event) {
    if (event.type.startsWith('pex-')) window.__written.push('event ' + event.type + ' ' + describe(event instanceof CustomEvent ? event.detail : null));
    return dispatch.call(this, event);
  };
`;

let browser: Browser;
let configDir: string;
let configFile: string;
const nodes: Awaited<ReturnType<typeof startDevNodeProcess>>[] = [];
let nodeLog = '';

async function startNode(port: number): Promise<Awaited<ReturnType<typeof startDevNodeProcess>>> {
  const node = await startDevNodeProcess(['--port', String(port), '--config', configFile, '--verbose']);
  node.process.stderr!.on('data', (chunk: Buffer) => (nodeLog += chunk.toString()));
  nodes.push(node);
  return node;
}

before(async () => {
  configDir = await mkdtemp(join(tmpdir(), 'pex-hardening-'));
  configFile = join(configDir, 'rooms.json');
  await writeFile(configFile, JSON.stringify(CONFIG));
  browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
});

after(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- before() may have failed before setting it
  await browser?.close();
  for (const node of nodes) await node.stop();
  await rm(configDir, {recursive: true, force: true});
});

/** Every token the node gave the page and every token the page sent. */
function collectTokens(page: Page): Set<string> {
  const tokens = new Set<string>();
  page.on('request', (request) => {
    const token = request.headers()['token'] ?? new URL(request.url()).searchParams.get('token');
    if (token) tokens.add(token);
  });
  page.on('response', async (response) => {
    if (!/\/(request|refresh)_token$/.test(new URL(response.url()).pathname) || response.status() !== 200) return;
    const body = (await response.json().catch(() => undefined)) as {result?: {token?: string}} | undefined;
    if (body?.result?.token) tokens.add(body.result.token);
  });
  return tokens;
}

/** Polls the page's conference state (the page's CSP forbids page.waitForFunction's eval). */
async function waitForState(page: Page, what: string, condition: string): Promise<void> {
  const deadline = Date.now() + 60000;
  while (
    !(await page.evaluate(`(() => { const state = document.querySelector('pex-conference').state; return ${condition}; })()`))
  ) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await page.waitForTimeout(200);
  }
}

function assertNoSecrets(where: string, text: string, tokens: ReadonlySet<string>): void {
  assert.ok(!text.includes(PIN), `the PIN appears in ${where}`);
  for (const token of tokens) assert.ok(!text.includes(token), `a token appears in ${where}`);
}

test('a whole join with a PIN leaves no PIN or token in logs, URLs, storage or events; a restarted node ends the call and it can be joined again', async () => {
  let node = await startNode(0);
  const port = Number(new URL(node.url).port);
  const context = await browser.newContext();
  await context.addInitScript(RECORDER);
  const page = await context.newPage();
  const browserConsole: string[] = [];
  page.on('console', (message) => browserConsole.push(`${message.type()} ${message.text()}`));
  const tokens = collectTokens(page);

  await page.goto(`${node.url}/dist/webapp.html?conference=${ROOM}&name=Ann&join=1&media=1&audioonly=1&pin=${PIN}`);
  await page.getByRole('toolbar', {name: 'Call controls'}).waitFor({timeout: 60000});
  assert.equal(await page.evaluate(`document.querySelector('pex-conference').state.role`), 'host', 'the PIN was used');
  const deadline = Date.now() + 60000;
  while (tokens.size < 3 && Date.now() < deadline) await page.waitForTimeout(250);
  assert.ok(tokens.size >= 3, `the first token and at least two refreshed ones (${tokens.size})`);
  await page.getByRole('button', {name: 'Disconnect'}).click();
  await page.getByRole('heading', {name: 'You left the meeting'}).waitFor();

  const written = (await page.evaluate<string[]>('window.__written')).join('\n');
  assert.match(written, /event pex-joined/, 'pex-* events were recorded');
  assertNoSecrets('the console or pex-* events or history', written, tokens);
  assertNoSecrets("the browser's console", browserConsole.join('\n'), tokens);
  assertNoSecrets('the address bar', page.url(), tokens);
  assertNoSecrets('localStorage', String(await page.evaluate('JSON.stringify(Object.entries(localStorage))')), tokens);
  assert.match(nodeLog, /POST \/api\/client\/v2\/conferences\/meet\.secret\/refresh_token 200/, 'the node logged the requests');
  assertNoSecrets("the dev node's --verbose log", nodeLog, tokens);

  // Join again, then the node process dies and a new one starts on the same port.
  await page.getByRole('button', {name: 'Join again'}).click();
  await page.getByRole('button', {name: 'Join', exact: true}).click();
  await page.getByRole('toolbar', {name: 'Call controls'}).waitFor({timeout: 60000});
  // Once media flows (before that, a lost offer ends the call as a connection failure).
  await waitForState(page, 'audio going out', '(state.stats?.outbound.audio?.packets ?? 0) > 0');
  node.process.kill('SIGKILL');
  await new Promise((resolve) => node.process.once('exit', resolve));
  await page.getByText('Connection lost. Reconnecting…').waitFor({timeout: 60000});
  let refreshes = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/refresh_token')) refreshes += 1;
  });
  node = await startNode(port);
  await page
    .getByText('The conferencing server no longer knows this call (it may have restarted). Join again.')
    .waitFor({timeout: 60000});
  assert.ok(refreshes < 10, `no refresh storm (${refreshes} refresh requests)`);
  await page.getByRole('button', {name: 'Join again'}).click();
  await page.getByRole('button', {name: 'Join', exact: true}).click();
  await page.getByRole('toolbar', {name: 'Call controls'}).waitFor({timeout: 60000});
  await waitForState(page, 'the new call', "state.phase === 'in-call'");
  await context.close();
});
