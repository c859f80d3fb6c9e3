import {css, html, LitElement, nothing, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {themeStyles} from '../../styles/theme.styles.js';

export interface MenuItem {
  readonly label: string;
  readonly run: () => void;
  /** Destructive actions are shown in the danger colour. */
  readonly danger?: boolean;
}

/**
 * A menu button: the trigger opens a list of actions in a popover (the platform's top layer, so
 * it is never clipped), operated with arrow keys, Home/End, Enter and Escape.
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
      [popover] {
        position: fixed;
        inset: auto;
        margin: 0;
        min-width: 14rem;
        max-width: min(90vw, 22rem);
        padding: calc(var(--_pex-space) * 0.5);
        border: 1px solid var(--_pex-border);
        border-radius: var(--_pex-radius);
        background: var(--_pex-surface);
        color: var(--_pex-text);
        box-shadow: 0 12px 32px rgb(0 0 0 / 0.25);
      }
      [role='menuitem'] {
        display: flex;
        justify-content: flex-start;
        width: 100%;
        min-height: 2.5rem;
        border: 0;
        background: transparent;
        text-align: start;
      }
      [role='menuitem']:hover,
      [role='menuitem']:focus-visible {
        background: var(--_pex-surface-raised);
      }
      [role='menuitem'].danger {
        color: var(--_pex-danger);
      }
    `,
  ];

  /** The trigger's accessible name (and tooltip). */
  @property() accessor label = '';
  @property({attribute: false}) accessor items: readonly MenuItem[] = [];
  /** Extra classes for the trigger button, such as `icon`. */
  @property({attribute: 'trigger-class'}) accessor triggerClass = '';

  @state() private accessor expanded = false;
  @query('[popover]') private accessor popup!: HTMLElement;
  @query('[part~="trigger"]') private accessor trigger!: HTMLButtonElement;

  /** Opens the menu and focuses its first item. */
  show(): void {
    if (!this.items.length) return;
    this.popup.showPopover();
    this.#place();
    this.#items()[0]?.focus();
  }

  #items(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  }

  /** Below the trigger, or above it when there is no room (a toolbar at the bottom). */
  #place(): void {
    const trigger = this.trigger.getBoundingClientRect();
    const menu = this.popup.getBoundingClientRect();
    const below = trigger.bottom + 4;
    const top = below + menu.height > innerHeight ? Math.max(4, trigger.top - menu.height - 4) : below;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const left = rtl ? trigger.right - menu.width : trigger.left;
    this.popup.style.top = `${top}px`;
    this.popup.style.left = `${Math.min(Math.max(4, left), innerWidth - menu.width - 4)}px`;
  }

  #onToggle = (event: ToggleEvent): void => {
    this.expanded = event.newState === 'open';
    if (!this.expanded && this.matches(':focus-within')) this.trigger.focus();
  };

  #onTriggerKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.show();
    }
  };

  #onMenuKey = (event: KeyboardEvent): void => {
    const items = this.#items();
    const index = items.indexOf((this.renderRoot as ShadowRoot).activeElement as HTMLButtonElement);
    const next = {ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1}[event.key];
    if (next === undefined) {
      if (event.key === 'Tab') this.popup.hidePopover();
      return;
    }
    event.preventDefault();
    items[(next + items.length) % items.length]?.focus();
  };

  #run(item: MenuItem): void {
    this.popup.hidePopover();
    item.run();
  }

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
        @click=${() => (this.expanded ? this.popup.hidePopover() : this.show())}
        @keydown=${this.#onTriggerKey}
      >
        <slot></slot>
      </button>
      <div popover part="menu" role="menu" aria-label=${this.label} @toggle=${this.#onToggle} @keydown=${this.#onMenuKey}>
        ${this.items.length
          ? this.items.map(
              (item) => html`<button part="item" role="menuitem" tabindex="-1" class=${item.danger ? 'danger' : ''} @click=${() => this.#run(item)}>${item.label}</button>`
            )
          : nothing}
      </div>
    `;
  }
}
