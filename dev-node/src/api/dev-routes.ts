import {setTimeout as sleep} from 'node:timers/promises';
import type {App} from '../app.js';
import type {Conference} from '../conference/conference.js';
import type {FaultSpec} from '../conference/faults.js';
import type {Participant} from '../conference/participant.js';
import {ConfigError, parseRoom} from '../config/parse.js';
import type {PerRole} from '../media/peer.js';
import type {MediaRole} from '../media/sdp.js';
import {HttpError, type Reply, failure, success} from '../http/reply.js';
import {lastSegment, type RouteContext, type Router} from '../http/router.js';
import {authenticate, INVALID_TOKEN} from './auth.js';

/** Per-role values keyed by kind as testers think of them. */
function byKind<T>(values: PerRole<T>): Record<'audio' | 'video' | 'slides', T> {
  return {audio: values.audio, video: values.main, slides: values.slides};
}

function participantState(conference: Conference, participant: Participant): Record<string, unknown> {
  const session = conference.session(participant.uuid);
  const call = session?.call;
  const report = call?.peer.report();
  const offered: Partial<Record<MediaRole, string>> = call?.peer.offered ?? {};
  return {
    uuid: participant.uuid,
    display_name: participant.displayName,
    role: participant.role,
    service_type: participant.serviceType,
    kind: participant.kind,
    protocol: participant.protocol,
    flags: {
      muted: participant.muted,
      video_muted: participant.videoMuted,
      client_muted: participant.clientMuted,
      presenting: participant.presenting,
      spotlight: participant.spotlight,
      buzz_time: participant.buzzTime,
      receives_presentation: participant.receivesPresentation,
      streaming: participant.streaming,
      media: participant.media,
      has_media: participant.hasMedia,
      disconnect_reason: participant.disconnectReason ?? null,
    },
    dtmf: participant.dtmf.join(''),
    event_streams: session?.streamCount ?? 0,
    statistics: session?.statistics ?? null,
    call:
      call && report
        ? {
            uuid: call.uuid,
            connection_state: call.peer.connectionState,
            stalled: report.stalled,
            offered: {audio: offered.audio ?? null, video: offered.main ?? null, slides: offered.slides ?? null},
            packets: {received: byKind(report.received), forwarded: byKind(report.forwarded)},
            forwarding: byKind(report.forwarding),
            switching_to: byKind(report.switchingTo),
            switches: byKind(report.switches),
            keyframe_requests: byKind(report.keyframeRequests),
          }
        : null,
  };
}

export function roomState(conference: Conference): Record<string, unknown> {
  return {
    aliases: conference.config.aliases,
    name: conference.name,
    locked: conference.locked,
    guests_muted: conference.guestsMuted,
    guests_can_unmute: conference.guestsCanUnmute,
    presenter: conference.presenterUuid ?? null,
    layout: conference.layout,
    media: conference.relay.figures(),
    participants: [...conference.participants.values()].map((participant) => participantState(conference, participant)),
    chat: conference.chat.map((entry) => ({
      at: entry.at,
      from: entry.from,
      from_uuid: entry.fromUuid,
      to_uuid: entry.toUuid ?? null,
      type: entry.type,
      payload: entry.payload,
    })),
  };
}

function memoryState(): Record<string, number> {
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage();
  return {
    rss_mb: Math.round(memory.rss / 2 ** 20),
    heap_used_mb: Math.round(memory.heapUsed / 2 ** 20),
    cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
  };
}

/** GET /dev/state[?room=alias] — a snapshot for tests; not part of the Pexip API. */
function state(app: App, ctx: RouteContext): Reply {
  const alias = ctx.url.searchParams.get('room');
  const conferences = alias === null ? app.registry.conferences : [app.registry.room(alias)];
  if (conferences.some((conference) => conference === undefined)) return failure(404, `No room "${alias}"`);
  return {
    kind: 'json',
    status: 200,
    body: {rooms: (conferences as Conference[]).map(roomState), tokens: app.tokens.size, memory: memoryState()},
  };
}

