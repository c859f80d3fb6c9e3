import {after, before} from 'node:test';
import {type Browser, chromium, type Page} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../../scripts/chromium.mjs';
import type {DevNode} from '../src/index.js';
import {startTestNode, waitFor} from './helpers.js';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
}

export interface ChromiumSuite {
  readonly node: DevNode;
  readonly browser: Browser;
}

/** For a describe block: a test node and Chromium, started before its tests and closed after them. */
export function nodeWithChromium(): ChromiumSuite {
  let started: ChromiumSuite | undefined;
  before(async () => {
    started = {node: await startTestNode(), browser: await launchChromium()};
  });
  after(async () => {
    await started?.browser.close();
    await started?.node.close();
  });
  const get = (): ChromiumSuite => {
    if (!started) throw new Error('the suite has not started');
    return started;
  };
  return {
    get node() {
      return get().node;
    },
    get browser() {
      return get().browser;
    },
  };
}

/**
 * A page of its own (own browser context, like a separate user) running one client script
 * through test/fixtures/client.html, ready once the script has set `window[global]`.
 */
async function openClientPage(browser: Browser, node: DevNode, script: string, global: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(`fixtures/client.html?script=${encodeURIComponent(script)}`, node.url).toString());
  await page.waitForFunction(`typeof window.${global} === "object"`);
  return page;
}

export interface InboundStats {
  readonly connectionState: string;
  /** Keyed by mid: 0 audio, 1 main video, 2 slides. */
  readonly inbound: Record<string, {packetsReceived: number; framesDecoded: number; frameWidth: number}>;
}

export interface JoinMedia {
  readonly audio?: boolean;
  readonly video?: boolean;
  /** getUserMedia video constraints for the fake camera. */
  readonly camera?: {readonly width: number; readonly height: number; readonly frameRate: number};
  /** false: join with the microphone track disabled (silent). */
  readonly speaking?: boolean;
  /** Microphone without echo cancellation, noise suppression and gain control (a steady tone survives). */
  readonly rawAudio?: boolean;
}

/** Main video counters from getStats (see test/fixtures/peer.js `videoStats`). */
export interface VideoStats {
  readonly received: {
    readonly framesDecoded: number;
    readonly keyFramesDecoded: number;
    readonly framesDropped: number;
    readonly freezeCount: number;
    readonly totalFreezesDuration: number;
    readonly packetsReceived: number;
    readonly packetsLost: number;
    /** NACKs and PLIs this page sent about what it receives. */
    readonly nackCount: number;
    readonly pliCount: number;
  };
  readonly sent: {
    readonly framesEncoded: number;
    readonly keyFramesEncoded: number;
    /** PLIs the node sent to this page. */
    readonly pliCount: number;
  };
}

/**
 * One participant running test/fixtures/peer.js. Calls go through strings because tsx would
 * inject helpers into functions passed to the page.
 */
export class PeerPage {
  private constructor(readonly page: Page) {}

  static async open(browser: Browser, node: DevNode): Promise<PeerPage> {
    return new PeerPage(await openClientPage(browser, node, './peer.js', 'pexTest'));
  }

  join(alias: string, name: string, media: JoinMedia = {}): Promise<{uuid: string; callUuid: string}> {
    return this.page.evaluate(`window.pexTest.join(${JSON.stringify({alias, name, ...media})})`);
  }

  /** Voice activity: a disabled microphone track sends silence. */
  setSpeaking(speaking: boolean): Promise<void> {
    return this.page.evaluate(`window.pexTest.setSpeaking(${JSON.stringify(speaking)})`);
  }

  /** The main video's getStats counters, received and sent. */
  videoStats(): Promise<VideoStats> {
    return this.page.evaluate('window.pexTest.videoStats()');
  }

  call(method: 'stopVideo' | 'restartIce' | 'present' | 'receivePresentation' | 'leave'): Promise<unknown> {
    return this.page.evaluate(`window.pexTest.${method}()`);
  }

  stats(): Promise<InboundStats> {
    return this.page.evaluate('window.pexTest.stats()');
  }

  events(type?: string): Promise<{type: string; data: unknown}[]> {
    return this.page.evaluate(`window.pexTest.events(${JSON.stringify(type ?? '')})`);
  }

