import type {ConferenceState} from '../types.js';
import type {SignalPayload} from './payloads.js';

/** Handlers of the layout signals, about the room our call is in (they carry no room id). */

/** `onRequestedLayout`: the layout hosts chose, for hosts and for guests. */
export function onRequestedLayout(state: ConferenceState, {primaryScreen}: SignalPayload<'onRequestedLayout'>): ConferenceState {
  const host = String(primaryScreen.hostLayout);
  const guest = String(primaryScreen.guestLayout);
  const {requested} = state.layout;
  if (requested?.host === host && requested.guest === guest) return state;
  return {...state, layout: Object.freeze({...state.layout, requested: Object.freeze({host, guest})})};
}

/** `onLayoutOverlayTextEnabled`: whether names show over participants' video. */
export function onLayoutOverlayTextEnabled(
  state: ConferenceState,
  overlayText: SignalPayload<'onLayoutOverlayTextEnabled'>
): ConferenceState {
  if (overlayText === state.layout.overlayText) return state;
  return {...state, layout: Object.freeze({...state.layout, overlayText})};
}
