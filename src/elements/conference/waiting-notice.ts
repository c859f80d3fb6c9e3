import {html, nothing, type TemplateResult} from 'lit';
import type {StringKey} from '../../i18n/en.js';
import {waitingOf} from '../../session/selectors.js';
import type {Session} from '../../session/session.js';
import type {ConferenceState, Participant} from '../../session/types.js';

type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/** The people waiting at the door (a locked room, or no host yet), for a host to let in. */
export function waitingParticipants(state: ConferenceState): readonly Participant[] {
  return state.hostControls ? waitingOf(state) : [];
}

/**
 * Tells a host that someone is waiting to be let in, with Admit and Reject, whether or not the
 * side panel (and its participant list) is shown. `run` shows the node's refusal, if any.
 */
export function renderWaitingNotice(
  state: ConferenceState,
  session: Session,
  t: Translate,
  run: (action: () => Promise<void>) => void
): TemplateResult | typeof nothing {
  const first = waitingParticipants(state).at(0);
  if (!first) return nothing;
  const {id, displayName} = first;
  return html`<div part="waiting-notice" class="waiting-notice" role="status">
    <span>${t('call.waiting-notice', {name: displayName})}</span>
    <button class="primary" @click=${() => run(() => session.admit(id))}>${t('call.waiting-admit')}</button>
    <button class="danger" @click=${() => run(() => session.disconnectParticipant(id))}>${t('call.waiting-reject')}</button>
  </div>`;
}