  /** Waits until frames on an m-line keep being decoded: at least `frames` more than now. */
  async expectFramesAdvancing(mid: '1' | '2', frames = 15): Promise<void> {
    const before = await waitFor(async () => (await this.stats()).inbound[mid], `inbound video on mid ${mid}`);
    await waitFor(
      async () => ((await this.stats()).inbound[mid]?.framesDecoded ?? 0) >= before.framesDecoded + frames,
      `decoded frames on mid ${mid} to advance past ${before.framesDecoded + frames}`,
      30_000,
      250
    );
  }

  async expectAudioArriving(packets = 50): Promise<void> {
    const before = (await this.stats()).inbound['0']?.packetsReceived ?? 0;
    await waitFor(
      async () => ((await this.stats()).inbound['0']?.packetsReceived ?? 0) >= before + packets,
      `audio packets past ${before + packets}`,
      30_000,
      250
    );
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}

export interface SignalEntry {
  readonly name: string;
  readonly data: unknown;
}

/**
 * A participant driven by the real @pexip/infinity SDK (test/fixtures/sdk-client.js, bundled by
 * test/sdk-bundle.ts and served under /sdk-bundle/).
 */
export class SdkPage {
  private constructor(readonly page: Page) {}

  static async open(browser: Browser, node: DevNode): Promise<SdkPage> {
    return new SdkPage(await openClientPage(browser, node, '/sdk-bundle/sdk-client.js', 'sdk'));
  }

  private run<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression);
  }

  /** client.call(); `callType` is a ClientCallType name, default 'None' (control only). */
  call(options: {
    alias: string;
    name: string;
    pin?: string;
    extension?: string;
    callType?: string;
    chosenIdp?: string;
    ssoToken?: string;
    supportsDirectChat?: boolean;
  }): Promise<number | undefined> {
    return this.run(`window.sdk.call(${JSON.stringify(options)})`);
  }

  invoke<T = {status: number; result: unknown}>(method: string, args: Record<string, unknown> = {}): Promise<T> {
    return this.run(`window.sdk.invoke(${JSON.stringify(method)}, ${JSON.stringify(args)})`);
  }

  log(name?: string): Promise<SignalEntry[]> {
    return this.run(`window.sdk.log(${JSON.stringify(name ?? '')})`);
  }

  /** Waits for a recorded signal whose data matches, returning its data. */
  async signal<T = Record<string, unknown>>(name: string, matches: (data: T) => boolean = () => true): Promise<T> {
    const entry = await waitFor(
      async () => (await this.log(name)).find((candidate) => matches(candidate.data as T)),
      `signal ${name}`
    );
    return entry.data as T;
  }

  me(): Promise<Record<string, unknown> | undefined> {
    return this.run('window.sdk.me()');
  }

  /** The roster of a room: the main room, or a breakout room by uuid. */
  participants(room = 'main'): Promise<Record<string, unknown>[]> {
    return this.run(`window.sdk.participants(${JSON.stringify(room)})`);
  }

  rooms(): Promise<{current: string; known: string[]}> {
    return this.run('window.sdk.rooms()');
  }

  serviceType(): Promise<string | undefined> {
    return this.run('window.sdk.serviceType()');
  }

  /** Waits until the page has rendered `count` more frames of a video element than now. */
  async expectFrames(id: 'main' | 'slides', count = 10): Promise<void> {
    const start = await this.run<number>(`window.sdk.frames(${JSON.stringify(id)})`);
    await waitFor(
      async () => (await this.run<number>(`window.sdk.frames(${JSON.stringify(id)})`)) >= start + count,
      `${count} ${id} frames`,
      30_000,
      250
    );
  }

  present(): Promise<void> {
    return this.run('window.sdk.present()');
  }

  escalate(): Promise<void> {
    return this.run('window.sdk.escalate()');
  }

  stopPresenting(): Promise<void> {
    return this.run('window.sdk.stopPresenting()');
  }

  async close(): Promise<void> {
    await this.run('window.sdk.disconnect()').catch(() => undefined);
    await this.page.context().close();
  }
}
