import {ContextProvider} from '@lit/context';
import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {SessionController} from '../../context/session-controller.js';
import {sessionContext} from '../../context/session-context.js';
import {emit} from '../../events.js';
import type {StringKey} from '../../i18n/en.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {isStringKey} from '../../i18n/registry.js';
import {ConferenceSession} from '../../session/conference-session.js';
import type {Session} from '../../session/session.js';
import type {ConferenceState, EndReason} from '../../session/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {themeStyles} from '../../styles/theme.styles.js';
import {icon} from '../icons.js';
import {conferenceStyles} from './conference.styles.js';

const DEFAULT_BANDWIDTH = 576;

/**
 * A complete Pexip Infinity Connect client: pre-join, the call, and its controls. It owns one
 * conference session and shares it with `<pex-roster>`, `<pex-chat>` and `<pex-presenter>`,
 * nested inside it or bound to it with `for="<its id>"`.
 *
 * @summary Join and run a Pexip Infinity meeting.
 * @tagname pex-conference
 *
 * @slot - Elements shown beside the call, such as `<pex-roster>` and `<pex-chat>`.
 *
 * @fires {PexEvent<'pex-state-change'>} pex-state-change - The phase changed (`idle`, `connecting`, `pin-required`, `extension-required`, `waiting`, `in-call`, `ended`, `failed`).
 * @fires {PexEvent<'pex-joined'>} pex-joined - This participant entered the meeting.
 * @fires {PexEvent<'pex-left'>} pex-left - This participant left or was disconnected; `detail.reason` says why.
 * @fires {PexEvent<'pex-error'>} pex-error - Joining failed; `detail.message` is the text shown.
 * @fires {PexEvent<'pex-participant-join'>} pex-participant-join - Someone joined the meeting.
 * @fires {PexEvent<'pex-participant-leave'>} pex-participant-leave - Someone left the meeting.
 *
 * @csspart base - The element's content in every phase.
 * @csspart panel - The pre-join, joining, waiting, ended and failed screens.
 * @csspart prejoin-form - The pre-join form.
 * @csspart name-input - The display-name field.
 * @csspart conference-input - The meeting-address field (shown when no `conference` is set).
 * @csspart join-button - The Join button.
 * @csspart message - A message (error or reason) on a panel.
 * @csspart stage - The video area.
 * @csspart remote-video - The `<video>` with the meeting's video.
 * @csspart self-view - The `<video>` with your own camera.
 * @csspart toolbar - The call controls.
 * @csspart microphone-button - Mute or unmute the microphone.
 * @csspart camera-button - Disable or enable the camera.
 * @csspart leave-button - Leave the meeting.
 * @csspart side - The area beside the call that holds the default slot.
 *
 * @cssprop [--pex-color-accent=#1f5fd6] - Primary buttons, focus rings, highlights.
 * @cssprop [--pex-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--pex-color-surface=#ffffff] - Background.
 * @cssprop [--pex-color-surface-raised=#f1f3f6] - Buttons, fields and cards.
 * @cssprop [--pex-color-stage=#111418] - Background behind video.
 * @cssprop [--pex-color-text=#1a1d21] - Text.
 * @cssprop [--pex-color-text-muted=#5b6470] - Secondary text.
 * @cssprop [--pex-color-border=#c9ced6] - Borders and dividers.
 * @cssprop [--pex-color-danger=#c62828] - Leave button, errors, muted state.
 * @cssprop [--pex-color-on-danger=#ffffff] - Text on the danger colour.
 * @cssprop [--pex-color-success=#1b7f3b] - Positive states.
 * @cssprop [--pex-color-focus=var(--pex-color-accent)] - Keyboard focus ring.
 * @cssprop [--pex-radius=8px] - Corner radius.
 * @cssprop [--pex-spacing=8px] - Base spacing unit.
 * @cssprop [--pex-font-family=system-ui] - Font.
 * @cssprop [--pex-font-size=1rem] - Base font size.
 */
export class PexConference extends LitElement {
  static override styles = [hostStyles, themeStyles, controlStyles, conferenceStyles];

  readonly #localize = new LocalizeController(this);
  #session: Session = new ConferenceSession();
  readonly #provider = new ContextProvider(this, {context: sessionContext, initialValue: this.#session});
  readonly #controller = new SessionController(this, {session: this.#session});
  #detachEvents: (() => void)[] = [];

  /**
   * Base URL of the Pexip Conferencing Node (or reverse proxy) to use, such as
   * `https://pexip.example.com`. Defaults to the page's own origin.
   */
  @property() accessor node = '';

  /** Alias of the Virtual Meeting Room to join, such as `meet.alice`. Without it, the pre-join screen asks. */
  @property() accessor conference = '';

  /** Display name for this participant; pre-fills the pre-join form. */
  @property() accessor name = '';

  /** Text typed in the pre-join form, and whether the user already tried to submit it. */
  @state() private accessor typedName = '';
  @state() private accessor typedConference = '';
  @state() private accessor submitted = false;

