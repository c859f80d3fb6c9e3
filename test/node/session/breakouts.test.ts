// Breakout rooms: rooms opening and closing, our call moving, each room's status and help, the even split, and host actions.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {InfinityClient, ParticipantID} from '@pexip/infinity';
import {closeRoom, leaveRoom, messageAllRooms, openBreakouts} from '../../../src/session/breakouts.js';
import {eventsBetween} from '../../../src/session/derived-events.js';
import {sendMessage} from '../../../src/session/meeting-actions.js';
import {SessionActionError} from '../../../src/session/session.js';
import {
  assignEvenly,
  onBreakoutBegin,
  onBreakoutEnd,
  onBreakoutRefer,
  onConferenceStatus,
  withCallRoom,
} from '../../../src/session/signals/breakouts.js';
import {onMessage} from '../../../src/session/signals/meeting.js';
import {onParticipants} from '../../../src/session/signals/rooms.js';
import type {ConferenceState} from '../../../src/session/types.js';
import {fakeCore} from './fake-core.js';
import {BREAKOUT, inCall, MAIN, sdkParticipant, sdkStatus} from './sdk-fixtures.js';

const begin = (state: ConferenceState, self = 'me') =>
  onBreakoutBegin(state, {breakout_uuid: BREAKOUT, participant_uuid: self as ParticipantID});
const roomStatus = (overrides: Parameters<typeof sdkStatus>[0] = {}) =>
  sdkStatus({
    breakout: true,
    breakoutName: 'Room 1',
    endTime: 1_700_000_600,
    endAction: 'transfer',
    guestsAllowedToLeave: true,
    ...overrides,
  });

describe('breakout signals', () => {
  test('the main room says whether breakout rooms are on', () => {
    const state = onConferenceStatus(inCall(), {id: MAIN, status: sdkStatus({breakoutRooms: true})});
    assert.equal(state.breakouts.enabled, true);
  });

  test('a room begins: our id in it; its status gives its name, timer, end and whether guests may leave', () => {
    let state = begin(inCall('me', 'host'), 'me-in-room');
    assert.deepEqual(state.breakouts.selfIds, {[BREAKOUT]: 'me-in-room'});
    state = onConferenceStatus(state, {id: BREAKOUT, status: roomStatus()});
    assert.deepEqual(state.breakouts.rooms[BREAKOUT], {
      id: BREAKOUT,
      name: 'Room 1',
      description: undefined,
      endTime: 1_700_000_600,
      endAction: 'transfer',
      guestsAllowedToLeave: true,
      help: undefined,
    });
  });

  test('in a room, we are the id breakout_begin gave us there', () => {
    let state = begin(inCall('me', 'host'), 'me-in-room');
    state = onParticipants(
      state,
      {id: BREAKOUT, participants: [sdkParticipant('me-in-room'), sdkParticipant('me')]},
      undefined,
      false
    );
    assert.deepEqual(
      state.rooms[BREAKOUT].participants.map(({id, isSelf}) => [id, isSelf]),
      [
        ['me-in-room', true],
        ['me', false],
      ]
    );
  });

  test('a refer: moving; the call in the room: moved, and told once', () => {
    const before = begin(inCall());
    const moving = onBreakoutRefer(before, {breakoutUuid: BREAKOUT, breakoutName: 'Room 1', requesterUuid: 'h' as ParticipantID});
    assert.deepEqual(moving.breakouts.moving, {to: BREAKOUT, name: 'Room 1'});
    const moved = withCallRoom(moving, BREAKOUT);
    assert.equal(moved.breakouts.currentRoomId, BREAKOUT);
    assert.equal(moved.breakouts.moving, undefined);
    assert.deepEqual(
      eventsBetween(moving, moved).filter(({type}) => type.startsWith('breakout')),
      [{type: 'breakout-move', detail: {from: 'main', to: BREAKOUT, name: ''}}]
    );
    assert.equal(withCallRoom(moved, BREAKOUT), moved);
  });

  test('help asked in a room is told to hosts, with who asked', () => {
    const before = onConferenceStatus(begin(inCall('me', 'host')), {id: BREAKOUT, status: roomStatus()});
    const buzz = {time: 5, value: true, participant_uuid: 'bob'};
    const after = onConferenceStatus(before, {id: BREAKOUT, status: roomStatus({breakoutbuzz: buzz})});
    assert.deepEqual(after.breakouts.rooms[BREAKOUT].help, {at: 5, participantId: 'bob'});
    assert.deepEqual(
      eventsBetween(before, after).filter(({type}) => type === 'breakout-help'),
      [{type: 'breakout-help', detail: {roomId: BREAKOUT, participantId: 'bob'}}]
    );
    const cleared = onConferenceStatus(after, {id: BREAKOUT, status: roomStatus({breakoutbuzz: {time: 6, value: false}})});
    assert.equal(cleared.breakouts.rooms[BREAKOUT].help, undefined);
  });

  test('a room ends: forgotten with its roster; told once', () => {
    let state = begin(inCall('me', 'host'));
    state = onParticipants(state, {id: BREAKOUT, participants: [sdkParticipant('bob')]}, undefined, false);
    const after = onBreakoutEnd(state, {breakout_uuid: BREAKOUT, participant_uuid: 'me' as ParticipantID});
    assert.equal(after.rooms[BREAKOUT], undefined);
    assert.deepEqual(after.breakouts.rooms, {});
    assert.deepEqual(after.breakouts.selfIds, {});
    assert.deepEqual(
      eventsBetween(state, after).filter(({type}) => type === 'breakout-end'),
      [{type: 'breakout-end', detail: {roomId: BREAKOUT}}]
    );
  });
});

