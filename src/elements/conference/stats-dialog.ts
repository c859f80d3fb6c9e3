import {css, html, type TemplateResult} from 'lit';
import type {StringKey} from '../../i18n/en.js';
import {conference} from '../../i18n/en/conference.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import type {DirectionStats, StreamStats} from '../../session/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {SessionDialog} from './session-dialog.js';

type StreamName = keyof DirectionStats;
const STREAMS: readonly StreamName[] = ['audio', 'video', 'presentation'];

/**
 * Call statistics, as in Infinity Connect: the server version, then incoming and outgoing
 * bitrate, packets, loss, jitter, resolution and frame rate for audio, video and presentation.
 * Updated every second while open.
 *
 * @internal
 * @tagname pex-stats-dialog
 */
export class PexStatsDialog extends SessionDialog {
  static override styles = [
    hostStyles,
    controlStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.25rem var(--_pex-space);
        margin: 0;
      }
      dt {
        color: var(--_pex-text-muted);
      }
      dd {
        margin: 0;
      }
      .table-wrap {
        overflow-x: auto;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 0.9rem;
        font-variant-numeric: tabular-nums;
      }
      th,
      td {
        padding: 0.3rem 0.5rem;
        border-block-end: 1px solid var(--_pex-border);
        text-align: end;
        white-space: nowrap;
      }
      th:first-child,
      td:first-child {
        text-align: start;
      }
      caption {
        margin-block-end: 0.25rem;
        font-weight: 600;
        text-align: start;
      }
    `,
  ];

  readonly #localize = new LocalizeController(this, conference);

  constructor() {
    super((s) => [s.stats, s.serverVersion, s.callQuality]);
  }

  #format(key: StringKey, value: number | undefined, digits = 0): string {
    return value === undefined || !Number.isFinite(value) ? '–' : this.#localize.t(key, {value: value.toFixed(digits)});
  }

  #cells(stats: StreamStats | undefined): TemplateResult {
    return html`
      <td>${this.#format('stats.kbps', stats?.bitrate === undefined ? undefined : stats.bitrate / 1000)}</td>
      <td>${stats?.packets ?? '–'}</td>
      <td>${stats?.packetsLost ?? '–'}</td>
      <td>${this.#format('stats.percent', stats?.recentLossPercent, 1)}</td>
      <td>${this.#format('stats.ms', stats?.jitter === undefined ? undefined : stats.jitter * 1000)}</td>
      <td>${stats?.resolution ?? '–'}</td>
      <td>${this.#format('stats.fps', stats?.framesPerSecond)}</td>
      <td>${stats?.codec ?? '–'}</td>
    `;
  }

  #renderDirection(caption: StringKey, direction: DirectionStats): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    const headings: StringKey[] = [
      'stats.bitrate',
      'stats.packets',
      'stats.packets-lost',
      'stats.loss',
      'stats.jitter',
      'stats.resolution',
      'stats.frame-rate',
      'stats.codec',
    ];
    // Focusable, so that keyboard users can scroll a table wider than the dialog.
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t(caption)}>
      <table>
        <caption>
          ${t(caption)}
        </caption>
        <thead>
          <tr>
            <td></td>
            ${headings.map((heading) => html`<th scope="col">${t(heading)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${STREAMS.map(
            (stream) =>
              html`<tr>
                <th scope="row">${t(`stats.${stream}`)}</th>
                ${this.#cells(direction[stream])}
              </tr>`
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render(): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    const state = this.session?.state;
    const stats = state?.stats;
    return html`
      <pex-dialog label=${t('stats.heading')} wide>
        <dl>
          <dt>${t('stats.server-version')}</dt>
          <dd>${state?.serverVersion ?? t('stats.unknown')}</dd>
          ${
            state
              ? html`<dt>${t('stats.quality')}</dt>
                  <dd part="stats-quality">${t(`call.quality.${state.callQuality}`)}</dd>`
              : ''
          }
        </dl>
        ${
          stats
            ? html`${this.#renderDirection('stats.incoming', stats.inbound)}${this.#renderDirection('stats.outgoing', stats.outbound)}`
            : html`<p>${t('stats.none')}</p>`
        }
      </pex-dialog>
    `;
  }
}
