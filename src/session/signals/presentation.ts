import type {ConferenceState} from '../types.js';
import type {CallSignalPayload} from './payloads.js';

/** Why our own presentation must stop, when the presentation connection says so. */
export type PresentationStop = 'taken-over' | 'refused';

/**
 * `onPresentationConnectionChange`: our presentation is sent, refused, or taken over (the SDK
 * stops ours when someone else starts one), and the one we receive went away. `stopping`: we
 * are stopping ours ourselves, so its end is no take-over. Returns the next state and, when ours
 * must stop, why.
 */
export function onPresentationConnectionChange(
  state: ConferenceState,
  {send, recv}: CallSignalPayload<'onPresentationConnectionChange'>,
  stopping: boolean
): {readonly state: ConferenceState; readonly stop?: PresentationStop} {
  const {sending, remote} = state.presentation;
  const next = recv === 'disconnected' && remote ? {...state, presentation: {...state.presentation, remote: undefined}} : state;
  if (send === 'connected' && sending === 'starting') {
    return {state: {...next, presentation: {...next.presentation, sending: 'sending'}}};
  }
  if (send === 'failed' && sending !== 'idle') return {state: next, stop: 'refused'};
  if (send === 'disconnected' && sending !== 'idle' && !stopping) return {state: next, stop: 'taken-over'};
  return {state: next};
}

/**
 * The event stream's `presentation_frame`: the node has a new still of the presentation, under
 * this id (the SDK gives the event's id only). Remembered in every mode, so that switching to
 * stills can fetch the current one at once.
 */
export function onPresentationFrame(state: ConferenceState, frameId: string): ConferenceState {
  if (!frameId || frameId === state.presentation.frameId) return state;
  return {...state, presentation: {...state.presentation, frameId}};
}
