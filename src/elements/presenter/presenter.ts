import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {SessionController} from '../../context/session-controller.js';
import {emit, type PexEvent, type PresentationViewMode} from '../../events.js';
import type {StringKey} from '../../i18n/en.js';
import {presenter} from '../../i18n/en/presenter.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import type {Session} from '../../session/session.js';
import type {ConferenceState, PresentationState} from '../../session/types.js';
import {SlideDeck} from '../../slides/deck.js';
import {ACCEPTED_FILE_TYPES} from '../../slides/file-kind.js';
import {slideResolution, SlideShow} from '../../slides/slide-show.js';
import type {SlideFileError} from '../../slides/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {themeStyles} from '../../styles/theme.styles.js';
import {icon} from '../icons.js';
import {actionErrorText} from '../shared/action-error.js';
import type {InternalEvent} from '../shared/internal-events.js';
import {presenterIcon} from './presenter-icons.js';
import {presenterStyles} from './presenter.styles.js';
import {slideLabel} from './slide-label.js';
import {renderBindingMessage} from '../shared/binding-message.js';

/** What this element is presenting: nothing, the screen, or slides (also while the presentation starts). */
export type PresenterSharing = 'none' | 'screen' | 'slides';

/** A message about our presentation: `alert` for what went wrong, `status` for what happened. */
interface Notice {
  readonly text: string;
  readonly tone: 'alert' | 'status';
}

