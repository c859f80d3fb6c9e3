import {css, html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {SessionController} from '../../context/session-controller.js';
import {conference} from '../../i18n/en/conference.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import type {Session} from '../../session/session.js';
import type {JoinMode} from '../../session/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {themeStyles} from '../../styles/theme.styles.js';
import {emitInternal} from '../shared/internal-events.js';
import {bandwidthChoices} from './bandwidth.js';
import type {PrejoinChoice} from './prejoin-choice.js';

const MODES: readonly JoinMode[] = ['audio-video', 'audio-only', 'control-only'];

/**
 * The pre-join screen: name, meeting address (when none is given), camera preview with device
 * choices and a microphone level meter, join mode, bandwidth and "mute when joining".
 *
 * @internal
 * @tagname pex-prejoin
 * @fires pex-prejoin-submit - The user asked to join; `detail` is the `PrejoinChoice`.
 */
export class PexPrejoin extends LitElement {
  static override styles = [
    hostStyles,
    themeStyles,
    controlStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      .layout {
        display: grid;
        gap: calc(var(--_pex-space) * 3);
        padding: calc(var(--_pex-space) * 3);
      }
      /* Narrow: name and Join first, the preview and devices below. */
      .layout > form {
        order: -1;
      }
      @container (min-width: 44rem) {
        .layout.with-preview {
          grid-template-columns: minmax(0, 1.2fr) minmax(16rem, 1fr);
          align-items: start;
        }
        .layout > form {
          order: 0;
        }
      }
      h2 {
        margin: 0 0 calc(var(--_pex-space) * 2);
        font-size: 1.35rem;
      }
      .media {
        display: grid;
        gap: calc(var(--_pex-space) * 1.5);
      }
      .preview {
        position: relative;
        display: grid;
        place-items: center;
        aspect-ratio: 16 / 9;
        border-radius: var(--_pex-radius);
        background: var(--_pex-stage);
        color: #fff;
        overflow: hidden;
      }
      .preview video {
        position: absolute;
        inset: 0;
        width: 100%;
        height: 100%;
        object-fit: cover;
        transform: scaleX(-1);
      }
      form {
        display: grid;
        gap: calc(var(--_pex-space) * 2);
      }
      .join {
        width: 100%;
      }
    `,
  ];

  readonly #localize = new LocalizeController(this, conference);
  readonly #controller = new SessionController(this, {select: (s) => [s.media, s.devices, s.settings]});

  @property({attribute: false}) accessor session: Session | undefined;
  /** The meeting to join; when empty the form asks for it. */
  @property() accessor conference = '';
  @property({attribute: 'display-name'}) accessor displayName = '';
  @property() accessor mode: JoinMode = 'audio-video';
  @property({type: Number}) accessor bandwidth = 576;
  @property({type: Boolean, attribute: 'mute-microphone'}) accessor muteMicrophone = false;

  /** The form's choices as they stand (the conference is the element's own). */
  get choice(): Omit<PrejoinChoice, 'conference'> {
    const {displayName, mode, bandwidth, muteMicrophone} = this;
    return {displayName, mode, bandwidth, muteMicrophone};
  }

  /** Show the camera preview and device choices (the "show device options" setting). */
  @property({type: Boolean, attribute: 'show-device-options'}) accessor showDeviceOptions = true;

  @state() private accessor typedConference = '';
  @state() private accessor submitted = false;

  override willUpdate(changed: PropertyValues<this>): void {
    if (this.session && this.#controller.session !== this.session) this.#controller.useSession(this.session);
    if ((changed.has('mode') || changed.has('showDeviceOptions') || changed.has('session')) && this.session) {
      this.#syncPreview(this.session);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The preview's camera is handed over to the call when joining; otherwise turn it off.
    if (this.session?.state.phase === 'idle') this.session.stopPreview();
  }

  #syncPreview(session: Session): void {
    if (this.showDeviceOptions && this.mode !== 'control-only') void session.startPreview(this.mode);
    else session.stopPreview();
  }

  #submit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.submitted = true;
    const displayName = this.displayName.trim();
    const conference = (this.conference || this.typedConference).trim();
    if (!displayName || !conference) return;
    const choice: PrejoinChoice = {
      displayName,
      conference,
      mode: this.mode,
      bandwidth: this.bandwidth,
      muteMicrophone: this.muteMicrophone,
    };
    emitInternal(this, 'pex-prejoin-submit', choice);
  };

  #renderPreview(): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    const media = this.session?.state.media;
    const video = this.mode === 'audio-video' && media?.local?.getVideoTracks().length ? media.local : undefined;
    return html`
      <div class="media">
        <div class="preview" part="preview">
          ${
            video
              ? html`<video
                  part="preview-video"
                  .srcObject=${video}
                  autoplay
                  playsinline
                  muted
                  aria-label=${t('prejoin.preview')}
                ></video>`
              : html`<span>${t('prejoin.preview-off')}</span>`
          }
        </div>
        ${media?.problem ? html`<p class="message error" role="alert">${t(`reason.${media.problem}`)}</p>` : nothing}
        ${
          this.mode !== 'control-only'
            ? html`<pex-level-meter .stream=${media?.local} label=${t('devices.microphone-level')}></pex-level-meter>
                <pex-device-picker
                  .session=${this.session}
                  .kinds=${this.mode === 'audio-video' ? ['camera', 'microphone', 'speaker'] : ['microphone', 'speaker']}
                ></pex-device-picker>
                <pex-effects-picker .session=${this.session} .video=${this.mode === 'audio-video'}></pex-effects-picker>
                <label class="choice">
                  <input
                    type="checkbox"
                    name="hide-device-options"
                    @change=${(event: Event) =>
                      this.session?.updateSettings({showDeviceOptions: !(event.target as HTMLInputElement).checked})}
                  />
                  ${t('prejoin.hide-device-options')}
                </label>`
            : nothing
        }
      </div>
    `;
  }

  /** A labelled text field (part `<name>-input`) with its problem, if any, described by it. */
  #renderField(field: {
    name: string;
    label: string;
    value: string;
    autocomplete: string;
    problem: string;
    onInput: (value: string) => void;
  }): TemplateResult {
    const problemId = `${field.name}-problem`;
    return html`<label>
        ${field.label}
        <input
          part="${field.name}-input"
          name=${field.name}
          autocomplete=${field.autocomplete}
          .value=${field.value}
          aria-invalid=${field.problem ? 'true' : 'false'}
          aria-describedby=${field.problem ? problemId : nothing}
          @input=${(event: InputEvent) => field.onInput((event.target as HTMLInputElement).value)}
        />
      </label>
      ${field.problem ? html`<p id=${problemId} part="message" class="message error">${field.problem}</p>` : nothing}`;
  }

  #renderForm(): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    const conference = this.conference.trim();
    const nameMissing = this.submitted && !this.displayName.trim();
    const conferenceMissing = this.submitted && !conference && !this.typedConference.trim();
    return html`
      <form part="prejoin-form" novalidate @submit=${this.#submit}>
        <h2>${conference ? t('prejoin.heading', {conference}) : t('prejoin.heading-no-conference')}</h2>
        ${
          conference
            ? nothing
            : this.#renderField({
                name: 'conference',
                label: t('prejoin.conference-label'),
                value: this.typedConference,
                autocomplete: 'off',
                problem: conferenceMissing ? t('prejoin.missing-conference') : '',
                onInput: (value) => (this.typedConference = value),
              })
        }
        ${this.#renderField({
          name: 'name',
          label: t('prejoin.name-label'),
          value: this.displayName,
          autocomplete: 'name',
          problem: nameMissing ? t('prejoin.missing-name') : '',
          onInput: (value) => (this.displayName = value),
        })}
        <fieldset>
          <legend>${t('prejoin.mode')}</legend>
          ${MODES.map(
            (mode) =>
              html`<label class="choice">
                <input
                  type="radio"
                  name="mode"
                  value=${mode}
                  .checked=${this.mode === mode}
                  @change=${() => (this.mode = mode)}
                />
                ${t(`prejoin.mode.${mode}`)}
              </label>`
          )}
        </fieldset>
        ${
          this.mode === 'control-only'
            ? nothing
            : html`<label class="choice">
                <input
                  type="checkbox"
                  name="mute"
                  .checked=${this.muteMicrophone}
                  @change=${(event: Event) => (this.muteMicrophone = (event.target as HTMLInputElement).checked)}
                />
                ${t('prejoin.mute-on-join')}
              </label>`
        }
        <label>
          ${t('prejoin.bandwidth')}
          <select
            name="bandwidth"
            @change=${(event: Event) => (this.bandwidth = Number((event.target as HTMLSelectElement).value))}
          >
            ${bandwidthChoices(this.bandwidth).map(
              ({kbps, label}) => html`<option value=${kbps} .selected=${kbps === this.bandwidth}>${t(label, {kbps})}</option>`
            )}
          </select>
        </label>
        <button part="join-button" class="primary join" type="submit">${t('prejoin.join')}</button>
      </form>
    `;
  }

  override render(): TemplateResult {
    const withPreview = this.showDeviceOptions && this.mode !== 'control-only';
    return html`<div class="layout ${withPreview ? 'with-preview' : ''}">
      ${withPreview ? this.#renderPreview() : nothing}${this.#renderForm()}
    </div>`;
  }
}