/** POST /dev/rooms — create or replace a room (same format as a config file entry). */
async function putRoom(app: App, ctx: RouteContext): Promise<Reply> {
  try {
    const conference = app.registry.putRoom(parseRoom(await ctx.body()));
    return success({aliases: conference.config.aliases, name: conference.name}, 201);
  } catch (error) {
    if (error instanceof ConfigError) throw new HttpError(400, error.message);
    if (error instanceof HttpError) throw error;
    throw new HttpError(409, (error as Error).message);
  }
}

function deleteRoom(app: App, ctx: RouteContext): Reply {
  const alias = ctx.params.alias ?? '';
  if (!app.registry.deleteRoom(alias)) return failure(404, `No room "${alias}"`);
  return success(true);
}

// --- /dev/faults -----------------------------------------------------------------------------

const MAX_DELAY_MS = 60_000;
/** At most nine packets in ten are left out: the call stays up, only its quality suffers. */
const MAX_AUDIO_LOSS = 0.9;
const ENDPOINT_NAME = /^[a-z_]+$/;

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

/** `{"to": participant uuid or name, "share": 0–MAX_AUDIO_LOSS}` and nothing else. */
function isAudioLoss(value: unknown): value is NonNullable<FaultSpec['loseAudio']> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const {to, share, ...rest} = value as Record<string, unknown>;
  return (
    typeof to === 'string' &&
    to !== '' &&
    typeof share === 'number' &&
    share >= 0 &&
    share <= MAX_AUDIO_LOSS &&
    Object.keys(rest).length === 0
  );
}

function parseFaultSpec(body: unknown): FaultSpec & {readonly room: string} {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'Body must be a JSON object');
  const spec = body as Record<string, unknown>;
  const known = new Set([
    'room',
    'delayMs',
    'refuseEvents',
    'refuseRefresh',
    'malformed',
    'dropEvents',
    'stallMedia',
    'loseAudio',
  ]);
  const unknown = Object.keys(spec).find((key) => !known.has(key));
  if (unknown !== undefined) throw new HttpError(400, `Unknown fault "${unknown}"`);
  if (typeof spec.room !== 'string' || !spec.room) throw new HttpError(400, 'Field "room" must be the alias of a room');
  if (spec.delayMs !== undefined && !isCount(spec.delayMs, MAX_DELAY_MS))
    throw new HttpError(400, `Field "delayMs" must be a whole number of milliseconds, 0–${MAX_DELAY_MS}`);
  if (spec.refuseEvents !== undefined && !isCount(spec.refuseEvents, 1000))
    throw new HttpError(400, 'Field "refuseEvents" must be a whole number, 0–1000');
  for (const flag of ['refuseRefresh', 'dropEvents', 'stallMedia'] as const) {
    if (spec[flag] !== undefined && typeof spec[flag] !== 'boolean') throw new HttpError(400, `Field "${flag}" must be boolean`);
  }
  const malformed = spec.malformed;
  if (malformed !== undefined) {
    if (!Array.isArray(malformed) || !malformed.every((name) => typeof name === 'string' && ENDPOINT_NAME.test(name))) {
      throw new HttpError(400, 'Field "malformed" must list endpoint names such as "request_token"');
    }
    if (malformed.includes('events'))
      throw new HttpError(400, 'The event stream has no JSON answer: use refuseEvents or dropEvents');
  }
  if (spec.loseAudio !== undefined && !isAudioLoss(spec.loseAudio)) {
    throw new HttpError(400, `Field "loseAudio" must be {"to": participant uuid or name, "share": 0–${MAX_AUDIO_LOSS}}`);
  }
  return spec as unknown as FaultSpec & {readonly room: string};
}

/** `loseAudio`: the call of the participant it names leaves out that share of its relayed audio. */
function loseAudio(conference: Conference, {to, share}: NonNullable<FaultSpec['loseAudio']>): void {
  const session = [...conference.clientSessions()].find(
    ({participant}) => participant.uuid === to || participant.displayName === to
  );
  if (!session?.call) throw new HttpError(404, `No call of "${to}" in the room`);
  if (!session.call.peer.loseAudio(share)) throw new HttpError(409, 'This media engine relays no packets to leave out');
}

