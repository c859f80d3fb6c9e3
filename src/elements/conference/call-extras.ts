import {statusOf} from '../../session/selectors.js';
import {MAIN_ROOM_ID, type ConferenceState} from '../../session/types.js';
import {defineOnDemand} from '../shared/define-on-demand.js';
import {whenIdle} from '../shared/when-idle.js';

/** How long into the first call the extras load when nothing asked for them sooner: after its first pictures. */
const LOAD_AFTER_MS = 3000;

let scheduled = false;

const extras = () => import('./call-extras-elements.js');

/** Loads and registers the call's extras (each once; again after a failed load). */
function loadCallExtras(): void {
  void Promise.all([
    defineOnDemand('pex-end-countdown', () => extras().then((module) => module.PexEndCountdown)),
    defineOnDemand('pex-captions-overlay', () => extras().then((module) => module.PexCaptionsOverlay)),
    defineOnDemand('pex-breakout-banner', () => extras().then((module) => module.PexBreakoutBanner)),
  ]).catch(() => undefined);
}

/** Whether the call shows one of its extras now. */
function needsExtras(state: ConferenceState): boolean {
  const {moving, currentRoomId} = state.breakouts;
  return state.captions.enabled || Boolean(moving) || currentRoomId !== MAIN_ROOM_ID || statusOf(state).endsAt !== undefined;
}

/**
 * The call screen's parts that a call does not need at its start — the breakout rooms' banner,
 * live captions, the countdown to the meeting's end — are a chunk of their own, so that the
 * scripts a join downloads stay small. The call screen calls this on each render of a call: they
 * load at once when one is shown, and otherwise a few seconds into the call (the banner's live
 * region is then in place before a move is announced). Their elements upgrade on registration.
 */
export function loadCallExtrasFor(state: ConferenceState): void {
  if (customElements.get('pex-breakout-banner')) return;
  if (needsExtras(state)) {
    loadCallExtras();
  } else if (!scheduled) {
    scheduled = true;
    setTimeout(() => whenIdle(loadCallExtras, 2000, 0), LOAD_AFTER_MS);
  }
}
