import {css, html, LitElement, nothing, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {withDefaultDomain} from '../../link/dial-address.js';
import type {Session} from '../../session/session.js';
import type {DialProtocol, Role} from '../../session/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {actionErrorText} from './action-error.js';
import type {PexDialog} from './dialog.js';

const PROTOCOLS: readonly DialProtocol[] = ['sip', 'h323', 'mssip', 'rtmp', 'auto'];

/**
 * "Add a participant": an address, a protocol (SIP by default, as in Infinity Connect) and a
 * role. Used by the host menu of `<pex-conference>` and the header of `<pex-roster>`.
 *
 * @internal
 * @tagname pex-dial-dialog
 */
export class PexDialDialog extends LitElement {
  static override styles = [
    hostStyles,
    controlStyles,
    css`
      fieldset {
        display: flex;
        gap: calc(var(--_pex-space) * 2);
      }
    `,
  ];

  readonly #localize = new LocalizeController(this);

  /** The session to dial out from. */
  @property({attribute: false}) accessor session: Session | undefined;

  /** Domain appended to bare aliases. */
  @property({attribute: 'default-domain'}) accessor defaultDomain = '';

  @state() private accessor destination = '';
  @state() private accessor protocol: DialProtocol = 'sip';
  @state() private accessor dialRole: Role = 'guest';
  @state() private accessor problem = '';
  @state() private accessor busy = false;
  @query('pex-dialog') private accessor dialog!: PexDialog;

  async show(): Promise<void> {
    this.problem = '';
    this.busy = false;
    await this.dialog.show();
  }

  #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const destination =
      this.protocol === 'rtmp' ? this.destination.trim() : withDefaultDomain(this.destination, this.defaultDomain);
    if (!destination) {
      this.problem = this.#localize.t('dial.missing-destination');
      return;
    }
    this.busy = true;
    try {
      await this.session?.dial({destination, protocol: this.protocol, role: this.dialRole});
      this.destination = '';
      this.dialog.hide();
    } catch (error) {
      this.problem = actionErrorText(this.#localize, error);
    } finally {
      this.busy = false;
    }
  };

  override render(): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    return html`
      <pex-dialog label=${t('dial.heading')}>
        <form id="dial-form" @submit=${this.#submit} novalidate>
          <label>
            ${t('dial.destination')}
            <input
              name="destination"
              autocomplete="off"
              aria-describedby="dial-hint"
              aria-invalid=${this.problem ? 'true' : 'false'}
              .value=${this.destination}
              @input=${(event: InputEvent) => (this.destination = (event.target as HTMLInputElement).value)}
            />
          </label>
          <p id="dial-hint" class="hint">${t('dial.destination-hint')}</p>
          <label>
            ${t('dial.protocol')}
            <select
              name="protocol"
              @change=${(event: Event) => (this.protocol = (event.target as HTMLSelectElement).value as DialProtocol)}
            >
              ${PROTOCOLS.map((protocol) => html`<option value=${protocol} .selected=${protocol === this.protocol}>${t(`dial.protocol.${protocol}`)}</option>`)}
            </select>
          </label>
          <fieldset>
            <legend>${t('dial.role')}</legend>
            ${(['guest', 'host'] as const).map(
              (role) =>
                html`<label class="choice"
                  ><input
                    type="radio"
                    name="role"
                    value=${role}
                    .checked=${this.dialRole === role}
                    @change=${() => (this.dialRole = role)}
                  />${t(`dial.role.${role}`)}</label
                >`
            )}
          </fieldset>
          ${this.problem ? html`<p class="message error" role="alert">${this.problem}</p>` : nothing}
        </form>
        <button slot="footer" @click=${() => this.dialog.hide()}>${t('common.cancel')}</button>
        <button slot="footer" class="primary" type="submit" form="dial-form" ?disabled=${this.busy}>${t('dial.submit')}</button>
      </pex-dialog>
    `;
  }
}