function faultRoom(app: App, alias: string | null): Conference {
  const conference = alias ? app.registry.room(alias) : undefined;
  if (!conference) throw new HttpError(404, `No room "${alias ?? ''}"`);
  return conference;
}

/**
 * POST /dev/faults — switches faults on for one room (fields not given stay as they are) and
 * restarts its request counts; `dropEvents` and `stallMedia` act once, now.
 */
async function setFaults(app: App, ctx: RouteContext): Promise<Reply> {
  const spec = parseFaultSpec(await ctx.body());
  const conference = faultRoom(app, spec.room);
  // First, as it may still be refused (no such call): then nothing else has changed.
  if (spec.loseAudio) loseAudio(conference, spec.loseAudio);
  const {faults} = conference;
  if (spec.delayMs !== undefined) faults.delayMs = spec.delayMs;
  if (spec.refuseEvents !== undefined) faults.refuseEvents = spec.refuseEvents;
  if (spec.malformed !== undefined) faults.malformed = new Set(spec.malformed);
  if (spec.refuseRefresh !== undefined) faults.refuseRefresh = spec.refuseRefresh;
  faults.resetCounts();
  const sessions = [...conference.clientSessions()];
  if (spec.dropEvents) for (const session of sessions) session.closeStreams();
  if (spec.stallMedia) for (const session of sessions) session.call?.peer.stallUntilIceRestart();
  // Clients refresh only every third of the token lifetime: ask them to refresh now.
  if (spec.refuseRefresh) conference.publish('refresh_token', {}, () => true);
  return success(faults.snapshot());
}

function getFaults(app: App, ctx: RouteContext): Reply {
  return success(faultRoom(app, ctx.url.searchParams.get('room')).faults.snapshot());
}

/** DELETE /dev/faults[?room=alias] — clears one room's faults, or every room's. */
function clearFaults(app: App, ctx: RouteContext): Reply {
  const alias = ctx.url.searchParams.get('room');
  const conferences = alias === null ? app.registry.conferences : [faultRoom(app, alias)];
  for (const conference of conferences) conference.faults.clear();
  return success(true);
}

/** The refusal of a refresh: the client is told why over its event stream, then gets a 403. */
function refuseRefresh(app: App, ctx: RouteContext): Reply {
  const {session} = authenticate(app, ctx);
  session.conference.leave(session.participant.uuid, INVALID_TOKEN);
  app.release(session);
  return failure(403, INVALID_TOKEN);
}

/**
 * Applies a room's faults to one of its client API requests before the route's handler runs:
 * returns the reply that replaces the handler's, or undefined to carry on.
 */
export function faultGate(app: App): (ctx: RouteContext) => Promise<Reply | undefined> {
  return async (ctx) => {
    const resolved = ctx.params.alias === undefined ? undefined : app.registry.resolve(ctx.params.alias);
    if (resolved?.kind !== 'room') return undefined;
    const {faults} = resolved.conference;
    const endpoint = lastSegment(ctx.url.pathname);
    faults.count(endpoint);
    if (faults.delayMs > 0) await sleep(faults.delayMs);
    if (endpoint === 'events' && faults.takeEventRefusal()) return failure(503, 'Event stream refused (dev node fault)');
    if (endpoint === 'refresh_token' && faults.refuseRefresh) return refuseRefresh(app, ctx);
    if (faults.malformed.has(endpoint)) return success({dev_node_fault: 'malformed answer'});
    return undefined;
  };
}

export function registerDevRoutes(router: Router, app: App): void {
  router
    .add('GET', '/dev/state', (ctx) => state(app, ctx))
    .add('POST', '/dev/rooms', (ctx) => putRoom(app, ctx))
    .add('DELETE', '/dev/rooms/:alias', (ctx) => deleteRoom(app, ctx))
    .add('GET', '/dev/faults', (ctx) => getFaults(app, ctx))
    .add('POST', '/dev/faults', (ctx) => setFaults(app, ctx))
    .add('DELETE', '/dev/faults', (ctx) => clearFaults(app, ctx));
}
