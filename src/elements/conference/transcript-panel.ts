import {css, html, LitElement, type PropertyValues, type TemplateResult} from 'lit';
import {property, query} from 'lit/decorators.js';
import {SessionController} from '../../context/session-controller.js';
import {meetingFeatures} from '../../i18n/en/meeting-features.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import type {Session} from '../../session/session.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {panelStyles} from '../../styles/panel.styles.js';
import {themeStyles} from '../../styles/theme.styles.js';
import {clockTime, transcriptFileName, transcriptText} from './transcript-text.js';

/** How close to the end (px) the reader counts as following the newest line. */
const END_SLACK = 24;

/**
 * The transcript of the meeting's live captions, in `<pex-conference>`'s side panel: each final
 * caption with its time and speaker, "Save as text" (a plain text file), and a close button.
 * New lines keep the newest in view while the reader is at the end.
 *
 * @internal
 * @tagname pex-transcript-panel
 */
export class PexTranscriptPanel extends LitElement {
  static override styles = [
    hostStyles,
    themeStyles,
    controlStyles,
    panelStyles,
    css`
      :host {
        border-block-end: 1px solid var(--_pex-border);
      }
      header {
        display: flex;
        align-items: center;
        justify-content: space-between;
      }
      h2:focus {
        outline: none;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: var(--_pex-space) calc(var(--_pex-space) * 2);
        max-block-size: var(--pex-transcript-height, 16rem);
        overflow-y: auto;
      }
      li {
        padding-block: 0.25rem;
      }
      time {
        color: var(--_pex-text-muted);
        font-variant-numeric: tabular-nums;
        margin-inline-end: 0.5rem;
      }
      .speaker {
        font-weight: 600;
      }
      .empty {
        margin: 0;
        padding: var(--_pex-space) calc(var(--_pex-space) * 2);
        color: var(--_pex-text-muted);
      }
      .actions {
        display: flex;
        gap: var(--_pex-space);
        padding: var(--_pex-space) calc(var(--_pex-space) * 2);
      }
    `,
  ];

  readonly #localize = new LocalizeController(this, meetingFeatures);
  readonly #controller = new SessionController(this, {select: (s) => [s.captions.transcript]});
  #following = true;

  @property({attribute: false}) accessor session: Session | undefined;

  /** Set by the conference: the user closed the transcript. */
  onClose?: () => void;

  @query('ol') private accessor list!: HTMLOListElement | null;
  @query('h2') private accessor heading!: HTMLHeadingElement | null;

  override willUpdate(): void {
    if (this.session && this.#controller.session !== this.session) this.#controller.useSession(this.session);
    const list = this.list;
    this.#following = !list || list.scrollHeight - list.scrollTop - list.clientHeight <= END_SLACK;
  }

  protected override updated(_changed: PropertyValues): void {
    const list = this.list;
    if (list && this.#following) list.scrollTop = list.scrollHeight;
  }

  /** Moves focus to the transcript's heading (after it was opened from the toolbar). */
  override focus(options?: FocusOptions): void {
    this.heading?.focus(options);
  }

  #save = (): void => {
    const state = this.session?.state;
    if (!state) return;
    const url = URL.createObjectURL(new Blob([transcriptText(state.captions.transcript)], {type: 'text/plain'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = transcriptFileName(state.conferenceName || state.conference, Date.now());
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  override render(): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    const lines = this.session?.state.captions.transcript ?? [];
    return html`
      <section class="base" aria-labelledby="transcript-heading">
        <header>
          <h2 id="transcript-heading" tabindex="-1">${t('captions.transcript')}</h2>
          <button class="close" @click=${() => this.onClose?.()}>${t('common.close')}</button>
        </header>
        ${
          lines.length
            ? html`<ol tabindex="0" aria-label=${t('captions.transcript')}>
                ${lines.map(
                  ({at, speakers, text}) =>
                    html`<li>
                      <time datetime=${new Date(at).toISOString()}>${clockTime(at)}</time>${
                        speakers.length ? html`<span class="speaker">${speakers.join(', ')}:</span> ` : ''
                      }${text}
                    </li>`
                )}
              </ol>`
            : html`<p class="empty">${t('captions.transcript-empty')}</p>`
        }
        <div class="actions">
          <button class="save" ?disabled=${!lines.length} @click=${this.#save}>${t('captions.save')}</button>
        </div>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-transcript-panel': PexTranscriptPanel;
  }
}
