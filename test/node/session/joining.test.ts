// The signals of joining and leaving: PIN, extension, errors, disconnects, the room's name, service type.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {
  CRITICAL_ACTION_FAILED,
  enterMeeting,
  isEnding,
  onAuthenticatedWithConference,
  onDisconnected,
  onError,
  onExtension,
  onPinRequired,
  onServiceType,
} from '../../../src/session/signals/joining.js';
import {initialState, type ConferenceState} from '../../../src/session/types.js';
import {inCall} from './sdk-fixtures.js';

const connecting: ConferenceState = {...initialState('meet.alice'), phase: 'connecting'};

describe('onPinRequired', () => {
  test('asks for a PIN, saying which ones the room has', () => {
    const state = onPinRequired(connecting, {hasHostPin: true, hasGuestPin: false});
    assert.equal(state.phase, 'pin-required');
    assert.deepEqual(state.pinRequest, {hostPin: true, guestPin: false, invalid: false});
  });
});

describe('onExtension', () => {
  test('asks for an extension; asked again, the last one was not found', () => {
    const first = onExtension(connecting, 'standard');
    assert.equal(first.phase, 'extension-required');
    assert.deepEqual(first.extensionRequest, {type: 'standard', invalid: false});
    assert.deepEqual(onExtension({...first, phase: 'connecting'}, 'standard').extensionRequest, {
      type: 'standard',
      invalid: true,
    });
  });
});

describe('onError', () => {
  test('a wrong PIN asks again, marked invalid', () => {
    const asked = onPinRequired(connecting, {hasHostPin: true, hasGuestPin: true});
    const outcome = onError({...asked, phase: 'connecting'}, {error: 'Invalid PIN', errorCode: '#pex101'});
    assert.ok(!isEnding(outcome));
    assert.equal(outcome.phase, 'pin-required');
    assert.equal(outcome.pinRequest?.invalid, true);
  });

  test('an unknown extension asks again, marked invalid', () => {
    const asked = onExtension(connecting, 'standard');
    const outcome = onError(
      {...asked, phase: 'connecting'},
      {error: 'Neither conference nor gateway found', errorCode: '#pex154'}
    );
    assert.ok(!isEnding(outcome));
    assert.equal(outcome.phase, 'extension-required');
    assert.equal(outcome.extensionRequest?.invalid, true);
  });

  test("a failed single sign-on fails the join with the node's words", () => {
    const outcome = onError({...connecting, phase: 'sso-required'}, {error: 'SSO Authentication Failed', errorCode: '#pex200'});
    assert.ok(isEnding(outcome));
    assert.deepEqual(outcome, {phase: 'failed', reason: {code: '#pex200', detail: 'SSO Authentication Failed'}});
  });

  test('any other error while joining fails the join with its code', () => {
    const outcome = onError(connecting, {error: 'Participant limit reached', errorCode: '#pex113'});
    assert.deepEqual(outcome, {phase: 'failed', reason: {code: '#pex113', detail: 'Participant limit reached'}});
  });

  test('an error in the meeting changes nothing', () => {
    const state = inCall();
    assert.equal(onError(state, {error: 'Participant limit reached', errorCode: '#pex113'}), state);
  });
});

describe('onDisconnected', () => {
  test("in a meeting it ends it, with the node's reason", () => {
    assert.deepEqual(onDisconnected(inCall(), {error: 'Disconnected by an administrator', errorCode: '#pex120'}, false), {
      phase: 'ended',
      reason: {code: '#pex120', detail: 'Disconnected by an administrator'},
    });
  });

  test('a critical request that failed: unreachable while joining, connection lost in a meeting, or a bad answer', () => {
    const payload = {error: CRITICAL_ACTION_FAILED, errorCode: '#pex191'} as const;
    assert.equal(onDisconnected(connecting, payload, false)?.reason.code, 'node-unreachable');
    assert.equal(onDisconnected(connecting, payload, false)?.phase, 'failed');
    assert.equal(onDisconnected(inCall(), payload, false)?.reason.code, 'connection-lost');
    assert.equal(onDisconnected(inCall(), payload, true)?.reason.code, 'bad-answer');
  });

  test('after the end, nothing more', () => {
    assert.equal(onDisconnected({...inCall(), phase: 'ended'}, {error: 'x' as never, errorCode: '#pex120'}, false), undefined);
  });
});

describe('onAuthenticatedWithConference', () => {
  test("the room's name as the node gives it, or the alias", () => {
    const token = 'secret';
    assert.equal(
      onAuthenticatedWithConference(connecting, {token, conferenceAlias: 'meet.alice', conferenceName: "Alice's room"})
        .conferenceName,
      "Alice's room"
    );
    assert.equal(onAuthenticatedWithConference(connecting, {token, conferenceAlias: 'meet.alice'}).conferenceName, 'meet.alice');
  });
});

describe('onServiceType', () => {
  test('a host moves us to the waiting room, and lets us in again', () => {
    const waiting = onServiceType(inCall(), 'waiting_room');
    assert.equal(waiting.phase, 'waiting');
    assert.equal(waiting.waitingReason, 'host');
    const admitted = onServiceType(waiting, 'conference');
    assert.equal(admitted.phase, 'in-call');
    assert.equal(admitted.waitingReason, undefined);
  });

  test('other service types and phases change nothing', () => {
    const state = inCall();
    assert.equal(onServiceType(state, 'conference'), state);
    assert.equal(onServiceType(connecting, 'waiting_room'), connecting);
  });

  test('entering: the waiting room of a locked conference says it is locked', () => {
    const locked = {
      ...connecting,
      rooms: {main: {id: 'main', participants: [], status: {...inCall().rooms.main.status, locked: true}}},
    };
    assert.deepEqual(
      [enterMeeting(locked, 'waiting_room').phase, enterMeeting(locked, 'waiting_room').waitingReason],
      ['waiting', 'locked']
    );
    assert.equal(enterMeeting(connecting, 'conference').phase, 'in-call');
  });
});
