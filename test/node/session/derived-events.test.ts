// The notifications a change of state means.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {arrivals, departures, eventsBetween} from '../../../src/session/derived-events.js';
import {onParticipantJoined, onParticipantLeft, onParticipantUpdated} from '../../../src/session/signals/rooms.js';
import {withMessage} from '../../../src/session/signals/meeting.js';
import {initialState} from '../../../src/session/types.js';
import {inCall, MAIN, sdkParticipant} from './sdk-fixtures.js';

const types = (events: ReturnType<typeof eventsBetween>) => events.map(({type}) => type);

describe('eventsBetween', () => {
  test('joined, when the call starts', () => {
    const connecting = {...initialState('meet.alice'), phase: 'connecting' as const, selfId: 'me'};
    assert.deepEqual(eventsBetween(connecting, {...connecting, phase: 'in-call'}), [
      {type: 'joined', detail: {conference: 'meet.alice', selfId: 'me'}},
    ]);
  });

  test('left from a meeting; error too when it failed; presentations stop locally only', () => {
    const presenting = {...inCall(), presentation: {sending: 'sending' as const, presenterId: 'ann'}};
    const ended = {...presenting, phase: 'ended' as const, endReason: {code: 'left'}, presentation: {sending: 'idle' as const}};
    assert.deepEqual(types(eventsBetween(presenting, ended)), ['presentation-stop', 'left']);
    const connecting = {...inCall(), phase: 'connecting' as const};
    const failed = {...connecting, phase: 'failed' as const, endReason: {code: 'node-unreachable'}};
    assert.deepEqual(eventsBetween(connecting, failed), [{type: 'error', detail: {reason: {code: 'node-unreachable'}}}]);
  });

  test("someone else's presentation starting and stopping", () => {
    const before = onParticipantJoined(inCall(), [{id: MAIN, participant: sdkParticipant('ann', {displayName: 'Ann'})}]);
    const presenting = onParticipantUpdated(before, [
      {id: MAIN, participant: sdkParticipant('ann', {displayName: 'Ann', isPresenting: true})},
    ]);
    assert.deepEqual(eventsBetween(before, presenting), [
      {type: 'presentation-start', detail: {presenterId: 'ann', presenterName: 'Ann', local: false}},
    ]);
    assert.deepEqual(eventsBetween(presenting, before), [{type: 'presentation-stop', detail: {local: false}}]);
  });

  test('ours: started once sent', () => {
    const starting = {...inCall(), presentation: {sending: 'starting' as const}};
    assert.deepEqual(eventsBetween(starting, {...starting, presentation: {sending: 'sending'}}), [
      {type: 'presentation-start', detail: {local: true}},
    ]);
  });

  test('each new chat message', () => {
    const message = {id: 'm1', senderId: 'ann', senderName: 'Ann', text: 'Hi', at: 1, fromSelf: false};
    const state = inCall();
    assert.deepEqual(eventsBetween(state, withMessage(state, message)), [{type: 'chat-message', detail: {message}}]);
  });
});

describe('hands raised', () => {
  const withAnn = (state: ReturnType<typeof inCall>, raisedHand: boolean) =>
    onParticipantJoined(state, [{id: MAIN, participant: sdkParticipant('ann', {displayName: 'Ann', raisedHand})}]);
  const raise = (state: ReturnType<typeof inCall>, raisedHand: boolean) =>
    onParticipantUpdated(state, [{id: MAIN, participant: sdkParticipant('ann', {displayName: 'Ann', raisedHand})}]);

  test('a hand going up is told to hosts, once', () => {
    const down = withAnn(inCall('me', 'host', {hostControls: true}), false);
    const up = raise(down, true);
    const events = eventsBetween(down, up);
    assert.deepEqual(types(events), ['hand-raise']);
    assert.equal(events[0]?.type === 'hand-raise' && events[0].detail.participant.displayName, 'Ann');
    assert.deepEqual(eventsBetween(up, raise(up, true)), [], 'still up: no news');
    assert.deepEqual(eventsBetween(up, raise(up, false)), [], 'lowered: no news');
  });

  test('not to guests; not for a hand already up on arrival; not for our own', () => {
    const guestDown = withAnn(inCall(), false);
    assert.deepEqual(eventsBetween(guestDown, raise(guestDown, true)), []);
    const host = inCall('me', 'host', {hostControls: true});
    assert.deepEqual(eventsBetween(host, withAnn(host, true)), []);
    const own = (raisedHand: boolean) =>
      onParticipantUpdated(host, [{id: MAIN, participant: sdkParticipant('me', {displayName: 'Me', raisedHand})}]);
    assert.deepEqual(eventsBetween(own(false), own(true)), []);
  });
});

describe('arrivals and departures', () => {
  test('participants new to the main room, and those gone from it', () => {
    const before = onParticipantJoined(inCall(), [{id: MAIN, participant: sdkParticipant('ann')}]);
    const after = onParticipantJoined(onParticipantLeft(before, [{id: MAIN, participant: sdkParticipant('ann')}]), [
      {id: MAIN, participant: sdkParticipant('bob')},
    ]);
    assert.deepEqual(
      arrivals(before, after).map(({id}) => id),
      ['bob']
    );
    assert.deepEqual(
      departures(before, after).map(({id}) => id),
      ['ann']
    );
  });
});
