import {css, html, LitElement, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {themeStyles} from '../../styles/theme.styles.js';
import type {PexMenuPopup} from './menu-popup.js';

export interface MenuItem {
  readonly label: string;
  readonly run: () => void;
  /** Destructive actions are shown in the danger colour. */
  readonly danger?: boolean;
  /** A request of this action is on its way to the node (see `MenuEntry.busy`). */
  readonly busy?: boolean;
}

/**
 * A menu button: the trigger opens its actions in a `<pex-menu-popup>` (arrow keys, Home/End,
 * type-ahead, Enter, Escape).
 *
 * @internal
 * @tagname pex-menu
 * @slot - The trigger's content (an icon and/or text).
 * @csspart trigger - The button that opens the menu.
 * @csspart menu - The list of actions.
 * @csspart item - Each action.
 */
export class PexMenu extends LitElement {
  static override styles = [
    hostStyles,
    themeStyles,
    controlStyles,
    css`
      :host {
        display: inline-block;
      }
    `,
  ];

  /** The trigger's accessible name (and tooltip), also the menu's. */
  @property() accessor label = '';
  @property({attribute: false}) accessor items: readonly MenuItem[] = [];
  /** Extra classes for the trigger button, such as `icon`. */
  @property({attribute: 'trigger-class'}) accessor triggerClass = '';

  @state() private accessor expanded = false;
  @query('pex-menu-popup') private accessor popup!: PexMenuPopup;
  @query('[part~="trigger"]') private accessor trigger!: HTMLButtonElement;

  /** Opens the menu with focus on its first (or last) item. */
  async show(focus: 'first' | 'last' = 'first'): Promise<void> {
    if (!this.items.length) return;
    this.expanded = true;
    await this.popup.open(this.trigger, focus);
  }

  #onTriggerClick = (): void => {
    if (this.expanded) this.popup.close();
    else void this.show();
  };

  #onTriggerKey = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    void this.show(event.key === 'ArrowDown' ? 'first' : 'last');
  };

  override render(): TemplateResult {
    return html`
      <button
        part="trigger"
        class=${this.triggerClass}
        aria-haspopup="menu"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-label=${this.label}
        title=${this.label}
        ?disabled=${!this.items.length}
        @click=${this.#onTriggerClick}
        @keydown=${this.#onTriggerKey}
      >
        <slot></slot>
      </button>
      <pex-menu-popup
        exportparts="menu, menu-item: item"
        label=${this.label}
        .items=${this.items.map((item, index) => ({id: String(index), label: item.label, danger: item.danger, busy: item.busy}))}
        .onChoose=${(id: string) => this.items[Number(id)]?.run()}
        .onClose=${() => (this.expanded = false)}
      ></pex-menu-popup>
    `;
  }
}
