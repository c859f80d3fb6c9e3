import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import type {DevNode} from '../src/index.js';
import {createRoom, roomState, waitFor} from './helpers.js';
import {useSdkHarness} from './sdk-bundle.js';

/** Scenario tests through the real @pexip/infinity 20 SDK in Chromium, two pages at a time. */
describe('scenarios through @pexip/infinity in Chromium', () => {
  const sdk = useSdkHarness();
  const {open, participant} = sdk;
  let node: DevNode;
  before(() => ({node} = sdk));

  it('host PIN, guest PIN and a wrong PIN', async () => {
    const alias = await createRoom(node, {hostPin: '1111', guestPin: '2222'});
    const [host, guest] = await open(2);
    await host!.call({alias, name: 'Host'});
    assert.deepEqual(await host!.signal('onPinRequired'), {hasHostPin: true, hasGuestPin: true});
    await host!.call({alias, name: 'Host', pin: '9999'});
    assert.deepEqual(await host!.signal('onError'), {error: 'Invalid PIN', errorCode: '#pex101'});
    await host!.call({alias, name: 'Host', pin: '1111'});
    await host!.signal('onParticipants');
    assert.equal((await host!.me())?.isHost, true);
    await guest!.call({alias, name: 'Guest', pin: '2222'});
    await guest!.signal('onParticipants');
    assert.equal((await guest!.me())?.isHost, false);
    assert.equal((await participant(host!, 'Guest')).isHost, false);
  });

  it('Virtual Reception extension', async () => {
    const [visitor] = await open(1);
    await visitor!.call({alias: 'reception', name: 'Visitor'});
    assert.equal(await visitor!.signal('onExtension'), 'standard');
    await visitor!.call({alias: 'reception', name: 'Visitor', extension: '1001'});
    const authenticated = await visitor!.signal<{conferenceName: string}>('onAuthenticatedWithConference');
    assert.equal(authenticated.conferenceName, "Alice's meeting room");
    await visitor!.signal('onParticipants');
  });

  it('waiting for the host, then a locked room: admit and reject', async () => {
    const alias = await createRoom(node, {hostPin: '1111'});
    const [host, guest] = await open(2);
    await guest!.call({alias, name: 'Guest', pin: 'none'});
    await guest!.signal<string>('onServiceType', (type) => type === 'waiting_room');
    await host!.call({alias, name: 'Host', pin: '1111'});
    await guest!.signal<string>('onServiceType', (type) => type === 'conference');

    assert.equal((await host!.invoke('lock', {lock: true})).status, 200);
    await host!.signal<{status: {locked: boolean}}>('onConferenceStatus', (data) => data.status.locked);
    await guest!.invoke('disconnect', {});
    await waitFor(async () => !(await host!.participants()).some((entry) => entry.displayName === 'Guest'), 'the guest to leave');

    const waiting = await sdk.openAnother();
    await waiting.call({alias, name: 'Latecomer', pin: 'none'});
    await waiting.signal<string>('onServiceType', (type) => type === 'waiting_room');
    const latecomer = await participant(host!, 'Latecomer');
    assert.equal(latecomer.isWaiting, true);
    assert.equal((await host!.invoke('admit', {participantUuid: latecomer.uuid})).status, 200);
    await waiting.signal<string>('onServiceType', (type) => type === 'conference');

    const rejected = await sdk.openAnother();
    await rejected.call({alias, name: 'Unwelcome', pin: 'none'});
    await rejected.signal<string>('onServiceType', (type) => type === 'waiting_room');
    const unwelcome = await participant(host!, 'Unwelcome');
    assert.equal((await host!.invoke('kick', {participantUuid: unwelcome.uuid})).status, 200);
    assert.deepEqual(await rejected.signal('onDisconnected'), {
      error: 'Disconnected by another participant',
      errorCode: '#pex124',
    });
  });

  it('chat to everyone and privately', async () => {
    const alias = await createRoom(node);
    const [ann, bob] = await open(2);
    await ann!.call({alias, name: 'Ann'});
    await bob!.call({alias, name: 'Bob'});
    const annInBob = await participant(bob!, 'Ann');
    assert.equal((await ann!.invoke('sendMessage', {payload: 'hello everyone'})).status, 200);
    const message = await bob!.signal<{message: string; displayName: string; userId: string; direct: boolean}>('onMessage');
    assert.deepEqual(
      [message.message, message.displayName, message.userId, message.direct],
      ['hello everyone', 'Ann', annInBob.uuid, false]
    );
    assert.equal((await bob!.invoke('sendMessage', {payload: 'just you', participantUuid: annInBob.uuid})).status, 200);
    const direct = await ann!.signal<{message: string; direct: boolean}>('onMessage', (data) => data.message === 'just you');
    assert.equal(direct.direct, true);
  });

  it('host actions reach the guest; the same actions from the guest get 403', async () => {
    const alias = await createRoom(node, {hostPin: '1111'});
    const [host, guest] = await open(2);
    await host!.call({alias, name: 'Host', pin: '1111'});
    await guest!.call({alias, name: 'Guest', pin: 'none'});
    const guestUuid = (await participant(host!, 'Guest')).uuid;
    const hostUuid = (await participant(guest!, 'Host')).uuid;

    assert.equal((await host!.invoke('mute', {mute: true, participantUuid: guestUuid})).status, 200);
    assert.equal(await guest!.signal<boolean>('onMyselfMuted', (muted) => muted), true);
    assert.equal((await host!.invoke('spotlight', {enable: true, participantUuid: guestUuid})).status, 200);
    await guest!.signal<{participant: {isSpotlight: boolean}}>('onMe', (data) => data.participant.isSpotlight);
    assert.equal((await host!.invoke('muteAllGuests', {mute: true})).status, 200);
    await guest!.signal<{status: {guestsMuted: boolean}}>('onConferenceStatus', (data) => data.status.guestsMuted);

    for (const [method, args] of [
      ['mute', {mute: true, participantUuid: hostUuid}],
      ['spotlight', {enable: true, participantUuid: hostUuid}],
      ['kick', {participantUuid: hostUuid}],
      ['muteVideo', {muteVideo: true, participantUuid: hostUuid}],
    ] as const) {
      assert.equal((await guest!.invoke(method, args)).status, 403, method);
    }
    // setRole resolves to nothing in the SDK: the refusal shows in the roster staying as it was.
    await guest!.invoke('setRole', {role: 'guest', participantUuid: hostUuid});
    assert.equal((await roomState(node, alias)).participants.find((entry) => entry.uuid === hostUuid)?.role, 'chair');
    // Conference-level endpoints list only 200 in the SDK: a 403 makes the call fail.
    await assert.rejects(guest!.invoke('lock', {lock: true}), /Unexpected status 403/);

    assert.equal((await guest!.invoke('raiseHand', {raise: true})).status, 200);
    await host!.signal<{participant: {displayName: string}}>('onRaiseHand', (data) => data.participant.displayName === 'Guest');
    await host!.invoke('setRole', {role: 'chair', participantUuid: guestUuid});
    await guest!.signal<{participant: {isHost: boolean}}>('onMe', (data) => data.participant.isHost);
    assert.equal((await guest!.invoke('lock', {lock: true})).status, 200, 'the promoted guest may now lock');
  });

  it('dial-out success and failure, and DTMF to the dialled participant', async () => {
    const alias = await createRoom(node, {dialOut: {connectDelayMs: 300, failedVisibleMs: 300}});
    const [host] = await open(1);
    await host!.call({alias, name: 'Host'});
    await host!.signal('onParticipants');
    const dialled = await host!.invoke<{status: number; result: string[]}>('dial', {
      destination: 'carol@example.com',
      role: 'GUEST',
      protocol: 'sip',
    });
    assert.equal(dialled.status, 200);
    const [carol] = dialled.result;
    await waitFor(
      async () => (await host!.participants()).find((entry) => entry.uuid === carol)?.isConnecting === false,
      'Carol to answer'
    );
    assert.equal((await host!.invoke('sendDTMF', {digits: '42#', participantUuid: carol})).status, 200);
    assert.equal((await roomState(node, alias)).participants.find((entry) => entry.uuid === carol)?.dtmf, '42#');

    const busy = (
      await host!.invoke<{status: number; result: string[]}>('dial', {
        destination: 'busy@example.com',
        role: 'GUEST',
        protocol: 'sip',
      })
    ).result[0];
    await host!.signal<{participant: {uuid: string}}[]>('onParticipantLeft', (batch) =>
      batch.some((entry) => entry.participant.uuid === busy)
    );
  });

  it('control only, then escalation to audio and video in the same session (alone: own video back)', async () => {
    const alias = await createRoom(node);
    const [solo] = await open(1);
    await solo!.call({alias, name: 'Solo'});
    await solo!.signal('onParticipants');
    assert.equal((await roomState(node, alias)).participants[0]?.call, null, 'control only: no /calls');
    await solo!.escalate();
    await solo!.signal('onCallConnected');
    await solo!.expectFrames('main');
    assert.equal((await roomState(node, alias)).participants[0]?.flags.media, 'video');
  });

  it('audio and video between two SDK clients, and a presentation reaching the other browser as video', async () => {
    const alias = await createRoom(node);
    const [presenter, viewer] = await open(2);
    await presenter!.call({alias, name: 'Presenter', callType: 'AudioVideoPresentation'});
    await viewer!.call({alias, name: 'Viewer', callType: 'AudioVideoPresentation'});
    await presenter!.signal('onCallConnected');
    await viewer!.signal('onCallConnected');
    await viewer!.expectFrames('main');
    await presenter!.expectFrames('main');

    await presenter!.present();
    await viewer!.signal('onRemotePresentationStream');
    await viewer!.expectFrames('slides');
    await presenter!.stopPresenting();
    await viewer!.signal<{recv: string}>('onPresentationConnectionChange', (state) => state.recv === 'disconnected');
    await viewer!.expectFrames('main');
  });
});
