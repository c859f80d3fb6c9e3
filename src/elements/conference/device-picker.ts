import {css, html, LitElement, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {SessionController} from '../../context/session-controller.js';
import {conference} from '../../i18n/en/conference.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {canChooseSpeaker} from '../../session/devices.js';
import type {Session} from '../../session/session.js';
import type {MediaDevice} from '../../session/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';

export type DeviceKind = 'camera' | 'microphone' | 'speaker';

/**
 * Camera, microphone and speaker choices, applied at once (before or during a call) and
 * remembered in the settings.
 *
 * @internal
 * @tagname pex-device-picker
 * @csspart select - Each `<select>`.
 */
export class PexDevicePicker extends LitElement {
  static override styles = [
    hostStyles,
    controlStyles,
    css`
      :host {
        display: grid;
        gap: calc(var(--_pex-space) * 1.5);
      }
      .hint {
        margin: 0;
        color: var(--_pex-text-muted);
        font-size: 0.9rem;
      }
    `,
  ];

  readonly #localize = new LocalizeController(this, conference);
  readonly #controller = new SessionController(this, {select: (state) => [state.devices, state.settings]});

  /** The session whose devices are chosen. */
  @property({attribute: false}) accessor session: Session | undefined;

  /** Which choices to show. */
  @property({attribute: false}) accessor kinds: readonly DeviceKind[] = ['camera', 'microphone', 'speaker'];

  override willUpdate(): void {
    if (this.session && this.#controller.session !== this.session) this.#controller.useSession(this.session);
  }

  #choose(kind: DeviceKind, id: string): void {
    const session = this.session;
    if (!session) return;
    if (kind === 'speaker') session.updateSettings({speakerId: id});
    else void session.selectDevices(kind === 'camera' ? {cameraId: id} : {microphoneId: id});
  }

  #renderSelect(kind: DeviceKind, devices: readonly MediaDevice[], selected: string): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    return html`<label>
      ${t(`devices.${kind}`)}
      <select
        part="select"
        name=${kind}
        @change=${(event: Event) => this.#choose(kind, (event.target as HTMLSelectElement).value)}
      >
        <option value="" .selected=${!selected}>${t('devices.default')}</option>
        ${devices.map((device) => html`<option value=${device.id} .selected=${device.id === selected}>${device.label}</option>`)}
      </select>
    </label>`;
  }

  override render(): TemplateResult | typeof nothing {
    const state = this.session?.state;
    if (!state) return nothing;
    const {devices, settings} = state;
    return html`
      ${this.kinds.includes('camera') ? this.#renderSelect('camera', devices.cameras, settings.cameraId) : nothing}
      ${this.kinds.includes('microphone') ? this.#renderSelect('microphone', devices.microphones, settings.microphoneId) : nothing}
      ${
        this.kinds.includes('speaker')
          ? // Firefox can route sound (setSinkId) but lists no outputs until the user picks one in its own prompt.
            canChooseSpeaker() && devices.speakers.length > 0
            ? this.#renderSelect('speaker', devices.speakers, settings.speakerId)
            : html`<p class="hint">${this.#localize.t('devices.speaker-unsupported')}</p>`
          : nothing
      }
    `;
  }
}
