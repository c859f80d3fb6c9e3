import {html, nothing, type TemplateResult} from 'lit';
import type {StringKey} from '../../i18n/en.js';
import type {Session} from '../../session/session.js';
import type {ConferenceState, EndReason} from '../../session/types.js';
import {icon} from '../icons.js';
import type {Notice} from '../shared/notices.js';

/** What the screens of `<pex-conference>` before and after the call need from it. */
export interface PanelContext {
  readonly t: (key: StringKey, params?: Record<string, string | number>) => string;
  readonly session: Session;
  /** The conference's notices, rendered. */
  readonly notices: TemplateResult | typeof nothing;
  /** Leaves the meeting, or stops joining. */
  readonly cancel: () => void;
  readonly openSetupCheck: () => void;
  readonly reasonText: (reason: EndReason) => string;
}

export function renderNotices(
  notices: readonly Notice[],
  dismissLabel: string,
  dismiss: (id: string) => void
): TemplateResult | typeof nothing {
  if (!notices.length) return nothing;
  return html`<div part="notices" class="notices" role="status">
    ${notices.map(
      (notice) =>
        html`<p class="message notice ${notice.error ? 'error' : ''}">
          <span>${notice.text}</span>
          <button class="dismiss" @click=${() => dismiss(notice.id)} aria-label=${dismissLabel}>×</button>
        </p>`
    )}
  </div>`;
}

export function renderPanel(context: PanelContext, content: TemplateResult): TemplateResult {
  return html`<div part="base panel" class="panel">${context.notices}${content}</div>`;
}

export function renderConnecting(state: ConferenceState, context: PanelContext): TemplateResult {
  const {t} = context;
  return renderPanel(
    context,
    html`<div class="spinner" aria-hidden="true"></div>
      <p role="status">${t('joining.connecting', {conference: state.conference})}</p>
      ${state.nodeSlow ? html`<p class="hint" role="status">${t('call.node-slow')}</p>` : nothing}
      <button @click=${context.cancel}>${t('joining.cancel')}</button>`
  );
}

/** The value of the form's one named field, on submit. */
function submitted(event: SubmitEvent, field: string): string {
  event.preventDefault();
  return ((event.target as HTMLFormElement).elements.namedItem(field) as HTMLInputElement).value;
}

/** The one field of the PIN or extension prompt (part `<name>-input`), and why the node refused the last answer. */
function renderPromptField(
  label: string,
  name: 'pin' | 'extension',
  type: 'password' | 'text',
  problem: string | false
): TemplateResult {
  return html`<label>
      ${label}
      <input
        part="${name}-input"
        name=${name}
        type=${type}
        inputmode="numeric"
        autocomplete="off"
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby="${name}-problem"
      />
    </label>
    ${problem ? html`<p id="${name}-problem" part="message" class="message error" role="alert">${problem}</p>` : nothing}`;
}

export function renderPinPrompt(state: ConferenceState, context: PanelContext): TemplateResult {
  const {t, session} = context;
  const request = state.pinRequest!;
  const guestsWithoutPin = request.hostPin && !request.guestPin;
  return renderPanel(
    context,
    html`<form class="prompt" @submit=${(event: SubmitEvent) => void session.submitPin(submitted(event, 'pin'))} novalidate>
      <h2>${t('pin.heading')}</h2>
      ${renderPromptField(t(guestsWithoutPin ? 'pin.label-host' : 'pin.label-any'), 'pin', 'password', request.invalid && t('pin.invalid'))}
      <button class="primary" type="submit">${t('pin.submit')}</button>
      ${
        guestsWithoutPin
          ? html`<p class="hint">${t('pin.guest-hint')}</p>
              <button type="button" @click=${() => void session.joinAsGuest()}>${t('pin.as-guest')}</button>`
          : nothing
      }
      <button type="button" @click=${context.cancel}>${t('joining.cancel')}</button>
    </form>`
  );
}

export function renderExtensionPrompt(state: ConferenceState, context: PanelContext): TemplateResult {
  const {t, session} = context;
  const request = state.extensionRequest!;
  return renderPanel(
    context,
    html`<form
      class="prompt"
      @submit=${(event: SubmitEvent) => void session.submitExtension(submitted(event, 'extension'))}
      novalidate
    >
      <h2>${t('extension.heading')}</h2>
      <p>${t(request.type === 'mssip' ? 'extension.hint-mssip' : 'extension.hint-standard')}</p>
      ${renderPromptField(t('extension.label'), 'extension', 'text', request.invalid && t('extension.invalid'))}
      <button class="primary" type="submit">${t('extension.submit')}</button>
      <button type="button" @click=${context.cancel}>${t('joining.cancel')}</button>
    </form>`
  );
}

export function renderWaiting(state: ConferenceState, context: PanelContext): TemplateResult {
  const {t} = context;
  const locked = state.waitingReason === 'locked';
  return renderPanel(
    context,
    html`<div class="spinner" aria-hidden="true"></div>
      <h2>${t(locked ? 'waiting.heading-locked' : 'waiting.heading-host')}</h2>
      <p role="status">${t(locked ? 'waiting.locked' : 'waiting.host')}</p>
      <button @click=${context.cancel}>${t('joining.cancel')}</button>`
  );
}

export function renderEnded(state: ConferenceState, context: PanelContext): TemplateResult {
  const {t, session} = context;
  const reason = state.endReason ?? {code: 'left'};
  const failed = state.phase === 'failed';
  // Inline in its element, with no whitespace around it: pages and tests read its text.
  const message = context.reasonText(reason);
  const heading = failed ? 'failed.heading' : reason.code === 'left' ? 'ended.heading' : 'ended.heading-disconnected';
  return renderPanel(
    context,
    html`${failed ? icon('alert') : nothing}
      <h2>${t(heading)}</h2>
      <p part="message" class=${failed ? 'message error' : 'message'} role=${failed ? 'alert' : 'status'}>${message}</p>
      <div class="actions">
        <button class="primary" @click=${() => session.reset()}>${t(failed ? 'failed.retry' : 'ended.rejoin')}</button>
        ${failed ? html`<button @click=${context.openSetupCheck}>${t('setup.open')}</button>` : nothing}
      </div>`
  );
}

/** The screens between the pre-join screen and the call, and after it. */
export function renderPhasePanel(state: ConferenceState, context: PanelContext): TemplateResult {
  switch (state.phase) {
    case 'pin-required':
      return renderPinPrompt(state, context);
    case 'extension-required':
      return renderExtensionPrompt(state, context);
    case 'waiting':
      return renderWaiting(state, context);
    case 'connecting':
      return renderConnecting(state, context);
    default:
      return renderEnded(state, context);
  }
}
