import type {
  BreakoutMessageConferenceMap,
  BreakoutMoveParticipantsMap,
  BreakoutsMap,
  BreakoutsMessageMap,
  BreakoutTransformLayoutMap,
} from '@pexip/infinity-api';
import {
  validateBreakoutMessageConferenceBody,
  validateBreakoutMoveParticipantsBody,
  validateBreakoutsBody,
  validateBreakoutsMessageBody,
  validateBreakoutTransformLayoutBody,
} from '@pexip/infinity-api/dist/breakout/validation.js';
import type {App} from '../app.js';
import type {BreakoutRoom} from '../conference/breakout-room.js';
import {breakoutsOf} from '../conference/breakouts.js';
import {clearAllBuzz, setGuestsMuted, setLayout} from '../conference/control.js';
import {HttpError, type Reply, failure, success} from '../http/reply.js';
import type {RouteContext, Router} from '../http/router.js';
import {checkedBody} from '../http/schema.js';
import {roomState} from './dev-routes.js';
import {type Authenticated, authenticate, requireAdmitted, requireHost, type RouteScope} from './auth.js';
import {registerCallRoutes} from './call-routes.js';
import {postChat} from './chat.js';
import {registerParticipantRoutes} from './participant-routes.js';

const BASE = '/api/client/v2/conferences/:alias';
const ROOM_BASE = `${BASE}/breakouts/:breakout`;

/**
 * The participant endpoints `@pexip/infinity-api` has under `breakouts/{uuid}/participants/{uuid}/`
 * (`calls/disconnect` is answered below).
 */
const ROOM_PARTICIPANT_ENDPOINTS = new Set([
  'calls',
  'calls/ack',
  'calls/new_candidate',
  'calls/update',
  'mute',
  'unmute',
  'client_mute',
  'client_unmute',
  'video_muted',
  'video_unmuted',
  'overlaytext',
  'take_floor',
  'release_floor',
  'show_live_captions',
  'hide_live_captions',
  'unlock',
  'disconnect',
  'buzz',
  'clearbuzz',
  'transfer',
  'fecc',
  'spotlighton',
  'spotlightoff',
  'dtmf',
]);

interface RoomRequest {
  readonly auth: Authenticated;
  readonly room: BreakoutRoom;
  /** The main room's view of the requester (hosts act on rooms from there). */
  readonly main: Authenticated;
}

/**
 * A request in a breakout room: a member acts as its participant in the room; a host who is
 * not in the room acts from the main room (observing it). Anyone else is refused.
 */
function roomRequest(app: App, ctx: RouteContext): RoomRequest {
  const main = authenticate(app, ctx);
  const room = breakoutsOf(main.conference).room(ctx.params.breakout ?? '');
  const member = room.session(main.self.uuid);
  if (member) return {auth: {session: member, conference: room, self: member.participant}, room, main};
  requireHost(main);
  return {auth: {session: main.session, conference: room, self: main.self}, room, main};
}

/**
 * A call request in a breakout room: only its members have calls there. A client that was just
 * moved out (or whose room closed) may still be finishing the call it was setting up there while
 * it follows the refer; that gets a 403, which the SDK takes in its stride. A 404 for the closed
 * room would be fatal: `calls` and `ack` are critical requests for the SDK, whose failure ends the
 * whole session (the participant would drop out of the meeting on its way back).
 */
function memberCallRequest(app: App, ctx: RouteContext): Authenticated {
  const main = authenticate(app, ctx);
  const member = breakoutsOf(main.conference)
    .rooms.get(ctx.params.breakout ?? '')
    ?.session(main.self.uuid);
  if (!member) throw new HttpError(403, 'Not in this breakout room (moved out, or it closed): follow the breakout_refer');
  return {session: member, conference: member.conference, self: member.participant};
}

type Action = (request: RoomRequest, ctx: RouteContext, app: App) => unknown;

/** Room-wide actions under `breakouts/{uuid}/` (the room's own lock, mutes, layout, chat, help). */
const ROOM_ACTIONS: readonly [endpoint: string, hostOnly: boolean, run: Action][] = [
  ['disconnect', true, ({room, main}) => (breakoutsOf(main.conference).close(room), true)],
  ['lock', true, ({room}) => (room.setLocked(true), true)],
  ['unlock', true, ({room}) => (room.setLocked(false), true)],
  ['muteguests', true, ({room}) => (setGuestsMuted(room, true), true)],
  ['unmuteguests', true, ({room}) => (setGuestsMuted(room, false), true)],
  ['clearallbuzz', true, ({room}) => (clearAllBuzz(room), true)],
  [
    'transform_layout',
    true,
    async ({room}, ctx) => {
      const body = await checkedBody<BreakoutTransformLayoutMap['Body']>(ctx, validateBreakoutTransformLayoutBody);
      setLayout(room, body.transforms);
      return true;
    },
  ],
  [
    'participants/breakout',
    true,
    async ({room, main}, ctx) => {
      const body = await checkedBody<BreakoutMoveParticipantsMap['Body']>(ctx, validateBreakoutMoveParticipantsBody);
      const breakouts = breakoutsOf(main.conference);
      breakouts.move(main.self, body.participants, breakouts.destination(body.breakout_uuid), room);
      return true;
    },
  ],
  [
    'message',
    false,
    async ({auth}, ctx, app) => {
      const body = await checkedBody<BreakoutMessageConferenceMap['Body']>(ctx, validateBreakoutMessageConferenceBody);
      postChat(app, auth, body);
      return true;
    },
  ],
  ['breakoutbuzz', false, ({room, main}) => (breakoutsOf(main.conference).setHelp(room, main.self), true)],
  ['clearbreakoutbuzz', false, ({room, main}) => (breakoutsOf(main.conference).setHelp(room, undefined), true)],
];

