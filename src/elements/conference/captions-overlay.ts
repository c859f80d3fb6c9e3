import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {meetingFeatures} from '../../i18n/en/meeting-features.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import type {Caption} from '../../session/types.js';

/** How long a caption stays over the stage when no other follows. */
const CAPTION_SHOWN_MS = 8000;

/**
 * The live caption over the stage of `<pex-conference>`: "Speaker: text" in large type, in a
 * polite live region that stays rendered while captions are on (so that screen readers hear each
 * change). A caption goes after a few seconds when no other follows. It renders into the
 * conference's shadow root, so its part is the conference's `captions` part.
 *
 * @internal
 * @tagname pex-captions-overlay
 * @csspart captions - The caption over the stage.
 */
export class PexCaptionsOverlay extends LitElement {
  readonly #localize = new LocalizeController(this, meetingFeatures);
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** The latest caption; a new object for each caption the node sends. */
  @property({attribute: false}) accessor caption: Caption | undefined;
  @state() private accessor expired = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('caption')) return;
    clearTimeout(this.#timer);
    this.expired = false;
    if (this.caption) this.#timer = setTimeout(() => (this.expired = true), CAPTION_SHOWN_MS);
  }

  override render(): TemplateResult {
    const caption = this.expired ? undefined : this.caption;
    const speakers = caption?.speakers.join(', ');
    return html`<div
      part="captions"
      class="captions ${caption ? 'shown' : ''}"
      role="status"
      aria-live="polite"
      aria-label=${this.#localize.t('captions.label')}
    >
      ${caption ? html`${speakers ? html`<span class="speaker">${speakers}:</span> ` : nothing}${caption.text}` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-captions-overlay': PexCaptionsOverlay;
  }
}
