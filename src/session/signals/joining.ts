import {statusOf} from '../selectors.js';
import type {ConferenceState, EndReason} from '../types.js';
import type {SignalPayload} from './payloads.js';
import {waitingReasonOf} from './rooms.js';

/** The SDK's answer to a failed request_token that means "this PIN is wrong". */
export const INVALID_PIN_CODE = '#pex101';
/** The SDK's code for "Neither conference nor gateway found". */
export const CONFERENCE_NOT_FOUND_CODE = '#pex154';
/** The SDK's words when a request it cannot do without (request_token, calls, ack) fails. */
export const CRITICAL_ACTION_FAILED = 'Could not execute critical network action';
/** Service types in which the participant is in the meeting proper. */
const IN_MEETING_SERVICE_TYPES = new Set(['conference', 'lecture', 'gateway', 'test_call']);

/** How a meeting ends or a join fails, when a signal means it. */
export interface Ending {
  readonly phase: 'ended' | 'failed';
  readonly reason: EndReason;
}

/** `onPinRequired`: the node wants a host or guest PIN. */
export function onPinRequired(
  state: ConferenceState,
  {hasHostPin, hasGuestPin}: SignalPayload<'onPinRequired'>
): ConferenceState {
  return {
    ...state,
    phase: 'pin-required',
    pinRequest: {hostPin: hasHostPin, guestPin: hasGuestPin, invalid: false},
    extensionRequest: undefined,
  };
}

/** `onExtension`: a Virtual Reception asks which room; being asked again means the last one was not found. */
export function onExtension(state: ConferenceState, type: SignalPayload<'onExtension'>): ConferenceState {
  return {...state, phase: 'extension-required', extensionRequest: {type, invalid: state.extensionRequest !== undefined}};
}

/**
 * `onError`: a wrong PIN or extension asks again; any other error while joining fails the join.
 * Returns the next state, or how the join ends.
 */
export function onError(state: ConferenceState, {error, errorCode}: SignalPayload<'onError'>): ConferenceState | Ending {
  if (errorCode === INVALID_PIN_CODE && state.pinRequest) {
    return {...state, phase: 'pin-required', pinRequest: {...state.pinRequest, invalid: true}};
  }
  if (errorCode === CONFERENCE_NOT_FOUND_CODE && state.extensionRequest) {
    // A Virtual Reception answers an unknown extension as an unknown conference: ask again.
    return {...state, phase: 'extension-required', extensionRequest: {...state.extensionRequest, invalid: true}};
  }
  const {phase} = state;
  if (phase === 'connecting' || phase === 'pin-required' || phase === 'sso-required' || phase === 'extension-required') {
    return {phase: 'failed', reason: {code: errorCode, detail: error}};
  }
  return state;
}

/**
 * `onDisconnected`: the node or the SDK ended the call. `badAnswer`: the SDK rejected an answer of
 * the node just before (it logs that, and disconnects with its generic words).
 */
export function onDisconnected(
  state: ConferenceState,
  {error, errorCode}: SignalPayload<'onDisconnected'>,
  badAnswer: boolean
): Ending | undefined {
  const {phase} = state;
  if (phase === 'ended' || phase === 'failed' || phase === 'idle') return undefined;
  const failedCode = badAnswer ? 'bad-answer' : phase === 'connecting' ? 'node-unreachable' : 'connection-lost';
  const reason: EndReason =
    error === CRITICAL_ACTION_FAILED ? {code: failedCode, detail: error} : {code: errorCode, detail: error};
  return {phase: phase === 'in-call' || phase === 'waiting' ? 'ended' : 'failed', reason};
}

/** `onAuthenticatedWithConference`: the room's name as the node gives it. */
export function onAuthenticatedWithConference(
  state: ConferenceState,
  {conferenceName}: SignalPayload<'onAuthenticatedWithConference'>
): ConferenceState {
  return {...state, conferenceName: conferenceName ?? state.conference};
}

/** Into the meeting or its waiting room, once the node accepted us, as the service type says. */
export function enterMeeting(state: ConferenceState, serviceType: SignalPayload<'onServiceType'>): ConferenceState {
  if (serviceType === 'waiting_room') {
    return {...state, phase: 'waiting', waitingReason: waitingReasonOf(statusOf(state))};
  }
  return {...state, phase: 'in-call', waitingReason: undefined};
}

/** `onServiceType`: a host moved us to the waiting room, or let us in from it. */
export function onServiceType(state: ConferenceState, serviceType: SignalPayload<'onServiceType'>): ConferenceState {
  if (serviceType === 'waiting_room' && state.phase === 'in-call') return enterMeeting(state, serviceType);
  if (IN_MEETING_SERVICE_TYPES.has(serviceType ?? '') && state.phase === 'waiting') return enterMeeting(state, serviceType);
  return state;
}

/** Whether a handler's answer is an ending rather than a state. */
export function isEnding(outcome: ConferenceState | Ending): outcome is Ending {
  return 'reason' in outcome && !('conference' in outcome);
}
