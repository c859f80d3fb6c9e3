import {html, nothing, type TemplateResult} from 'lit';
import type {StringKey} from '../../i18n/en.js';
import {isStringKey} from '../../i18n/registry.js';
import type {Session} from '../../session/session.js';
import type {ConferenceState, EndReason, ExtensionRequest, IdentityProvider, PinRequest} from '../../session/types.js';
import {icon} from '../icons.js';
import type {Notice} from '../shared/notices.js';
import {renderSplash} from './splash-screen.js';

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
  /** The page asks (`sso-flow="redirect"`) for single sign-on in this window rather than a pop-up. */
  readonly ssoRedirect?: boolean;
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

/** Why a call ended or failed, in words. */
export function reasonTextOf(t: PanelContext['t'], reason: EndReason, where: {conference: string; node: string}): string {
  const key = `reason.${reason.code}`;
  const params = {...where, detail: reason.detail ?? reason.code};
  return isStringKey(key) ? t(key, params) : t('reason.unknown', params);
}

export function renderPanel(context: PanelContext, content: TemplateResult): TemplateResult {
  return html`<div part="base panel" class="panel">${context.notices}${content}</div>`;
}

export function renderConnecting(state: ConferenceState, context: PanelContext): TemplateResult {
  const {t} = context;
  return renderPanel(
    context,
    html`<div class="spinner" aria-hidden="true"></div>
      <p role="status">
        ${state.transfer ? t('transfer.moving', {conference: state.transfer.name ?? state.transfer.alias}) : t('joining.connecting', {conference: state.conference})}
      </p>
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

export function renderPinPrompt(request: PinRequest, context: PanelContext): TemplateResult {
  const {t, session} = context;
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

export function renderExtensionPrompt(request: ExtensionRequest, context: PanelContext): TemplateResult {
  const {t, session} = context;
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
  const reason = state.waitingReason ?? 'host';
  const text = {
    host: ['waiting.heading-host', 'waiting.host'],
    locked: ['waiting.heading-locked', 'waiting.locked'],
    'not-started': ['waiting.heading-not-started', 'waiting.not-started'],
  } as const;
  return renderPanel(
    context,
    html`${state.splash ? renderSplash(state, 'panel') : html`<div class="spinner" aria-hidden="true"></div>`}
      <h2>${t(text[reason][0])}</h2>
      <p role="status">${t(text[reason][1])}</p>
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

/**
 * The single sign-on screen: the identity providers to choose from (when the room offers
 * several), then "Sign in with …", which opens the provider's page in a pop-up (from the click,
 * so that the browser allows it). `redirect`: the page asks for the redirect flow instead.
 */
export function renderSsoPrompt(state: ConferenceState, context: PanelContext, redirect: boolean): TemplateResult {
  const {t, session} = context;
  const request = state.ssoRequest;
  if (!request) return renderPanel(context, html`<div class="spinner" aria-hidden="true"></div>`);
  const chosen = request.providers.find(({id}) => id === request.chosenId);
  const choosing = request.providers.length > 1;
  const providerButton = (provider: IdentityProvider) =>
    html`<button
      part="sso-provider"
      class=${provider.id === request.chosenId ? 'primary' : ''}
      aria-pressed=${provider.id === request.chosenId ? 'true' : 'false'}
      @click=${() => void session.chooseIdentityProvider(provider.id)}
    >
      ${provider.image ? html`<img src=${provider.image} alt="" width="20" height="20" />` : nothing} ${provider.name}
    </button>`;
  return renderPanel(
    context,
    html`<div class="prompt" part="sso">
      <h2>${t('sso.heading')}</h2>
      ${
        choosing
          ? html`<p>${t('sso.choose')}</p>
              <div class="actions" role="group" aria-label=${t('sso.choose')}>${request.providers.map(providerButton)}</div>`
          : nothing
      }
      ${
        chosen && request.redirectUrl
          ? html`<button
              part="sso-sign-in"
              class="primary"
              ?disabled=${request.signingIn}
              @click=${() => session.signIn({redirect})}
            >
              ${t('sso.sign-in-with', {provider: chosen.name})}
            </button>`
          : nothing
      }
      <p role="status" class="hint">${request.signingIn ? t('sso.waiting') : ''}</p>
      ${request.failed ? html`<p part="message" class="message error" role="alert">${t(`sso.failed.${request.failed}`)}</p>` : nothing}
      <button type="button" @click=${context.cancel}>${t('joining.cancel')}</button>
    </div>`
  );
}

/** The screens between the pre-join screen and the call, and after it. */
export function renderPhasePanel(state: ConferenceState, context: PanelContext): TemplateResult {
  switch (state.phase) {
    case 'pin-required':
      // The phase comes with its request; without one, any PIN is asked for.
      return renderPinPrompt(state.pinRequest ?? {hostPin: true, guestPin: true, invalid: false}, context);
    case 'extension-required':
      return renderExtensionPrompt(state.extensionRequest ?? {type: 'standard', invalid: false}, context);
    case 'waiting':
      return renderWaiting(state, context);
    case 'connecting':
      return renderConnecting(state, context);
    case 'sso-required':
      return renderSsoPrompt(state, context, Boolean(context.ssoRedirect));
    default:
      return renderEnded(state, context);
  }
}
