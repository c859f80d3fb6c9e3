import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import * as breakout from '@pexip/infinity-api/dist/breakout/validation.js';
import * as callApi from '@pexip/infinity-api/dist/call/validation.js';
import * as conference from '@pexip/infinity-api/dist/conference/validation.js';
import * as participant from '@pexip/infinity-api/dist/participant/validation.js';
import {LAYOUT_NAMES} from '../src/conference/layouts.js';
import type {DevNode} from '../src/index.js';
import {
  type ApiResponse,
  conf,
  createRoom,
  type Joined,
  joinWithEvents,
  leave,
  request,
  type SseClient,
  startTestNode,
  waitFor,
} from './helpers.js';
import {OfferingPeer} from './werift-client.js';

type Validator = ((data: unknown) => boolean) & {errors?: unknown};
type Member = Joined & {events: SseClient};

const isString = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const validParticipant = (data: unknown): boolean =>
  conference.validateParticipants200({status: 'success', result: [structuredClone(data)]});
const validStatus = (data: unknown): boolean =>
  conference.validateConferenceStatus200({status: 'success', result: structuredClone(data)});

/** The shapes the SDK reads (inf/dist/types.d.ts: LiveCaptionsEvent, BreakoutRoom, EventSignals['onBreakoutEvent'], onBreakoutRefer). */
const LIVE_CAPTIONS = (data: unknown): boolean =>
  isObject(data) &&
  isString(data.data) &&
  typeof data.is_final === 'boolean' &&
  (data.sources === undefined ||
    (Array.isArray(data.sources) &&
      data.sources.every(
        (source: unknown) => isObject(source) && isString(source.participant_uuid) && Array.isArray(source.indices)
      )));

const WRAPPED_SHAPES: Record<string, (data: unknown) => boolean> = {
  participant_sync_begin: () => true,
  participant_sync_end: () => true,
  participant_create: validParticipant,
  participant_update: validParticipant,
  participant_delete: (data) => isObject(data) && isString(data.uuid),
  message_received: (data) => isObject(data) && isString(data.origin) && isString(data.uuid) && isString(data.payload),
  conference_update: validStatus,
  presentation_start: (data) => isObject(data) && isString(data.presenter_uuid),
  presentation_stop: () => true,
  live_captions: LIVE_CAPTIONS,
};

/** The SDK asserts a room id and a participant id of at least 32 characters (or `main`). */
const isRoomId = (value: unknown): boolean => value === 'main' || (isString(value) && value.length >= 32);

const FEATURE_EVENTS: Record<string, (data: unknown) => boolean> = {
  breakout_begin: (data) => isObject(data) && isRoomId(data.breakout_uuid) && isRoomId(data.participant_uuid),
  breakout_end: (data) => isObject(data) && isRoomId(data.breakout_uuid) && isRoomId(data.participant_uuid),
  breakout_refer: (data) =>
    isObject(data) && isRoomId(data.breakout_uuid) && isString(data.breakout_name) && isRoomId(data.requester_uuid),
  breakout_event: (data) =>
    isObject(data) &&
    isRoomId(data.breakout_uuid) &&
    isString(data.event) &&
    WRAPPED_SHAPES[data.event] !== undefined &&
    WRAPPED_SHAPES[data.event]!(data.data),
  live_captions: LIVE_CAPTIONS,
  layout: (data) =>
    isObject(data) &&
    isString(data.view) &&
    Array.isArray(data.participants) &&
    isObject(data.requested_layout) &&
    isObject(data.requested_layout.primary_screen) &&
    isString(data.requested_layout.primary_screen.chair_layout) &&
    isString(data.requested_layout.primary_screen.guest_layout),
  conference_update: validStatus,
  participant_create: validParticipant,
  participant_update: validParticipant,
  participant_delete: (data) => isObject(data) && isString(data.uuid),
  participant_sync_begin: isObject,
  participant_sync_end: isObject,
  message_received: WRAPPED_SHAPES.message_received!,
  stage: Array.isArray,
  disconnect: (data) => isObject(data) && isString(data.reason),
};

function expectValid(response: ApiResponse, status: number, validator?: Validator): Record<string, unknown> {
  assert.equal(response.status, status, `HTTP ${response.status}: ${response.text}`);
  assert.equal(response.headers.get('content-type'), 'application/json');
  if (validator) assert.ok(validator(structuredClone(response.body)), `validator rejected ${response.text}`);
  if (status >= 400) assert.equal((response.body as {status?: unknown}).status, 'failed', response.text);
  return response.body as Record<string, unknown>;
}

