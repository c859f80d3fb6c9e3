// Firefox ESR end to end, on the built bundle and the dev node started the way `npm start` starts
// it: every demo page under its strict CSP, and one meeting in two browsers, where a Chromium
// user and a Firefox user join the same room from the demo page and each sees the other's camera
// with frames advancing. Firefox is driven by puppeteer-core over WebDriver BiDi, with fake
// devices through preferences.
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {chromium, type Browser as ChromiumBrowser} from 'playwright-core';
import puppeteer, {type Browser as FirefoxBrowser} from 'puppeteer-core';
import {chromiumArgs, chromiumPath} from '../../scripts/chromium.mjs';
import {startDevNodeProcess} from '../../scripts/dev-node-process.mjs';
import {firefoxPath, firefoxPrefs} from '../../scripts/firefox.mjs';
import {DEMO_PAGES, UNDEFINED_PEX_TAGS} from './demo-pages.js';
import {COUNT_REMOTE_FRAMES} from './remote-frames.js';

let chromiumBrowser: ChromiumBrowser;
let firefoxBrowser: FirefoxBrowser;
let node: Awaited<ReturnType<typeof startDevNodeProcess>>;

before(async () => {
  node = await startDevNodeProcess();
  chromiumBrowser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
  firefoxBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: firefoxPrefs,
  });
});

after(async () => {
  /* eslint-disable @typescript-eslint/no-unnecessary-condition -- before() may have failed before setting them */
  await chromiumBrowser?.close();
  await firefoxBrowser?.close();
  await node?.stop();
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
});

interface DevCall {
  packets: {received: {video: number}};
  forwarding: {video: string | null};
}

interface DevParticipant {
  uuid: string;
  display_name: string;
  call: DevCall | null;
}

async function participants(): Promise<DevParticipant[]> {
  const response = await fetch(`${node.url}/dev/state?room=meet.alice`);
  const {rooms} = (await response.json()) as {rooms: {participants: DevParticipant[]}[]};
  return rooms[0].participants;
}

async function poll<T>(what: string, check: () => Promise<T | undefined | false>, timeout = 30000): Promise<T> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** Waits until `countFrames` (COUNT_REMOTE_FRAMES run in the page) finds the remote video advancing. */
async function remoteVideoAdvances(who: string, countFrames: () => Promise<unknown>): Promise<void> {
  await poll(`${who}'s remote video with advancing frames`, async () => Number(await countFrames()) > 3);
}

const RECORD_CSP_VIOLATIONS = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));`;

describe('every demo page loads in Firefox under its strict CSP with no console errors', () => {
  for (const path of DEMO_PAGES) {
    test(path, async () => {
      const page = await firefoxBrowser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error instanceof Error ? error.message : String(error)));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
      });
      // Firefox does not pass CSP violations to puppeteer as console messages: the page records them.
      await page.evaluateOnNewDocument(RECORD_CSP_VIOLATIONS);
      await page.goto(`${node.url}${path}`, {waitUntil: 'networkidle0'});
      await new Promise((resolve) => setTimeout(resolve, 1000));
      assert.deepEqual(await page.evaluate(UNDEFINED_PEX_TAGS), [], 'every pex- element is defined');
      assert.deepEqual(await page.evaluate('window.__cspViolations'), [], 'CSP violations');
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});

test("a Chromium user and a Firefox user meet: each sees the other's camera", async () => {
  const chris = await chromiumBrowser.newPage();
  const chrisErrors: string[] = [];
  chris.on('pageerror', (error) => chrisErrors.push(error.message));
  await chris.goto(`${node.url}/demo/`);
  await chris.getByLabel('Your name').fill('Chris');
  await chris.getByRole('button', {name: 'Join'}).click();

  const fiona = await firefoxBrowser.newPage();
  const fionaErrors: string[] = [];
  fiona.on('pageerror', (error) => fionaErrors.push(error instanceof Error ? error.message : String(error)));
  await fiona.goto(`${node.url}/demo/`);
  // puppeteer's pierce/ selectors reach into the shadow roots; the click is a real one.
  await fiona.locator('pierce/[part~="name-input"]').fill('Fiona');
  await fiona.locator('pierce/[part~="join-button"]').click();

  await chris.getByRole('toolbar', {name: 'Call controls'}).getByText('2 in the meeting').waitFor({timeout: 30000});
  await remoteVideoAdvances('Chris (Chromium)', () => chris.evaluate(COUNT_REMOTE_FRAMES));
  await remoteVideoAdvances('Fiona (Firefox)', () => fiona.evaluate(COUNT_REMOTE_FRAMES));

  // Frames alone could be the node's placeholder: each must be relayed the other's camera.
  await poll('both cameras relayed to the other browser', async () => {
    const seen = await participants();
    const pair = ['Chris', 'Fiona'].map((name) => seen.find((participant) => participant.display_name === name));
    return pair.every((participant, index) => {
      const other = pair[1 - index];
      return (
        participant?.call &&
        other &&
        participant.call.packets.received.video > 50 &&
        participant.call.forwarding.video === other.uuid
      );
    });
  });

  await fiona.locator('pierce/[part~="leave-button"]').click();
  await chris.getByRole('toolbar', {name: 'Call controls'}).getByText('1 in the meeting').waitFor({timeout: 15000});
  assert.deepEqual(chrisErrors, [], 'page errors in Chromium');
  assert.deepEqual(fionaErrors, [], 'page errors in Firefox');
});
