import {css, html, LitElement, type TemplateResult} from 'lit';
import {property, query} from 'lit/decorators.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {themeStyles} from '../../styles/theme.styles.js';
import {emitInternal} from './internal-events.js';

/**
 * A modal dialog (the platform's `<dialog>`: focus is kept inside, Escape closes) with a
 * heading, a close button, content and a footer for actions.
 *
 * @internal
 * @tagname pex-dialog
 * @slot - The dialog's content.
 * @slot footer - Action buttons.
 * @fires pex-dialog-close - The dialog closed (by a button, Escape or `hide()`).
 * @csspart dialog - The `<dialog>`.
 * @csspart heading - The heading.
 * @csspart body - The content area.
 * @csspart footer - The actions area.
 */
export class PexDialog extends LitElement {
  static override styles = [
    hostStyles,
    themeStyles,
    controlStyles,
    css`
      :host {
        display: contents;
      }
      dialog {
        width: min(92vw, 30rem);
        max-height: min(90vh, 44rem);
        padding: 0;
        border: 1px solid var(--_pex-border);
        border-radius: var(--_pex-radius);
        background: var(--_pex-surface);
        color: var(--_pex-text);
        box-shadow: 0 18px 48px rgb(0 0 0 / 0.3);
      }
      :host([wide]) dialog {
        width: min(96vw, 50rem);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.45);
      }
      header {
        display: flex;
        align-items: center;
        gap: var(--_pex-space);
        padding: calc(var(--_pex-space) * 1.5) calc(var(--_pex-space) * 2);
        border-block-end: 1px solid var(--_pex-border);
      }
      h2 {
        flex: 1;
        margin: 0;
        font-size: 1.15rem;
      }
      .body {
        display: grid;
        gap: calc(var(--_pex-space) * 1.5);
        padding: calc(var(--_pex-space) * 2);
      }
      footer {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: var(--_pex-space);
        padding: 0 calc(var(--_pex-space) * 2) calc(var(--_pex-space) * 2);
      }
      .close {
        min-height: 2.25rem;
        padding: 0 var(--_pex-space);
      }
    `,
  ];

  readonly #localize = new LocalizeController(this);

  /** The dialog's heading, also its accessible name. */
  @property() accessor label = '';

  /** Room for tables (statistics). */
  @property({type: Boolean, reflect: true}) accessor wide = false;

  @query('dialog') private accessor dialog: HTMLDialogElement | null = null;

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  async show(): Promise<void> {
    await this.updateComplete;
    if (this.dialog && !this.dialog.open) this.dialog.showModal();
  }

  hide(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  #onClose = (): void => {
    emitInternal(this, 'pex-dialog-close', null);
  };

  override render(): TemplateResult {
    return html`
      <dialog part="dialog" aria-labelledby="heading" @close=${this.#onClose}>
        <header>
          <h2 id="heading" part="heading">${this.label}</h2>
          <button class="close" @click=${() => this.hide()}>${this.#localize.t('common.close')}</button>
        </header>
        <div class="body" part="body"><slot></slot></div>
        <footer part="footer"><slot name="footer"></slot></footer>
      </dialog>
    `;
  }
}
