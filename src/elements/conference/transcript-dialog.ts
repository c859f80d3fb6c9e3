import {css, html, LitElement, type TemplateResult} from 'lit';
import {property, query} from 'lit/decorators.js';
import {SessionController} from '../../context/session-controller.js';
import {meetingFeatures} from '../../i18n/en/meeting-features.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import type {Session} from '../../session/session.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import type {PexDialog} from '../shared/dialog.js';
import {clockTime, transcriptFileName, transcriptText} from './transcript-text.js';

/**
 * The transcript of the meeting's live captions: each final caption with its time and speaker,
 * and "Save as text" (a plain text file).
 *
 * @internal
 * @tagname pex-transcript-dialog
 */
export class PexTranscriptDialog extends LitElement {
  static override styles = [
    hostStyles,
    controlStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        max-height: 60vh;
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
    `,
  ];

  readonly #localize = new LocalizeController(this, meetingFeatures);
  readonly #controller = new SessionController(this, {select: (s) => [s.captions.transcript]});

  @property({attribute: false}) accessor session: Session | undefined;
  @query('pex-dialog') private accessor dialog!: PexDialog;

  override willUpdate(): void {
    if (this.session && this.#controller.session !== this.session) this.#controller.useSession(this.session);
  }

  async show(): Promise<void> {
    await this.dialog.show();
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
      <pex-dialog label=${t('captions.transcript')} wide>
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
            : html`<p>${t('captions.transcript-empty')}</p>`
        }
        <button slot="footer" ?disabled=${!lines.length} @click=${this.#save}>${t('captions.save')}</button>
      </pex-dialog>
    `;
  }
}
