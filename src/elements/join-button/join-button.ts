import {css, html, LitElement, nothing, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {joinButton} from '../../i18n/en/join-button.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {buildJoinLink, buildPexipLink, type JoinLinkParams} from '../../link/join-link.js';
import {JOIN_PARAM_NAMES, parseJoinParams} from '../../link/join-params.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {themeSchemeStyles, themeStyles, type Theme} from '../../styles/theme.styles.js';
import type {PexConference} from '../conference/conference.js';
import {isNodeUrl, type AttributeProblem} from '../conference/join-params-reader.js';
import {icon} from '../icons.js';
import {describeAttributeProblem} from '../shared/attribute-problem.js';
import {takeJoinRole} from '../shared/join-role.js';

/** Where the meeting opens. */
export type JoinButtonTarget = 'dialog' | 'window' | 'desktop';
const TARGETS: readonly string[] = ['dialog', 'window', 'desktop'] satisfies JoinButtonTarget[];

/**
 * A "Join my room" button for a CMS page: it takes the same link attributes as
 * `<pex-conference>` and opens the meeting, the whole client with participants, chat and sharing
 * of images and PDFs, in a dialog on the page (`target="dialog"`, the default), in a new window
 * with the Web App page (`target="window"`), or in the Infinity Connect desktop client through a
 * `pexip:` link (`target="desktop"`). No script is needed
 * beyond the bundle's script tag.
 *
 * @summary A button that opens a meeting.
 * @tagname pex-join-button
 *
 * @attr {string} name - Display name to join with.
 * @attr {number} bw - Bandwidth in kbps, 256–1864.
 * @attr {string} pin - Host or guest PIN (for `window`, it is in the link: prefer leaving it out).
 * @attr {boolean} join - Join at once, without the pre-join screen.
 * @attr {'host' | 'guest'} role - Role to join as when there is no PIN.
 * @attr {string} media - `1`: start camera and microphone; empty: presentation and control only.
 * @attr {boolean} audioonly - Join with the microphone only.
 * @attr {boolean} escalate - With `media=""`: offer camera and microphone at once.
 * @attr {string} extension - Virtual Reception extension.
 * @attr {boolean} forceguest - Withhold host controls.
 *
 * @slot - The button's text (default: "Join {conference}").
 * @slot icon - An icon before the text (default: a camera).
 *
 * @csspart button - The button (or, for `desktop` and `window`, the link).
 * @csspart dialog - The dialog that holds the meeting.
 * @csspart conference - The `<pex-conference>` in the dialog; its own parts are exported as `conference-*`.
 *
 * @cssprop [--pex-color-accent=#1f5fd6] - Button background.
 * @cssprop [--pex-color-on-accent=#ffffff] - Button text.
 * @cssprop [--pex-radius=8px] - Corner radius.
 */
export class PexJoinButton extends LitElement {
  static override styles = [
    hostStyles,
    themeStyles,
    themeSchemeStyles,
    controlStyles,
    css`
      :host {
        display: inline-block;
      }
      .button {
        display: inline-flex;
        align-items: center;
        gap: calc(var(--_pex-space) * 0.75);
        min-height: 2.75rem;
        padding: 0 calc(var(--_pex-space) * 2.5);
        border: 1px solid var(--_pex-accent);
        border-radius: var(--_pex-radius);
        background: var(--_pex-accent);
        color: var(--_pex-on-accent);
        font-weight: 600;
        text-decoration: none;
        cursor: pointer;
      }
      .button:hover {
        filter: brightness(1.08);
      }
      dialog {
        width: min(96vw, 72rem);
        height: min(92vh, 48rem);
        padding: 0;
        border: 0;
        border-radius: var(--_pex-radius);
        background: var(--_pex-surface);
        overflow: hidden;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.6);
      }
      .frame {
        display: grid;
        grid-template-rows: auto 1fr;
        height: 100%;
      }
      .frame header {
        display: flex;
        justify-content: flex-end;
        padding: calc(var(--_pex-space) * 0.5);
        border-block-end: 1px solid var(--_pex-border);
      }
      pex-conference {
        height: 100%;
        border: 0;
        border-radius: 0;
        --pex-conference-min-height: 100%;
      }
      .problem {
        margin: calc(var(--_pex-space) * 0.5) 0 0;
        color: var(--_pex-danger);
        font-size: 0.9rem;
      }
    `,
  ];

  readonly #localize = new LocalizeController(this, joinButton);

  /**
   * Colours: `light`, `dark` or `system` (follow the system's `prefers-color-scheme`). Unset, the
   * element takes the theme of the public element it is nested in, else the system's.
   */
  @property({reflect: true}) accessor theme: Theme | undefined;

  /** Where the meeting opens: `dialog` (default), `window` or `desktop`. */
  @property({reflect: true}) accessor target: JoinButtonTarget = 'dialog';

  /** The Web App page for `target="window"`; default: `webapp.html` next to the bundle. */
  @property() accessor webapp = '';

  /** Base URL of the Conferencing Node (for `dialog`); default: the page's origin. */
  @property() accessor node = '';

  /** Alias of the meeting to join (required). */
  @property() accessor conference = '';

  /** The role to join as without a PIN: the `role` attribute, taken off the element once read. */
  @property({attribute: false}) accessor joinRole = '';

  @state() private accessor open = false;
  @query('dialog') private accessor dialog!: HTMLDialogElement;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'role', ...JOIN_PARAM_NAMES];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'role') this.joinRole = takeJoinRole(this, value) ?? this.joinRole;
    // The link parameters are read from the attributes at render time.
    if ((JOIN_PARAM_NAMES as readonly string[]).includes(name)) this.requestUpdate();
  }

  /** The link parameters, read from this element's attributes. */
  #parsedParams(): ReturnType<typeof parseJoinParams> {
    return parseJoinParams(
      {
        ...Object.fromEntries(JOIN_PARAM_NAMES.map((name) => [name, this.getAttribute(name)])),
        role: this.joinRole || this.getAttribute('role'),
      },
      'attribute'
    );
  }

  #linkParams(): JoinLinkParams {
    const {params} = this.#parsedParams();
    return {...params, conference: params.conference ?? ''};
  }

  /** The `webapp` attribute as an http(s) address, if it is one. */
  #customWebappUrl(): string | undefined {
    try {
      const url = new URL(this.webapp, document.baseURI);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  #webappUrl(): string {
    return (this.webapp.trim() && this.#customWebappUrl()) || new URL('./webapp.html', import.meta.url).href;
  }

  /** Attribute values that cannot be used as given, each shown under the button. */
  #renderProblems(): TemplateResult[] {
    const problems: AttributeProblem[] = this.#parsedParams().problems.map(({param, value, code, applied}) => ({
      attribute: param,
      value,
      code,
      applied,
    }));
    if (!TARGETS.includes(this.target)) problems.push({attribute: 'target', value: this.target, code: 'target'});
    if (this.webapp.trim() && !this.#customWebappUrl()) problems.push({attribute: 'webapp', value: this.webapp, code: 'webapp'});
    if (this.node.trim() && !isNodeUrl(this.node)) problems.push({attribute: 'node', value: this.node, code: 'node'});
    return problems.map(
      (problem) => html`<p class="problem" role="alert">${describeAttributeProblem(this.#localize, problem).message}</p>`
    );
  }

  /** Opens the meeting the way `target` says. */
  async openMeeting(): Promise<void> {
    if (this.target === 'dialog') {
      // The client is a separate chunk: a page with only a button loads it on the first click.
      await import('../../pex-conference.js');
      this.open = true;
      await this.updateComplete;
      this.dialog.showModal();
    } else if (this.target === 'window') {
      const {url} = buildJoinLink(this.#webappUrl(), this.#linkParams());
      if (url) window.open(url, '_blank', 'noopener');
    } else {
      const {url} = buildPexipLink(this.conference);
      if (url) location.href = url;
    }
  }

  #onDialogClose = (): void => {
    const conference = this.renderRoot.querySelector<PexConference>('pex-conference');
    void conference?.leave();
    this.open = false;
  };

  #renderLabel(): TemplateResult {
    return html`<slot name="icon">${icon('camera')}</slot
      ><slot>${this.#localize.t('join-button.label', {conference: this.conference})}</slot>`;
  }

  override render(): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    if (!this.conference.trim()) {
      return html`<button part="button" class="button" disabled>${this.#renderLabel()}</button>
        <p class="problem" role="alert">${t('join-button.no-conference')}</p>`;
    }
    if (this.target === 'desktop') {
      return html`<a part="button" class="button" href=${buildPexipLink(this.conference).url}>${this.#renderLabel()}</a
        >${this.#renderProblems()}`;
    }
    if (this.target === 'window') {
      const {url} = buildJoinLink(this.#webappUrl(), this.#linkParams());
      return html`<a part="button" class="button" href=${url} target="_blank" rel="noopener">${this.#renderLabel()}</a
        >${this.#renderProblems()}`;
    }
    const params = this.#linkParams();
    return html`
      <button part="button" class="button" aria-haspopup="dialog" @click=${() => void this.openMeeting()}>
        ${this.#renderLabel()}
      </button>
      ${this.#renderProblems()}
      <dialog part="dialog" aria-label=${t('join-button.label', {conference: this.conference})} @close=${this.#onDialogClose}>
        ${
          this.open
            ? html`<div class="frame">
                <header><button @click=${() => this.dialog.close()}>${t('common.close')}</button></header>
                <pex-conference
                  part="conference"
                  exportparts=${CONFERENCE_PARTS}
                  node=${this.node || nothing}
                  conference=${params.conference}
                  name=${params.name ?? nothing}
                  bw=${params.bw ?? nothing}
                  .pin=${params.pin ?? ''}
                  .joinRole=${params.role ?? ''}
                  .autoJoin=${params.join}
                  .media=${params.media}
                  .audioonly=${params.audioonly}
                  .escalate=${params.escalate}
                  extension=${params.extension ?? nothing}
                  .forceguest=${params.forceguest}
                ></pex-conference>
              </div>`
            : nothing
        }
      </dialog>
    `;
  }
}

/** The conference's parts, re-exported with a `conference-` prefix. */
const CONFERENCE_PARTS = ['base', 'stage', 'toolbar', 'remote-video', 'self-view', 'leave-button', 'prejoin', 'panel', 'message']
  .map((part) => `${part}: conference-${part}`)
  .join(', ');

declare global {
  interface HTMLElementTagNameMap {
    'pex-join-button': PexJoinButton;
  }
}