describe('chat per room', () => {
  const message = (text: string, roomId?: string) => ({
    at: new Date(1000),
    id: text,
    message: text,
    displayName: 'Bob',
    userId: 'bob' as ParticipantID,
    direct: false,
    ...(roomId && {roomId}),
  });

  test("a room's messages stay in its chat; moving there brings it, and keeps the one we left", () => {
    let state = begin(inCall('me', 'host'));
    state = onMessage(state, message('in main'));
    state = onMessage(state, message('in the room', BREAKOUT));
    assert.deepEqual(
      state.chat.map(({text}) => text),
      ['in main']
    );
    assert.deepEqual(
      state.roomChats[BREAKOUT].map(({text}) => text),
      ['in the room']
    );
    const moved = withCallRoom(state, BREAKOUT);
    assert.deepEqual(
      moved.chat.map(({text}) => text),
      ['in the room']
    );
    assert.deepEqual(
      moved.roomChats[MAIN].map(({text}) => text),
      ['in main']
    );
    assert.deepEqual(
      eventsBetween(state, moved).filter(({type}) => type === 'chat-message'),
      []
    );
    const back = onBreakoutEnd(withCallRoom(moved, MAIN), {breakout_uuid: BREAKOUT, participant_uuid: 'me' as ParticipantID});
    assert.deepEqual(
      back.chat.map(({text}) => text),
      ['in main']
    );
    assert.deepEqual(back.roomChats, {});
  });
});

describe('assignEvenly', () => {
  test('everyone in exactly one room, sizes within one of each other, by the random source', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const rooms = assignEvenly(ids, 2, () => 0.5);
    assert.deepEqual(rooms.flat().sort(), ids);
    assert.deepEqual(rooms.map((room) => room.length).sort(), [2, 3]);
    assert.notDeepEqual(
      assignEvenly(ids, 2, () => 0),
      assignEvenly(ids, 2, () => 0.99)
    );
    assert.deepEqual(assignEvenly(ids, 0, Math.random), []);
    assert.deepEqual(assignEvenly([], 3, Math.random), [[], [], []]);
  });
});

