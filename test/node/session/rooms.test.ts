// The per-room signals: participants and conference status, main room and breakout rooms.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {participantsOf, selfOf, statusOf} from '../../../src/session/selectors.js';
import {
  onConferenceStatus,
  onMe,
  onParticipantJoined,
  onParticipantLeft,
  onParticipants,
  onParticipantUpdated,
  onStage,
  withFeatureFlags,
} from '../../../src/session/signals/rooms.js';
import {BREAKOUT, inCall, MAIN, sdkParticipant, sdkStatus} from './sdk-fixtures.js';

const names = (state: Parameters<typeof participantsOf>[0], room?: string) =>
  participantsOf(state, room).map(({displayName}) => displayName);

describe('onParticipants', () => {
  test("replaces a room's list, marks ourselves, and derives the presenter", () => {
    const state = onParticipants(
      inCall('me'),
      {id: MAIN, participants: [sdkParticipant('me'), sdkParticipant('ann', {displayName: 'Ann', isPresenting: true})]},
      undefined,
      false
    );
    assert.deepEqual(names(state), ['Name of me', 'Ann']);
    assert.equal(selfOf(state)?.id, 'me');
    assert.equal(state.presentation.presenterId, 'ann');
    assert.equal(state.presentation.presenterName, 'Ann');
  });

  test("takes who we are from the SDK's getMe() when the list comes before request_token's answer", () => {
    const state = onParticipants(
      {...inCall('x'), selfId: undefined, role: undefined},
      {id: MAIN, participants: [sdkParticipant('me', {isHost: true})]},
      sdkParticipant('me', {isHost: true}),
      false
    );
    assert.equal(state.selfId, 'me');
    assert.equal(state.role, 'host');
    assert.equal(state.hostControls, true);
    assert.equal(selfOf(state)?.isSelf, true);
  });

  test('a breakout room list never overwrites the main room', () => {
    const withMain = onParticipants(inCall('me'), {id: MAIN, participants: [sdkParticipant('me')]}, undefined, false);
    const state = onParticipants(withMain, {id: BREAKOUT, participants: [sdkParticipant('bo1')]}, sdkParticipant('bo1'), false);
    assert.deepEqual(names(state), ['Name of me']);
    assert.deepEqual(names(state, BREAKOUT), ['Name of bo1']);
    assert.equal(state.selfId, 'me');
  });
});

describe('onParticipantJoined', () => {
  test('adds participants to their room, in join order', () => {
    const state = onParticipantJoined(inCall('me'), [
      {id: MAIN, participant: sdkParticipant('ann', {displayName: 'Ann'})},
      {id: MAIN, participant: sdkParticipant('bob', {displayName: 'Bob'})},
      {id: BREAKOUT, participant: sdkParticipant('cat', {displayName: 'Cat'})},
    ]);
    assert.deepEqual(names(state), ['Ann', 'Bob']);
    assert.deepEqual(names(state, BREAKOUT), ['Cat']);
  });
});

