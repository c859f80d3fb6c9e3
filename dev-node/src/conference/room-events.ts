// What a room's sessions see of it: its status, its events and who sees whom; plain data and
// pure functions, shared by the conference, its breakout rooms and the routes.
import type {ConferenceStatusMap} from '@pexip/infinity-api';
import type {CallPeer} from '../media/peer.js';
import type {StageEntry} from '../media/relay.js';
import {type MediaSection, roleOf} from '../media/sdp.js';
import type {MediaKind, Participant} from './participant.js';

export type ConferenceStatus = ConferenceStatusMap['200']['result'];

/** Disconnect reasons, worded as Pexip words them so the SDK maps them to its error codes. */
export const REASONS = {
  hostTimeout: 'Timeout waiting for conference host to join or permit access to locked conference',
  byParticipant: 'Disconnected by another participant',
  conferenceEnded: 'Conference terminated by another participant',
  tokenExpired: 'Token expired',
  roomRemoved: 'Conference terminated',
} as const;

export interface ChatEntry {
  readonly at: number;
  readonly fromUuid: string;
  readonly from: string;
  /** Recipient of a private message; absent for messages to everyone. */
  readonly toUuid?: string;
  readonly type: string;
  readonly payload: string;
}

/** Anything events can be sent to: one event stream, or all streams of a session. */
export interface EventTarget {
  send(event: string, data: unknown): void;
}

/** A WebRTC call of a session: the SDK allows one at a time (a new one replaces the old). */
export interface Call {
  readonly uuid: string;
  readonly peer: CallPeer;
}

/**
 * A waiting participant sees only themselves; everyone in the meeting sees everyone, except
 * those moved to a breakout room (they are in that room's roster).
 */
export function canSee(viewer: Participant, subject: Participant): boolean {
  return viewer === subject || (viewer.isAdmitted && subject.breakoutUuid === undefined);
}

export function presentationEvent(presenter: Participant): Record<string, string> {
  return {presenter_name: presenter.displayName, presenter_uri: presenter.uri ?? '', presenter_uuid: presenter.uuid};
}

/**
 * Event streams open at once on one token. A browser that reconnects opens a new stream before
 * the node may notice the old one is gone, so one more stream ends the oldest rather than being
 * refused.
 */
export const MAX_STREAMS_PER_TOKEN = 2;

/** The roster's media flag from the m-lines of a call's latest offer. */
export function mediaKindOf(sections: readonly MediaSection[]): MediaKind {
  const active = sections.filter((section) => section.direction !== 'inactive' && !section.rejected);
  if (active.some((section) => roleOf(section) === 'main')) return 'video';
  return active.some((section) => roleOf(section) === 'audio') ? 'audio' : 'none';
}

export type StageEvent = {participant_uuid: string; stage_index: number; vad: number}[];

/** The `stage` event: speakers by recency, with voice activity. */
export function stageEvent(entries: readonly StageEntry[]): StageEvent {
  return entries.map((entry, index) => ({participant_uuid: entry.uuid, stage_index: index, vad: entry.speaking ? 100 : 0}));
}
