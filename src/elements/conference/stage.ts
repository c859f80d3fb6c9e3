import {css, html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {conference} from '../../i18n/en/conference.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {defineOnDemand} from '../shared/define-on-demand.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {themeStyles} from '../../styles/theme.styles.js';
import {icon} from '../icons.js';
import type {PresentationViewMode} from '../../events.js';

/**
 * The video area of a call: the meeting's video, the presentation (main when it starts, with
 * the video as a thumbnail; a click swaps them), and the self-view, which can be hidden.
 *
 * @internal
 * @tagname pex-stage
 * @csspart remote-video - The `<video>` with the meeting's video and sound.
 * @csspart presentation - The presentation (a `<pex-presentation-view>`: full motion or stills, pop-out).
 * @csspart self-view - The `<video>` with your own camera.
 * @csspart thumbnail - Whichever of video and presentation is shown small.
 */
export class PexStage extends LitElement {
  static override styles = [
    hostStyles,
    themeStyles,
    controlStyles,
    css`
      :host {
        display: block;
        position: relative;
        min-height: 12rem;
        background: var(--_pex-stage);
        color: #fff;
        overflow: hidden;
      }
      .main,
      .thumbnail {
        position: absolute;
        object-fit: contain;
        background: #000;
      }
      .main {
        inset: 0;
        width: 100%;
        height: 100%;
        background: transparent;
      }
      .thumbnail {
        inset-block-start: var(--_pex-space);
        inset-inline-start: var(--_pex-space);
        width: clamp(7rem, 24%, 16rem);
        aspect-ratio: 16 / 9;
        border: 2px solid rgb(255 255 255 / 0.7);
        border-radius: calc(var(--_pex-radius) * 0.75);
        cursor: pointer;
        z-index: 1;
      }
      .thumbnail:focus-visible {
        outline: 3px solid var(--_pex-focus);
      }
      pex-presentation-view.thumbnail {
        min-height: 0;
      }
      pex-presentation-view.thumbnail::part(controls) {
        display: none;
      }
      .swap {
        position: absolute;
        inset-block-start: var(--_pex-space);
        inset-inline-start: var(--_pex-space);
        width: clamp(7rem, 24%, 16rem);
        aspect-ratio: 16 / 9;
        min-height: 0;
        padding: 0;
        border: 0;
        background: transparent;
        z-index: 2;
      }
      .self {
        position: absolute;
        inset-block-start: var(--_pex-space);
        inset-inline-end: var(--_pex-space);
        width: clamp(6rem, 20%, 13rem);
        z-index: 1;
      }
      .self video {
        display: block;
        width: 100%;
        aspect-ratio: 4 / 3;
        object-fit: cover;
        transform: scaleX(-1);
        border: 2px solid rgb(255 255 255 / 0.7);
        border-radius: calc(var(--_pex-radius) * 0.75);
        background: #000;
      }
      .self button {
        position: absolute;
        inset-block-start: 0.25rem;
        inset-inline-end: 0.25rem;
        width: 2rem;
        height: 2rem;
        min-height: 0;
        padding: 0;
        border-radius: 50%;
        background: rgb(0 0 0 / 0.55);
        border-color: transparent;
        color: #fff;
      }
      .self button .icon {
        width: 1.1rem;
        height: 1.1rem;
      }
      .self.hidden {
        width: auto;
      }
      .self.hidden button {
        position: static;
      }
      .message {
        position: absolute;
        inset: 0;
        display: grid;
        place-items: center;
        margin: 0;
        padding: calc(var(--_pex-space) * 2);
        background: transparent;
        color: #fff;
        text-align: center;
      }
      .message span {
        padding: var(--_pex-space) calc(var(--_pex-space) * 2);
        border-radius: var(--_pex-radius);
        background: rgb(0 0 0 / 0.55);
      }
    `,
  ];

  readonly #localize = new LocalizeController(this, conference);

  /** The meeting's audio and video. */
  @property({attribute: false}) accessor remote: MediaStream | undefined;
  /** Whether someone else presents (shown even before the first picture arrives). */
  @property({type: Boolean, attribute: false}) accessor presenting = false;
  /** The presentation's video, when it is received as video. */
  @property({attribute: false}) accessor presentation: MediaStream | undefined;
  /** The presentation's latest still (an image URL), when it is received as still images. */
  @property({attribute: false}) accessor presentationStill: string | undefined;
  @property({attribute: false}) accessor presenterName = '';
  /** Our own camera, for the self-view. */
  @property({attribute: false}) accessor local: MediaStream | undefined;
  /** Whether to show a self-view at all (not in audio-only or control-only calls). */
  @property({type: Boolean, attribute: false}) accessor showSelf = true;
  /** How the presentation is shown: live (`full-motion`) or as still images (the user's choice in this call, or the setting; the view's button asks to change it). */
  @property({attribute: false}) accessor presentationMode: PresentationViewMode = 'still';
  /** The audio output (`setSinkId`), empty for the default. */
  @property({attribute: false}) accessor speakerId = '';
  /** The text shown when there is no video to show. */
  @property({attribute: false}) accessor emptyMessage = '';

  /** True when the user swapped video and presentation. */
  @state() private accessor swapped = false;
  @state() private accessor selfHidden = false;

  @query('.remote') private accessor remoteVideo: HTMLVideoElement | null = null;

  /** Shows the main video in the browser's picture-in-picture window, where available. */
  async pictureInPicture(): Promise<void> {
    const video = this.renderRoot.querySelector<HTMLVideoElement>('video.main');
    if (video && document.pictureInPictureEnabled) await video.requestPictureInPicture();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new presentation starts as the main view again.
    if (changed.has('presenting') && this.presenting) {
      this.swapped = false;
      // Its viewer is a chunk of its own, loaded the first time someone presents.
      void defineOnDemand('pex-presentation-view', () =>
        import('../presenter/presentation-view.js').then((module) => module.PexPresentationView)
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const video = this.remoteVideo;
    if (video && (changed.has('speakerId') || changed.has('remote')) && 'setSinkId' in video) {
      void video.setSinkId(this.speakerId).catch(() => undefined);
    }
  }

  #swap = (): void => {
    this.swapped = !this.swapped;
  };

  override render(): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    const presentationMain = this.presenting && !this.swapped;
    const remoteClass = presentationMain ? 'thumbnail' : 'main';
    const presentationLabel = this.presenterName
      ? t('call.presentation', {name: this.presenterName})
      : t('call.presentation-anonymous');
    return html`
      ${
        this.remote
          ? html`<video
              part="remote-video ${remoteClass === 'thumbnail' ? 'thumbnail' : ''}"
              class="remote ${remoteClass}"
              .srcObject=${this.remote}
              autoplay
              playsinline
              aria-label=${t('call.remote-video')}
            ></video>`
          : html`<p class="message" role="status"><span>${this.emptyMessage}</span></p>`
      }
      ${
        this.presenting
          ? html`<pex-presentation-view
              part="presentation ${presentationMain ? '' : 'thumbnail'}"
              exportparts="video: presentation-video, still: presentation-still, controls: presentation-controls, mode-button: presentation-mode-button, popout-button: presentation-popout-button"
              class=${presentationMain ? 'main' : 'thumbnail'}
              .stream=${this.presentation}
              .still=${this.presentationStill}
              .mode=${this.presentationMode}
              .label=${presentationLabel}
            ></pex-presentation-view>`
          : nothing
      }
      ${
        this.presenting && (this.remote || !presentationMain)
          ? html`<button
              class="swap"
              @click=${this.#swap}
              aria-label=${t('call.swap-views', {name: presentationMain ? t('call.remote-video') : presentationLabel})}
            ></button>`
          : nothing
      }
      ${this.showSelf && this.local ? this.#renderSelf(this.local) : nothing}
    `;
  }

  #renderSelf(local: MediaStream): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    if (this.selfHidden) {
      return html`<div class="self hidden">
        <button
          aria-label=${t('call.show-self-view')}
          title=${t('call.show-self-view')}
          @click=${() => (this.selfHidden = false)}
        >
          ${icon('eye')}
        </button>
      </div>`;
    }
    return html`<div class="self">
      <video part="self-view" .srcObject=${local} autoplay playsinline muted aria-label=${t('call.self-view')}></video>
      <button aria-label=${t('call.hide-self-view')} title=${t('call.hide-self-view')} @click=${() => (this.selfHidden = true)}>
        ${icon('eye-off')}
      </button>
    </div>`;
  }
}
