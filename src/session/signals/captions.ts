import {MAIN_ROOM_ID, type CaptionsState, type ConferenceState} from '../types.js';
import type {SignalPayload} from './payloads.js';

/** Handlers of live captions: whether the node has them, and each caption it sends. */

/** How many final captions the transcript keeps. */
export const TRANSCRIPT_LIMIT = 500;

function withCaptions(state: ConferenceState, change: Partial<CaptionsState>): ConferenceState {
  return {...state, captions: Object.freeze({...state.captions, ...change})};
}

/**
 * `onLiveCaptions`: a caption for the room our call is in. A final one joins the transcript
 * (arriving at `at`); an interim one only replaces the current caption.
 */
export function onLiveCaptions(
  state: ConferenceState,
  {data, isFinal, speakers}: SignalPayload<'onLiveCaptions'>,
  at: number
): ConferenceState {
  const current = Object.freeze({text: data, speakers: Object.freeze([...speakers]), final: isFinal});
  if (!isFinal) return withCaptions(state, {current});
  const line = Object.freeze({at, speakers: current.speakers, text: data});
  const transcript = [...state.captions.transcript, line].slice(-TRANSCRIPT_LIMIT);
  return withCaptions(state, {current, transcript: Object.freeze(transcript)});
}

/**
 * `onConferenceStatus`: whether the room our call is in (`callRoomId`) offers captions. When it
 * no longer does, we no longer get them.
 */
export function onConferenceStatus(
  state: ConferenceState,
  {id, status}: SignalPayload<'onConferenceStatus'>,
  callRoomId: string = MAIN_ROOM_ID
): ConferenceState {
  if (id !== callRoomId) return state;
  const available = status.liveCaptionsAvailable;
  if (available === state.captions.available) return state;
  return withCaptions(state, available ? {available} : {available, enabled: false, current: undefined});
}

/** The node confirmed turning our captions on or off; off also clears the caption shown. */
export function withCaptionsEnabled(state: ConferenceState, enabled: boolean): ConferenceState {
  return withCaptions(state, enabled ? {enabled} : {enabled, current: undefined});
}