describe('conformance: layouts, breakout rooms and live captions against the SDK’s validators', () => {
  let node: DevNode;
  let alias: string;
  let host: Member;
  let ann: Member;
  let bob: Member;
  const peer = new OfferingPeer();

  before(async () => {
    node = await startTestNode();
    alias = await createRoom(node, {
      hostPin: '1111',
      captions: {script: [{from: 'Host', text: 'Welcome to the meeting'}], intervalSeconds: 0.2},
    });
    host = await joinWithEvents(node, alias, 'Host', {pin: '1111'});
    ann = await joinWithEvents(node, alias, 'Ann', {pin: 'none'});
    bob = await joinWithEvents(node, alias, 'Bob', {pin: 'none'});
  });
  after(async () => {
    await peer.close();
    await leave(node, host, ann, bob);
    await node.close();
  });

  const post = (who: Joined, endpoint: string, json?: unknown) =>
    conf(node, alias, endpoint, {token: who.token, ...(json === undefined ? {} : {json})});
  const get = (who: Joined, endpoint: string) =>
    request(node, `/api/client/v2/conferences/${alias}/${endpoint}`, {token: who.token});

  it('layouts: the list, SVG previews, transform_layout per role, and the layout event', async () => {
    const names = expectValid(await get(ann, 'available_layouts'), 200, conference.validateAvailableLayouts200);
    assert.deepEqual(names.result, [...LAYOUT_NAMES]);
    const annotated = expectValid(await get(ann, 'available_layouts?annotate=true'), 200, conference.validateAvailableLayouts200);
    assert.deepEqual(
      annotated.result,
      LAYOUT_NAMES.map((name) => ({name}))
    );
    const svgs = expectValid(await get(ann, 'layout_svgs'), 200, conference.validateLayoutSvgs200).result as Record<
      string,
      string
    >;
    assert.deepEqual(Object.keys(svgs), [...LAYOUT_NAMES]);
    for (const svg of Object.values(svgs)) assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg".*<rect .*<\/svg>$/);
    const status = expectValid(await get(ann, 'conference_status'), 200, conference.validateConferenceStatus200).result as Record<
      string,
      unknown
    >;
    assert.deepEqual([status.live_captions_available, status.breakout_rooms], [true, true]);

    expectValid(await post(host, 'transform_layout', {transforms: {layout: '9:0'}}), 200, conference.validateTransformLayout200);
    await ann.events.next<{view: string}>('layout', (data) => data.view === '9:0');
    expectValid(await post(host, 'transform_layout', {transforms: {layout: '3:3'}}), 400);
    expectValid(await post(ann, 'transform_layout', {transforms: {layout: '1:0'}}), 403);
    // A Virtual Meeting Room: one layout for everyone; the Virtual Auditorium's per-role layouts change nothing.
    expectValid(
      await post(host, 'transform_layout', {transforms: {host_layout: '1:0'}}),
      200,
      conference.validateTransformLayout200
    );
    const seenByHost = await host.events.next<{view: string; requested_layout: {primary_screen: Record<string, string>}}>(
      'layout',
      (data) => data.view === '9:0'
    );
    assert.deepEqual(seenByHost.requested_layout.primary_screen, {chair_layout: '9:0', guest_layout: '9:0'});
    expectValid(await post(host, 'transform_layout', {transforms: {guest_layout: 'nine'}}), 400);
  });

  it('live captions: the script reaches who turned them on, with its speaker, until hidden', async () => {
    expectValid(await post(ann, `participants/${ann.uuid}/show_live_captions`), 200, participant.validateShowLiveCaptions200);
    const caption = await ann.events.next<{data: string; sources?: {participant_uuid: string}[]}>('live_captions');
    assert.equal(caption.data, 'Welcome to the meeting');
    assert.equal(caption.sources?.[0]?.participant_uuid, host.uuid);
    expectValid(await post(ann, `participants/${ann.uuid}/hide_live_captions`), 200, participant.validateHideLiveCaptions200);
    const count = ann.events.count('live_captions');
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.ok(ann.events.count('live_captions') <= count + 1, 'captions stop once hidden');
    assert.equal(bob.events.count('live_captions'), 0, 'nobody else gets them');

    const quiet = await createRoom(node, {captions: {available: false}});
    const visitor = await joinWithEvents(node, quiet, 'Visitor');
    const refused = await conf(node, quiet, `participants/${visitor.uuid}/show_live_captions`, {token: visitor.token});
    expectValid(refused, 403, participant.validateShowLiveCaptions403);
    await leave(node, visitor);
  });

  it('breakout rooms: open, move, per-room actions and calls, help, leave, empty, close', async () => {
    const room = (uuid: string, endpoint: string) => `breakouts/${uuid}/${endpoint}`;
    expectValid(await post(ann, 'breakouts', {name: 'Nope'}), 403);
    const opened = expectValid(
      await post(host, 'breakouts', {name: 'Room A', participants: {main: [ann.uuid]}, guests_allowed_to_leave: true}),
      200,
      breakout.validateBreakouts200
    );
    const roomA = (opened.result as {breakout_uuid: string}).breakout_uuid;
    const roomB = (
      expectValid(await post(host, 'breakouts', {name: 'Room B', duration: 600}), 200, breakout.validateBreakouts200).result as {
        breakout_uuid: string;
      }
    ).breakout_uuid;
    await ann.events.next('breakout_begin', (data) => data.breakout_uuid === roomA && data.participant_uuid === ann.uuid);
    const refer = await ann.events.next('breakout_refer', (data) => data.breakout_uuid === roomA);
    assert.deepEqual(refer, {breakout_uuid: roomA, breakout_name: 'Room A', requester_uuid: host.uuid});
    await host.events.next('breakout_begin', (data) => data.breakout_uuid === roomB && data.participant_uuid === host.uuid);
    await host.events.next<{event: string; data: {uuid: string}}>(
      'breakout_event',
      (data) => data.event === 'participant_create' && data.data.uuid === ann.uuid
    );
    await host.events.next<{uuid: string}>('participant_delete', (data) => data.uuid === ann.uuid);

    expectValid(
      await post(ann, 'participants/breakout', {breakout_uuid: roomB, participants: [bob.uuid]}),
      403,
      breakout.validateBreakoutMoveParticipantsFromMain403
    );
    expectValid(
      await post(host, 'participants/breakout', {breakout_uuid: roomB, participants: [bob.uuid]}),
      200,
      breakout.validateBreakoutMoveParticipantsFromMain200
    );
    await bob.events.next('breakout_refer', (data) => data.breakout_uuid === roomB);

    expectValid(
      await post(host, room(roomA, 'transform_layout'), {transforms: {layout: '4:0'}}),
      200,
      breakout.validateBreakoutTransformLayout200
    );
    await ann.events.next<{view: string}>('layout', (data) => data.view === '4:0');
    expectValid(await post(ann, room(roomA, 'transform_layout'), {transforms: {layout: '1:0'}}), 403);
    for (const [endpoint, validator] of [
      ['lock', breakout.validateBreakoutLock200],
      ['unlock', breakout.validateBreakoutUnlock200],
      ['muteguests', breakout.validateBreakoutMuteguests200],
      ['unmuteguests', breakout.validateBreakoutUnmuteguests200],
      ['clearallbuzz', breakout.validateBreakoutClearAllBuzz200],
    ] as const) {
      expectValid(await post(host, room(roomA, endpoint)), 200, validator);
      expectValid(await post(ann, room(roomA, endpoint)), 403);
    }

    expectValid(
      await post(ann, room(roomA, 'message'), {type: 'text/plain', payload: 'in room A'}),
      200,
      breakout.validateBreakoutMessageConference200
    );
    await host.events.next<{event: string; data: {payload: string}}>(
      'breakout_event',
      (data) => data.event === 'message_received' && data.data.payload === 'in room A'
    );
    expectValid(
      await post(host, 'breakouts/message', {type: 'text/plain', payload: 'two minutes left'}),
      200,
      breakout.validateBreakoutsMessage200
    );
    for (const [member, uuid] of [
      [ann, roomA],
      [bob, roomB],
    ] as const) {
      await member.events.next<{breakout_uuid: string; event: string; data: {payload: string}}>(
        'breakout_event',
        (data) => data.breakout_uuid === uuid && data.event === 'message_received' && data.data.payload === 'two minutes left'
      );
    }
    assert.ok(
      !bob.events.named('breakout_event').some((entry) => (entry.data as {breakout_uuid: string}).breakout_uuid === roomA),
      'nothing of room A reaches a guest in room B'
    );

    expectValid(await post(ann, room(roomA, 'breakoutbuzz')), 200, breakout.validateHostBreakoutBuzz200);
    await host.events.next<{
      breakout_uuid: string;
      event: string;
      data: {breakoutbuzz?: {value: boolean; participant_uuid?: string}};
    }>(
      'breakout_event',
      (data) =>
        data.breakout_uuid === roomA &&
        data.event === 'conference_update' &&
        data.data.breakoutbuzz?.participant_uuid === ann.uuid
    );
    expectValid(await post(ann, room(roomA, 'clearbreakoutbuzz')), 200, breakout.validateHostClearBreakoutBuzz200);
    expectValid(await post(bob, 'breakoutbuzz'), 200, conference.validateGuestBreakoutBuzz200);
    expectValid(await post(bob, 'clearbreakoutbuzz'), 200, conference.validateGuestClearBreakoutBuzz200);
    expectValid(await post(host, 'breakoutbuzz'), 403);

    const inRoom = (target: Joined, endpoint: string) => room(roomA, `participants/${target.uuid}/${endpoint}`);
    expectValid(await post(host, inRoom(ann, 'mute')), 200, breakout.validateBreakoutMuteParticipant200);
    expectValid(await post(host, inRoom(ann, 'unmute')), 200, breakout.validateBreakoutUnmuteParticipant200);
    expectValid(await post(bob, inRoom(ann, 'mute')), 403, breakout.validateBreakoutMuteParticipant403);
    expectValid(await post(ann, inRoom(ann, 'show_live_captions')), 200, breakout.validateBreakoutShowLiveCaptions200);
    await ann.events.next<{breakout_uuid: string; event: string}>(
      'breakout_event',
      (data) => data.breakout_uuid === roomA && data.event === 'live_captions'
    );
    expectValid(await post(ann, inRoom(ann, 'hide_live_captions')), 200, breakout.validateBreakoutHideLiveCaptions200);

    const answer = expectValid(
      await post(ann, inRoom(ann, 'calls'), {call_type: 'WEBRTC', sdp: await peer.offer()}),
      200,
      breakout.validateBreakoutCallsWebrtcParticipant200
    );
    const call = inRoom(ann, `calls/${(answer.result as {call_uuid: string}).call_uuid}`);
    expectValid(await post(ann, `${call}/ack`, {}), 200, breakout.validateBreakoutAck200);
    expectValid(
      await post(ann, `${call}/new_candidate`, {candidate: '', mid: '0'}),
      200,
      breakout.validateBreakoutNewCandidate200
    );
    expectValid(await post(ann, `${call}/update`, {sdp: await peer.offer()}), 200, breakout.validateBreakoutUpdate200);
    const rooms = (await request(node, `/dev/breakouts?room=${alias}`)).body as {
      rooms: {uuid: string; participants: {uuid: string; call: unknown}[]}[];
    };
    assert.ok(rooms.rooms.find((entry) => entry.uuid === roomA)?.participants.find((entry) => entry.uuid === ann.uuid)?.call);
    expectValid(await post(ann, `${call}/disconnect`), 200, breakout.validateBreakoutDisconnectCall200);

    expectValid(await post(bob, 'leavebreakout'), 403);
    expectValid(await post(ann, 'leavebreakout'), 200, breakout.validateGuestLeaveBreakout200);
    await ann.events.next('breakout_refer', (data) => data.breakout_uuid === 'main');
    await ann.events.next('breakout_end', (data) => data.breakout_uuid === roomA && data.participant_uuid === ann.uuid);
    await host.events.next<{uuid: string}>('participant_create', (data) => data.uuid === ann.uuid);

    expectValid(await post(host, 'breakouts/empty'), 200, breakout.validateBreakoutsEmpty200);
    await bob.events.next('breakout_refer', (data) => data.breakout_uuid === 'main');
    expectValid(await post(host, room(roomB, 'disconnect')), 200, breakout.validateBreakoutDisconnect200);
    await host.events.next('breakout_end', (data) => data.breakout_uuid === roomB);
    expectValid(await post(host, 'breakouts/disconnect'), 200, breakout.validateBreakoutsDisconnect200);
    await host.events.next('breakout_end', (data) => data.breakout_uuid === roomA);
    expectValid(await post(host, room(roomA, 'lock')), 404);
    // A call still being set up in a room that closed meanwhile: a 403 the SDK tolerates, not the
    // 404 that would end its session (`calls` and `ack` are critical requests for it).
    expectValid(await post(ann, `${call}/ack`, {}), 403, breakout.validateBreakoutAck403);
    expectValid(
      await post(ann, inRoom(ann, 'calls'), {call_type: 'WEBRTC', sdp: await peer.offer()}),
      403,
      breakout.validateBreakoutCallsWebrtcParticipant403
    );
  });

  it('a room’s timer ends it with its end action: back to the main room, or disconnected', async () => {
    const open = async (body: Record<string, unknown>) =>
      (expectValid(await post(host, 'breakouts', body), 200, breakout.validateBreakouts200).result as {breakout_uuid: string})
        .breakout_uuid;
    const transfer = await open({name: 'Short', duration: 1, participants: {main: [ann.uuid]}});
    const status = await ann.events.next<{breakout_uuid: string; event: string; data: {end_time?: number; end_action?: string}}>(
      'breakout_event',
      (data) => data.breakout_uuid === transfer && data.event === 'conference_update'
    );
    assert.equal(status.data.end_action, 'transfer');
    assert.ok(Math.abs((status.data.end_time ?? 0) - (Date.now() / 1000 + 1)) < 2, `end_time ${status.data.end_time}`);
    await ann.events.next('breakout_refer', (data) => data.breakout_uuid === 'main' && data.requester_uuid === host.uuid);
    await ann.events.next('breakout_end', (data) => data.breakout_uuid === transfer);
    await host.events.next('breakout_end', (data) => data.breakout_uuid === transfer);

    const ending = await open({name: 'Final', duration: 1, end_action: 'disconnect', participants: {main: [bob.uuid]}});
    await bob.events.next('breakout_refer', (data) => data.breakout_uuid === ending);
    assert.deepEqual(await bob.events.next('disconnect'), {reason: 'API initiated conference termination'});
    await host.events.next('breakout_end', (data) => data.breakout_uuid === ending);
    const roster = expectValid(await get(host, 'participants'), 200, conference.validateParticipants200).result as {
      uuid: string;
    }[];
    assert.deepEqual(roster.map((entry) => entry.uuid).sort(), [host.uuid, ann.uuid].sort());
  });

  it('participants without a client (simulated) are moved and brought back too', async () => {
    const busy = await createRoom(node, {simulated: {participants: [{displayName: 'Sim'}]}});
    const chair = await joinWithEvents(node, busy, 'Chair');
    const sim = await chair.events.next<{uuid: string; display_name: string}>(
      'participant_create',
      (data) => data.display_name === 'Sim'
    );
    const opened = await conf(node, busy, 'breakouts', {
      token: chair.token,
      json: {name: 'Corner', participants: {main: [sim.uuid]}},
    });
    const corner = (expectValid(opened, 200, breakout.validateBreakouts200).result as {breakout_uuid: string}).breakout_uuid;
    await chair.events.next<{breakout_uuid: string; event: string; data: {uuid: string}}>(
      'breakout_event',
      (data) => data.breakout_uuid === corner && data.event === 'participant_create' && data.data.uuid === sim.uuid
    );
    await chair.events.next<{uuid: string}>('participant_delete', (data) => data.uuid === sim.uuid);
    const mark = chair.events.events.length;
    expectValid(
      await conf(node, busy, 'breakouts/disconnect', {token: chair.token}),
      200,
      breakout.validateBreakoutsDisconnect200
    );
    await chair.events.next('breakout_end', (data) => data.breakout_uuid === corner, mark);
    await chair.events.next<{uuid: string}>('participant_create', (data) => data.uuid === sim.uuid, mark);
    await leave(node, chair);
  });

  it('a member disconnected in a room, by a host or by itself, leaves the meeting; a new host observes the room', async () => {
    const kicked = await joinWithEvents(node, alias, 'Kicked', {pin: 'none'});
    const quitter = await joinWithEvents(node, alias, 'Quitter', {pin: 'none'});
    const opened = await post(host, 'breakouts', {name: 'Exit', participants: {main: [kicked.uuid, quitter.uuid]}});
    const exit = (expectValid(opened, 200, breakout.validateBreakouts200).result as {breakout_uuid: string}).breakout_uuid;
    await quitter.events.next('breakout_refer', (data) => data.breakout_uuid === exit);
    expectValid(
      await post(host, `breakouts/${exit}/participants/${kicked.uuid}/disconnect`),
      200,
      breakout.validateBreakoutDisconnectParticipant200
    );
    assert.deepEqual(await kicked.events.next('disconnect'), {reason: 'Disconnected by another participant'});
    expectValid(
      await post(quitter, `breakouts/${exit}/participants/${quitter.uuid}/disconnect`),
      200,
      breakout.validateBreakoutDisconnectParticipant200
    );
    await waitFor(async () => {
      const roster = (await get(host, 'participants')).body as {result: {uuid: string}[]};
      return !roster.result.some((entry) => [kicked.uuid, quitter.uuid].includes(entry.uuid));
    }, 'both out of the meeting');
    expectValid(await post(quitter, 'leavebreakout'), 403);

    // Made host while the room is open, Ann observes it; made guest again, she stops.
    await post(host, `participants/${ann.uuid}/role`, {role: 'chair'});
    await ann.events.next('breakout_begin', (data) => data.breakout_uuid === exit && data.participant_uuid === ann.uuid);
    await post(host, `participants/${ann.uuid}/role`, {role: 'guest'});
    await ann.events.next('breakout_end', (data) => data.breakout_uuid === exit && data.participant_uuid === ann.uuid);
    expectValid(await post(host, `breakouts/${exit}/disconnect`), 200, breakout.validateBreakoutDisconnect200);
    await leave(node, kicked, quitter);
  });

  it('every event of these features has the shape the SDK reads', () => {
    const seen = new Set<string>();
    for (const stream of [host.events, ann.events, bob.events]) {
      for (const event of stream.events) {
        const shape = FEATURE_EVENTS[event.event];
        if (!shape) continue;
        assert.ok(shape(event.data), `${event.event} does not have the SDK's shape: ${JSON.stringify(event.data)}`);
        seen.add(event.event);
      }
    }
    for (const type of ['breakout_begin', 'breakout_end', 'breakout_refer', 'breakout_event', 'live_captions', 'layout']) {
      assert.ok(seen.has(type), `no ${type} was seen`);
    }
  });
});