/** Main-room requests of a participant who is in a breakout room (leave it, ask for help). */
function ownRoom(app: App, ctx: RouteContext): {main: Authenticated; room: BreakoutRoom} {
  const main = authenticate(app, ctx);
  const room = breakoutsOf(main.conference).roomOf(main.self);
  if (!room) throw new HttpError(403, 'Not in a breakout room');
  return {main, room};
}

function hostInMain(app: App, ctx: RouteContext): Authenticated {
  const main = authenticate(app, ctx);
  requireHost(main);
  if (main.conference.config.breakoutRooms === false) throw new HttpError(403, 'Breakout rooms are not enabled in this meeting');
  return main;
}

/**
 * A member's call in a room ends when the member is moved or the room closes; the client's own
 * disconnect of it comes after that (following the refer) and must still succeed, or the SDK,
 * for which that is a critical request, ends the whole session.
 */
function disconnectRoomCall(app: App, ctx: RouteContext): Reply {
  const main = authenticate(app, ctx);
  if (ctx.params.participant !== main.self.uuid) throw new HttpError(403, 'This request must name your own participant');
  const member = breakoutsOf(main.conference)
    .rooms.get(ctx.params.breakout ?? '')
    ?.session(main.self.uuid);
  if (member && member.call?.uuid === ctx.params.call) member.conference.endCall(member);
  return success(null);
}

/** GET /dev/breakouts?room=alias — the breakout rooms of a room, as /dev/state shows rooms (tests). */
function devBreakouts(app: App, ctx: RouteContext): Reply {
  const alias = ctx.url.searchParams.get('room') ?? '';
  const conference = app.registry.room(alias);
  if (!conference) return failure(404, `No room "${alias}"`);
  const rooms = [...breakoutsOf(conference).rooms.values()].map((room) => ({
    uuid: room.uuid,
    ...roomState(room),
    layout: room.layout,
    help: room.help,
  }));
  return {kind: 'json', status: 200, body: {rooms}};
}

export function registerBreakoutRoutes(router: Router, app: App): void {
  router
    .add('POST', `${BASE}/breakouts`, async (ctx) => {
      const main = hostInMain(app, ctx);
      const body = await checkedBody<BreakoutsMap['Body']>(ctx, validateBreakoutsBody);
      return success({breakout_uuid: breakoutsOf(main.conference).open(main.self, body).uuid});
    })
    .add('POST', `${BASE}/breakouts/message`, async (ctx) => {
      const main = hostInMain(app, ctx);
      const body = await checkedBody<BreakoutsMessageMap['Body']>(ctx, validateBreakoutsMessageBody);
      breakoutsOf(main.conference).messageAll(main.self, body);
      return success(true);
    })
    .add(
      'POST',
      `${BASE}/breakouts/disconnect`,
      (ctx) => (breakoutsOf(hostInMain(app, ctx).conference).closeAll(), success(null))
    )
    .add('POST', `${BASE}/breakouts/empty`, (ctx) => {
      const main = hostInMain(app, ctx);
      breakoutsOf(main.conference).empty(main.self);
      return success(true);
    })
    .add('POST', `${BASE}/participants/breakout`, async (ctx) => {
      const main = hostInMain(app, ctx);
      const body = await checkedBody<BreakoutMoveParticipantsMap['Body']>(ctx, validateBreakoutMoveParticipantsBody);
      const breakouts = breakoutsOf(main.conference);
      breakouts.move(main.self, body.participants, breakouts.destination(body.breakout_uuid), 'main');
      return success(true);
    })
    .add('POST', `${BASE}/leavebreakout`, (ctx) => {
      const main = authenticate(app, ctx);
      breakoutsOf(main.conference).leave(main.self);
      return success(true);
    })
    .add('POST', `${BASE}/breakoutbuzz`, (ctx) => {
      const {main, room} = ownRoom(app, ctx);
      breakoutsOf(main.conference).setHelp(room, main.self);
      return success(true);
    })
    .add('POST', `${BASE}/clearbreakoutbuzz`, (ctx) => {
      const {main, room} = ownRoom(app, ctx);
      breakoutsOf(main.conference).setHelp(room, undefined);
      return success(true);
    })
    .add('POST', `${ROOM_BASE}/participants/:participant/calls/:call/disconnect`, (ctx) => disconnectRoomCall(app, ctx));

  for (const [endpoint, hostOnly, run] of ROOM_ACTIONS) {
    router.add('POST', `${ROOM_BASE}/${endpoint}`, async (ctx) => {
      const request = roomRequest(app, ctx);
      if (hostOnly) requireHost(request.auth);
      else requireAdmitted(request.auth);
      return success(await run(request, ctx, app));
    });
  }
  const scope: RouteScope = {
    base: ROOM_BASE,
    authenticate: (ctx) => roomRequest(app, ctx).auth,
    endpoints: ROOM_PARTICIPANT_ENDPOINTS,
  };
  // A move replaces a member's call while the SDK may still be acknowledging the old one: the
  // unknown call is a 403 it tolerates (see `ownCall`).
  registerCallRoutes(router, app, {...scope, authenticate: (ctx) => memberCallRequest(app, ctx)});
  registerParticipantRoutes(router, app, scope);
}

/** Dev API (`--dev-api` only): every breakout room of every conference. */
export function registerDevBreakoutRoutes(router: Router, app: App): void {
  router.add('GET', '/dev/breakouts', (ctx) => devBreakouts(app, ctx));
}