  /** The session this element runs; `<pex-roster>` and friends bound to it share it. */
  get session(): Session {
    return this.#session;
  }

  /** Lets a page (or a test) run the element on another session implementation. */
  set session(session: Session) {
    if (session === this.#session) return;
    this.#session = session;
    this.#provider.setValue(session);
    this.#controller.useSession(session);
    if (this.isConnected) this.#forwardSessionEvents();
  }

  /** The current state, for pages that want to read it. */
  get state(): ConferenceState {
    return this.#session.state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#forwardSessionEvents();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const detach of this.#detachEvents) detach();
    this.#detachEvents = [];
    // A move within the page disconnects and reconnects at once: only leave if really removed.
    queueMicrotask(() => {
      if (!this.isConnected) void this.#session.leave();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('name')) this.typedName = this.name;
  }

  /** Joins with the given attributes and what the user typed. */
  async join(): Promise<void> {
    this.submitted = true;
    const displayName = this.typedName.trim();
    const conference = (this.conference || this.typedConference).trim();
    if (!displayName || !conference) return;
    if (this.#session.state.phase === 'ended' || this.#session.state.phase === 'failed') this.#session.reset();
    await this.#session.join({
      node: this.#nodeUrl(),
      conference,
      displayName,
      bandwidth: DEFAULT_BANDWIDTH,
      mode: 'audio-video',
    });
  }

  /** Leaves the meeting (or stops joining). */
  async leave(): Promise<void> {
    await this.#session.leave();
  }

  async toggleMicrophone(): Promise<void> {
    await this.#session.setMicrophoneMuted(!this.#session.state.media.microphoneMuted);
  }

  async toggleCamera(): Promise<void> {
    await this.#session.setCameraOff(!this.#session.state.media.cameraOff);
  }

  // --- session notifications -> DOM events -------------------------------------------------

  #forwardSessionEvents(): void {
    for (const detach of this.#detachEvents) detach();
    const session = this.#session;
    this.#detachEvents = [
      session.subscribe((state, previous) => {
        if (state.phase !== previous.phase) {
          emit(this, 'pex-state-change', {phase: state.phase, previousPhase: previous.phase});
        }
      }),
      session.on('joined', (detail) => emit(this, 'pex-joined', detail)),
      session.on('left', ({reason}) => emit(this, 'pex-left', {reason, message: this.#reasonText(reason)})),
      session.on('error', ({reason}) => emit(this, 'pex-error', {reason, message: this.#reasonText(reason)})),
      session.on('participant-join', (detail) => emit(this, 'pex-participant-join', detail)),
      session.on('participant-leave', (detail) => emit(this, 'pex-participant-leave', detail)),
    ];
  }

  // --- helpers ---------------------------------------------------------------------------

  #nodeUrl(): string {
    return (this.node.trim() || location.origin).replace(/\/+$/, '');
  }

  #reasonText(reason: EndReason): string {
    const key = `reason.${reason.code}`;
    const params = {conference: this.#session.state.conference, node: this.#nodeUrl(), detail: reason.detail ?? reason.code};
    return isStringKey(key) ? this.#localize.t(key, params) : this.#localize.t('reason.unknown', params);
  }

  #t(key: StringKey, params?: Record<string, string | number>): string {
    return this.#localize.t(key, params);
  }

  #onSubmitJoin = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.join();
  };

  #onNameInput = (event: InputEvent): void => {
    this.typedName = (event.target as HTMLInputElement).value;
  };

  #onConferenceInput = (event: InputEvent): void => {
    this.typedConference = (event.target as HTMLInputElement).value;
  };

  #onLeave = (): void => {
    void this.leave();
  };

  #onRetry = (): void => {
    this.#session.reset();
  };

  // --- render ----------------------------------------------------------------------------

  override render(): TemplateResult {
    const state = this.#session.state;
    switch (state.phase) {
      case 'idle':
        return this.#renderPrejoin();
      case 'in-call':
        return this.#renderCall(state);
      case 'ended':
      case 'failed':
        return this.#renderEnded(state);
      default:
        return this.#renderJoining(state);
    }
  }

