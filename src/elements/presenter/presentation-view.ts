import {css, html, LitElement, nothing, render, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {emit, type PresentationViewMode} from '../../events.js';
import {presenter} from '../../i18n/en/presenter.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {themeStyles} from '../../styles/theme.styles.js';
import {presenterIcon} from './presenter-icons.js';
import {StillFrames} from './still-frames.js';

/** How often to look whether the user closed the pop-out window (no event is reliable for that). */
const POPUP_POLL_MS = 500;

/**
 * The pop-out window's whole page: the presentation fills it. Adopted as a constructed style
 * sheet: the window inherits the page's CSP, and a strict one (`style-src 'self'`) refuses an
 * inline `<style>`.
 */
const popupStyles = `
  html, body { margin: 0; height: 100%; background: #000; color: #fff; font: 1rem/1.4 system-ui, sans-serif; }
  body { display: grid; place-items: center; }
  .surface { display: block; width: 100vw; height: 100vh; object-fit: contain; }
`;

/**
 * Shows a presentation in full motion (a `<video>`) or as still images: the node's stills (an
 * `<img>`, in still-image mode the call receives no presentation video), or, where video arrives
 * anyway, stills taken from it and refreshed only when the content changes. Buttons switch
 * between the two and pop the presentation out into a window of its own (and back, also when
 * that window is closed). Used by `<pex-presenter>` and by `<pex-conference>`'s stage.
 *
 * @summary A presentation, live or as stills, in the page or in its own window.
 * @tagname pex-presentation-view
 *
 * @fires {PexEvent<'pex-presentation-mode-change'>} pex-presentation-mode-change - The user switched between full motion and still images.
 * @fires {PexEvent<'pex-presentation-popout'>} pex-presentation-popout - The presentation moved into its own window (`open: true`) or back (`open: false`).
 *
 * @csspart base - The whole view.
 * @csspart video - The `<video>` in full-motion mode.
 * @csspart still - The still image in still mode (an `<img>` of the node's still, or a `<canvas>` taken from the video).
 * @csspart message - "Waiting for the presentation", "shown in another window", or a blocked pop-up.
 * @csspart controls - The buttons' bar.
 * @csspart mode-button - Full motion on or off (a toggle button).
 * @csspart popout-button - Open in a new window, or bring the presentation back.
 *
 * @cssprop [--pex-color-stage=#111418] - Background behind the presentation.
 */
export class PexPresentationView extends LitElement {
  static override styles = [
    hostStyles,
    themeStyles,
    controlStyles,
    css`
      :host {
        display: block;
        position: relative;
        container-type: inline-size;
        background: var(--_pex-stage);
        color: #fff;
        min-height: 8rem;
      }
      .base {
        position: relative;
        display: grid;
        place-items: center;
        width: 100%;
        height: 100%;
        min-height: inherit;
      }
      .surface {
        display: block;
        width: 100%;
        height: 100%;
        max-height: inherit;
        object-fit: contain;
      }
      .message {
        margin: var(--_pex-space);
        background: rgb(0 0 0 / 0.55);
        color: #fff;
        text-align: center;
      }
      .controls {
        position: absolute;
        inset-block-end: var(--_pex-space);
        inset-inline-end: var(--_pex-space);
        display: flex;
        gap: calc(var(--_pex-space) * 0.5);
      }
      .controls button {
        min-height: 2.25rem;
        padding: 0 var(--_pex-space);
        border-color: rgb(255 255 255 / 0.35);
        background: rgb(0 0 0 / 0.6);
        color: #fff;
        font-size: 0.85rem;
      }
      /* On a small view the buttons keep only their icons (the words stay their names). */
      @container (max-width: 28rem) {
        .controls .label {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip-path: inset(50%);
          white-space: nowrap;
        }
        .controls button {
          padding: 0 calc(var(--_pex-space) * 0.75);
        }
      }
    `,
  ];

  readonly #localize = new LocalizeController(this, presenter);
  readonly #stills = new StillFrames();
  #popup: Window | null = null;
  #popupWatch?: ReturnType<typeof setInterval>;

  /** The presentation to show (a remote presentation stream, or a local preview). */
  @property({attribute: false}) accessor stream: MediaStream | undefined = undefined;

  /** The presentation's latest still picture (an image URL), shown in still mode when there is no stream. */
  @property({attribute: false}) accessor still: string | undefined = undefined;

  /** `full-motion`: live video. `still`: a still image, refreshed only when the content changes (less CPU). */
  @property({reflect: true}) accessor mode: PresentationViewMode = 'still';

  /** What the presentation is, for assistive technology and the pop-out window's title, such as "Presentation from Alice". */
  @property() accessor label = '';

  @state() private accessor poppedOutNow = false;
  @state() private accessor popupBlocked = false;

  /** Whether the presentation is shown in its own window. */
  get poppedOut(): boolean {
    return this.poppedOutNow;
  }

  /** How many still images were shown (stays put while the content does not change). */
  get stillCount(): number {
    return this.#stills.count + this.#pictures;
  }

  /** How many of those were still pictures given as `still`. */
  #pictures = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.popIn();
    this.#stills.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('stream') || changed.has('mode')) this.#stills.setStream(this.mode === 'still' ? this.stream : undefined);
    if (changed.has('still') && this.still) this.#pictures += 1;
  }

  protected override updated(): void {
    if (this.#popup) {
      this.#renderPopup(this.#popup);
    } else {
      this.#stills.setTarget(this.renderRoot.querySelector<HTMLCanvasElement>('canvas.surface') ?? undefined);
    }
    // Autoplay is not enough: a video moved into the pop-out does not start by itself, and Firefox
    // sometimes leaves a new one paused when its stream had no frame yet.
    const video = (this.#popup?.document ?? this.renderRoot).querySelector('video');
    if (video?.paused) video.play().catch(() => undefined);
  }

  /**
   * Moves the presentation into a window of its own. Call it from a user action (a click), or
   * the browser blocks the window; returns whether the window is open.
   */
  popOut(): boolean {
    if (this.#popup && !this.#popup.closed) {
      this.#popup.focus();
      return true;
    }
    // A blank window has this page's origin, so the stream can be shown in it directly.
    const popup = window.open('', '', 'popup,width=960,height=600');
    this.popupBlocked = !popup;
    if (!popup) return false;
    // Constructed in the window's own realm: a document adopts only sheets made by its window.
    const sheet = new (popup as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(popupStyles);
    popup.document.adoptedStyleSheets = [sheet];
    popup.document.documentElement.lang = this.#localize.lang;
    popup.document.documentElement.dir = getComputedStyle(this).direction;
    this.#popup = popup;
    this.#popupWatch = setInterval(() => this.#popup?.closed && this.popIn(), POPUP_POLL_MS);
    window.addEventListener('pagehide', this.#closePopupWithPage);
    this.poppedOutNow = true;
    emit(this, 'pex-presentation-popout', {open: true});
    return true;
  }

  /** Brings the presentation back into the page and closes its window. */
  popIn(): void {
    const popup = this.#popup;
    if (!popup) return;
    this.#popup = null;
    clearInterval(this.#popupWatch);
    window.removeEventListener('pagehide', this.#closePopupWithPage);
    if (!popup.closed) {
      render(nothing, popup.document.body);
      popup.close();
    }
    this.poppedOutNow = false;
    emit(this, 'pex-presentation-popout', {open: false});
  }

  #closePopupWithPage = (): void => {
    this.#popup?.close();
  };

  #onModeClick = (): void => {
    this.mode = this.mode === 'full-motion' ? 'still' : 'full-motion';
    emit(this, 'pex-presentation-mode-change', {mode: this.mode});
  };

  #onPopoutClick = (): void => {
    if (this.poppedOutNow) this.popIn();
    else this.popOut();
  };

  #renderPopup(popup: Window): void {
    popup.document.title = this.label || this.#localize.t('presentation-view.window-title');
    render(this.#renderSurface(), popup.document.body);
    this.#stills.setTarget(popup.document.querySelector('canvas') ?? undefined);
  }

  override render(): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    const showControls = Boolean(this.stream || this.still) || this.poppedOutNow;
    const popoutText = t(this.poppedOutNow ? 'presentation-view.pop-in' : 'presentation-view.pop-out');
    return html`
      <div part="base" class="base" role="group" aria-label=${this.label || t('presentation-view.window-title')}>
        ${this.poppedOutNow ? html`<p part="message" class="message" role="status">${t('presentation-view.popped-out')}</p>` : this.#renderSurface()}
        ${this.popupBlocked ? html`<p part="message" class="message" role="alert">${t('presentation-view.popup-blocked')}</p>` : nothing}
        ${
          showControls
            ? html`<div part="controls" class="controls">
                <button
                  part="mode-button"
                  aria-pressed=${this.mode === 'full-motion' ? 'true' : 'false'}
                  title=${t('presentation-view.full-motion-hint')}
                  @click=${this.#onModeClick}
                >
                  ${presenterIcon('full-motion')}<span class="label">${t('presentation-view.full-motion')}</span>
                </button>
                <button part="popout-button" title=${popoutText} @click=${this.#onPopoutClick}>
                  ${presenterIcon(this.poppedOutNow ? 'pop-in' : 'pop-out')}<span class="label">${popoutText}</span>
                </button>
              </div>`
            : nothing
        }
      </div>
    `;
  }

  /** The presentation itself, rendered here or into the pop-out window. */
  #renderSurface(): TemplateResult {
    const label = this.label || this.#localize.t('presentation-view.window-title');
    if (this.stream && this.mode === 'full-motion')
      return html`<video
        part="video"
        class="surface"
        autoplay
        playsinline
        muted
        .srcObject=${this.stream}
        aria-label=${label}
      ></video>`;
    if (this.stream) return html`<canvas part="still" class="surface" role="img" aria-label=${label}></canvas>`;
    // Between switching to full motion and the video's arrival, the last still stays up.
    if (this.still) return html`<img part="still" class="surface" src=${this.still} alt=${label} />`;
    return html`<p part="message" class="message" role="status">${this.#localize.t('presentation-view.waiting')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-presentation-view': PexPresentationView;
  }
}
