import {css, html, LitElement, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {cssProperties} from '../../styles/css-properties.js';
import {hostStyles} from '../../styles/host.styles.js';
import {themeStyles} from '../../styles/theme.styles.js';

/** How often the level is read: often enough to follow speech, rarely enough to cost nothing. */
const SAMPLE_INTERVAL_MS = 100;

/**
 * Shows how loud a microphone is, so that a user can check it before joining.
 *
 * @internal
 * @tagname pex-level-meter
 * @csspart meter - The meter track.
 * @csspart level - The filled part.
 */
export class PexLevelMeter extends LitElement {
  static override styles = [
    hostStyles,
    themeStyles,
    css`
      :host {
        display: block;
      }
      .meter {
        height: 0.5rem;
        border-radius: 999px;
        background: var(--_pex-surface-raised);
        border: 1px solid var(--_pex-border);
        overflow: hidden;
      }
      .level {
        height: 100%;
        background: var(--_pex-success);
        transition: width 80ms linear;
      }
    `,
  ];

  /** The stream whose first audio track is measured. */
  @property({attribute: false}) accessor stream: MediaStream | undefined;

  /** The accessible name of the meter. */
  @property() accessor label = '';

  @state() private accessor level = 0;

  #context?: AudioContext;
  #timer?: ReturnType<typeof setInterval>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('stream')) this.#start();
  }

  #start(): void {
    this.#stop();
    const track = this.stream?.getAudioTracks()[0];
    if (!track || typeof AudioContext === 'undefined') return;
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 512;
    context.createMediaStreamSource(new MediaStream([track])).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    this.#context = context;
    this.#timer = setInterval(() => {
      if (context.state === 'suspended') void context.resume();
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      // RMS mapped to a 0–100 scale that moves visibly for speech (about −50 to −10 dBFS).
      const decibels = 20 * Math.log10(Math.sqrt(sum / samples.length) || 1e-6);
      this.level = track.enabled ? Math.round(Math.min(100, Math.max(0, ((decibels + 60) / 50) * 100))) : 0;
    }, SAMPLE_INTERVAL_MS);
  }

  #stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    void this.#context?.close();
    this.#context = undefined;
    this.level = 0;
  }

  override render(): TemplateResult {
    return html`<div
      part="meter"
      class="meter"
      role="meter"
      aria-label=${this.label}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${this.level}
    >
      <div part="level" class="level" ${cssProperties({width: `${this.level}%`})}></div>
    </div>`;
  }
}
