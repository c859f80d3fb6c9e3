import {toCallStats} from '../stats.js';
import {MAIN_ROOM_ID, type ChatMessage, type ConferenceState} from '../types.js';
import type {CallSignalPayload, SignalPayload} from './payloads.js';

/** Handlers of the meeting's other signals: chat, our mute at the node, media and statistics. */

export function withMessage(state: ConferenceState, message: ChatMessage): ConferenceState {
  return {...state, chat: Object.freeze([...state.chat, Object.freeze(message)])};
}

/**
 * `onMessage`: a chat message from someone else (to everyone, or to us alone), in the room our
 * call is in, or in a breakout room a host observes (kept in `roomChats`).
 */
export function onMessage(state: ConferenceState, message: SignalPayload<'onMessage'>): ConferenceState {
  // The SDK adds the room at runtime; its type does not say so.
  const roomId = (message as typeof message & {roomId?: string}).roomId ?? MAIN_ROOM_ID;
  return withMessageIn(state, roomId, toChatMessage(message));
}

/** A message in a room's chat: `chat` for the room our call is in, `roomChats` for the others. */
export function withMessageIn(state: ConferenceState, roomId: string, message: ChatMessage): ConferenceState {
  if (roomId === state.breakouts.currentRoomId) return withMessage(state, message);
  const chat = Object.hasOwn(state.roomChats, roomId) ? state.roomChats[roomId] : [];
  return {
    ...state,
    roomChats: Object.freeze({...state.roomChats, [roomId]: Object.freeze([...chat, Object.freeze(message)])}),
  };
}

function toChatMessage(message: SignalPayload<'onMessage'>): ChatMessage {
  return {
    id: message.id,
    senderId: message.userId,
    senderName: message.displayName,
    text: message.message,
    at: message.at.getTime(),
    privateWith: message.direct ? message.userId : undefined,
    fromSelf: false,
  };
}

/**
 * `onMyselfMuted`: the node muted or unmuted us (a host did, or it confirms our own request):
 * the microphone follows, so that what we send matches.
 */
export function onMyselfMuted(state: ConferenceState, muted: SignalPayload<'onMyselfMuted'>): ConferenceState {
  return {...state, media: {...state.media, microphoneMuted: muted}};
}

/** `onRemoteStream`: the meeting's audio and video. */
export function onRemoteStream(state: ConferenceState, remote: CallSignalPayload<'onRemoteStream'>): ConferenceState {
  return {...state, media: {...state.media, remote}};
}

/** `onRemotePresentationStream`: someone else's presentation video. */
export function onRemotePresentationStream(
  state: ConferenceState,
  remote: CallSignalPayload<'onRemotePresentationStream'>
): ConferenceState {
  return {...state, presentation: {...state.presentation, remote}};
}

/** `onRtcStats`: the per-second numbers of every stream. */
export function onRtcStats(state: ConferenceState, stats: CallSignalPayload<'onRtcStats'>): ConferenceState {
  return {...state, stats: toCallStats(stats)};
}

/** Why the connection is being restored, as `onReconnecting`/`onReconnected` and the event stream tell. */
export interface ConnectionTrouble {
  /** Media stalled and the SDK restarts ICE (`onReconnecting` until `onReconnected`). */
  readonly mediaStalled: boolean;
  /** The event stream broke and the SDK reopens it (a log line, until `onConnected`). */
  readonly eventStreamLost: boolean;
}

/** `onReconnecting`, `onReconnected`, `onConnected`: whether the connection is being restored. */
export function withConnectionTrouble(
  state: ConferenceState,
  {mediaStalled, eventStreamLost}: ConnectionTrouble
): ConferenceState {
  return {...state, reconnecting: mediaStalled || eventStreamLost};
}
