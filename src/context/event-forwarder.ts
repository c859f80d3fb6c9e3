import type {ReactiveControllerHost} from 'lit';
import {emit} from '../events.js';
import type {Session} from '../session/session.js';
import type {EndReason} from '../session/types.js';
import {SessionListenerController} from './session-listener.js';

/** How often `pex-stats` reaches the page (the SDK measures every second). */
const STATS_EVENT_INTERVAL_MS = 5000;

/**
 * Forwards the session's notifications as the `pex-*` DOM events of the element that owns the
 * session (`<pex-conference>`): once per notification, whichever elements show it. The phase is
 * also the host's `phase` attribute, so that a page can style around the call.
 */
export class SessionEventForwarder extends SessionListenerController {
  #lastStatsEvent = 0;

  /** `reasonText` words why the meeting ended or failed, for the events' `message`. */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    session: () => Session | undefined,
    reasonText: (reason: EndReason) => string
  ) {
    super(host, session, (listened) => [
      reflectPhase(host, listened.state.phase),
      listened.subscribe((state, previous) => {
        if (state.phase === previous.phase) return;
        reflectPhase(host, state.phase);
        emit(host, 'pex-state-change', {phase: state.phase, previousPhase: previous.phase});
      }),
      listened.on('joined', (detail) => emit(host, 'pex-joined', detail)),
      listened.on('left', ({reason}) => emit(host, 'pex-left', {reason, message: reasonText(reason)})),
      listened.on('error', ({reason}) => emit(host, 'pex-error', {reason, message: reasonText(reason)})),
      listened.on('participant-join', (detail) => emit(host, 'pex-participant-join', detail)),
      listened.on('participant-leave', (detail) => emit(host, 'pex-participant-leave', detail)),
      listened.on('chat-message', (detail) => emit(host, 'pex-chat-message', detail)),
      listened.on('presentation-start', (detail) => emit(host, 'pex-presentation-start', detail)),
      listened.on('presentation-stop', (detail) => emit(host, 'pex-presentation-stop', detail)),
      listened.on('caption', (detail) => emit(host, 'pex-caption', detail)),
      listened.on('layout-change', (detail) => emit(host, 'pex-layout-change', detail)),
      listened.on('breakout-move', (detail) => emit(host, 'pex-breakout-move', detail)),
      listened.on('breakout-help', (detail) => emit(host, 'pex-breakout-help', detail)),
      listened.on('breakout-end', (detail) => emit(host, 'pex-breakout-end', detail)),
      listened.on('application-message', (detail) => emit(host, 'pex-application-message', detail)),
      listened.on('transfer', (detail) => emit(host, 'pex-transfer', detail)),
      listened.on('stats', ({stats}) => {
        if (stats.at - this.#lastStatsEvent < STATS_EVENT_INTERVAL_MS) return;
        this.#lastStatsEvent = stats.at;
        emit(host, 'pex-stats', {stats});
      }),
    ]);
  }
}

/** Sets the host's `phase` attribute; what it returns removes it (the host no longer follows a session). */
function reflectPhase(host: HTMLElement, phase: string): () => void {
  host.setAttribute('phase', phase);
  return () => host.removeAttribute('phase');
}
