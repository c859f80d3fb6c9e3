import type { App } from '../app.js';
import type { Conference } from '../conference/conference.js';
import type { Participant } from '../conference/participant.js';
import { ConfigError, parseRoom } from '../config/parse.js';
import type { PerRole } from '../media/peer.js';
import type { MediaRole } from '../media/sdp.js';
import { HttpError, type Reply, failure, success } from '../http/reply.js';
import type { RouteContext, Router } from '../http/router.js';

/** Per-role values keyed by kind as testers think of them. */
function byKind<T>(values: PerRole<T>): Record<'audio' | 'video' | 'slides', T> {
  return { audio: values.audio, video: values.main, slides: values.slides };
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
            offered: { audio: offered.audio ?? null, video: offered.main ?? null, slides: offered.slides ?? null },
            packets: { received: byKind(report.received), forwarded: byKind(report.forwarded) },
            forwarding: byKind(report.forwarding),
          }
        : null,
  };
}

function roomState(conference: Conference): Record<string, unknown> {
  return {
    aliases: conference.config.aliases,
    name: conference.name,
    locked: conference.locked,
    guests_muted: conference.guestsMuted,
    guests_can_unmute: conference.guestsCanUnmute,
    presenter: conference.presenterUuid ?? null,
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
  return { rss_mb: Math.round(memory.rss / 2 ** 20), heap_used_mb: Math.round(memory.heapUsed / 2 ** 20) };
}

/** GET /dev/state[?room=alias] — a snapshot for tests; not part of the Pexip API. */
function state(app: App, ctx: RouteContext): Reply {
  const alias = ctx.url.searchParams.get('room');
  const conferences = alias === null ? app.registry.conferences : [app.registry.room(alias)];
  if (conferences.some((conference) => conference === undefined)) return failure(404, `No room "${alias}"`);
  return {
    kind: 'json',
    status: 200,
    body: { rooms: (conferences as Conference[]).map(roomState), tokens: app.tokens.size, memory: memoryState() },
  };
}

/** POST /dev/rooms — create or replace a room (same format as a config file entry). */
async function putRoom(app: App, ctx: RouteContext): Promise<Reply> {
  try {
    const conference = app.registry.putRoom(parseRoom(await ctx.body()));
    return success({ aliases: conference.config.aliases, name: conference.name }, 201);
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

export function registerDevRoutes(router: Router, app: App): void {
  router
    .add('GET', '/dev/state', (ctx) => state(app, ctx))
    .add('POST', '/dev/rooms', (ctx) => putRoom(app, ctx))
    .add('DELETE', '/dev/rooms/:alias', (ctx) => deleteRoom(app, ctx));
}
