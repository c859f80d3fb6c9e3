import assert from 'node:assert/strict';
import {setTimeout as sleep} from 'node:timers/promises';
import {describe, it} from 'node:test';
import type {DevNode} from '../src/index.js';
import {nodeWithChromium, PeerPage, type VideoStats} from './browser.js';
import {createRoom, type DevStateParticipant, roomState, waitFor} from './helpers.js';

/** Small video, so that four pages fit on two shared cores. */
const CAMERA = {width: 320, height: 180, frameRate: 15};

/**
 * Polls /dev/state while a scenario runs, in which everyone sends video throughout, and records
 * every time a viewer is sent (or being switched to) its own video, the placeholder, or nothing.
 */
class RoutingWatch {
  readonly wrong = new Set<string>();
  private running = true;
  private readonly done: Promise<void>;

  constructor(
    private readonly node: DevNode,
    private readonly alias: string,
    private readonly names: ReadonlyMap<string, string>
  ) {
    this.done = this.watch();
  }

  async stop(): Promise<string[]> {
    this.running = false;
    await this.done;
    return [...this.wrong];
  }

  private async watch(): Promise<void> {
    while (this.running) {
      for (const participant of (await roomState(this.node, this.alias)).participants) {
        const name = this.names.get(participant.uuid);
        const sent = participant.call?.forwarding.video ?? null;
        if (sent === null) this.wrong.add(`${name} was sent no video`);
        for (const [what, source] of [
          ['sent', sent],
          ['being switched to', participant.call?.switching_to.video ?? null],
        ] as const) {
          if (source === participant.uuid) this.wrong.add(`${name} was ${what} their own video`);
          if (source === 'placeholder') this.wrong.add(`${name} was ${what} the placeholder`);
        }
      }
      await sleep(150);
    }
  }
}

/** Everyone's main video source per viewer, from /dev/state. */
async function videoRouting(node: DevNode, alias: string): Promise<Map<string, string | null>> {
  return new Map(
    (await roomState(node, alias)).participants.map((participant) => [
      participant.uuid,
      participant.call?.forwarding.video ?? null,
    ])
  );
}

const byUuid = (participants: DevStateParticipant[], uuid: string): DevStateParticipant =>
  participants.find((participant) => participant.uuid === uuid)!;

