import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {DevNode} from '../src/index.js';
import {nodeWithChromium, PeerPage} from './browser.js';
import {createRoom, roomState, waitFor} from './helpers.js';

async function forwarding(node: DevNode, alias: string, uuid: string): Promise<Record<string, string | null> | undefined> {
  const participant = (await roomState(node, alias)).participants.find((entry) => entry.uuid === uuid);
  return participant?.call?.forwarding;
}

describe('media relay through werift (Chromium, fake devices)', () => {
  const suite = nodeWithChromium();

  it('two participants receive each other’s video and audio', async () => {
    const {node, browser} = suite;
    const alias = await createRoom(node);
    const ann = await PeerPage.open(browser, node);
    const bob = await PeerPage.open(browser, node);
    try {
      const annIds = await ann.join(alias, 'Ann');
      const bobIds = await bob.join(alias, 'Bob');
      await waitFor(
        async () => (await forwarding(node, alias, annIds.uuid))?.video === bobIds.uuid,
        'Ann to be sent Bob’s video'
      );
      await waitFor(
        async () => (await forwarding(node, alias, bobIds.uuid))?.video === annIds.uuid,
        'Bob to be sent Ann’s video'
      );
      assert.equal((await forwarding(node, alias, annIds.uuid))?.audio, bobIds.uuid);
      assert.equal((await forwarding(node, alias, bobIds.uuid))?.audio, annIds.uuid);
      for (const page of [ann, bob]) {
        await page.expectFramesAdvancing('1');
        await page.expectAudioArriving();
        assert.equal((await page.stats()).connectionState, 'connected');
      }
      // The fake microphones beep: voice activity from the audio-level extension shows in `stage`.
      await waitFor(async () => {
        const stages = (await ann.events('stage')).map((event) => event.data as {participant_uuid: string; vad: number}[]);
        return stages.some((stage) => stage.some((entry) => entry.participant_uuid === bobIds.uuid && entry.vad === 100));
      }, 'a stage event with Bob speaking');
      const state = await roomState(node, alias);
      for (const participant of state.participants) {
        assert.equal(participant.call?.connection_state, 'connected');
        // The check before proves the participant has a call.
        assert.ok((participant.call.packets.received.video ?? 0) > 0);
        assert.ok((participant.call.packets.forwarded.video ?? 0) > 0);
        assert.ok((participant.call.packets.forwarded.audio ?? 0) > 0);
      }
    } finally {
      await ann.call('leave');
      await bob.call('leave');
      await ann.close();
      await bob.close();
    }
    assert.equal((await roomState(node, alias)).participants.length, 0);
  });

  it('a participant alone gets their own video back, and a grey picture when nobody sends video', async () => {
    const {node, browser} = suite;
    const alias = await createRoom(node);
    const solo = await PeerPage.open(browser, node);
    try {
      const ids = await solo.join(alias, 'Solo');
      await waitFor(async () => (await forwarding(node, alias, ids.uuid))?.video === ids.uuid, 'the self view to be routed');
      await solo.expectFramesAdvancing('1');
      await solo.call('stopVideo');
      await waitFor(
        async () => (await forwarding(node, alias, ids.uuid))?.video === 'placeholder',
        'the placeholder once the camera stops'
      );
      await solo.expectFramesAdvancing('1', 10);
      assert.equal((await solo.stats()).connectionState, 'connected');
    } finally {
      await solo.call('leave');
      await solo.close();
    }
  });

  it('survives the ICE restart the SDK runs when inbound video stalls', async () => {
    const {node, browser} = suite;
    const alias = await createRoom(node);
    const peer = await PeerPage.open(browser, node);
    try {
      await peer.join(alias, 'Restarter');
      await peer.expectFramesAdvancing('1');
      await peer.call('restartIce');
      await waitFor(async () => (await peer.stats()).connectionState === 'connected', 'the connection after the restart');
      await peer.expectFramesAdvancing('1');
    } finally {
      await peer.call('leave');
      await peer.close();
    }
  });
});
