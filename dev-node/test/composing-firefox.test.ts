// Firefox ESR in a composing room (the dev node's `--media compose`): libwebrtc takes Firefox's
// offer (bundle-only m-lines on port 0, mDNS host candidates) as it is, decodes its camera and
// sends it the composed picture and the mix.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Browser} from 'playwright-core';
import puppeteer, {type Browser as FirefoxBrowser, type Page as FirefoxPage} from 'puppeteer-core';
import {firefoxPath, firefoxPrefs} from '../../scripts/firefox.mjs';
import {type DevNode, startDevNode} from '../src/index.js';
import {PeerPage} from './browser.js';
import {FakeMedia, type Rgb} from './fake-media.js';
import {createRoom, FIXTURES, request, waitFor} from './helpers.js';

interface Output {
  uuid: string;
  width: number;
  height: number;
  tiles: {uuid: string; x: number; y: number; width: number; height: number; content: string}[];
}

const GREEN: Rgb = [30, 210, 30];

async function outputs(node: DevNode, alias: string): Promise<Output[]> {
  const response = await request(node, `/dev/state?room=${encodeURIComponent(alias)}`);
  const room = (response.body as {rooms: {media: {encoder: {outputs: Output[]}} | null}[]}).rooms[0]!;
  return room.media?.encoder.outputs ?? [];
}

describe('composing engine with a Firefox ESR participant', {timeout: 120_000}, () => {
  const media = new FakeMedia();
  let node: DevNode;
  let chromium: Browser;
  let firefox: FirefoxBrowser;

  before(async () => {
    node = await startDevNode({port: 0, devApi: true, media: 'compose', staticRoots: {'/fixtures/': FIXTURES}});
    chromium = await media.launch(media.camera('green', GREEN), media.tone('green', 2300));
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      extraPrefsFirefox: firefoxPrefs,
      protocolTimeout: 30_000,
    });
  });

  after(async () => {
    /* eslint-disable @typescript-eslint/no-unnecessary-condition -- before() may have failed before setting them */
    await chromium?.close();
    await firefox?.close();
    await node?.close();
    /* eslint-enable @typescript-eslint/no-unnecessary-condition */
    media.remove();
  });

  it('Firefox and Chromium see each other in the composed pictures and hear each other', async () => {
    const alias = await createRoom(node);
    const chrome = await PeerPage.open(chromium, node);
    let fox: FirefoxPage | undefined;
    try {
      fox = await firefox.newPage();
      await fox.goto(new URL('fixtures/client.html?script=./peer.js', node.url).toString());
      await fox.waitForFunction('typeof window.pexTest === "object"');
      const foxIds = (await fox.evaluate(
        `window.pexTest.join(${JSON.stringify({alias, name: 'Fiona Fox', rawAudio: true})})`
      )) as {
        uuid: string;
      };
      const chromeIds = await chrome.join(alias, 'Gus Green', {rawAudio: true});
      // Chromium's picture shows Firefox's camera (decoded by the node), Firefox's shows Gus's green.
      await waitFor(async () => {
        const all = await outputs(node, alias);
        const tileOf = (viewer: string) => all.find((output) => output.uuid === viewer)?.tiles[0];
        return (
          tileOf(chromeIds.uuid)?.uuid === foxIds.uuid &&
          tileOf(chromeIds.uuid)?.content === 'camera' &&
          tileOf(foxIds.uuid)?.uuid === chromeIds.uuid
        );
      }, 'each in the other’s main tile, Firefox’s camera decoded');
      const output = (await outputs(node, alias)).find((entry) => entry.uuid === foxIds.uuid)!;
      const tile = output.tiles[0]!;
      const centre = [(tile.x + tile.width / 2) / output.width, (tile.y + tile.height / 2) / output.height];
      await waitFor(
        async () => {
          const sample = (await fox!.evaluate(`window.pexTest.sampleMain(${JSON.stringify([centre])})`)) as {colours: number[][]};
          return Math.hypot(...sample.colours[0]!.map((value, index) => value - GREEN[index]!)) < 80;
        },
        'green in Firefox’s picture',
        20_000,
        250
      );
      await chrome.expectFramesAdvancing('1');
      // Firefox's fake microphone is a 1 kHz tone. Headless Firefox has no audio output, so its
      // Web Audio never runs: there the mix is checked as packets arriving.
      const levels = await chrome.page.evaluate<number[]>('window.pexTest.toneLevels([1000, 2300])');
      assert.ok(levels[0]! > levels[1]! + 20, `Gus hears Firefox's tone at ${levels[0]} dB and his own at ${levels[1]} dB`);
      const audioPackets = async (): Promise<number> =>
        ((await fox!.evaluate('window.pexTest.stats()')) as {inbound: Record<string, {packetsReceived: number}>}).inbound['0']
          ?.packetsReceived ?? 0;
      const before = await audioPackets();
      await waitFor(async () => (await audioPackets()) > before + 50, 'audio packets arriving in Firefox');
    } finally {
      await fox?.evaluate('window.pexTest.leave()').catch(() => undefined);
      await fox?.close();
      await chrome.call('leave').catch(() => undefined);
      await chrome.close();
    }
  });
});
