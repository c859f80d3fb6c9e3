import type {ConferenceState} from '../../session/types.js';
import {MAIN_ROOM_ID} from '../../session/types.js';
import {whenIdle} from '../shared/when-idle.js';

/** How long into the first call the extras load when nothing asked for them sooner: after its first pictures. */
const LOAD_AFTER_MS = 3000;

let loading: Promise<void> | undefined;
let scheduled = false;

/** Loads and registers the call's extras once (again after a failed load). */
function loadCallExtras(): Promise<void> {
  loading ??= import('./call-extras-elements.js').then(
    (module) => module.defineCallExtras(),
    (error: unknown) => {
      loading = undefined;
      throw error;
    }
  );
  return loading;
}

/** Whether the call shows one of its extras now. */
function needsExtras(state: ConferenceState, endsAt: number | undefined): boolean {
  const {moving, currentRoomId} = state.breakouts;
  return state.captions.enabled || Boolean(moving) || currentRoomId !== MAIN_ROOM_ID || endsAt !== undefined;
}

/**
 * The call screen's parts that a call does not need at its start — the breakout rooms' banner,
 * live captions, the countdown to the meeting's end — are a chunk of their own, so that the
 * scripts a join downloads stay small. The call screen calls this on each render of a call: they
 * load at once when one is shown, and otherwise a few seconds into the call (the banner's live
 * region is then in place before a move is announced). Their elements upgrade on registration.
 */
export function loadCallExtrasFor(state: ConferenceState, endsAt: number | undefined): void {
  if (loading) return;
  if (needsExtras(state, endsAt)) {
    void loadCallExtras().catch(() => undefined);
  } else if (!scheduled) {
    scheduled = true;
    setTimeout(() => whenIdle(() => void loadCallExtras().catch(() => undefined), 2000, 0), LOAD_AFTER_MS);
  }
}
