import {html, LitElement, type TemplateResult} from 'lit';
import {query, state} from 'lit/decorators.js';
import {roster} from '../../i18n/en/roster.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import type {Participant, Role} from '../../session/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import type {PexDialog} from '../shared/dialog.js';

/** Where a host moves a participant: the conference alias, their role there, and its PIN if any. */
export interface TransferTarget {
  readonly alias: string;
  readonly role: Role;
  readonly pin?: string;
}

/**
 * Asks a host where to move a participant ("Move to another meeting…").
 *
 * @internal
 * @tagname pex-transfer-dialog
 */
export class PexTransferDialog extends LitElement {
  static override styles = [hostStyles, controlStyles];

  readonly #localize = new LocalizeController(this, roster);
  #resolve?: (target: TransferTarget | undefined) => void;

  @state() private accessor name = '';
  @query('pex-dialog') private accessor dialog!: PexDialog;
  @query('form') private accessor form!: HTMLFormElement;

  /** Asks where to move `participant`; cancelling (or a newer question) answers `undefined`. */
  async ask(participant: Participant): Promise<TransferTarget | undefined> {
    this.#settle(undefined);
    this.name = participant.displayName;
    await this.updateComplete;
    this.form.reset();
    await this.dialog.show();
    return new Promise((resolve) => (this.#resolve = resolve));
  }

  #settle(target: TransferTarget | undefined): void {
    const resolve = this.#resolve;
    this.#resolve = undefined;
    resolve?.(target);
  }

  #submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const data = new FormData(this.form);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const alias = field('alias');
    if (!alias) return;
    const pin = field('pin');
    this.#settle({alias, role: data.get('role') === 'host' ? 'host' : 'guest', ...(pin && {pin})});
    this.dialog.hide();
  };

  override render(): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    return html`
      <pex-dialog label=${t('transfer.heading', {name: this.name})} @pex-dialog-close=${() => this.#settle(undefined)}>
        <form id="transfer" @submit=${this.#submit}>
          <label>${t('transfer.alias')} <input name="alias" required autocomplete="off" /></label>
          <label
            >${t('transfer.role')}
            <select name="role">
              <option value="guest">${t('transfer.role-guest')}</option>
              <option value="host">${t('transfer.role-host')}</option>
            </select>
          </label>
          <label>${t('transfer.pin')} <input name="pin" type="password" inputmode="numeric" autocomplete="off" /></label>
        </form>
        <button slot="footer" @click=${() => this.dialog.hide()}>${t('transfer.cancel')}</button>
        <button slot="footer" class="primary" type="submit" form="transfer">${t('transfer.submit')}</button>
      </pex-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-transfer-dialog': PexTransferDialog;
  }
}
