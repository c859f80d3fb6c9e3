import {html, nothing, type TemplateResult} from 'lit';
import {icon} from '../icons.js';

/** Where a collapsible chat remembers, for the tab's session, that it was collapsed. */
const COLLAPSED_KEY = 'pex-connect.chat-collapsed';

/** The tab's sessionStorage, or none where it is blocked (some privacy modes throw). */
function tabStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function rememberedCollapsed(): boolean {
  return tabStorage()?.getItem(COLLAPSED_KEY) === 'true';
}

export function rememberCollapsed(collapsed: boolean): void {
  try {
    if (collapsed) tabStorage()?.setItem(COLLAPSED_KEY, 'true');
    else tabStorage()?.removeItem(COLLAPSED_KEY);
  } catch {
    // Full or blocked storage: the chat still collapses, it is only not remembered.
  }
}

/** A collapsible chat's heading: a disclosure button for the chat's body, with the unread count while collapsed. */
export function renderCollapsibleHeading(
  heading: string,
  collapsed: boolean,
  unreadText: string,
  toggle: () => void
): TemplateResult {
  return html`<button
    part="collapse-button"
    class="collapse"
    aria-expanded=${collapsed ? 'false' : 'true'}
    aria-controls="chat-body"
    @click=${toggle}
  >
    ${icon('chevron-down')}<span>${heading}</span>
    ${unreadText ? html`<span part="unread-badge" class="badge">${unreadText}</span>` : nothing}
  </button>`;
}
