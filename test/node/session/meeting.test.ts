// The meeting's other signals: chat, our mute at the node, media streams, statistics, reconnection,
// and the presentation connection.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {
  onMessage,
  onMyselfMuted,
  onRemotePresentationStream,
  onRemoteStream,
  onRtcStats,
  withConnectionTrouble,
} from '../../../src/session/signals/meeting.js';
import {onPresentationConnectionChange, onPresentationFrame} from '../../../src/session/signals/presentation.js';
import type {ParticipantID} from '@pexip/infinity';
import {inCall} from './sdk-fixtures.js';

/** Media streams are opaque handles to the state. */
const stream = (name: string) => ({id: name}) as unknown as MediaStream;

describe('onMessage', () => {
  test('adds a message to everyone, and a private one with its sender', () => {
    const at = new Date(1_700_000_000_000);
    let state = onMessage(inCall(), {
      at,
      id: 'm1',
      message: 'Hello',
      displayName: 'Ann',
      userId: 'ann' as ParticipantID,
      direct: false,
    });
    state = onMessage(state, {at, id: 'm2', message: 'Psst', displayName: 'Ann', userId: 'ann' as ParticipantID, direct: true});
    assert.deepEqual(state.chat, [
      {id: 'm1', senderId: 'ann', senderName: 'Ann', text: 'Hello', at: at.getTime(), privateWith: undefined, fromSelf: false},
      {id: 'm2', senderId: 'ann', senderName: 'Ann', text: 'Psst', at: at.getTime(), privateWith: 'ann', fromSelf: false},
    ]);
    assert.ok(Object.isFrozen(state.chat));
  });
});

describe('onMyselfMuted', () => {
  test('the microphone follows the node (a host muted or unmuted us)', () => {
    const muted = onMyselfMuted(inCall(), true);
    assert.equal(muted.media.microphoneMuted, true);
    assert.equal(onMyselfMuted(muted, false).media.microphoneMuted, false);
  });
});

describe('onRemoteStream and onRemotePresentationStream', () => {
  test("the meeting's media and the presentation we receive", () => {
    const state = onRemotePresentationStream(onRemoteStream(inCall(), stream('main')), stream('preso'));
    assert.equal((state.media.remote as unknown as {id: string}).id, 'main');
    assert.equal((state.presentation.remote as unknown as {id: string}).id, 'preso');
  });
});

describe('onRtcStats', () => {
  test("the SDK's numbers as plain data: percent lost, codec without its kind", () => {
    const state = onRtcStats(inCall(), {
      inbound: {
        audio: {
          type: 'inbound-rtp',
          kind: 'audio',
          packetsLost: 2,
          packetsTransmitted: 100,
          recentPercentageLost: 0.02,
          codec: 'audio/opus',
        },
      },
      outbound: {
        video: {
          type: 'outbound-rtp',
          kind: 'video',
          packetsLost: 0,
          packetsTransmitted: 50,
          resolution: '640x360',
          framesPerSecond: 30,
          bitrate: 500_000,
        },
      },
    });
    assert.equal(state.stats?.inbound.audio?.codec, 'opus');
    assert.equal(state.stats.inbound.audio.recentLossPercent, 2);
    assert.equal(state.stats.inbound.video, undefined);
    assert.equal(state.stats.outbound.video?.resolution, '640x360');
    assert.equal(state.stats.outbound.video.bitrate, 500_000);
  });
});

describe('onReconnecting, onReconnected and onConnected (connection trouble)', () => {
  test('reconnecting while media stalls or the event stream is down', () => {
    const state = inCall();
    assert.equal(withConnectionTrouble(state, {mediaStalled: true, eventStreamLost: false}).reconnecting, true);
    assert.equal(withConnectionTrouble(state, {mediaStalled: false, eventStreamLost: true}).reconnecting, true);
    assert.equal(withConnectionTrouble(state, {mediaStalled: false, eventStreamLost: false}).reconnecting, false);
  });
});

describe('onPresentationConnectionChange', () => {
  const starting = {...inCall(), presentation: {sending: 'starting' as const, local: stream('screen')}};

  test('ours is sent once its connection is up', () => {
    const {state, stop} = onPresentationConnectionChange(starting, {send: 'connected', recv: 'new'}, false);
    assert.equal(state.presentation.sending, 'sending');
    assert.equal(stop, undefined);
  });

  test('refused when it fails, taken over when it drops and we did not stop it', () => {
    assert.equal(onPresentationConnectionChange(starting, {send: 'failed', recv: 'new'}, false).stop, 'refused');
    const sending = {...starting, presentation: {...starting.presentation, sending: 'sending' as const}};
    assert.equal(onPresentationConnectionChange(sending, {send: 'disconnected', recv: 'new'}, false).stop, 'taken-over');
    assert.equal(onPresentationConnectionChange(sending, {send: 'disconnected', recv: 'new'}, true).stop, undefined);
  });

  test('the presentation we receive goes when its connection drops', () => {
    const receiving = {...inCall(), presentation: {sending: 'idle' as const, remote: stream('preso')}};
    const {state} = onPresentationConnectionChange(receiving, {send: 'new', recv: 'disconnected'}, false);
    assert.equal(state.presentation.remote, undefined);
  });
});

describe('onPresentationFrame', () => {
  test("the node's latest still is remembered by its id; the same id again changes nothing", () => {
    const state = onPresentationFrame(inCall(), 'frame-1');
    assert.equal(state.presentation.frameId, 'frame-1');
    assert.equal(onPresentationFrame(state, 'frame-1'), state);
    assert.equal(onPresentationFrame(state, ''), state);
  });
});