describe('breakout rooms: a move that overtakes the ack of the call it replaces', () => {
  let node: DevNode;
  before(async () => (node = await startTestNode()));
  after(() => node.close());

  // The SDK acknowledges an answer only once the ICE candidates gathered meanwhile are sent, so a
  // host's move can reach a client whose `ack` is still on its way. Following the refer, the SDK
  // disconnects the main-room call; an `ack` that arrives after that must get the 403 Infinity
  // documents (the SDK takes it in its stride), not a 404: `ack` is critical for the SDK, whose
  // failure ends the whole session, so the guest would drop out of the meeting instead of moving.
  it('answers the late ack and new_candidate of the main-room call 403, not 404', async () => {
    const alias = await createRoom(node, {hostPin: '1111'});
    const host = await joinWithEvents(node, alias, 'Host', {pin: '1111'});
    const bob = await joinWithEvents(node, alias, 'Bob', {pin: 'none'});
    const post = (who: Joined, endpoint: string, json?: unknown) =>
      conf(node, alias, endpoint, {token: who.token, ...(json === undefined ? {} : {json})});
    const peer = new OfferingPeer();
    try {
      const answer = expectValid(
        await post(bob, `participants/${bob.uuid}/calls`, {call_type: 'WEBRTC', sdp: await peer.offer()}),
        200,
        participant.validateCallsWebrtcParticipant200
      );
      const call = `participants/${bob.uuid}/calls/${(answer.result as {call_uuid: string}).call_uuid}`;

      expectValid(
        await post(host, 'breakouts', {name: 'Room A', participants: {main: [bob.uuid]}}),
        200,
        breakout.validateBreakouts200
      );
      await bob.events.next('breakout_refer', (data) => data.breakout_name === 'Room A');
      expectValid(await post(bob, `${call}/disconnect`), 200, callApi.validateDisconnectCall200);
      expectValid(await post(bob, `${call}/ack`, {}), 403, callApi.validateAck403);
      expectValid(await post(bob, `${call}/new_candidate`, {candidate: '', mid: '0'}), 403, callApi.validateNewCandidate403);
      // Bob is still in the meeting, in the room.
      const state = (await request(node, `/dev/breakouts?room=${alias}`)).body as {rooms: {participants: {uuid: string}[]}[]};
      assert.ok(state.rooms[0]?.participants.some((entry) => entry.uuid === bob.uuid));
    } finally {
      await peer.close();
      await leave(node, host, bob);
    }
  });
});