describe('onParticipantUpdated', () => {
  test('replaces a participant in place, keeping whether they speak', () => {
    let state = onParticipantJoined(inCall('me'), [
      {id: MAIN, participant: sdkParticipant('ann')},
      {id: MAIN, participant: sdkParticipant('bob')},
    ]);
    state = onStage(state, [{userId: 'ann', stageIndex: 0, vad: 100}]);
    state = onParticipantUpdated(state, [{id: MAIN, participant: sdkParticipant('ann', {isMuted: true})}]);
    const [ann, bob] = participantsOf(state);
    assert.equal(ann.id, 'ann');
    assert.equal(ann.microphoneMuted, true);
    assert.equal(ann.speaking, true);
    assert.equal(bob.id, 'bob');
  });

  test('the presenter is derived from the presenting flag, never ourselves', () => {
    let state = onParticipantJoined(inCall('me'), [{id: MAIN, participant: sdkParticipant('ann')}]);
    state = onParticipantUpdated(state, [{id: MAIN, participant: sdkParticipant('me', {isPresenting: true})}]);
    assert.equal(state.presentation.presenterId, undefined);
    state = onParticipantUpdated(state, [{id: MAIN, participant: sdkParticipant('ann', {isPresenting: true})}]);
    assert.equal(state.presentation.presenterId, 'ann');
    state = {...state, presentation: {...state.presentation, frameId: 'frame-1', still: 'blob:still-1'}};
    state = onParticipantUpdated(state, [{id: MAIN, participant: sdkParticipant('ann', {isPresenting: false})}]);
    assert.equal(state.presentation.presenterId, undefined);
    assert.equal(state.presentation.frameId, undefined, "the last presenter's still goes with them");
    assert.equal(state.presentation.still, undefined);
  });

  test('an update replaces its participant in place and leaves the others and the presentation as they were', () => {
    const joined = onParticipantJoined(inCall('me'), [
      {id: MAIN, participant: sdkParticipant('ann', {isPresenting: true})},
      {id: MAIN, participant: sdkParticipant('bob')},
      {id: MAIN, participant: sdkParticipant('cy')},
    ]);
    const muted = onParticipantUpdated(joined, [{id: MAIN, participant: sdkParticipant('bob', {isMuted: true})}]);
    const [ann, bob, cy] = participantsOf(muted);
    assert.equal(ann, participantsOf(joined)[0]);
    assert.equal(cy, participantsOf(joined)[2]);
    assert.equal(bob.microphoneMuted, true);
    assert.equal(muted.presentation, joined.presentation);
    assert.equal(muted.presentation.presenterId, 'ann');
    assert.ok(Object.isFrozen(participantsOf(muted)));
  });

  test('an update in a breakout room leaves the same participant id in the main room alone', () => {
    let state = onParticipantJoined(inCall('me'), [{id: MAIN, participant: sdkParticipant('ann')}]);
    state = onParticipantUpdated(state, [{id: BREAKOUT, participant: sdkParticipant('ann', {isMuted: true})}]);
    assert.equal(participantsOf(state)[0]?.microphoneMuted, false);
    assert.equal(participantsOf(state, BREAKOUT)[0]?.microphoneMuted, true);
  });
});

describe('onParticipantLeft', () => {
  test('removes them from their room; a private chat with them goes back to everyone', () => {
    let state = onParticipantJoined(inCall('me'), [
      {id: MAIN, participant: sdkParticipant('ann')},
      {id: MAIN, participant: sdkParticipant('bob')},
    ]);
    state = {...state, chatRecipientId: 'ann'};
    state = onParticipantLeft(state, [{id: MAIN, participant: sdkParticipant('ann')}]);
    assert.deepEqual(
      participantsOf(state).map(({id}) => id),
      ['bob']
    );
    assert.equal(state.chatRecipientId, undefined);
  });

  test('leaving a breakout room does not remove them from the main room', () => {
    let state = onParticipantJoined(inCall('me'), [
      {id: MAIN, participant: sdkParticipant('ann')},
      {id: BREAKOUT, participant: sdkParticipant('ann')},
    ]);
    state = {...state, chatRecipientId: 'ann'};
    state = onParticipantLeft(state, [{id: BREAKOUT, participant: sdkParticipant('ann')}]);
    assert.equal(participantsOf(state).length, 1);
    assert.equal(participantsOf(state, BREAKOUT).length, 0);
    assert.equal(state.chatRecipientId, 'ann');
  });
});

describe('onStage', () => {
  test('marks who speaks (voice activity above zero) and keeps the list when nothing changed', () => {
    let state = onParticipantJoined(inCall('me'), [
      {id: MAIN, participant: sdkParticipant('ann')},
      {id: MAIN, participant: sdkParticipant('bob')},
    ]);
    state = onStage(state, [
      {userId: 'ann', stageIndex: 0, vad: 80},
      {userId: 'bob', stageIndex: 1, vad: 0},
    ]);
    assert.deepEqual(
      participantsOf(state).map(({speaking}) => speaking),
      [true, false]
    );
    const again = onStage(state, [{userId: 'ann', stageIndex: 0, vad: 60}]);
    assert.equal(again, state);
  });
});

describe('onMe', () => {
  test('we are this participant in the main room; host controls unless joined with forceGuest', () => {
    const state = onMe(inCall('x'), {id: MAIN, participant: sdkParticipant('me', {isHost: true})}, false);
    assert.equal(state.selfId, 'me');
    assert.equal(state.role, 'host');
    assert.equal(state.hostControls, true);
    const forced = onMe(inCall('x'), {id: MAIN, participant: sdkParticipant('me', {isHost: true})}, true);
    assert.equal(forced.role, 'host');
    assert.equal(forced.hostControls, false);
  });

  test('our participant in a breakout room does not change who we are', () => {
    const state = inCall('me');
    assert.equal(onMe(state, {id: BREAKOUT, participant: sdkParticipant('bo-me')}, false), state);
  });
});