describe('breakout actions', () => {
  const withGuests = () =>
    onParticipants(
      inCall('me', 'host'),
      {id: MAIN, participants: [sdkParticipant('me', {isHost: true}), sdkParticipant('bob'), sdkParticipant('cat')]},
      undefined,
      false
    );

  test('opening: one breakout per room, with its participants from the main room and the timer in seconds', async () => {
    const {core} = fakeCore(withGuests());
    const asked: unknown[] = [];
    const client = {
      breakout: (options: unknown) => {
        asked.push(options);
        return Promise.resolve({breakout_uuid: `room-${asked.length}`});
      },
    } as unknown as InfinityClient;
    const hostCore = {...core, client, requireCall: () => client};
    const plan = {
      rooms: [{name: 'Room 1'}, {name: 'Room 2'}],
      durationMinutes: 5,
      endAction: 'transfer' as const,
      guestsAllowedToLeave: false,
      assignment: {kind: 'random' as const},
    };
    assert.deepEqual(await openBreakouts(hostCore, plan, () => 0), ['room-1', 'room-2']);
    const common = {end_action: 'transfer', guests_allowed_to_leave: false, duration: 300};
    assert.deepEqual(asked, [
      {name: 'Room 1', ...common, participants: {main: ['cat']}},
      {name: 'Room 2', ...common, participants: {main: ['bob']}},
    ]);
    asked.length = 0;
    await openBreakouts(hostCore, {...plan, durationMinutes: undefined, assignment: {kind: 'manual', byRoom: [['bob', 'cat']]}});
    assert.deepEqual(asked, [
      {name: 'Room 1', end_action: 'transfer', guests_allowed_to_leave: false, participants: {main: ['bob', 'cat']}},
      {name: 'Room 2', end_action: 'transfer', guests_allowed_to_leave: false},
    ]);
  });

  test('bad plans are refused before anything is sent; guests cannot', async () => {
    const {core, sent} = fakeCore(withGuests());
    const plan = {
      rooms: [{name: ' '}],
      endAction: 'transfer' as const,
      guestsAllowedToLeave: true,
      assignment: {kind: 'random' as const},
    };
    await assert.rejects(
      openBreakouts(core, plan),
      (error) => error instanceof SessionActionError && error.problem === 'invalid'
    );
    await assert.rejects(
      openBreakouts(core, {...plan, rooms: [{name: 'A'}], durationMinutes: 0}),
      (error) => error instanceof SessionActionError && error.problem === 'invalid'
    );
    assert.equal(sent.length, 0);
    await assert.rejects(
      closeRoom(fakeCore(inCall()).core, BREAKOUT),
      (error) => error instanceof SessionActionError && error.problem === 'not-host'
    );
  });

  test('a host writes in a breakout room’s chat: sent with the room, kept with that room’s messages', async () => {
    const {core, sent} = fakeCore(begin(withGuests()));
    const writing = sendMessage(core, ' Need anything? ', undefined, BREAKOUT);
    assert.equal(sent[0]?.method, 'sendMessage');
    assert.deepEqual(sent[0]?.options, {payload: 'Need anything?', participantUuid: undefined, breakoutUuid: BREAKOUT});
    sent[0]?.answer(200);
    await writing;
    assert.deepEqual(
      core.store.state.roomChats[BREAKOUT].map(({text, fromSelf}) => [text, fromSelf]),
      [['Need anything?', true]]
    );
    assert.deepEqual(core.store.state.chat, []);
    await assert.rejects(sendMessage(core, 'psst', 'bob', BREAKOUT), SessionActionError);
  });

  test('a message to every room goes to breakouts/message; leaving the main room is not a thing', async () => {
    const {core, sent} = fakeCore(withGuests());
    const messaging = messageAllRooms(core, ' Five minutes left ');
    assert.equal(sent[0]?.method, 'sendConferenceRequest');
    assert.deepEqual(sent[0]?.options, {
      path: 'breakouts/message',
      method: 'POST',
      payload: {type: 'text/plain', payload: 'Five minutes left'},
    });
    sent[0]?.answer(200);
    await messaging;
    await assert.rejects(leaveRoom(core), SessionActionError);
  });
});
