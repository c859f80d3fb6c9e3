import type {ApplicationMessage, CallQuality, ConferenceState} from '../types.js';
import type {CallSignalPayload, SignalPayload} from './payloads.js';

/**
 * Handlers of what the node says about the conference as a whole: splash screens, transfers to
 * another conference, application messages; and the SDK's own measure of our call's quality.
 */

/**
 * `onSplashScreen`: a screen of the node's theme to show over the stage, or none (`undefined`).
 * `now`: the time it arrived (ms), so that a screen with a duration knows when it goes.
 */
export function onSplashScreen(
  state: ConferenceState,
  splash: SignalPayload<'onSplashScreen'> | undefined,
  now: number
): ConferenceState {
  if (!splash) return state.splash ? {...state, splash: undefined} : state;
  const {text, background, displayDuration} = splash;
  return {...state, splash: {text, background, ...(displayDuration > 0 && {until: now + displayDuration})}};
}

/**
 * The SDK's quality numbers (`@pexip/peer-connection-stats`' `Quality`: 0 good, 1 ok, 2 bad,
 * 3 terrible) as ours: the worse of inbound and outbound audio, terrible counted as bad.
 */
export function callQualityOf([inbound, outbound]: CallSignalPayload<'onCallQuality'>): CallQuality {
  const worst = Math.max(inbound, outbound);
  return worst <= 0 ? 'good' : worst === 1 ? 'ok' : 'bad';
}

/** `onCallQuality`: emitted only when it changes (no signal means good). */
export function onCallQuality(state: ConferenceState, quality: CallSignalPayload<'onCallQuality'>): ConferenceState {
  const callQuality = callQualityOf(quality);
  return callQuality === state.callQuality ? state : {...state, callQuality};
}

/** `onTransfer`: a host or the node moves us to another conference (the session follows). */
export function onTransfer(state: ConferenceState, {alias, breakoutName}: SignalPayload<'onTransfer'>): ConferenceState {
  return {...state, transfer: {alias, ...(breakoutName && {name: breakoutName})}};
}

/** `onCancelTransfer`: the move was called off. */
export function onCancelTransfer(state: ConferenceState): ConferenceState {
  return state.transfer ? {...state, transfer: undefined} : state;
}

/**
 * The state of a conference we moved into: what belonged to the old room (participants, chat,
 * presentation, status, requests) goes; media, devices and settings stay.
 */
export function enterTransferredConference(state: ConferenceState, alias: string, fresh: ConferenceState): ConferenceState {
  return {
    ...fresh,
    phase: 'connecting',
    conference: alias,
    transfer: state.transfer,
    media: {...state.media, remote: undefined},
    devices: state.devices,
    settings: state.settings,
  };
}

/** `onApplicationMessage`: a message for the page (not chat), as the public event gives it. */
export function toApplicationMessage({
  message,
  userId,
  displayName,
  direct,
  at,
}: SignalPayload<'onApplicationMessage'>): ApplicationMessage {
  return {message, senderId: userId, senderName: displayName, direct, at: at.getTime()};
}
