import {css, html, LitElement, nothing, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {roster} from '../../i18n/en/roster.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import type {Session} from '../../session/session.js';
import type {Participant} from '../../session/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {actionErrorText} from '../shared/action-error.js';
import type {PexDialog} from '../shared/dialog.js';

/** The telephone keypad, row by row. */
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;
type Key = (typeof KEYS)[number];

function isKey(key: string): key is Key {
  return (KEYS as readonly string[]).includes(key);
}

/**
 * An on-screen telephone keypad that sends DTMF tones to one participant (a gateway call or a
 * dial-out participant, such as an audio bridge or a switchboard). Each key press sends its tone
 * at once; tones go out one after another in the order pressed. Typing 0–9, * and # on the
 * keyboard presses the keys too.
 *
 * @internal
 * @tagname pex-dtmf-keypad
 */
export class PexDtmfKeypad extends LitElement {
  static override styles = [
    hostStyles,
    controlStyles,
    css`
      .hint {
        margin: 0;
        color: var(--_pex-text-muted);
        font-size: 0.9rem;
      }
      .sent {
        margin: 0;
        overflow-wrap: anywhere;
      }
      output {
        font-family: ui-monospace, monospace;
        font-size: 1.15rem;
        letter-spacing: 0.1em;
      }
      .keys {
        display: grid;
        grid-template-columns: repeat(3, 1fr);
        gap: var(--_pex-space);
        max-inline-size: 16rem;
        margin-inline: auto;
        direction: ltr;
      }
      .keys button {
        min-block-size: 3.25rem;
        font-size: 1.35rem;
        font-weight: 600;
      }
    `,
  ];

  readonly #localize = new LocalizeController(this, roster);
  /** The tones still being sent, so that the next one waits for them. */
  #sending: Promise<void> = Promise.resolve();

  /** The session to send the tones through. */
  @property({attribute: false}) accessor session: Session | undefined;

  @state() private accessor participant: Participant | undefined;
  @state() private accessor sent = '';
  @state() private accessor problem = '';
  @query('pex-dialog') private accessor dialog!: PexDialog;

  /**
   * Opens the keypad for `participant`, or for our own call (into an IVR or a gateway) without
   * one; the tones sent so far are kept while it stays the same.
   */
  async show(participant?: Participant): Promise<void> {
    if (participant?.id !== this.participant?.id) this.sent = '';
    this.participant = participant;
    this.problem = '';
    await this.updateComplete;
    await this.dialog.show();
  }

  /** Sends one tone, after those pressed before it. */
  press(key: Key): Promise<void> {
    const {session, participant} = this;
    if (!session) return this.#sending;
    this.#sending = this.#sending.then(async () => {
      try {
        await (participant ? session.sendDtmf(participant.id, key) : session.sendTones(key));
        if (this.participant?.id === participant?.id) this.sent += key;
      } catch (error) {
        this.problem = actionErrorText(this.#localize, error);
      }
    });
    return this.#sending;
  }

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey || !isKey(event.key)) return;
    event.preventDefault();
    void this.press(event.key);
  };

  #label(key: Key): string {
    if (key === '*') return this.#localize.t('dtmf.key.star');
    if (key === '#') return this.#localize.t('dtmf.key.hash');
    return key;
  }

  override render(): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    return html`
      <pex-dialog
        label=${this.participant ? t('dtmf.heading', {name: this.participant.displayName}) : t('dtmf.heading-own')}
        @keydown=${this.#onKeydown}
      >
        <p id="hint" class="hint">${t('dtmf.hint')}</p>
        <p class="sent">
          ${t('dtmf.sent')}: <output part="dtmf-sent" aria-live="polite">${this.sent || t('dtmf.none-sent')}</output>
        </p>
        <div class="keys" part="dtmf-keys" role="group" aria-label=${t('dtmf.keys')} aria-describedby="hint">
          ${KEYS.map(
            (key) =>
              html`<button
                part="dtmf-key"
                aria-label=${this.#label(key)}
                ?autofocus=${key === '1'}
                @click=${() => void this.press(key)}
              >
                ${key}
              </button>`
          )}
        </div>
        ${this.problem ? html`<p class="message error" role="alert">${this.problem}</p>` : nothing}
      </pex-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-dtmf-keypad': PexDtmfKeypad;
  }
}
