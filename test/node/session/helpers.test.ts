// The session's pure helpers: the store, participants, settings, selectors, pending requests, refusals.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {mergeParticipants, replacementsBetween, toParticipant} from '../../../src/session/participants.js';
import {withAnswered, withPending, withoutPending} from '../../../src/session/pending.js';
import {refusalOf} from '../../../src/session/requests.js';
import {
  anyHandRaised,
  mainRoom,
  mayPresent,
  microphoneLockOf,
  pendingOf,
  privateChatPartnersOf,
  raisedHandsOf,
  requestKey,
  roomOf,
  selfOf,
  waitingOf,
} from '../../../src/session/selectors.js';
import {clampBandwidth, loadSettings, mergeSettings, saveSettings, SETTINGS_KEY} from '../../../src/session/settings.js';
import {onConferenceStatus, onParticipants, onParticipantUpdated} from '../../../src/session/signals/rooms.js';
import {Store} from '../../../src/session/store.js';
import {defaultSettings} from '../../../src/session/types.js';
import {inCall, MAIN, sdkParticipant, sdkStatus} from './sdk-fixtures.js';

describe('Store', () => {
  test('tells listeners of real changes only, and each listener sees the states in order', () => {
    const store = new Store({count: 0});
    const seen: string[] = [];
    store.subscribe(({count}, previous) => {
      seen.push(`a ${previous.count}->${count}`);
      if (count === 1) store.update({count: 2}); // an update made by a listener
    });
    store.subscribe(({count}, previous) => seen.push(`b ${previous.count}->${count}`));
    store.update({count: 0});
    store.update({count: 1});
    assert.deepEqual(seen, ['a 0->1', 'b 0->1', 'a 1->2', 'b 1->2']);
    assert.equal(store.state.count, 2);
  });
});

describe('participants', () => {
  test("toParticipant: ours from the SDK's, with a name even when it has none", () => {
    const ours = toParticipant(sdkParticipant('u1', {displayName: '', uri: 'sip:alice@example.com', isHost: true}), 'u1', true);
    assert.equal(ours.displayName, 'alice@example.com');
    assert.equal(ours.role, 'host');
    assert.equal(ours.isSelf, true);
    assert.equal(ours.speaking, true);
    const dialled = toParticipant(
      sdkParticipant('u2', {rawData: {call_direction: 'out'} as never, protocol: 'rtmp'}),
      'u1',
      false
    );
    assert.equal(dialled.external, true);
    assert.equal(dialled.streaming, true);
    const flags = toParticipant(
      sdkParticipant('u3', {
        isClientMuted: true,
        supportsDirectChat: false,
        canTransfer: true,
        isTransferring: true,
        raisedHand: true,
        handRaisedTime: 1_700_000_050,
      }),
      'u1',
      false
    );
    assert.deepEqual(
      [flags.clientMuted, flags.supportsDirectChat, flags.canTransfer, flags.transferring, flags.handRaisedAt],
      [true, false, true, true, 1_700_000_050]
    );
    assert.equal(toParticipant(sdkParticipant('u4', {handRaisedTime: 1_700_000_050}), 'u1', false).handRaisedAt, undefined);
  });

  test('mergeParticipants: replaces in place, appends the new, removes the gone', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((id) => toParticipant(sdkParticipant(id), undefined, false));
    const b2 = {...b, displayName: 'B2'};
    const merged = mergeParticipants([a, b], [c, b2], new Set(['a']));
    assert.deepEqual(
      merged.map(({id, displayName}) => `${id}:${displayName}`),
      ['b:B2', 'c:Name of c']
    );
  });

  test('replacementsBetween: the entries updated in place; nothing when someone came, left or moved, or too many changed', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((id) => toParticipant(sdkParticipant(id), undefined, false));
    const b2 = {...b, microphoneMuted: true};
    assert.deepEqual(replacementsBetween([a, b, c], [a, b2, c]), [{before: b, after: b2}]);
    assert.deepEqual(replacementsBetween([a, b], [a, b]), []);
    assert.equal(replacementsBetween([a, b], [a, b, c]), undefined);
    assert.equal(replacementsBetween([a, b], [b, a]), undefined);
    assert.equal(replacementsBetween([a, b, c], [{...a}, {...b}, {...c}], 2), undefined);
  });
});

