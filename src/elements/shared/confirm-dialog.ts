import {html, LitElement, type TemplateResult} from 'lit';
import {query, state} from 'lit/decorators.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import type {PexDialog} from './dialog.js';

export interface ConfirmOptions {
  readonly heading: string;
  readonly message: string;
  readonly confirmLabel: string;
  /** Style the confirm button as destructive (leaving, disconnecting). */
  readonly danger?: boolean;
}

/**
 * Asks the user to confirm something: `await dialog.ask({...})` resolves to true or false.
 *
 * @internal
 * @tagname pex-confirm-dialog
 */
export class PexConfirmDialog extends LitElement {
  static override styles = [hostStyles, controlStyles];

  readonly #localize = new LocalizeController(this);
  #resolve?: (confirmed: boolean) => void;

  @state() private accessor options: ConfirmOptions = {heading: '', message: '', confirmLabel: ''};
  @query('pex-dialog') private accessor dialog!: PexDialog;

  /** Shows the question; a newer question answers an open one with false. */
  async ask(options: ConfirmOptions): Promise<boolean> {
    this.#settle(false);
    this.options = options;
    await this.dialog.show();
    return new Promise((resolve) => (this.#resolve = resolve));
  }

  #settle(confirmed: boolean): void {
    const resolve = this.#resolve;
    this.#resolve = undefined;
    resolve?.(confirmed);
  }

  #confirm = (): void => {
    this.#settle(true);
    this.dialog.hide();
  };

  override render(): TemplateResult {
    const {heading, message, confirmLabel, danger} = this.options;
    return html`
      <pex-dialog label=${heading} @pex-dialog-close=${() => this.#settle(false)}>
        <p>${message}</p>
        <button slot="footer" @click=${() => this.dialog.hide()}>${this.#localize.t('common.cancel')}</button>
        <button slot="footer" class=${danger ? 'danger' : 'primary'} @click=${this.#confirm}>${confirmLabel}</button>
      </pex-dialog>
    `;
  }
}
