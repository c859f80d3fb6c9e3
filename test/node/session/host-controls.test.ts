// Host controls: one table; pending at once, the state changes only when the node confirms, and a
// refusal rejects with the node's words and leaves the state as the node has it.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {hostControls, HostControls} from '../../../src/session/host-controls.js';
import {pendingOf, participantsOf, statusOf} from '../../../src/session/selectors.js';
import {SessionActionError} from '../../../src/session/session.js';
import {onConferenceStatus, onParticipantJoined, onParticipantUpdated} from '../../../src/session/signals/rooms.js';
import type {ParticipantID} from '@pexip/infinity';
import {onBreakoutBegin} from '../../../src/session/signals/breakouts.js';
import {fakeCore, settle} from './fake-core.js';
import {BREAKOUT, inCall, MAIN, sdkParticipant, sdkStatus} from './sdk-fixtures.js';

const hostWithAnn = () => onParticipantJoined(inCall('me', 'host'), [{id: MAIN, participant: sdkParticipant('ann')}]);

describe('host controls', () => {
  test('muting a participant: pending at once, muted only when the node says so', async () => {
    const {core, sent} = fakeCore(hostWithAnn());
    const controls = new HostControls(core);
    const done = controls.run('muteParticipant', 'ann', true);
    assert.deepEqual(pendingOf(core.store.state, 'muteParticipant', 'ann'), {
      action: 'muteParticipant',
      participantId: 'ann',
      value: true,
      answered: false,
    });
    assert.equal(participantsOf(core.store.state)[0]?.microphoneMuted, false);
    assert.equal(sent[0]?.method, 'mute');
    assert.deepEqual(sent[0]?.options, {mute: true, participantUuid: 'ann'});
    sent[0].answer(200);
    await done;
    // The node said yes; its participant update is still to come.
    assert.equal(pendingOf(core.store.state, 'muteParticipant', 'ann')?.answered, true);
    core.store.update((state) => onParticipantUpdated(state, [{id: MAIN, participant: sdkParticipant('ann', {isMuted: true})}]));
    assert.equal(participantsOf(core.store.state)[0]?.microphoneMuted, true);
    assert.equal(pendingOf(core.store.state, 'muteParticipant', 'ann'), undefined);
  });

  test('a host in the main room acts on someone in a breakout room through that room; on the main room as before', async () => {
    const observing = onBreakoutBegin(hostWithAnn(), {breakout_uuid: BREAKOUT, participant_uuid: 'me' as ParticipantID});
    const {core, sent} = fakeCore(onParticipantJoined(observing, [{id: BREAKOUT, participant: sdkParticipant('bob')}]));
    const controls = new HostControls(core);
    const muting = controls.run('muteParticipant', 'bob', true);
    const kicking = controls.run('disconnectParticipant', 'bob');
    const lowering = controls.run('lowerHand', 'bob');
    const spotlight = controls.run('spotlight', 'ann', true);
    assert.deepEqual(
      sent.map(({method, options}) => [method, options]),
      [
        ['mute', {mute: true, participantUuid: 'bob', breakoutUuid: BREAKOUT}],
        ['kick', {participantUuid: 'bob', breakoutUuid: BREAKOUT}],
        ['raiseHand', {raise: false, participantUuid: 'bob', breakoutUuid: BREAKOUT}],
        ['spotlight', {enable: true, participantUuid: 'ann'}],
      ]
    );
    for (const request of sent) request.answer(200);
    await Promise.all([muting, kicking, lowering, spotlight]);
    // Confirmed by the room's own roster.
    core.store.update((state) =>
      onParticipantUpdated(state, [{id: BREAKOUT, participant: sdkParticipant('bob', {isMuted: true})}])
    );
    assert.equal(pendingOf(core.store.state, 'muteParticipant', 'bob'), undefined);
  });

  test('a refusal rejects with the node’s words, and nothing changes', async () => {
    const {core, sent} = fakeCore(hostWithAnn());
    const controls = new HostControls(core);
    const done = controls.run('spotlight', 'ann', true);
    sent[0].answer(403, 'Not allowed');
    await assert.rejects(done, (error: unknown) => {
      assert.ok(error instanceof SessionActionError);
      assert.equal(error.problem, 'refused');
      assert.equal(error.detail, 'Not allowed');
      return true;
    });
    assert.equal(pendingOf(core.store.state, 'spotlight', 'ann'), undefined);
    assert.equal(participantsOf(core.store.state)[0]?.spotlight, false);
  });

  test('locking: confirmed by the conference status; a status that came first settles it on the answer', async () => {
    const {core, sent} = fakeCore(hostWithAnn());
    const controls = new HostControls(core);
    const done = controls.run('lock', true);
    assert.equal(pendingOf(core.store.state, 'lock')?.value, true);
    core.store.update((state) => onConferenceStatus(state, {id: MAIN, status: sdkStatus({locked: true})}));
    assert.equal(statusOf(core.store.state).locked, true);
    sent[0].answer(200);
    await done;
    assert.deepEqual(core.store.state.pending, {});
  });

  test('guests can unmute, and muting all guests, are pending until the status says so', async () => {
    const {core, sent} = fakeCore(hostWithAnn());
    const controls = new HostControls(core);
    const canUnmute = controls.run('setGuestsCanUnmute', false);
    const muteAll = controls.run('muteAllGuests', true);
    assert.deepEqual(Object.keys(core.store.state.pending).sort(), ['muteAllGuests', 'setGuestsCanUnmute']);
    assert.deepEqual(sent[0]?.options, {setting: false});
    sent[0].answer(200);
    sent[1].answer(200);
    await Promise.all([canUnmute, muteAll]);
    core.store.update((state) =>
      onConferenceStatus(state, {id: MAIN, status: sdkStatus({guestsCanUnmute: false, guestsMuted: true})})
    );
    await settle();
    assert.deepEqual(core.store.state.pending, {});
  });

  test("a role change asks the node with a request whose answer is read (not the SDK's setRole, which drops it)", async () => {
    const {core, sent} = fakeCore(hostWithAnn());
    const controls = new HostControls(core);
    const own = controls.run('setRole', 'me', 'guest');
    assert.equal(sent[0]?.method, 'sendConferenceRequest');
    assert.deepEqual(sent[0]?.options, {path: 'participants/me/role', method: 'POST', payload: {role: 'guest'}});
    sent[0].answer(403, 'You cannot change your own role to guest');
    await assert.rejects(own, (error: SessionActionError) => error.detail === 'You cannot change your own role to guest');
    assert.equal(core.store.state.role, 'host');
    assert.equal(pendingOf(core.store.state, 'setRole', 'me'), undefined);
    const done = controls.run('setRole', 'ann', 'host');
    assert.equal(pendingOf(core.store.state, 'setRole', 'ann')?.value, 'host');
    assert.deepEqual(sent[1]?.options, {path: 'participants/ann/role', method: 'POST', payload: {role: 'chair'}});
    sent[1].answer(200);
    await done;
    core.store.update((state) => onParticipantUpdated(state, [{id: MAIN, participant: sdkParticipant('ann', {isHost: true})}]));
    assert.equal(pendingOf(core.store.state, 'setRole', 'ann'), undefined);
  });

  test('only a host in a call; bad input is refused before anything is sent', async () => {
    const guest = fakeCore(inCall('me', 'guest'));
    await assert.rejects(
      new HostControls(guest.core).run('lock', true),
      (error: SessionActionError) => error.problem === 'not-host'
    );
    const idle = fakeCore({...hostWithAnn(), phase: 'idle'});
    await assert.rejects(
      new HostControls(idle.core).run('lock', true),
      (error: SessionActionError) => error.problem === 'not-in-call'
    );
    const {core, sent} = fakeCore(hostWithAnn());
    const controls = new HostControls(core);
    await assert.rejects(controls.run('sendDtmf', 'ann', '12x'), (error: SessionActionError) => error.detail === 'digits');
    await assert.rejects(
      controls.run('dial', {destination: '  ', protocol: 'sip', role: 'guest'}),
      (error: SessionActionError) => error.detail === 'destination'
    );
    assert.equal(sent.length, 0);
  });

  test('requests without a state to confirm (dial, DTMF, disconnect all) show nothing pending', async () => {
    const {core, sent} = fakeCore(hostWithAnn());
    const done = new HostControls(core).run('dial', {destination: ' rtmp://live/x ', protocol: 'rtmp', role: 'guest'});
    assert.deepEqual(core.store.state.pending, {});
    assert.deepEqual(sent[0]?.options, {destination: 'rtmp://live/x', protocol: 'rtmp', role: 'GUEST', streaming: 'yes'});
    sent[0].answer(200);
    await done;
  });

  test('client mute: keeps a participant muted until released, confirmed by the roster flag', async () => {
    const {core, sent} = fakeCore(hostWithAnn());
    const controls = new HostControls(core);
    const done = controls.run('clientMuteParticipant', 'ann', true);
    assert.equal(pendingOf(core.store.state, 'clientMuteParticipant', 'ann')?.value, true);
    assert.deepEqual([sent[0]?.method, sent[0]?.options], ['clientMute', {mute: true, participantUuid: 'ann'}]);
    sent[0].answer(200);
    await done;
    core.store.update((state) =>
      onParticipantUpdated(state, [{id: MAIN, participant: sdkParticipant('ann', {isClientMuted: true})}])
    );
    assert.equal(participantsOf(core.store.state)[0]?.clientMuted, true);
    assert.equal(pendingOf(core.store.state, 'clientMuteParticipant', 'ann'), undefined);
  });

  test('a transfer the node refuses (result false) rejects; one it takes is pending until they move', async () => {
    const {core, sent} = fakeCore(hostWithAnn());
    const controls = new HostControls(core);
    const refused = controls.run('transferParticipant', 'ann', ' meet.none ', 'guest');
    assert.deepEqual(sent[0]?.options, {destination: 'meet.none', role: 'guest', pin: '', participantUuid: 'ann'});
    sent[0].answer(200, false);
    await assert.rejects(refused, (error: SessionActionError) => error.problem === 'refused');
    assert.equal(pendingOf(core.store.state, 'transferParticipant', 'ann'), undefined);
    const moving = controls.run('transferParticipant', 'ann', 'meet.bob', 'host', '1234');
    assert.equal(pendingOf(core.store.state, 'transferParticipant', 'ann')?.value, 'meet.bob');
    sent[1].answer(200);
    await moving;
    core.store.update((state) =>
      onParticipantUpdated(state, [{id: MAIN, participant: sdkParticipant('ann', {isTransferring: true})}])
    );
    assert.equal(pendingOf(core.store.state, 'transferParticipant', 'ann'), undefined);
    await assert.rejects(
      controls.run('transferParticipant', 'ann', ' ', 'guest'),
      (error: SessionActionError) => error.detail === 'alias'
    );
  });

  test('lowering one hand, and starting a meeting, confirmed by the roster and the conference status', async () => {
    const raised = onParticipantUpdated(hostWithAnn(), [
      {id: MAIN, participant: sdkParticipant('ann', {raisedHand: true, handRaisedTime: 1_700_000_100})},
    ]);
    const {core, sent} = fakeCore(onConferenceStatus(raised, {id: MAIN, status: sdkStatus({started: false})}));
    const controls = new HostControls(core);
    const lowering = controls.run('lowerHand', 'ann');
    assert.deepEqual([sent[0]?.method, sent[0]?.options], ['raiseHand', {raise: false, participantUuid: 'ann'}]);
    sent[0].answer(200);
    await lowering;
    core.store.update((state) => onParticipantUpdated(state, [{id: MAIN, participant: sdkParticipant('ann')}]));
    assert.equal(pendingOf(core.store.state, 'lowerHand', 'ann'), undefined);
    const starting = controls.run('startConference');
    assert.equal(sent[1]?.method, 'startConference');
    assert.equal(pendingOf(core.store.state, 'startConference')?.value, true);
    sent[1].answer(200);
    await starting;
    core.store.update((state) => onConferenceStatus(state, {id: MAIN, status: sdkStatus({started: true})}));
    assert.equal(pendingOf(core.store.state, 'startConference'), undefined);
  });

  test('the table: every control that changes state says how the node confirms it', () => {
    const state = onParticipantUpdated(hostWithAnn(), [
      {id: MAIN, participant: sdkParticipant('ann', {isCameraMuted: true, rxPresentation: false, isWaiting: false})},
    ]);
    assert.equal(hostControls.muteParticipantVideo.confirm?.confirmed(state, 'ann', true), true);
    assert.equal(hostControls.setPresentationReceiving.confirm?.confirmed(state, 'ann', false), true);
    assert.equal(hostControls.admit.confirm?.confirmed(state, 'ann'), true);
    assert.equal(hostControls.disconnectParticipant.confirm?.confirmed(state, 'ann'), false);
    assert.equal(hostControls.disconnectParticipant.confirm.confirmed(state, 'gone'), true);
    assert.equal(hostControls.lowerAllHands.confirm?.confirmed(state), true);
  });
});