describe('selectors of a participant list', () => {
  test('selfOf, waitingOf and anyHandRaised follow each new list, and are computed once per list', () => {
    const state = onParticipants(
      inCall(),
      {id: MAIN, participants: [sdkParticipant('me'), sdkParticipant('w', {isWaiting: true}), sdkParticipant('x')]},
      sdkParticipant('me'),
      false
    );
    assert.equal(selfOf(state)?.id, 'me');
    assert.deepEqual(
      waitingOf(state).map(({id}) => id),
      ['w']
    );
    assert.equal(waitingOf(state), waitingOf(state), 'the same array for the same list');
    assert.equal(anyHandRaised(state), false);
    const raised = onParticipants(
      state,
      {id: MAIN, participants: [sdkParticipant('me'), sdkParticipant('x', {raisedHand: true})]},
      undefined,
      false
    );
    assert.equal(anyHandRaised(raised), true);
    assert.deepEqual(waitingOf(raised), []);
    assert.equal(selfOf(raised)?.id, 'me');
  });

  test('after an update, each follows what matters to it and keeps its value otherwise', () => {
    const people = [sdkParticipant('me'), sdkParticipant('w', {isWaiting: true}), sdkParticipant('x')];
    const state = onParticipants(inCall(), {id: MAIN, participants: people}, sdkParticipant('me'), false);
    const waiting = waitingOf(state);
    const [self, hand] = [selfOf(state), anyHandRaised(state)];
    const update = (participant: ReturnType<typeof sdkParticipant>, from = state) =>
      onParticipantUpdated(from, [{id: MAIN, participant}]);
    const xMuted = update(sdkParticipant('x', {isMuted: true}));
    assert.equal(waitingOf(xMuted), waiting, 'no one waiting changed: the same array');
    assert.equal(selfOf(xMuted), self);
    assert.equal(anyHandRaised(xMuted), hand);
    const meMuted = update(sdkParticipant('me', {isMuted: true}), xMuted);
    assert.equal(selfOf(meMuted)?.microphoneMuted, true, 'our own update is ours at once');
    const xHand = update(sdkParticipant('x', {raisedHand: true}), meMuted);
    assert.equal(anyHandRaised(xHand), true);
    assert.equal(anyHandRaised(update(sdkParticipant('x', {raisedHand: false}), xHand)), false);
    const wRenamed = update(sdkParticipant('w', {isWaiting: true, displayName: 'Wendy'}), xHand);
    assert.deepEqual(
      waitingOf(wRenamed).map(({displayName}) => displayName),
      ['Wendy'],
      'still waiting, updated in place'
    );
    const admitted = update(sdkParticipant('w'), xHand);
    assert.deepEqual(waitingOf(admitted), []);
  });
});

describe('settings', () => {
  test('bandwidth is kept within what the node accepts', () => {
    assert.equal(clampBandwidth(10), 256);
    assert.equal(clampBandwidth(99999), 1864);
    assert.equal(clampBandwidth(600.4), 600);
  });

  test('a damaged or foreign entry cannot break us; unknown keys and wrong types are dropped', () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    };
    assert.deepEqual(loadSettings(storage), defaultSettings);
    items.set(SETTINGS_KEY, '{not json');
    assert.deepEqual(loadSettings(storage), defaultSettings);
    items.set(SETTINGS_KEY, JSON.stringify({displayName: 'Ann', bandwidth: 'fast', evil: true}));
    assert.deepEqual(loadSettings(storage), {...defaultSettings, displayName: 'Ann'});
    saveSettings(storage, mergeSettings(defaultSettings, {bandwidth: 5000}));
    assert.equal(loadSettings(storage).bandwidth, 1864);
  });
});

