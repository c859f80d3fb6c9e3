// Still-image presentations: the call's presentation m-line follows the mode, stills are fetched
// with the token as a header, and a node that sends no still gets the video instead.
import assert from 'node:assert/strict';
import {describe, test, type TestContext} from 'node:test';
import type {CallSignals, InfinityClient} from '@pexip/infinity';
import type {SessionCore} from '../../../src/session/core.js';
import type {InfinitySdk} from '../../../src/session/infinity-sdk.js';
import {FIRST_STILL_WAIT_MS, PresentationReceiving} from '../../../src/session/presentation-receiving.js';
import {wantsPresentationVideo} from '../../../src/session/selectors.js';
import {SessionActionError} from '../../../src/session/session.js';
import {Store} from '../../../src/session/store.js';
import type {ConferenceState, JoinMode} from '../../../src/session/types.js';
import {settle} from './fake-core.js';
import {inCall} from './sdk-fixtures.js';

/** The SDK's `ClientCallType` values the session uses (the enum's numbers). */
const CALL_TYPES = {AudioVideoPresentation: 126, AudioVideo: 30, AudioPresentation: 102, Audio: 6, Presentation: 96};
const sdk = Promise.resolve({ClientCallType: CALL_TYPES} as unknown as InfinitySdk);

function stateWith(mode: JoinMode, fullMotion: boolean, presentation: Partial<ConferenceState['presentation']> = {}) {
  const state = inCall('me');
  return {
    ...state,
    media: {...state.media, mode},
    settings: {...state.settings, fullMotionPresentation: fullMotion},
    presentation: {...state.presentation, ...presentation},
  };
}

/** A signal with its observers, enough for the ones `PresentationReceiving.watch` takes. */
function signal<T = undefined>() {
  const observers = new Set<(value: T) => void>();
  return {
    add: (observer: (value: T) => void) => (observers.add(observer), () => void observers.delete(observer)),
    emit: (value: T) => observers.forEach((observer) => observer(value)),
  };
}

/**
 * A session core whose client records restarts, has the call type it was last started with, and
 * says the restarted call connected soon after.
 */
function receivingFor(state: ConferenceState, localCallType: number) {
  const store = new Store(state);
  const restarts: number[] = [];
  const onCallConnected = signal();
  const client = {
    localCallType,
    restartCall: ({callType}: {callType: number}) => {
      restarts.push(callType);
      client.localCallType = callType;
      queueMicrotask(() => onCallConnected.emit(undefined));
      return Promise.resolve();
    },
    mute: () => Promise.resolve(undefined),
  };
  const core: SessionCore = {
    store,
    client: client as unknown as InfinityClient,
    sdk,
    options: {conference: 'meet.alice', displayName: 'Me', node: 'https://node.example', mode: state.media.mode, bandwidth: 1280},
    timed: (request) => request,
    requireCall: (action) => {
      throw new SessionActionError(action, 'not-in-call');
    },
  };
  const receiving = new PresentationReceiving(core, () => 'secret-token');
  const eventSignals = {onPresentationFrame: signal<string>(), onPresentationStart: signal(), onPresentationStop: signal()};
  receiving.watch(
    eventSignals as unknown as InfinitySdk['eventSignals'],
    {onCallConnected} as unknown as Pick<CallSignals, 'onCallConnected'>
  );
  return {store, restarts, receiving};
}

/** A `fetch` that answers every request with a small JPEG and records what was asked. */
function fakeFetch(t: TestContext) {
  const asked: {url: string; token: string | null}[] = [];
  t.mock.method(globalThis, 'fetch', (url: string, init: RequestInit) => {
    asked.push({url, token: new Headers(init.headers).get('token')});
    return Promise.resolve(new Response(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), {headers: {'content-type': 'image/jpeg'}}));
  });
  return asked;
}

describe('wantsPresentationVideo', () => {
  test('only in still-image mode, not presenting, in the main room, with a call that has media, and a node that makes stills', () => {
    assert.equal(wantsPresentationVideo(stateWith('audio-video', false)), false);
    assert.equal(wantsPresentationVideo(stateWith('audio-only', false)), false);
    assert.equal(wantsPresentationVideo(stateWith('audio-video', true)), true);
    assert.equal(wantsPresentationVideo(stateWith('control-only', false)), true);
    assert.equal(wantsPresentationVideo(stateWith('audio-video', false, {sending: 'starting'})), true);
    assert.equal(wantsPresentationVideo(stateWith('audio-video', false, {stillsUnavailable: true})), true);
    const chosen = stateWith('audio-video', true);
    assert.equal(
      wantsPresentationVideo({...chosen, presentation: {...chosen.presentation, fullMotion: false}}),
      false,
      'the choice in this call wins'
    );
    const inBreakout = stateWith('audio-video', false);
    assert.equal(wantsPresentationVideo({...inBreakout, breakouts: {...inBreakout.breakouts, currentRoomId: 'room-1'}}), true);
  });
});

