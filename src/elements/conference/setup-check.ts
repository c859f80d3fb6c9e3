import {css, html, LitElement, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {diagnose, type Finding} from '../../diagnostics/diagnose.js';
import {diagnostics} from '../../i18n/en/diagnostics.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import type {PexDialog} from '../shared/dialog.js';
import {findingText} from './finding-text.js';

/**
 * "Check my setup": runs the diagnostics and lists each finding with what to change.
 *
 * @internal
 * @tagname pex-setup-check
 */
export class PexSetupCheck extends LitElement {
  static override styles = [
    hostStyles,
    controlStyles,
    css`
      ul {
        display: grid;
        gap: var(--_pex-space);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: grid;
        grid-template-columns: 6rem 1fr;
        gap: var(--_pex-space);
        align-items: start;
      }
      .status {
        padding: 0.1rem 0.5rem;
        border-radius: 999px;
        font-size: 0.85rem;
        font-weight: 600;
        text-align: center;
        background: var(--_pex-surface-raised);
      }
      .status.problem {
        background: var(--_pex-danger);
        color: var(--_pex-on-danger);
      }
      .status.warning {
        border: 1px solid var(--_pex-danger);
      }
      .status.ok {
        color: var(--_pex-success);
      }
    `,
  ];

  readonly #localize = new LocalizeController(this, diagnostics);

  /** The Conferencing Node to check. */
  @property() accessor node = '';
  /** The conference the user is about to join (optional). */
  @property() accessor conference = '';

  @state() private accessor findings: readonly Finding[] | undefined;
  @query('pex-dialog') private accessor dialog!: PexDialog;

  async show(): Promise<void> {
    await this.dialog.show();
    await this.#run();
  }

  #run = async (): Promise<void> => {
    this.findings = undefined;
    this.findings = await diagnose({node: this.node, conference: this.conference || undefined});
  };

  override render(): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    return html`<pex-dialog label=${t('setup.heading')} wide>
      ${
        this.findings
          ? html`<ul>
              ${this.findings.map(
                (finding) =>
                  html`<li>
                    <span class="status ${finding.status}">${t(`setup.status.${finding.status}`)}</span>
                    <span>${findingText(this.#localize, finding)}</span>
                  </li>`
              )}
            </ul>`
          : html`<p role="status">${t('setup.checking')}</p>`
      }
      <button slot="footer" @click=${this.#run} ?disabled=${!this.findings}>${t('setup.again')}</button>
    </pex-dialog>`;
  }
}
