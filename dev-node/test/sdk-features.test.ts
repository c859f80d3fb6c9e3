import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import type {DevNode} from '../src/index.js';
import {SdkPage} from './browser.js';
import {createRoom, type DevStateParticipant, request, roomState, waitFor} from './helpers.js';
import {useSdkHarness} from './sdk-bundle.js';

type BreakoutState = {uuid: string; name: string; participants: DevStateParticipant[]};

/** Layouts, breakout rooms and live captions through the real @pexip/infinity 20 SDK in Chromium. */
describe('meeting features through @pexip/infinity in Chromium', () => {
  const sdk = useSdkHarness();
  const {open} = sdk;
  let node: DevNode;
  before(() => ({node} = sdk));

  async function uuidOf(page: SdkPage, name: string, room = 'main'): Promise<string> {
    return (await sdk.participant(page, name, room)).uuid;
  }

  async function breakoutRooms(alias: string): Promise<BreakoutState[]> {
    return ((await request(node, `/dev/breakouts?room=${encodeURIComponent(alias)}`)).body as {rooms: BreakoutState[]}).rooms;
  }

  /** Whose video the node sends to a participant's call now (a uuid, `placeholder`, or undefined without a call). */
  function videoSource(participants: readonly DevStateParticipant[], uuid: string): string | null | undefined {
    return participants.find((entry) => entry.uuid === uuid)?.call?.forwarding.video;
  }

  it('a host opens two breakout rooms, moves two guests, messages every room, and closing brings them back', async () => {
    const alias = await createRoom(node, {hostPin: '1111'});
    const [host, ann, bob] = await open(3);
    const media = {callType: 'AudioVideo'};
    await host!.call({alias, name: 'Host', pin: '1111', ...media});
    await ann!.call({alias, name: 'Ann', pin: 'none', ...media});
    await bob!.call({alias, name: 'Bob', pin: 'none', ...media});
    const annUuid = await uuidOf(host!, 'Ann');
    const bobUuid = await uuidOf(host!, 'Bob');
    const hostUuid = await uuidOf(ann!, 'Host');
    await ann!.expectFrames('main');

    const roomA = (await host!.invoke<{breakout_uuid: string}>('breakout', {name: 'Room A', participants: {main: [annUuid]}}))
      .breakout_uuid;
    const roomB = (await host!.invoke<{breakout_uuid: string}>('breakout', {name: 'Room B', duration: 600})).breakout_uuid;
    await ann!.signal('onBreakoutBegin', (data) => data.breakout_uuid === roomA && data.participant_uuid === annUuid);
    assert.deepEqual(await ann!.signal('onBreakoutRefer', (data) => data.breakoutUuid === roomA), {
      breakoutUuid: roomA,
      breakoutName: 'Room A',
      requesterUuid: hostUuid,
    });
    assert.equal(await host!.invoke('breakoutMoveParticipants', {toRoomUuid: roomA, participants: [bobUuid]}), null);
    await bob!.signal('onBreakoutRefer', (data) => data.breakoutUuid === roomA);

    // The host sees both rooms, and who is in which; Ann and Bob have left the main roster.
    await waitFor(async () => (await host!.rooms()).known.length === 2, 'the host to know both rooms');
    assert.deepEqual((await host!.rooms()).known.sort(), [roomA, roomB].sort());
    await uuidOf(host!, 'Bob', roomA);
    await uuidOf(host!, 'Ann', roomA);
    await waitFor(async () => (await host!.participants()).length === 1, 'the main roster to hold only the host');
    assert.equal((await ann!.rooms()).current, roomA);

    // Media per room: Ann and Bob see each other; the host, alone in the main room, sees neither.
    await waitFor(async () => {
      const [room] = (await breakoutRooms(alias)).filter((entry) => entry.uuid === roomA);
      return room && videoSource(room.participants, annUuid) === bobUuid && videoSource(room.participants, bobUuid) === annUuid;
    }, 'Ann and Bob to receive each other in room A');
    await ann!.expectFrames('main');
    await bob!.expectFrames('main');
    // (The switch away from Ann happens on the next key frame of what the host gets instead.)
    await waitFor(async () => {
      const source = videoSource((await roomState(node, alias)).participants, hostUuid);
      return source !== undefined && source !== annUuid && source !== bobUuid;
    }, 'no media of room A in the main room');

    // Chat is per room; a message to every room reaches both; a help request shows in the room's status for the host.
    assert.equal((await ann!.invoke('sendMessage', {payload: 'hello room A'})).status, 200);
    assert.equal(
      (await bob!.signal<{message: string; roomId: string}>('onMessage', (data) => data.message === 'hello room A')).roomId,
      roomA
    );
    await host!.signal<{roomId: string}>('onMessage', (data) => data.roomId === roomA);
    const sent = await host!.invoke('sendConferenceRequest', {
      path: 'breakouts/message',
      method: 'POST',
      payload: {type: 'text/plain', payload: 'Two minutes left'},
    });
    assert.equal(sent.status, 200);
    await ann!.signal<{message: string}>('onMessage', (data) => data.message === 'Two minutes left');
    assert.equal((await ann!.invoke('breakoutAskForHelp', {})).status, 200);
    await host!.signal<{id: string; status: {breakoutbuzz?: {value: boolean}}}>(
      'onConferenceStatus',
      (data) => data.id === roomA && data.status.breakoutbuzz?.value === true
    );
    // Guests may not leave this room by themselves (the SDK's wrapper knows only 200: a refusal rejects).
    await assert.rejects(bob!.invoke('guestLeaveBreakoutRoom', {}), /Unexpected status 403/);

    // The host moves Bob on to room B while the rooms run: he is done with room A.
    await host!.invoke('breakoutMoveParticipants', {fromBreakoutUuid: roomA, toRoomUuid: roomB, participants: [bobUuid]});
    await bob!.signal('onBreakoutRefer', (data) => data.breakoutUuid === roomB);
    await bob!.signal('onBreakoutEnd', (data) => data.breakout_uuid === roomA);
    await waitFor(async () => (await bob!.rooms()).current === roomB, 'Bob’s call in room B');
    await uuidOf(host!, 'Bob', roomB);

    // Closing every room brings them back into the main room with their calls.
    assert.equal((await host!.invoke('closeBreakouts', {})).status, 200);
    for (const [page, room] of [
      [ann!, roomA],
      [bob!, roomB],
    ] as const) {
      await page.signal('onBreakoutRefer', (data) => data.breakoutUuid === 'main');
      await page.signal('onBreakoutEnd', (data) => data.breakout_uuid === room);
      await waitFor(async () => (await page.rooms()).current === 'main', 'the call back in the main room');
    }
    await host!.signal('onBreakoutEnd', (data) => data.breakout_uuid === roomB);
    await waitFor(async () => (await host!.participants()).length === 3, 'Ann and Bob back in the main roster');
    await waitFor(async () => {
      const state = await roomState(node, alias);
      const annSees = videoSource(state.participants, annUuid);
      return annSees === bobUuid || annSees === hostUuid;
    }, 'Ann to receive the main room again');
    await ann!.expectFrames('main');
    assert.deepEqual(await breakoutRooms(alias), []);
  });

  it('transform_layout changes the room’s layout and everyone gets the update', async () => {
    const alias = await createRoom(node, {hostPin: '1111'});
    const [host, guest] = await open(2);
    await host!.call({alias, name: 'Host', pin: '1111'});
    await guest!.call({alias, name: 'Guest', pin: 'none'});
    await guest!.signal('onParticipants');
    const layouts = await host!.invoke<string[]>('availableLayouts', {});
    assert.ok(layouts.includes('9:0') && layouts.includes('ac'), JSON.stringify(layouts));
    const svgs = await host!.invoke<Record<string, string>>('layoutSvgs', {});
    assert.deepEqual(Object.keys(svgs), layouts);

    assert.equal((await host!.invoke('setLayout', {transforms: {layout: '9:0'}})).status, 200);
    assert.deepEqual(
      await guest!.signal('onRequestedLayout', (data) => (data.primaryScreen as {hostLayout: string}).hostLayout === '9:0'),
      {primaryScreen: {hostLayout: '9:0', guestLayout: '9:0'}}
    );
    await guest!.signal('onLayoutUpdate', (data) => data.view === '9:0');
    await host!.signal('onLayoutUpdate', (data) => data.view === '9:0');
    await assert.rejects(guest!.invoke('setLayout', {transforms: {layout: '1:0'}}), /Unexpected status 403/);
  });

  it('live captions arrive when turned on, with the speaker, and stop when hidden', async () => {
    const alias = await createRoom(node, {captions: {script: [{from: 'Host', text: 'Welcome, everyone'}], intervalSeconds: 0.5}});
    const [host, guest] = await open(2);
    await host!.call({alias, name: 'Host', callType: 'AudioVideo'});
    await guest!.call({alias, name: 'Guest'});
    await guest!.signal<{status: {liveCaptionsAvailable: boolean}}>(
      'onConferenceStatus',
      (data) => data.status.liveCaptionsAvailable
    );
    assert.equal((await guest!.log('onLiveCaptions')).length, 0);

    assert.equal((await guest!.invoke('liveCaptions', {enable: true})).status, 200);
    assert.deepEqual(await guest!.signal('onLiveCaptions', (data) => data.data === 'Welcome, everyone'), {
      data: 'Welcome, everyone',
      isFinal: true,
      speakers: ['Host'],
    });
    // The host's fake microphone beeps: voice activity starts, and is captioned.
    await guest!.signal('onLiveCaptions', (data) => data.data === 'Host is speaking');
    assert.equal((await host!.log('onLiveCaptions')).length, 0, 'only who turned them on gets captions');

    assert.equal((await guest!.invoke('liveCaptions', {enable: false})).status, 200);
    const count = (await guest!.log('onLiveCaptions')).length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.ok((await guest!.log('onLiveCaptions')).length <= count + 1, 'no captions once hidden');
  });
});
