import { type Browser, chromium, type Page } from 'playwright-core';
import type { DevNode } from '../src/index.js';
import { waitFor } from './helpers.js';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      '--disable-features=WebRtcHideLocalIpsWithMdns',
    ],
  });
}

export interface InboundStats {
  readonly connectionState: string;
  /** Keyed by mid: 0 audio, 1 main video, 2 slides. */
  readonly inbound: Record<string, { packetsReceived: number; framesDecoded: number; frameWidth: number }>;
}

/**
 * One participant: a page of its own (own browser context) running test/fixtures/peer.js.
 * Calls go through strings because tsx would inject helpers into functions passed to the page.
 */
export class PeerPage {
  private constructor(readonly page: Page) {}

  static async open(browser: Browser, node: DevNode): Promise<PeerPage> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('fixtures/peer.html', node.url).toString());
    await page.waitForFunction('typeof window.pexTest === "object"');
    return new PeerPage(page);
  }

  join(alias: string, name: string, media: { audio?: boolean; video?: boolean } = {}): Promise<{ uuid: string; callUuid: string }> {
    return this.page.evaluate(`window.pexTest.join(${JSON.stringify({ alias, name, ...media })})`) as Promise<{ uuid: string; callUuid: string }>;
  }

  call(method: 'stopVideo' | 'restartIce' | 'present' | 'receivePresentation' | 'leave'): Promise<unknown> {
    return this.page.evaluate(`window.pexTest.${method}()`);
  }

  stats(): Promise<InboundStats> {
    return this.page.evaluate('window.pexTest.stats()') as Promise<InboundStats>;
  }

  events(type?: string): Promise<{ type: string; data: unknown }[]> {
    return this.page.evaluate(`window.pexTest.events(${JSON.stringify(type ?? '')})`) as Promise<{ type: string; data: unknown }[]>;
  }

  /** Waits until frames on an m-line keep being decoded: at least `frames` more than now. */
  async expectFramesAdvancing(mid: '1' | '2', frames = 15): Promise<void> {
    const before = await waitFor(async () => (await this.stats()).inbound[mid], `inbound video on mid ${mid}`);
    await waitFor(
      async () => ((await this.stats()).inbound[mid]?.framesDecoded ?? 0) >= before.framesDecoded + frames,
      `decoded frames on mid ${mid} to advance past ${before.framesDecoded + frames}`,
      30_000,
      250,
    );
  }

  async expectAudioArriving(packets = 50): Promise<void> {
    const before = (await this.stats()).inbound['0']?.packetsReceived ?? 0;
    await waitFor(
      async () => ((await this.stats()).inbound['0']?.packetsReceived ?? 0) >= before + packets,
      `audio packets past ${before + packets}`,
      30_000,
      250,
    );
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}