describe('private chat recipients', () => {
  test("a private chat goes back to everyone when the recipient's client stops taking private messages", () => {
    const joined = onParticipantJoined(inCall('me'), [{id: MAIN, participant: sdkParticipant('ann')}]);
    const chatting = {...joined, chatRecipientId: 'ann'};
    assert.equal(onParticipantUpdated(chatting, [{id: MAIN, participant: sdkParticipant('ann')}]).chatRecipientId, 'ann');
    const state = onParticipantUpdated(chatting, [{id: MAIN, participant: sdkParticipant('ann', {supportsDirectChat: false})}]);
    assert.equal(state.chatRecipientId, undefined);
  });
});

describe('onConferenceStatus', () => {
  test("sets the room's status; guests can unmute unless the node says otherwise", () => {
    const state = onConferenceStatus(inCall(), {id: MAIN, status: sdkStatus({locked: true, guestsMuted: true})});
    assert.deepEqual(statusOf(state), {
      locked: true,
      guestsMuted: true,
      guestsCanUnmute: true,
      presentationAllowed: true,
      guestsCanPresent: true,
      started: true,
      classification: undefined,
      endsAt: undefined,
    });
    const withoutSetting = Object.fromEntries(Object.entries(sdkStatus()).filter(([name]) => name !== 'guestsCanUnmute')) as Omit<
      ReturnType<typeof sdkStatus>,
      'guestsCanUnmute'
    >;
    assert.equal(statusOf(onConferenceStatus(inCall(), {id: MAIN, status: withoutSetting})).guestsCanUnmute, true);
    assert.equal(
      statusOf(onConferenceStatus(inCall(), {id: MAIN, status: sdkStatus({guestsCanUnmute: false})})).guestsCanUnmute,
      false
    );
  });

  test('in the waiting room, the lock or a meeting not started says why we wait', () => {
    const waiting = {...inCall(), phase: 'waiting' as const, waitingReason: 'host' as const};
    assert.equal(onConferenceStatus(waiting, {id: MAIN, status: sdkStatus({locked: true})}).waitingReason, 'locked');
    assert.equal(onConferenceStatus(waiting, {id: MAIN, status: sdkStatus({locked: false})}).waitingReason, 'host');
    assert.equal(onConferenceStatus(waiting, {id: MAIN, status: sdkStatus({started: false})}).waitingReason, 'not-started');
  });

  test('started, classification by its label, end time in ms, guests may present', () => {
    const state = onConferenceStatus(inCall(), {
      id: MAIN,
      status: sdkStatus({
        started: false,
        classification: {current: 1, levels: {0: 'UNCLASSIFIED', 1: 'RESTRICTED'}},
        endTime: 1_700_000_600.25,
        guestsCanPresent: false,
      }),
    });
    const status = statusOf(state);
    assert.equal(status.started, false);
    assert.deepEqual(status.classification, {level: 1, label: 'RESTRICTED'});
    assert.equal(status.endsAt, 1_700_000_600_250);
    assert.equal(status.guestsCanPresent, false);
    // A later update without the flag keeps it (older nodes do not send it).
    const withoutFlag = Object.fromEntries(Object.entries(sdkStatus()).filter(([name]) => name !== 'guestsCanPresent')) as Omit<
      ReturnType<typeof sdkStatus>,
      'guestsCanPresent'
    >;
    assert.equal(statusOf(onConferenceStatus(state, {id: MAIN, status: withoutFlag})).guestsCanPresent, false);
  });

  test("the room's admin settings from joining: chat off, guests may not present", () => {
    const state = withFeatureFlags(inCall(), {chatEnabled: false, guestsCanPresent: false});
    assert.equal(state.chatEnabled, false);
    assert.equal(statusOf(state).guestsCanPresent, false);
    assert.equal(withFeatureFlags(state, undefined), state);
  });

  test("a breakout room's status never overwrites the main room's", () => {
    const state = onConferenceStatus(inCall(), {id: BREAKOUT, status: sdkStatus({locked: true, breakout: true})});
    assert.equal(statusOf(state).locked, false);
    assert.equal(statusOf(state, BREAKOUT).locked, true);
  });
});
