import {html, LitElement, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {conference} from '../../i18n/en/conference.js';
import {LocalizeController} from '../../i18n/localize-controller.js';

/** The countdown shows in the last five minutes; it is announced at five and at one minute. */
const SHOW_FROM_MS = 5 * 60_000;
const ANNOUNCE_AT_MINUTES = [5, 1];

/**
 * "Ends in 4:59": the time left of a meeting with an end time, in its last minutes. The time is
 * computed from `endsAt` each second while shown; the session's state does not tick.
 *
 * @internal
 * @tagname pex-end-countdown
 */
export class PexEndCountdown extends LitElement {
  readonly #localize = new LocalizeController(this, conference);
  #timer?: ReturnType<typeof setInterval>;

  /** Milliseconds since the epoch when the meeting ends; none: no countdown. */
  @property({attribute: false}) accessor endsAt: number | undefined;
  @state() private accessor now = Date.now();
  @state() private accessor announced = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#timer = setInterval(() => this.#tick(), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
  }

  #tick(): void {
    if (this.endsAt === undefined) return;
    this.now = Date.now();
    const minutesLeft = Math.ceil((this.endsAt - this.now) / 60_000);
    const t = this.#localize.t.bind(this.#localize);
    if (ANNOUNCE_AT_MINUTES.includes(minutesLeft))
      this.announced = minutesLeft === 1 ? t('call.ends-in-one-minute') : t('call.ends-in-minutes', {minutes: minutesLeft});
  }

  override render(): TemplateResult | typeof nothing {
    const left = this.endsAt === undefined ? Infinity : this.endsAt - this.now;
    if (left > SHOW_FROM_MS) return nothing;
    const seconds = Math.max(0, Math.ceil(left / 1000));
    const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    return html`<span part="end-countdown" class="end-countdown">${this.#localize.t('call.ends-in', {time})}</span>
      <span class="visually-hidden" role="status">${this.announced}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-end-countdown': PexEndCountdown;
  }
}
