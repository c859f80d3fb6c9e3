import {css, html, nothing, type TemplateResult} from 'lit';
import {state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {meetingFeatures} from '../../i18n/en/meeting-features.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {isStringKey} from '../../i18n/registry.js';
import type {LayoutOption} from '../../session/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {actionErrorText} from '../shared/action-error.js';
import {SessionDialog} from './session-dialog.js';

/**
 * The node's preview as an image. The SVG is the node's content, so it is never inserted as
 * markup: as an `<img>`, scripts and links in it do nothing.
 */
export function previewUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * "Meeting layout", for hosts: the node's layouts as a radio group of its previews. The one
 * selected is what the node says hosts see; choosing another asks the node, and the selection
 * moves when the node confirms it.
 *
 * @internal
 * @tagname pex-layout-dialog
 */
export class PexLayoutDialog extends SessionDialog {
  static override styles = [
    hostStyles,
    controlStyles,
    css`
      .layouts {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
        gap: var(--_pex-space);
        margin: 0;
        padding: 0;
        border: 0;
      }
      label {
        display: grid;
        gap: 0.25rem;
        padding: 0.4rem;
        border: 2px solid var(--_pex-border);
        border-radius: var(--_pex-radius);
        cursor: pointer;
        text-align: center;
      }
      label:has(input:checked) {
        border-color: var(--_pex-accent);
      }
      label:has(input:focus-visible) {
        outline: 3px solid var(--_pex-focus);
        outline-offset: 2px;
      }
      input {
        position: absolute;
        opacity: 0;
      }
      img {
        width: 100%;
        aspect-ratio: 16 / 9;
        background: #222;
      }
    `,
  ];

  readonly #localize = new LocalizeController(this, meetingFeatures);

  @state() private accessor layouts: readonly LayoutOption[] | undefined;

  constructor() {
    super((s) => [s.layout, s.hostControls]);
  }

  override async show(): Promise<void> {
    await super.show();
    const session = this.session;
    if (!session) return;
    try {
      this.layouts = await session.loadLayouts();
    } catch (error) {
      this.problem = actionErrorText(this.#localize, error);
    }
  }

  /** A readable name for Pexip's layout name; the name itself when there is none. */
  #label(name: string): string {
    const key = `layout.name.${name}`;
    return isStringKey(key) ? this.#localize.t(key) : name;
  }

  async #choose(name: string): Promise<void> {
    this.problem = '';
    try {
      await this.session?.setLayout(name);
    } catch (error) {
      this.problem = actionErrorText(this.#localize, error);
    }
    // Until the node confirms, the radio group shows what it said last.
    this.requestUpdate();
  }

  override render(): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    const requested = this.session?.state.layout.requested;
    return html`
      <pex-dialog label=${t('layout.heading')} wide>
        ${
          requested && requested.host !== requested.guest
            ? html`<p>${t('layout.hosts-see', {layout: this.#label(requested.host)})}</p>
                <p>${t('layout.guests-see', {layout: this.#label(requested.guest)})}</p>`
            : nothing
        }
        ${this.problem ? html`<p class="message error" role="alert">${this.problem}</p>` : nothing}
        ${
          this.layouts
            ? html`<fieldset class="layouts" role="radiogroup" aria-label=${t('layout.heading')}>
                ${this.layouts.map(({name, svg}) => this.#renderLayout(name, svg, name === requested?.host))}
              </fieldset>`
            : this.problem
              ? nothing
              : html`<p role="status">${t('layout.loading')}</p>`
        }
      </pex-dialog>
    `;
  }

  #renderLayout(name: string, svg: string | undefined, checked: boolean): TemplateResult {
    const label = this.#label(name);
    return html`<label>
      <input
        type="radio"
        name="layout"
        value=${name}
        aria-label=${label === name ? name : `${label} (${name})`}
        .checked=${live(checked)}
        @change=${() => void this.#choose(name)}
      />
      ${svg ? html`<img src=${previewUrl(svg)} alt="" />` : nothing}
      <span aria-hidden="true">${label}</span>
    </label>`;
  }
}
