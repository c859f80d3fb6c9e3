import {css, html, LitElement, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import type {StringKey} from '../../i18n/en.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import type {Participant} from '../../session/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import type {ParticipantAction} from './participant-actions.js';

const LABELS: Record<ParticipantAction, StringKey> = {
  admit: 'roster.action.admit',
  reject: 'roster.action.reject',
  message: 'roster.action.message',
  mute: 'roster.action.mute',
  unmute: 'roster.action.unmute',
  'video-off': 'roster.action.video-off',
  'video-on': 'roster.action.video-on',
  'make-host': 'roster.action.make-host',
  'make-guest': 'roster.action.make-guest',
  presentation: 'roster.action.presentation',
  'spotlight-on': 'roster.action.spotlight-on',
  'spotlight-off': 'roster.action.spotlight-off',
  dtmf: 'roster.action.dtmf',
  disconnect: 'roster.action.disconnect',
};

/** Menu sections: a separator goes between actions of different groups. */
const GROUP: Record<ParticipantAction, number> = {
  admit: 0,
  reject: 0,
  message: 1,
  mute: 2,
  unmute: 2,
  'video-off': 2,
  'video-on': 2,
  'make-host': 3,
  'make-guest': 3,
  presentation: 3,
  'spotlight-on': 3,
  'spotlight-off': 3,
  dtmf: 4,
  disconnect: 5,
};

const DANGER: ReadonlySet<ParticipantAction> = new Set<ParticipantAction>(['reject', 'disconnect']);

/** Room kept between the menu and the edges of the window, in CSS pixels. */
const EDGE = 8;

/**
 * The actions menu of a roster row, following the menu button pattern: it opens from the row's
 * button with focus on an item; arrow keys, Home, End and type-ahead move between items; Escape
 * or Tab close it and return focus to the button. It lives in the top layer (`popover`), so a
 * scrolling or clipped list never cuts it off.
 *
 * @internal
 * @tagname pex-participant-menu
 */
export class PexParticipantMenu extends LitElement {
  static override styles = [
    hostStyles,
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
      button.danger {
        background: transparent;
        color: var(--_pex-danger);
      }
      button.danger:hover,
      button.danger:focus {
        background: var(--_pex-surface-raised);
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

  readonly #localize = new LocalizeController(this);
  #anchor?: HTMLElement;

  /** The participant the actions are for. */
  @property({attribute: false}) accessor participant: Participant | undefined;

  /** The actions to offer, in order. */
  @property({attribute: false}) accessor actions: readonly ParticipantAction[] = [];

  /** Set by the roster: an item was chosen (the menu has closed already). */
  onChoose?: (action: ParticipantAction) => void;

  /** Set by the roster: the menu closed, however that happened. */
  onClose?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
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
   * inline end. The anchor's box is physical, so these coordinates are too.
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

  #choose(action: ParticipantAction): void {
    this.close();
    this.onChoose?.(action);
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const items = this.#items();
    const current = items.indexOf(this.shadowRoot!.activeElement as HTMLElement);
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
        after.find((item) => item.textContent?.trim().toLocaleLowerCase().startsWith(key))?.focus();
      }
    }
    event.preventDefault();
  };

  override render(): TemplateResult {
    const name = this.participant?.displayName ?? '';
    return html`
      <div part="menu" role="menu" aria-label=${this.#localize.t('roster.actions', {name})} @keydown=${this.#onKeydown}>
        ${this.actions.map(
          (action, index) => html`${index > 0 && GROUP[action] !== GROUP[this.actions[index - 1]!] ? html`<div role="separator" part="menu-separator"></div>` : nothing}${this.#renderItem(action)}`
        )}
      </div>
    `;
  }

  #renderItem(action: ParticipantAction): TemplateResult {
    const label = this.#localize.t(LABELS[action]);
    const danger = DANGER.has(action);
    if (action === 'presentation') {
      const checked = this.participant?.receivesPresentation ?? false;
      return html`<button role="menuitemcheckbox" aria-checked=${checked ? 'true' : 'false'} tabindex="-1" part="menu-item" data-action=${action} @click=${() => this.#choose(action)}>
        <span class="check" aria-hidden="true"></span>${label}
      </button>`;
    }
    return html`<button role="menuitem" tabindex="-1" part=${danger ? 'menu-item menu-item-danger' : 'menu-item'} class=${danger ? 'danger' : ''} data-action=${action} @click=${() => this.#choose(action)}>
      <span class="check" aria-hidden="true"></span>${label}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-participant-menu': PexParticipantMenu;
  }
}