  #renderPrejoin(): TemplateResult {
    const conference = this.conference.trim();
    const nameMissing = this.submitted && !this.typedName.trim();
    const conferenceMissing = this.submitted && !conference && !this.typedConference.trim();
    return html`
      <div part="base panel" class="panel">
        <h2>${conference ? this.#t('prejoin.heading', {conference}) : this.#t('prejoin.heading-no-conference')}</h2>
        <form part="prejoin-form" novalidate @submit=${this.#onSubmitJoin}>
          ${conference
            ? nothing
            : html`<label>
                ${this.#t('prejoin.conference-label')}
                <input
                  part="conference-input"
                  name="conference"
                  autocomplete="off"
                  .value=${this.typedConference}
                  aria-invalid=${conferenceMissing ? 'true' : 'false'}
                  aria-describedby=${conferenceMissing ? 'conference-problem' : nothing}
                  @input=${this.#onConferenceInput}
                />
              </label>
              ${conferenceMissing
                ? html`<p id="conference-problem" part="message" class="message error">${this.#t('prejoin.missing-conference')}</p>`
                : nothing}`}
          <label>
            ${this.#t('prejoin.name-label')}
            <input
              part="name-input"
              name="name"
              autocomplete="name"
              .value=${this.typedName}
              aria-invalid=${nameMissing ? 'true' : 'false'}
              aria-describedby=${nameMissing ? 'name-problem' : nothing}
              @input=${this.#onNameInput}
            />
          </label>
          ${nameMissing ? html`<p id="name-problem" part="message" class="message error">${this.#t('prejoin.missing-name')}</p>` : nothing}
          <button part="join-button" class="primary" type="submit">${this.#t('prejoin.join')}</button>
        </form>
      </div>
    `;
  }

  #renderJoining(state: ConferenceState): TemplateResult {
    return html`
      <div part="base panel" class="panel" role="status">
        <div class="spinner" aria-hidden="true"></div>
        <p>${this.#t('joining.connecting', {conference: state.conference})}</p>
        <button @click=${this.#onLeave}>${this.#t('joining.cancel')}</button>
      </div>
    `;
  }

  #renderEnded(state: ConferenceState): TemplateResult {
    const reason = state.endReason ?? {code: 'left'};
    const failed = state.phase === 'failed';
    const heading = failed ? 'failed.heading' : reason.code === 'left' ? 'ended.heading' : 'ended.heading-disconnected';
    return html`
      <div part="base panel" class="panel">
        ${failed ? icon('alert') : nothing}
        <h2>${this.#t(heading)}</h2>
        <p part="message" class=${failed ? 'message error' : 'message'} role=${failed ? 'alert' : 'status'}>${this.#reasonText(reason)}</p>
        <div class="actions">
          <button class="primary" @click=${this.#onRetry}>${this.#t(failed ? 'failed.retry' : 'ended.rejoin')}</button>
        </div>
      </div>
    `;
  }

  #renderCall(state: ConferenceState): TemplateResult {
    const {media} = state;
    const hasSide = this.childElementCount > 0;
    return html`
      <div part="base" class="call ${hasSide ? 'with-side' : ''}">
        <div part="stage" class="stage">
          ${media.remote
            ? html`<video part="remote-video" class="remote-video" .srcObject=${media.remote} autoplay playsinline aria-label=${this.#t('call.remote-video')}></video>`
            : html`<p class="stage-message" role="status">${this.#t(media.mode === 'control-only' ? 'call.no-video' : 'call.waiting-for-video')}</p>`}
          ${media.local && media.mode === 'audio-video'
            ? html`<video part="self-view" class="self-view" .srcObject=${media.local} autoplay playsinline muted aria-label=${this.#t('call.self-view')}></video>`
            : nothing}
          ${state.reconnecting ? html`<p class="banner" role="status">${this.#t('call.reconnecting')}</p>` : nothing}
        </div>
        ${this.#renderToolbar(state)}
        <div part="side" class="side" ?hidden=${!hasSide}><slot @slotchange=${() => this.requestUpdate()}></slot></div>
      </div>
    `;
  }

  #renderToolbar(state: ConferenceState): TemplateResult {
    const {microphoneMuted, cameraOff, mode} = state.media;
    return html`
      <div part="toolbar" class="toolbar" role="toolbar" aria-label=${this.#t('toolbar.label')}>
        <span class="count">${this.#t('call.participants', {count: state.participants.length})}</span>
        ${mode === 'control-only'
          ? nothing
          : html`<button
              part="microphone-button"
              class="icon"
              aria-pressed=${microphoneMuted ? 'true' : 'false'}
              aria-label=${this.#t('toolbar.mute-microphone')}
              title=${this.#t(microphoneMuted ? 'toolbar.unmute-microphone' : 'toolbar.mute-microphone')}
              @click=${() => void this.toggleMicrophone()}
            >
              ${icon(microphoneMuted ? 'microphone-off' : 'microphone')}
            </button>`}
        ${mode === 'audio-video'
          ? html`<button
              part="camera-button"
              class="icon"
              aria-pressed=${cameraOff ? 'true' : 'false'}
              aria-label=${this.#t('toolbar.disable-camera')}
              title=${this.#t(cameraOff ? 'toolbar.enable-camera' : 'toolbar.disable-camera')}
              @click=${() => void this.toggleCamera()}
            >
              ${icon(cameraOff ? 'camera-off' : 'camera')}
            </button>`
          : nothing}
        <button part="leave-button" class="danger leave" @click=${this.#onLeave}>${icon('phone-off')} ${this.#t('toolbar.leave')}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-conference': PexConference;
  }
}