describe('selectors', () => {
  test('the main room, an unknown room (empty), ourselves', () => {
    const state = inCall('me');
    assert.equal(mainRoom(state).id, 'main');
    assert.deepEqual(roomOf(state, 'nowhere').participants, []);
    assert.equal(selfOf(state), undefined);
  });

  test('raised hands in the order they went up, ties (same second) in join order', () => {
    const state = onParticipants(
      inCall('me', 'host'),
      {
        id: MAIN,
        participants: [
          sdkParticipant('me', {isHost: true}),
          sdkParticipant('ann', {raisedHand: true, handRaisedTime: 1_700_000_020}),
          sdkParticipant('bob', {raisedHand: true, handRaisedTime: 1_700_000_010}),
          sdkParticipant('cat', {raisedHand: true, handRaisedTime: 1_700_000_020}),
          sdkParticipant('dan'),
        ],
      },
      undefined,
      false
    );
    assert.deepEqual(
      raisedHandsOf(state).map(({id}) => id),
      ['bob', 'ann', 'cat']
    );
  });

  test('private chat only with others whose client takes it', () => {
    const state = onParticipants(
      inCall('me'),
      {id: MAIN, participants: [sdkParticipant('me'), sdkParticipant('web'), sdkParticipant('sip', {supportsDirectChat: false})]},
      undefined,
      false
    );
    assert.deepEqual(
      privateChatPartnersOf(state).map(({id}) => id),
      ['web']
    );
  });

  test('the microphone is locked for a client-muted guest, or a muted guest who may not unmute; never for hosts', () => {
    const list = (clientMuted: boolean, isHost = false) =>
      onParticipants(
        inCall('me', isHost ? 'host' : 'guest'),
        {id: MAIN, participants: [sdkParticipant('me', {isClientMuted: clientMuted, isHost})]},
        undefined,
        false
      );
    assert.equal(microphoneLockOf(list(false)), undefined);
    assert.equal(microphoneLockOf(list(true)), 'client-muted');
    assert.equal(microphoneLockOf(list(true, true)), undefined);
    const guestsMuted = onConferenceStatus(list(false), {
      id: MAIN,
      status: sdkStatus({guestsMuted: true, guestsCanUnmute: false}),
    });
    assert.equal(microphoneLockOf({...guestsMuted, media: {...guestsMuted.media, microphoneMuted: true}}), 'guests-muted');
    assert.equal(mayPresent(guestsMuted), true);
    const noPresenting = onConferenceStatus(list(false), {id: MAIN, status: sdkStatus({guestsCanPresent: false})});
    assert.equal(mayPresent(noPresenting), false);
    assert.equal(mayPresent({...noPresenting, role: 'host'}), true);
  });
});

describe('pending requests', () => {
  test('on its way, answered, settled', () => {
    const key = requestKey('muteParticipant', 'ann');
    assert.equal(key, 'muteParticipant:ann');
    let state = withPending(inCall(), {action: 'muteParticipant', participantId: 'ann', value: true});
    assert.equal(pendingOf(state, 'muteParticipant', 'ann')?.answered, false);
    state = withAnswered(state, key);
    assert.equal(pendingOf(state, 'muteParticipant', 'ann')?.answered, true);
    state = withoutPending(state, key);
    assert.deepEqual(state.pending, {});
    assert.equal(withoutPending(state, key), state);
  });
});

describe('refusalOf', () => {
  test("a yes is no refusal; anything else carries the node's words", () => {
    assert.equal(refusalOf('lock', {response: {status: 200, data: {result: true}}}), undefined);
    assert.equal(refusalOf('lock', {response: {status: 200, data: {result: false}}})?.detail, 'HTTP 200');
    assert.equal(refusalOf('lock', {response: {status: 403, data: {result: 'Not a host'}}})?.detail, 'Not a host');
    assert.equal(refusalOf('lock', {response: undefined})?.detail, 'HTTP error');
    assert.equal(refusalOf('lock', {error: new Error('offline')})?.detail, 'offline');
    const invalid = Object.assign(new Error('bad'), {name: 'ValidationError'});
    assert.equal(refusalOf('lock', {error: invalid})?.problem, 'bad-answer');
  });
});
