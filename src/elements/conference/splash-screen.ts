import {html, nothing, type TemplateResult} from 'lit';
import type {ConferenceState} from '../../session/types.js';

/**
 * A splash screen of the node's theme (`onSplashScreen`; the session clears it when its time is
 * up): over the whole stage in the call, or as a card on the waiting screen (Infinity's
 * "waiting for the host" screen for guests of a meeting a host has not started yet).
 */
export function renderSplash(state: ConferenceState, where: 'stage' | 'panel'): TemplateResult | typeof nothing {
  const {splash} = state;
  if (!splash) return nothing;
  return html`<div part="splash" class="splash ${where === 'panel' ? 'in-panel' : ''}">
    <img src=${splash.background} alt="" />
    <p role="status">${splash.text}</p>
  </div>`;
}