describe('voice-switched video between several participants (Chromium, fake devices)', () => {
  const suite = nodeWithChromium();

  /** Opens pages and joins them (silent unless `speaking`), returning them with their uuids. */
  async function joinAll(
    alias: string,
    names: readonly string[],
    speaking: boolean
  ): Promise<{pages: PeerPage[]; uuids: string[]}> {
    const {node, browser} = suite;
    const pages: PeerPage[] = [];
    const uuids: string[] = [];
    for (const name of names) {
      const page = await PeerPage.open(browser, node);
      pages.push(page);
      uuids.push((await page.join(alias, name, {camera: CAMERA, speaking})).uuid);
    }
    await waitFor(
      async () => {
        const routing = await videoRouting(node, alias);
        return uuids.every((uuid) => uuids.includes(routing.get(uuid) ?? '') && routing.get(uuid) !== uuid);
      },
      'every viewer to be sent another participant’s video',
      30_000,
      250
    );
    for (const page of pages) await page.expectFramesAdvancing('1', 10);
    return {pages, uuids};
  }

  async function leaveAll(pages: readonly PeerPage[]): Promise<void> {
    for (const page of pages) {
      await page.call('leave').catch(() => undefined);
      await page.close();
    }
  }

  it('follows the speaker: every viewer keeps decoding someone else’s video, never its own or the placeholder, with aggregated key frame requests', async (t) => {
    const {node} = suite;
    const alias = await createRoom(node);
    const names = ['Ann', 'Bob', 'Cat', 'Dan'];
    const {pages, uuids} = await joinAll(alias, names, false);
    try {
      const watch = new RoutingWatch(node, alias, new Map(uuids.map((uuid, index) => [uuid, names[index]!])));
      const statsBefore = await Promise.all(pages.map((page) => page.videoStats()));
      const stateBefore = (await roomState(node, alias)).participants;
      // Nobody has spoken yet: the order is the order of joining, so Ann counts as the last speaker.
      /** Who each viewer should see (index into `names`); switches expected, and per source the steps in which it gained viewers. */
      let seeing = [1, 0, 0, 0];
      const expectedSwitches = names.map(() => 0);
      const newViewers = names.map(() => 0);
      /** Waits until the node routes as `next` says, and every page keeps decoding. */
      const expectRouting = async (next: number[], what: string): Promise<void> => {
        await waitFor(
          async () => {
            const routing = await videoRouting(node, alias);
            return uuids.every((uuid, index) => routing.get(uuid) === uuids[next[index]!]);
          },
          what,
          30_000,
          250
        );
        for (const page of pages) await page.expectFramesAdvancing('1', 10);
        next.forEach((source, viewer) => {
          if (source !== seeing[viewer]) expectedSwitches[viewer]!++;
        });
        for (const source of new Set(next.filter((source, viewer) => source !== seeing[viewer]))) newViewers[source]!++;
        seeing = next;
      };
      // Nobody has spoken yet: the order is the order of joining, so Ann counts as the last speaker.
      let previous = 0;
      for (const speaker of [1, 2, 3, 0]) {
        for (const [index, page] of pages.entries()) await page.setSpeaking(index === speaker);
        // Everyone else sees the speaker; the speaker sees whoever spoke before.
        const next = names.map((_, viewer) => (viewer === speaker ? previous : speaker));
        await expectRouting(next, `everyone to see ${names[speaker]}, and ${names[speaker]} to see ${names[previous]}`);
        previous = speaker;
      }
      // Ann, the speaker, turns her camera off: her viewers move to the next most recent speaker
      // who sends video (Dan), and Dan to the one before him (Cat) — not to the placeholder.
      await pages[0]!.call('stopVideo');
      await expectRouting([3, 3, 3, 2], 'everyone to move away from Ann’s stopped camera');

      assert.deepEqual(await watch.stop(), []);
      const statsAfter = await Promise.all(pages.map((page) => page.videoStats()));
      const stateAfter = (await roomState(node, alias)).participants;
      for (const [index, uuid] of uuids.entries()) {
        const then: VideoStats = statsBefore[index]!;
        const now: VideoStats = statsAfter[index]!;
        const switches = byUuid(stateAfter, uuid).call!.switches.video! - byUuid(stateBefore, uuid).call!.switches.video!;
        // Each change of speaker is one switch: no flapping in between.
        assert.equal(switches, expectedSwitches[index], `${names[index]}’s video switches`);
        // Every switch begins with a key frame the viewer decodes, and few more are needed.
        const keyFrames = now.received.keyFramesDecoded - then.received.keyFramesDecoded;
        assert.ok(
          keyFrames >= switches && keyFrames <= 2 * switches + 2,
          `${names[index]} decoded ${keyFrames} key frames for ${switches} switches`
        );
        const freezes = now.received.freezeCount - then.received.freezeCount;
        assert.ok(freezes <= 2 * switches + 5, `${names[index]}: ${freezes} freezes over ${switches} switches`);
        // Viewers who switch to a new speaker at once ask together: one PLI (two if the key frame
        // is slow), counted by the node and by the browser that receives them.
        const bound = 2 * newViewers[index]! + 2;
        const requested =
          byUuid(stateAfter, uuid).call!.keyframe_requests.video! - byUuid(stateBefore, uuid).call!.keyframe_requests.video!;
        const received = now.sent.pliCount - then.sent.pliCount;
        t.diagnostic(
          `${names[index]}: ${switches} switches, ${keyFrames} key frames decoded, ${freezes} freezes, ${requested} PLIs from the node (${received} seen by the browser)`
        );
        assert.ok(requested <= bound, `${names[index]} was asked for ${requested} key frames (at most ${bound})`);
        assert.ok(received <= bound, `${names[index]}’s browser got ${received} PLIs (at most ${bound})`);
      }
    } finally {
      await leaveAll(pages);
    }
  });

  it('keeps the floor where it is while every microphone beeps alike', async (t) => {
    const {node} = suite;
    const alias = await createRoom(node);
    const names = ['Eve', 'Fay', 'Gus'];
    const {pages, uuids} = await joinAll(alias, names, true);
    try {
      // The first beep takes the floor; let the initial routing settle on it.
      await waitFor(
        async () =>
          (await roomState(node, alias)).participants.every((participant) => participant.call?.switching_to.video === null),
        'no switch in progress'
      );
      const watch = new RoutingWatch(node, alias, new Map(uuids.map((uuid, index) => [uuid, names[index]!])));
      const before = (await roomState(node, alias)).participants;
      // About five seconds of video (ten beeps per microphone).
      for (const page of pages) await page.expectFramesAdvancing('1', 25);
      for (const page of pages) await page.expectFramesAdvancing('1', 25);
      assert.deepEqual(await watch.stop(), []);
      const now = (await roomState(node, alias)).participants;
      const switches = uuids.map((uuid) => byUuid(now, uuid).call!.switches.video! - byUuid(before, uuid).call!.switches.video!);
      const requests = uuids.map(
        (uuid) => byUuid(now, uuid).call!.keyframe_requests.video! - byUuid(before, uuid).call!.keyframe_requests.video!
      );
      t.diagnostic(`video switches per viewer: ${switches.join(', ')}; key frame requests per source: ${requests.join(', ')}`);
      assert.ok(switches.reduce((sum, count) => sum + count, 0) <= 2, `video switches: ${switches.join(', ')}`);
      assert.ok(
        requests.every((count) => count <= 2),
        `key frame requests: ${requests.join(', ')}`
      );
    } finally {
      await leaveAll(pages);
    }
  });
});
