import {css, html, LitElement, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {themeStyles} from '../../styles/theme.styles.js';

/** One entry of a menu. */
export interface MenuEntry {
  /** Passed to `onChoose`. */
  readonly id: string;
  readonly label: string;
  /** Destructive actions are shown in the danger colour. */
  readonly danger?: boolean;
  /** Set for a checkbox item (`menuitemcheckbox`): whether it is checked. */
  readonly checked?: boolean;
  /** A separator goes between entries of different groups. */
  readonly group?: number;
  /** The node has not yet answered this action's last request: shown, but not chosen again. */
  readonly busy?: boolean;
}

/** Room kept between the menu and the edges of the window, in CSS pixels. */
const EDGE = 8;

/**
 * A menu in the top layer (`popover`, so that no scrolling or clipped container cuts it off),
 * following the menu button pattern: it opens beside its button with focus on an item; arrow
 * keys, Home, End and type-ahead move between items; Escape or Tab close it and return focus to
 * the button. Used by `<pex-menu>` and by the roster's per-row actions.
 *
 * @internal
 * @tagname pex-menu-popup
 * @csspart menu - The list of items.
 * @csspart menu-item - An item; destructive ones also have `menu-item-danger`.
 * @csspart menu-separator - A line between groups of items.
 */
export class PexMenuPopup extends LitElement {
  static override styles = [
    hostStyles,
    themeStyles,
    controlStyles,
    css`
      :host {
        position: fixed;
        inset: auto;
        margin: 0;
        padding: calc(var(--_pex-space) * 0.5) 0;
        min-inline-size: 14rem;
        max-inline-size: min(22rem, calc(100vw - 1rem));
        max-block-size: calc(100vh - 1rem);
        overflow: auto;
        border: 1px solid var(--_pex-border);
        border-radius: var(--_pex-radius);
        background: var(--_pex-surface);
        color: var(--_pex-text);
        box-shadow: 0 12px 32px rgb(0 0 0 / 0.25);
      }
      [role='menu'] {
        display: grid;
      }
      [role='separator'] {
        margin-block: calc(var(--_pex-space) * 0.5);
        border-block-start: 1px solid var(--_pex-border);
      }
      button {
        justify-content: flex-start;
        min-block-size: 2.5rem;
        padding-inline: calc(var(--_pex-space) * 2);
        border: 0;
        border-radius: 0;
        background: transparent;
        text-align: start;
      }
      button:hover,
      button:focus {
        background: var(--_pex-surface-raised);
        filter: none;
      }
      button:focus-visible {
        outline-offset: -3px;
      }
      button[aria-busy='true'] {
        cursor: progress;
        opacity: 0.6;
      }
      button.danger {
        color: var(--_pex-danger);
      }
      .check {
        display: inline-block;
        inline-size: 1rem;
        text-align: center;
      }
      [aria-checked='true'] .check::before {
        content: '✓';
      }
    `,
  ];

  #anchor?: HTMLElement;

  /** The menu's accessible name. */
  @property() accessor label = '';

  /** The entries, in order. */
  @property({attribute: false}) accessor items: readonly MenuEntry[] = [];

  /** Called with the chosen entry's id (the menu has closed already). */
  onChoose?: (id: string) => void;

  /** Called when the menu closes, however that happened. */
  onClose?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.popover = 'auto';
    this.addEventListener('toggle', this.#onToggle);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('toggle', this.#onToggle);
  }

  get isOpen(): boolean {
    return this.matches(':popover-open');
  }

  /** Opens the menu beside `anchor` and focuses its first (or last) item. */
  async open(anchor: HTMLElement, focus: 'first' | 'last' = 'first'): Promise<void> {
    this.#anchor = anchor;
    await this.updateComplete;
    if (!this.isOpen) this.showPopover();
    this.#place(anchor);
    const items = this.#items();
    items[focus === 'first' ? 0 : items.length - 1]?.focus();
  }

  /** Closes the menu; with `returnFocus`, focus goes back to the button that opened it. */
  close(returnFocus = true): void {
    if (this.isOpen) this.hidePopover();
    if (returnFocus) this.#anchor?.focus();
  }

  #items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
  }

  /**
   * Puts the menu below the anchor (above it when there is no room), aligned with the anchor's
   * inline end. The anchor's box is physical, so these coordinates are too. The CSSOM is used,
   * not a style attribute, which a strict Content-Security-Policy would block.
   */
  #place(anchor: HTMLElement): void {
    const box = anchor.getBoundingClientRect();
    const {width, height} = this.getBoundingClientRect();
    const rtl = getComputedStyle(anchor).direction === 'rtl';
    const below = box.bottom + 4;
    const above = box.top - 4 - height;
    const top = below + height <= innerHeight - EDGE || above < EDGE ? below : above;
    const left = rtl ? box.left : box.right - width;
    this.style.top = `${Math.max(EDGE, Math.min(top, innerHeight - height - EDGE))}px`;
    this.style.left = `${Math.max(EDGE, Math.min(left, innerWidth - width - EDGE))}px`;
  }

  #onToggle = (event: Event): void => {
    if ((event as ToggleEvent).newState === 'closed') this.onClose?.();
  };

  #choose(id: string): void {
    this.close();
    this.onChoose?.(id);
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const items = this.#items();
    const active = this.shadowRoot?.activeElement;
    const current = active instanceof HTMLElement ? items.indexOf(active) : -1;
    const move = (index: number) => items[(index + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        move(current + 1);
        break;
      case 'ArrowUp':
        move(current - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(items.length - 1);
        break;
      case 'Escape':
        this.close();
        break;
      case 'Tab':
        // Close and let Tab continue from the menu button, as the menu button pattern does.
        this.close();
        return;
      default: {
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        const key = event.key.toLocaleLowerCase();
        const after = [...items.slice(current + 1), ...items.slice(0, current + 1)];
        after.find((item) => item.textContent.trim().toLocaleLowerCase().startsWith(key))?.focus();
      }
    }
    event.preventDefault();
  };

  override render(): TemplateResult {
    return html`
      <div part="menu" role="menu" aria-label=${this.label} @keydown=${this.#onKeydown}>
        ${this.items.map(
          (item, index) =>
            html`${index > 0 && item.group !== this.items[index - 1].group ? html`<div role="separator" part="menu-separator"></div>` : nothing}${this.#renderItem(item)}`
        )}
      </div>
    `;
  }

  #renderItem(item: MenuEntry): TemplateResult {
    const checkbox = item.checked !== undefined;
    return html`<button
      role=${checkbox ? 'menuitemcheckbox' : 'menuitem'}
      aria-checked=${checkbox ? String(item.checked) : nothing}
      aria-busy=${item.busy ? 'true' : nothing}
      aria-disabled=${item.busy ? 'true' : nothing}
      tabindex="-1"
      part=${item.danger ? 'menu-item menu-item-danger' : 'menu-item'}
      class=${item.danger ? 'danger' : ''}
      data-id=${item.id}
      @click=${() => {
        if (!item.busy) this.#choose(item.id);
      }}
    >
      <span class="check" aria-hidden="true"></span>${item.label}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-menu-popup': PexMenuPopup;
  }
}