function stopTracks(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/**
 * Shares the screen, or images and PDFs as slides, and shows the presentation someone else
 * shares: in full motion or as still images, in the page or popped out into its own window.
 * Each image and each PDF page is one slide, drawn (only when needed) on a canvas whose video
 * is the presentation; the bandwidth decides its size (540p, 720p or 1080p).
 *
 * Works inside `<pex-conference>`, or anywhere on the page with `for="<id of the conference>"`.
 * A page can drive it with `shareScreen()`, `chooseFiles()`, `shareFiles()`, `nextSlide()`,
 * `previousSlide()`, `goToSlide()` and `stopSharing()`, and follow it through its events.
 * Files can also be dropped on it. The arrow keys (and Page Up/Down, Home, End) move between
 * slides while the slides have focus; each move is announced politely.
 *
 * @summary Share the screen, images or PDFs, and view presentations.
 * @tagname pex-presenter
 *
 * @fires {PexEvent<'pex-presentation-slide-change'>} pex-presentation-slide-change - Another slide is shown: `index` (from 0) and `count`.
 * @fires {PexEvent<'pex-presentation-file-error'>} pex-presentation-file-error - A chosen file cannot be shared: `file`, `reason` (`unsupported`, `empty`, `corrupt`, `password`, `too-large`, `timeout`, `unavailable`) and the `message` shown.
 * @fires {PexEvent<'pex-presentation-mode-change'>} pex-presentation-mode-change - The user switched the incoming presentation between full motion and still images.
 * @fires {PexEvent<'pex-presentation-popout'>} pex-presentation-popout - The incoming presentation moved into its own window or back.
 *
 * @csspart base - The element's content.
 * @csspart message - Why the element does nothing (not bound to a meeting, not joined).
 * @csspart view - The incoming presentation (a `<pex-presentation-view>`; its parts are exported as `view-video`, `view-still`, `view-controls`, `view-mode-button`, `view-popout-button`, `view-message`).
 * @csspart notice - What happened to our presentation (taken over, refused, ended), or a presentation we may not see.
 * @csspart notice-close - The button that dismisses a notice.
 * @csspart share-bar - The Share screen and Share images or PDFs buttons.
 * @csspart share-screen-button - Share screen.
 * @csspart share-files-button - Share images or PDFs.
 * @csspart hint - A hint below the share buttons.
 * @csspart screen - Our screen share: status, preview and Stop.
 * @csspart screen-preview - The `<video>` of the screen we share.
 * @csspart slides - Our slides: toolbar, slide and thumbnails.
 * @csspart slides-toolbar - The slides' toolbar.
 * @csspart previous-button - Previous slide (`<`).
 * @csspart next-button - Next slide (`>`).
 * @csspart slide-counter - "3 / 12".
 * @csspart slide - The `<canvas>` that is presented.
 * @csspart slide-status - "Opening files…" or "Drawing the slide…" over the slide.
 * @csspart thumbnails - The thumbnails strip (a `<pex-slide-strip>`; its parts are exported as `thumbnail-list`, `thumbnail`, `thumbnail-image`).
 * @csspart add-button - Add files to the slides.
 * @csspart start-button - Start presenting the slides (after a take-over, or when joined).
 * @csspart stop-button - Stop presenting (and close the slides).
 * @csspart file-errors - The files that are not shared, and why.
 * @csspart drop-zone - The overlay shown while files are dragged over the element.
 *
 * @cssprop [--pex-presenter-background=var(--pex-color-surface)] - Background of the element.
 * @cssprop [--pex-presenter-stage=var(--pex-color-stage)] - Background behind presentations and slides.
 * @cssprop [--pex-color-accent=#1f5fd6] - Primary buttons, the current thumbnail, focus rings.
 * @cssprop [--pex-color-danger=#c62828] - The Stop button and error messages.
 */
export class PexPresenter extends LitElement {
  static override styles = [hostStyles, themeStyles, controlStyles, presenterStyles];

  readonly #localize = new LocalizeController(this, presenter);
  readonly #controller = new SessionController(this, {
    // Only whether we may receive the presentation, not every participant change (speaking flags change often).
    select: (state) => [
      state.phase,
      state.presentation,
      state.participants.find(({isSelf}) => isSelf)?.receivesPresentation,
      state.settings,
      state.conferenceStatus,
    ],
  });
  #deck?: SlideDeck;
  #show?: SlideShow;
  /** Our screen capture, while we have one. */
  #screen?: MediaStream;
  /** The stream we gave `session.present()`, and the session we gave it to. */
  #presented?: MediaStream;
  #presentedOn?: Session;
  /** The session has shown `#presented` as its presentation (so a change away from it is a stop). */
  #confirmed = false;
  /** Present the slides as soon as the first one is drawn. */
  #presentWhenDrawn = false;
  /** The slide position last announced (and sent as `pex-presentation-slide-change`). */
  #announced = {index: -1, count: 0};
  /** What the file picker's choice is for: new slides, or more slides. */
  #filePurpose: 'share' | 'add' = 'share';
  /** A take-over notice shown before the new presenter's name was known (the name follows it). */
  #unnamedTakeOver?: Notice;
  /** dragenter/dragleave pairs, counted because they fire for every child crossed. */
  #dragDepth = 0;

  /** The id of the `<pex-conference>` to present in, when this element is not inside it. */
  @property({attribute: 'for'}) accessor for = '';

  /** Do not show presentations from others (when the page shows them elsewhere, such as on `<pex-conference>`'s stage). */
  @property({type: Boolean, attribute: 'no-viewer'}) accessor noViewer = false;

  @state() private accessor notice: Notice | undefined;
  @state() private accessor fileErrors: readonly SlideFileError[] = [];
  @state() private accessor announcement = '';
  @state() private accessor dragging = false;
  /** The viewing mode the user chose; until then, the "full motion by default" setting decides. */
  @state() private accessor viewMode: PresentationViewMode | undefined;

  @query('input[type="file"]') private accessor fileInput!: HTMLInputElement | null;

  /** What this element is presenting now. */
  get sharing(): PresenterSharing {
    if (!this.#presented) return 'none';
    return this.#presented === this.#screen ? 'screen' : 'slides';
  }

  /** The slide shown (from 0), or -1 without slides. */
  get slideIndex(): number {
    return this.#show && this.#show.count > 0 ? this.#show.index : -1;
  }

  /** How many slides there are (it grows while files open). */
  get slideCount(): number {
    return this.#show?.count ?? 0;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A move within the page disconnects and reconnects at once: stop only if really removed.
    queueMicrotask(() => {
      if (!this.isConnected) void this.stopSharing();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.#controller.bindTo(this.for);
    const state = this.#controller.state;
    if (!state) return;
    this.#followPresentation(state.presentation);
    const {presenterName} = state.presentation;
    if (this.#unnamedTakeOver && presenterName) {
      if (this.notice === this.#unnamedTakeOver)
        this.notice = {text: this.#t('presenter.taken-over', {name: presenterName}), tone: 'alert'};
      this.#unnamedTakeOver = undefined;
    }
    this.#show?.resize(slideResolution(state.settings.bandwidth));
  }

  // --- public methods ----------------------------------------------------------------------

  /**
   * Asks the user for a screen or window to share and presents it. Call it from a user action
   * (a click): browsers allow screen capture only then.
   */
  shareScreen(): Promise<void> {
    // getDisplayMedia must be called synchronously within the user's action: nothing may be awaited before it.
    if (!this.#canPresent()) return Promise.resolve();
    if (!navigator.mediaDevices?.getDisplayMedia) {
      this.notice = {text: this.#t('presenter.screen-unsupported'), tone: 'alert'};
      return Promise.resolve();
    }
    let capture: Promise<MediaStream>;
    try {
      capture = navigator.mediaDevices.getDisplayMedia({video: true, audio: false});
    } catch (error) {
      capture = Promise.reject(error);
    }
    return this.#presentScreen(capture);
  }

  /** Opens the file picker to share images or PDFs. Call it from a user action (a click). */
  chooseFiles(): void {
    this.#openPicker('share');
  }

  /**
   * Shares files as slides, in the order given (replacing any slides shown): each image and
   * each PDF page is a slide. Presenting starts when the first slide is drawn. Files that
   * cannot be shared are listed with the reason (and fire `pex-presentation-file-error`); the
   * others are still shared. Resolves when every file is open or refused.
   */
  async shareFiles(files: File[] | FileList): Promise<void> {
    const chosen = [...files];
    if (chosen.length === 0) return;
    await this.updateComplete; // bound to its session (a page may call this right after creating the element)
    this.#closeSlides();
    this.fileErrors = [];
    this.notice = undefined;
    const state = this.#controller.state;
    const deck = new SlideDeck({changed: this.#onDeckChanged, failed: this.#onFileFailed});
    this.#deck = deck;
    this.#show = new SlideShow(deck, slideResolution(state?.settings.bandwidth ?? 0), {
      changed: this.#onShowChanged,
      failureText: () => this.#t('presenter.slide-failed'),
    });
    this.#presentWhenDrawn = true;
    await this.#addFiles(chosen);
  }

  /** Shows the next slide. */
  nextSlide(): Promise<void> {
    return this.#show?.next() ?? Promise.resolve();
  }

  /** Shows the previous slide. */
  previousSlide(): Promise<void> {
    return this.#show?.previous() ?? Promise.resolve();
  }

  /** Shows slide `index` (from 0). */
  goToSlide(index: number): Promise<void> {
    return this.#show?.go(index) ?? Promise.resolve();
  }

  /** Stops presenting (screen or slides) and closes the slides. */
  async stopSharing(): Promise<void> {
    const presented = this.#presented;
    const session = this.#presentedOn;
    this.#presented = undefined;
    this.#presentedOn = undefined;
    this.#confirmed = false;
    this.#closeSlides();
    stopTracks(this.#screen);
    this.#screen = undefined;
    this.requestUpdate();
    if (!presented || session?.state.presentation.local !== presented) return;
    try {
      await session.stopPresenting();
    } catch (error) {
      this.notice = {text: actionErrorText(this.#localize, error), tone: 'alert'};
    }
  }

  // --- presenting ----------------------------------------------------------------------------

  /** Whether presenting is possible now; if not, says why. */
  #canPresent(): boolean {
    const state = this.#controller.state;
    const problem: StringKey | undefined =
      state?.phase !== 'in-call'
        ? 'presenter.not-joined'
        : !state.conferenceStatus.presentationAllowed
          ? 'presenter.not-allowed'
          : undefined;
    if (problem) this.notice = {text: this.#t(problem), tone: 'alert'};
    return !problem;
  }

  async #presentScreen(capture: Promise<MediaStream>): Promise<void> {
    let stream: MediaStream;
    try {
      stream = await capture;
    } catch {
      this.notice = {text: this.#t('presenter.screen-not-started'), tone: 'status'};
      return;
    }
    const [track] = stream.getVideoTracks();
    if (track) track.contentHint = 'detail'; // sharp text rather than smooth motion
    const previousScreen = this.#screen;
    this.#screen = stream;
    if (await this.#present(stream)) {
      if (previousScreen !== stream) stopTracks(previousScreen);
    } else {
      this.#screen = previousScreen;
    }
  }

  #startSlides = (): void => {
    if (this.#show && this.#canPresent()) void this.#present(this.#show.captureStream());
  };

  /**
   * Presents `stream`, replacing what we presented before (whose tracks are then stopped);
   * returns whether the session took it. A refusal is shown, never swallowed.
   */
  async #present(stream: MediaStream): Promise<boolean> {
    const session = this.#controller.session;
    if (!session) {
      stopTracks(stream);
      return false;
    }
    const previous = this.#presented;
    this.#presented = stream;
    this.#presentedOn = session;
    this.#confirmed = false;
    this.notice = undefined;
    this.requestUpdate();
    try {
      await session.present(stream);
    } catch (error) {
      stopTracks(stream);
      if (this.#presented === stream) this.#presented = previous;
      this.notice = {text: actionErrorText(this.#localize, error), tone: 'alert'};
      return false;
    }
    if (previous && previous !== stream) stopTracks(previous);
    return true;
  }

  /** Notices when our presentation stopped without us: someone else took over, the node refused, or the capture ended. */
  #followPresentation(presentation: PresentationState): void {
    const presented = this.#presented;
    if (!presented) return;
    if (presentation.local === presented) {
      this.#confirmed = true;
      return;
    }
    if (!this.#confirmed) return; // the session has not taken it yet
    this.#presented = undefined;
    this.#presentedOn = undefined;
    this.#confirmed = false;
    if (presented === this.#screen) this.#screen = undefined; // the session stopped its tracks
    const {stoppedReason, presenterName} = presentation;
    if (stoppedReason === 'taken-over') {
      this.notice = {
        text: presenterName ? this.#t('presenter.taken-over', {name: presenterName}) : this.#t('presenter.taken-over-anonymous'),
        tone: 'alert',
      };
      // The SDK stops our presentation before the roster says who took over.
      this.#unnamedTakeOver = presenterName ? undefined : this.notice;
    } else if (stoppedReason === 'refused') {
      this.notice = {text: this.#t('presenter.refused'), tone: 'alert'};
    } else if (stoppedReason === 'ended') {
      this.notice = {text: this.#t('presenter.ended'), tone: 'status'};
    }
  }

  // --- slides ------------------------------------------------------------------------------

  async #addFiles(files: readonly File[]): Promise<void> {
    const deck = this.#deck;
    if (!deck) return;
    await deck.add(files);
    if (deck === this.#deck && deck.slides.length === 0 && deck.filesToOpen === 0) {
      // Nothing to show: drop the empty slides (and the old ones' presentation, if any).
      const wasPresentingSlides = this.sharing === 'slides';
      this.#closeSlides();
      if (wasPresentingSlides) await this.stopSharing();
      this.notice = {text: this.#t('presenter.no-slides'), tone: 'alert'};
    }
  }

  #closeSlides(): void {
    this.#presentWhenDrawn = false;
    this.#show?.dispose();
    this.#deck?.dispose();
    this.#show = undefined;
    this.#deck = undefined;
    this.#announced = {index: -1, count: 0};
    this.requestUpdate();
  }

  #onDeckChanged = (): void => {
    this.#show?.slidesChanged();
    this.requestUpdate();
  };

  #onFileFailed = (error: SlideFileError): void => {
    this.fileErrors = [...this.fileErrors, error];
    emit(this, 'pex-presentation-file-error', {file: error.file, reason: error.problem, message: this.#fileErrorText(error)});
  };

  #onShowChanged = (): void => {
    const show = this.#show;
    if (!show) return;
    // Each move, and the final count once every file is open (not each file as it opens).
    const {index, count} = show;
    const settled = count !== this.#announced.count && this.#deck?.filesToOpen === 0;
    if (count > 0 && (index !== this.#announced.index || settled)) {
      this.#announced = {index, count};
      this.announcement = this.#t('presenter.slide-position', {index: show.index + 1, count: show.count});
      emit(this, 'pex-presentation-slide-change', {index: show.index, count: show.count});
    }
    if (this.#presentWhenDrawn && (show.status === 'shown' || show.status === 'failed')) {
      this.#presentWhenDrawn = false;
      this.#startSlides();
    }
    this.requestUpdate();
  };

  // --- user actions ------------------------------------------------------------------------

  #openPicker(purpose: 'share' | 'add'): void {
    this.#filePurpose = purpose;
    this.fileInput?.click();
  }

  #onFilesPicked = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = ''; // choosing the same file again is a change too
    if (this.#filePurpose === 'add' && this.#deck) void this.#addFiles(files);
    else void this.shareFiles(files);
  };

  #onShareScreenClick = (): void => {
    void this.shareScreen();
  };

  #onStopClick = (): void => {
    void this.stopSharing();
  };

  #onSlidesKeydown = (event: KeyboardEvent): void => {
    if (!this.#show || event.altKey || event.ctrlKey || event.metaKey) return;
    // In right-to-left text the next slide is to the left.
    const rtl = getComputedStyle(this).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const moves: Record<string, () => Promise<void>> = {
      [forward]: () => this.nextSlide(),
      PageDown: () => this.nextSlide(),
      [back]: () => this.previousSlide(),
      PageUp: () => this.previousSlide(),
      Home: () => this.goToSlide(0),
      End: () => this.goToSlide(this.slideCount - 1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    void move();
  };

  #onDragEnter = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    this.#dragDepth += 1;
    this.dragging = true;
  };

  #onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault(); // allows the drop
    event.dataTransfer.dropEffect = 'copy';
  };

  #onDragLeave = (): void => {
    this.#dragDepth = Math.max(0, this.#dragDepth - 1);
    if (this.#dragDepth === 0) this.dragging = false;
  };

  #onDrop = (event: DragEvent): void => {
    const files = [...(event.dataTransfer?.files ?? [])];
    this.#dragDepth = 0;
    this.dragging = false;
    if (files.length === 0) return;
    event.preventDefault(); // the browser would open the file instead
    if (this.#deck) void this.#addFiles(files);
    else void this.shareFiles(files);
  };

  #onViewModeChange = (event: PexEvent<'pex-presentation-mode-change'>): void => {
    this.viewMode = event.detail.mode;
  };

  // --- render ------------------------------------------------------------------------------

  #t(key: StringKey, params?: Record<string, string | number>): string {
    return this.#localize.t(key, params);
  }

  #fileErrorText(error: SlideFileError): string {
    return this.#t(`presenter.file-error.${error.problem}`, {name: error.file.name});
  }

  override render(): TemplateResult {
    const state = this.#controller.boundState;
    if (!state) return renderBindingMessage(this.#controller, this.#localize, this.for);
    return html`
      <section
        part="base"
        class="base"
        aria-label=${this.#t('presenter.label')}
        @dragenter=${this.#onDragEnter}
        @dragover=${this.#onDragOver}
        @dragleave=${this.#onDragLeave}
        @drop=${this.#onDrop}
      >
        ${this.#renderIncoming(state)} ${this.#renderNotice()} ${this.#screen ? this.#renderScreen(state) : nothing}
        ${this.#show ? this.#renderSlides(this.#show) : nothing}
        ${this.#screen || this.#show ? nothing : this.#renderShareBar(state)} ${this.#renderFileErrors()}
        <input type="file" multiple accept=${ACCEPTED_FILE_TYPES} hidden @change=${this.#onFilesPicked} />
        <div class="visually-hidden" role="status">${this.announcement}</div>
        ${this.dragging ? html`<div part="drop-zone" class="drop-zone" aria-hidden="true">${this.#t('presenter.drop-here')}</div>` : nothing}
      </section>
    `;
  }

  /** Someone else's presentation, or why we do not see it. */
  #renderIncoming(state: ConferenceState): TemplateResult | typeof nothing {
    const {remote, presenterId, presenterName} = state.presentation;
    const self = state.participants.find(({isSelf}) => isSelf);
    if (self && !self.receivesPresentation) {
      const text =
        presenterId && presenterName
          ? this.#t('presenter.not-received-named', {name: presenterName})
          : this.#t('presenter.not-received');
      return html`<p part="notice" class="message" role="status">${text}</p>`;
    }
    if (this.noViewer || this.sharing !== 'none' || !(remote || presenterId)) return nothing;
    const mode = this.viewMode ?? (state.settings.fullMotionPresentation ? 'full-motion' : 'still');
    return html`<pex-presentation-view
      part="view"
      class="view"
      exportparts="video: view-video, still: view-still, controls: view-controls, mode-button: view-mode-button, popout-button: view-popout-button, message: view-message"
      .stream=${remote}
      .mode=${mode}
      label=${presenterName ? this.#t('presenter.presented-by', {name: presenterName}) : this.#t('presentation-view.window-title')}
      @pex-presentation-mode-change=${this.#onViewModeChange}
    ></pex-presentation-view>`;
  }

  #renderNotice(): TemplateResult | typeof nothing {
    const notice = this.notice;
    if (!notice) return nothing;
    return html`<div part="notice" class="message notice ${notice.tone === 'alert' ? 'error' : ''}" role=${notice.tone}>
      <span>${notice.text}</span>
      <button
        part="notice-close"
        class="icon-button"
        aria-label=${this.#t('common.close')}
        @click=${() => (this.notice = undefined)}
      >
        ${presenterIcon('close')}
      </button>
    </div>`;
  }

  #renderShareBar(state: ConferenceState): TemplateResult {
    const problem: StringKey | undefined =
      state.phase !== 'in-call'
        ? 'presenter.not-joined'
        : !state.conferenceStatus.presentationAllowed
          ? 'presenter.not-allowed'
          : undefined;
    const canShareScreen = Boolean(navigator.mediaDevices?.getDisplayMedia);
    return html`
      <div part="share-bar" class="share-bar">
        ${
          canShareScreen
            ? html`<button
                part="share-screen-button"
                ?disabled=${Boolean(problem)}
                aria-describedby="share-hint"
                @click=${this.#onShareScreenClick}
              >
                ${icon('screen-share')} ${this.#t('presenter.share-screen')}
              </button>`
            : nothing
        }
        <button
          part="share-files-button"
          ?disabled=${Boolean(problem)}
          aria-describedby="share-hint"
          @click=${() => this.#openPicker('share')}
        >
          ${icon('files')} ${this.#t('presenter.share-files')}
        </button>
        <p part="hint" id="share-hint" class="hint">${this.#t(problem ?? 'presenter.drop-hint')}</p>
      </div>
    `;
  }

  #renderSharingState(
    kind: 'screen' | 'slides',
    presenting: 'screen' | 'slides' | 'none',
    sending: PresentationState['sending']
  ): TemplateResult {
    const key: StringKey =
      presenting !== kind
        ? 'presenter.slides-not-presented'
        : sending === 'sending'
          ? kind === 'screen'
            ? 'presenter.presenting-screen'
            : 'presenter.presenting-slides'
          : 'presenter.starting';
    return html`<span class="sharing-state ${presenting === kind && sending === 'sending' ? 'live' : ''}" role="status"
      >${this.#t(key)}</span
    >`;
  }

  #renderScreen(state: ConferenceState): TemplateResult {
    return html`
      <div part="screen" class="panel">
        <div class="toolbar">
          ${this.#renderSharingState('screen', this.sharing, state.presentation.sending)}
          <button part="stop-button" class="danger" @click=${this.#onStopClick}>
            ${icon('screen-stop')} ${this.#t('presenter.stop-presenting')}
          </button>
        </div>
        <video
          part="screen-preview"
          class="screen-preview"
          .srcObject=${this.#screen}
          autoplay
          playsinline
          muted
          aria-label=${this.#t('presenter.screen-preview')}
        ></video>
      </div>
    `;
  }

  #renderSlides(show: SlideShow): TemplateResult {
    const state = this.#controller.state;
    const count = show.count;
    const slide = this.#deck?.slides[show.index];
    const filesToOpen = this.#deck?.filesToOpen ?? 0;
    const presenting = this.sharing;
    show.canvas.setAttribute('part', 'slide');
    show.canvas.className = 'slide';
    const canvasLabel = slide ? slideLabel(this.#localize, slide, show.index) : this.#t('presenter.slides');
    show.canvas.setAttribute('role', 'img');
    show.canvas.setAttribute('aria-label', canvasLabel);
    const statusText =
      count === 0 && filesToOpen > 0
        ? this.#t('presenter.opening-files', {count: filesToOpen})
        : show.status === 'drawing'
          ? this.#t('presenter.drawing-slide')
          : '';
    return html`
      <div part="slides" class="panel" role="group" aria-label=${this.#t('presenter.slides')} @keydown=${this.#onSlidesKeydown}>
        <div part="slides-toolbar" class="toolbar">
          <div class="navigation">
            <button
              part="previous-button"
              class="icon-button"
              aria-label=${this.#t('presenter.previous-slide')}
              aria-keyshortcuts="ArrowLeft PageUp"
              aria-disabled=${show.index <= 0 ? 'true' : 'false'}
              @click=${() => void this.previousSlide()}
            >
              ${presenterIcon('chevron-start')}
            </button>
            <span part="slide-counter" class="counter" dir="ltr"
              >${count > 0 ? this.#t('presenter.slide-counter', {index: show.index + 1, count}) : '–'}</span
            >
            <button
              part="next-button"
              class="icon-button"
              aria-label=${this.#t('presenter.next-slide')}
              aria-keyshortcuts="ArrowRight PageDown"
              aria-disabled=${show.index >= count - 1 ? 'true' : 'false'}
              @click=${() => void this.nextSlide()}
            >
              ${presenterIcon('chevron-end')}
            </button>
          </div>
          ${this.#renderSharingState('slides', presenting, state?.presentation.sending ?? 'idle')}
          <div class="actions">
            <button part="add-button" @click=${() => this.#openPicker('add')}>
              ${presenterIcon('plus')} ${this.#t('presenter.add-files')}
            </button>
            ${
              presenting === 'slides'
                ? html`<button part="stop-button" class="danger" @click=${this.#onStopClick}>
                    ${icon('screen-stop')} ${this.#t('presenter.stop-presenting')}
                  </button>`
                : html`<button
                      part="start-button"
                      class="primary"
                      ?disabled=${count === 0 || state?.phase !== 'in-call'}
                      @click=${this.#startSlides}
                    >
                      ${icon('screen-share')} ${this.#t('presenter.start-presenting')}
                    </button>
                    <button part="stop-button" @click=${this.#onStopClick}>
                      ${presenterIcon('close')} ${this.#t('presenter.close-slides')}
                    </button>`
            }
          </div>
        </div>
        <div
          class="stage"
          role="group"
          tabindex="0"
          aria-label=${canvasLabel}
          aria-describedby="slides-keys"
          aria-busy=${show.status === 'drawing' ? 'true' : 'false'}
        >
          ${show.canvas}
          ${statusText ? html`<p part="slide-status" class="slide-status" aria-hidden="true">${statusText}</p>` : nothing}
        </div>
        <p id="slides-keys" class="visually-hidden">${this.#t('presenter.slides-keys')}</p>
        <pex-slide-strip
          part="thumbnails"
          exportparts="list: thumbnail-list, thumbnail, thumbnail-image"
          .deck=${this.#deck}
          .count=${count}
          .current=${show.index}
          @pex-slide-select=${(event: InternalEvent<'pex-slide-select'>) => void this.goToSlide(event.detail.index)}
        ></pex-slide-strip>
      </div>
    `;
  }

  #renderFileErrors(): TemplateResult | typeof nothing {
    if (this.fileErrors.length === 0) return nothing;
    return html`<div part="file-errors" class="message error file-errors" role="alert">
      <div>
        <p>${this.#t('presenter.file-errors')}</p>
        <ul>
          ${this.fileErrors.map((error) => html`<li>${this.#fileErrorText(error)}</li>`)}
        </ul>
      </div>
      <button
        part="notice-close"
        class="icon-button"
        aria-label=${this.#t('common.close')}
        @click=${() => (this.fileErrors = [])}
      >
        ${presenterIcon('close')}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-presenter': PexPresenter;
  }
}
