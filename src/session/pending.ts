import {requestKey} from './selectors.js';
import type {ConferenceState, PendingRequest} from './types.js';

/** The state with a request on its way (replacing an older one of the same key). */
export function withPending(state: ConferenceState, request: Omit<PendingRequest, 'answered'>): ConferenceState {
  const key = requestKey(request.action, request.participantId);
  return {...state, pending: Object.freeze({...state.pending, [key]: Object.freeze({...request, answered: false})})};
}

/** The state once the node said yes, and its signal is still to come. */
export function withAnswered(state: ConferenceState, key: string): ConferenceState {
  const request = key in state.pending ? state.pending[key] : undefined;
  if (!request || request.answered) return state;
  return {...state, pending: Object.freeze({...state.pending, [key]: Object.freeze({...request, answered: true})})};
}

/** The state without that request: the node confirmed or refused it. */
export function withoutPending(state: ConferenceState, key: string): ConferenceState {
  if (!(key in state.pending)) return state;
  const rest = Object.fromEntries(Object.entries(state.pending).filter(([name]) => name !== key));
  return {...state, pending: Object.freeze(rest)};
}