describe('PresentationReceiving', () => {
  test('restarts the call without the presentation m-line in still-image mode, and with it to present or for full motion', async () => {
    const {store, restarts, receiving} = receivingFor(stateWith('audio-video', false), CALL_TYPES.AudioVideoPresentation);
    await receiving.sync();
    assert.deepEqual(restarts, [CALL_TYPES.AudioVideo]);
    await receiving.sync();
    assert.deepEqual(restarts, [CALL_TYPES.AudioVideo], 'no restart when the call already has the right m-lines');
    store.update((state) => ({presentation: {...state.presentation, sending: 'starting'}}));
    await receiving.sync();
    store.update((state) => ({
      presentation: {...state.presentation, sending: 'idle'},
      settings: {...state.settings, fullMotionPresentation: true},
    }));
    await receiving.sync();
    assert.deepEqual(restarts, [CALL_TYPES.AudioVideo, CALL_TYPES.AudioVideoPresentation]);
  });

  test('a move to another room waits for the restart in progress, and the m-line follows the new room', async () => {
    const {store, restarts, receiving} = receivingFor(stateWith('audio-video', false), CALL_TYPES.AudioVideoPresentation);
    const order: string[] = [];
    const restarting = receiving.sync();
    const moved = receiving.sync(() => {
      order.push(`move after ${restarts.length} restart(s)`);
      store.update((state) => ({breakouts: {...state.breakouts, currentRoomId: 'room-1'}}));
      return Promise.resolve();
    });
    await Promise.all([restarting, moved]);
    assert.deepEqual(order, ['move after 1 restart(s)']);
    assert.deepEqual(restarts, [CALL_TYPES.AudioVideo, CALL_TYPES.AudioVideoPresentation], 'in a breakout room, with the m-line');
  });

  test("fetches the node's still for each frame, with the token as a header, and lets the last one go", async (t) => {
    const asked = fakeFetch(t);
    const revoked = t.mock.method(URL, 'revokeObjectURL');
    const {store, receiving} = receivingFor(
      stateWith('audio-video', false, {presenterId: 'ann', frameId: 'frame 1'}),
      CALL_TYPES.AudioVideo
    );
    await receiving.fetchStill();
    const first = store.state.presentation.still;
    assert.match(first ?? '', /^blob:/);
    assert.deepEqual(asked, [
      {url: 'https://node.example/api/client/v2/conferences/meet.alice/presentation.jpeg?id=frame%201', token: 'secret-token'},
    ]);
    store.update((state) => ({presentation: {...state.presentation, frameId: 'frame-2'}}));
    await receiving.fetchStill();
    assert.notEqual(store.state.presentation.still, first);
    assert.deepEqual(
      revoked.mock.calls.map(({arguments: [url]}) => url),
      [first]
    );
  });

  test('fetches nothing in full-motion mode or when nobody presents', async (t) => {
    const asked = fakeFetch(t);
    await receivingFor(stateWith('audio-video', true, {presenterId: 'ann', frameId: 'f'}), 126).receiving.fetchStill();
    await receivingFor(stateWith('audio-video', false, {frameId: 'f'}), 30).receiving.fetchStill();
    assert.deepEqual(asked, []);
  });

  test('a presentation with no still from the node is received as video instead', async (t) => {
    t.mock.timers.enable({apis: ['setTimeout']});
    const {store, restarts} = receivingFor(stateWith('audio-video', false), CALL_TYPES.AudioVideo);
    store.update((state) => ({presentation: {...state.presentation, presenterId: 'ann'}}));
    t.mock.timers.tick(FIRST_STILL_WAIT_MS);
    await settle();
    assert.equal(store.state.presentation.stillsUnavailable, true);
    assert.deepEqual(restarts, [CALL_TYPES.AudioVideoPresentation]);
  });

  test('a still in time keeps the still-image mode', async (t) => {
    t.mock.timers.enable({apis: ['setTimeout']});
    const {store, restarts} = receivingFor(stateWith('audio-video', false), CALL_TYPES.AudioVideo);
    store.update((state) => ({presentation: {...state.presentation, presenterId: 'ann'}}));
    store.update((state) => ({presentation: {...state.presentation, frameId: 'frame-1'}}));
    t.mock.timers.tick(FIRST_STILL_WAIT_MS);
    await settle();
    assert.equal(store.state.presentation.stillsUnavailable, undefined);
    assert.deepEqual(restarts, []);
  });
});
