import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {offerFileSharing} from '../../context/file-sharing.js';
import {presentStream, ScreenCaptureError, shareScreen} from '../../context/screen-share.js';
import {announcePlacement} from '../../context/placements.js';
import {SessionController} from '../../context/session-controller.js';
import {emit, type PexEvent} from '../../events.js';
import type {StringKey} from '../../i18n/en.js';
import {presenter} from '../../i18n/en/presenter.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import type {PresentationState} from '../../session/types.js';
import {SlideDeck} from '../../slides/deck.js';
import {ACCEPTED_FILE_TYPES} from '../../slides/file-kind.js';
import {slideResolution, SlideShow} from '../../slides/slide-show.js';
import type {SlideFileError} from '../../slides/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {themeSchemeStyles, themeStyles, type Theme} from '../../styles/theme.styles.js';
import {actionErrorText} from '../shared/action-error.js';
import {Announcer} from '../shared/announcer.js';
import {renderBindingMessage} from '../shared/binding-message.js';
import {NoticesController, type Notice} from '../shared/notices.js';
import {FocusKeeper} from '../shared/focus-keeper.js';
import {emitInternal} from '../shared/internal-events.js';
import {FileDropController} from './file-drop.js';
import {
  fileErrorText,
  presentingProblem,
  renderFileErrors,
  renderIncoming,
  renderNotice,
  renderScreen,
  renderShareBar,
  renderSlides,
  type PresenterActions,
  type PresenterSharing,
} from './presenter-panels.js';
import {presenterStyles} from './presenter.styles.js';
import {selfOf, statusOf} from '../../session/selectors.js';

export type {PresenterSharing} from './presenter-panels.js';

/** The presenter shows one notice at a time: what happened to our presentation, or why it did not start. */
const NOTICE = 'presentation';

function isLive(stream: MediaStream): boolean {
  return stream.getTracks().some((track) => track.readyState === 'live');
}

/**
 * Shares the screen, or images and PDFs as slides, and shows the presentation someone else
 * shares: in full motion or as still images, in the page or popped out into its own window.
 * Each image and each PDF page is one slide, drawn (only when needed) on a canvas whose video
 * is the presentation; the bandwidth decides its size (540p, 720p or 1080p).
 *
 * Works inside `<pex-conference>`, or anywhere on the page with `for="<id of the conference>"`.
 * Chosen images and PDFs open as slides for review: the user pages through them, and nothing is
 * presented until "Start presenting"; then each slide the user turns to is what everyone sees.
 * A page can drive it with `shareScreen()`, `chooseFiles()`, `openFiles()`, `presentSlides()`,
 * `shareFiles()` (open and present at once), `nextSlide()`, `previousSlide()`, `goToSlide()` and
 * `stopSharing()`, and follow it through its events. Files can also be dropped on it. The arrow keys (and Page Up/Down, Home, End) move between
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
 * @csspart start-button - Start presenting the slides under review (or again after a take-over).
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
  static override styles = [hostStyles, themeStyles, themeSchemeStyles, controlStyles, presenterStyles];

  readonly #localize = new LocalizeController(this, presenter);
  readonly #controller = new SessionController(this, {
    // Only whether we may receive the presentation, not every participant change (speaking flags change often).
    select: (state) => [state.phase, state.presentation, selfOf(state)?.receivesPresentation, state.settings, statusOf(state)],
  });
  readonly #notices = new NoticesController(this, this.#localize);
  readonly #announcer = new Announcer<string>(this, (texts) => texts.at(-1) ?? '');
  readonly #drop = new FileDropController(this, (files) => void (this.#deck ? this.#addFiles(files) : this.openFiles(files)));
  #deck?: SlideDeck;
  #show?: SlideShow;
  /** The stream of our slides that we gave the session to present (what the session presents says whether it still does). */
  #slidesStream?: MediaStream;
  /** Present the slides as soon as the first one is drawn. */
  #presentWhenDrawn = false;
  /** The slide position last announced (and sent as `pex-presentation-slide-change`). */
  #announced = {index: -1, count: 0};
  /** What the file picker's choice is for: new slides, or more slides. */
  #filePurpose: 'share' | 'add' = 'share';
  /** A take-over notice shown before the new presenter's name was known (the name follows it). */
  #unnamedTakeOver?: Notice;

  /**
   * Colours: `light`, `dark` or `system` (follow the system's `prefers-color-scheme`). Unset, the
   * element takes the theme of the public element it is nested in, else the system's.
   */
  @property({reflect: true}) accessor theme: Theme | undefined;

  /** The id of the `<pex-conference>` to present in, when this element is not inside it. */
  @property({attribute: 'for'}) accessor for = '';

  /** Do not show presentations from others (when the page shows them elsewhere, such as on `<pex-conference>`'s stage). */
  @property({type: Boolean, attribute: 'no-viewer'}) accessor noViewer = false;

  @state() private accessor fileErrors: readonly SlideFileError[] = [];

  @query('input[type="file"]') private accessor fileInput!: HTMLInputElement | null;

  constructor() {
    super();
    // Start presenting becomes Stop presenting, and Stop closes the slides: focus stays on the slides, or the share buttons.
    new FocusKeeper(this, ['.stage', '[part~="share-files-button"]', '[part~="share-screen-button"]']);
    this.#controller.listen((listened) => [
      listened.subscribe((state, previous) => this.#onPresentationChange(state.presentation, previous.presentation)),
      offerFileSharing(
        listened,
        () => this.chooseFiles(),
        (files) => void this.openFiles(files)
      ),
      announcePlacement(listened, this),
    ]);
  }

  /** What this element is presenting now, as the session has it. */
  get sharing(): PresenterSharing {
    const local = this.#controller.state?.presentation.local;
    if (!local || !isLive(local)) return 'none';
    return local === this.#slidesStream ? 'slides' : 'screen';
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
    // A move within the page disconnects and reconnects at once: close only if really removed.
    // Slides go with the element; a screen share is the session's and goes on.
    queueMicrotask(() => {
      if (this.isConnected) return;
      if (this.sharing === 'slides') void this.stopSharing();
      else this.#closeSlides();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.#controller.bindTo(this.for);
    const state = this.#controller.state;
    if (state) this.#show?.resize(slideResolution(state.settings.bandwidth));
  }

  // --- public methods ----------------------------------------------------------------------

  /**
   * Asks the user for a screen or window to share and presents it. Call it from a user action
   * (a click): browsers allow screen capture only then.
   */
  shareScreen(): Promise<void> {
    const session = this.#controller.session;
    if (!session || !this.#canPresent()) return Promise.resolve();
    this.#notices.dismiss(NOTICE);
    // Nothing may be awaited before the capture starts: it must happen within the user's action.
    return shareScreen(session).catch((error: unknown) => {
      if (!(error instanceof ScreenCaptureError)) this.#notices.notify(NOTICE, actionErrorText(this.#localize, error));
      else if (error.problem === 'unsupported') this.#notices.notify(NOTICE, this.#t('presenter.screen-unsupported'));
      else this.#notices.notify(NOTICE, this.#t('presenter.screen-not-started'), false);
    });
  }

  /**
   * Opens the file picker to share images or PDFs. Call it from a user action (a click). The
   * chosen files open for review (see `openFiles()`).
   */
  chooseFiles(): void {
    this.#openPicker('share');
  }

  /**
   * Opens files as slides for review, in the order given (replacing any slides shown): each
   * image and each PDF page is a slide. Nothing is presented until the user selects "Start
   * presenting" (or the page calls `presentSlides()`); the user can page through the slides
   * meanwhile, and the slides get focus. The files the user chooses or drops open this way.
   * Files that cannot be shared are listed with the reason (and fire
   * `pex-presentation-file-error`). Resolves when every file is open or refused.
   */
  openFiles(files: File[] | FileList): Promise<void> {
    return this.#openSlides([...files], false);
  }

  /**
   * Shares files as slides at once, without review: like `openFiles()`, and presenting starts
   * when the first slide is drawn.
   */
  shareFiles(files: File[] | FileList): Promise<void> {
    return this.#openSlides([...files], true);
  }

  /** Starts presenting the open slides (what "Start presenting" does). */
  presentSlides(): void {
    this.#startSlides();
  }

  async #openSlides(chosen: File[], present: boolean): Promise<void> {
    if (chosen.length === 0) return;
    await this.updateComplete; // bound to its session (a page may call this right after creating the element)
    // A conference whose side panel holds this element shows it.
    if (!present) emitInternal(this, 'pex-slides-open', null);
    this.#closeSlides();
    this.fileErrors = [];
    this.#notices.clear();
    const state = this.#controller.state;
    const deck = new SlideDeck({changed: this.#onDeckChanged, failed: this.#onFileFailed});
    this.#deck = deck;
    this.#show = new SlideShow(deck, slideResolution(state?.settings.bandwidth ?? 0), {
      changed: this.#onShowChanged,
      failureText: () => this.#t('presenter.slide-failed'),
    });
    this.#presentWhenDrawn = present;
    const added = this.#addFiles(chosen);
    if (!present) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.stage')?.focus();
    }
    await added;
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
    const sharing = this.sharing;
    const session = this.#controller.session;
    this.#closeSlides();
    if (sharing === 'none' || !session) return;
    await this.#notices.run(() => session.stopPresenting(), NOTICE);
  }

  // --- presenting ----------------------------------------------------------------------------

  /** Whether presenting is possible now; if not, says why. */
  #canPresent(): boolean {
    const problem = presentingProblem(this.#controller.state);
    if (problem) this.#notices.notify(NOTICE, this.#t(problem));
    return !problem;
  }

  #startSlides = (): void => {
    const session = this.#controller.session;
    if (!this.#show || !session || !this.#canPresent()) return;
    const stream = this.#show.captureStream();
    this.#slidesStream = stream;
    void this.#notices.run(() => presentStream(session, stream), NOTICE);
  };

  /** Says so when our presentation stopped without us: someone else took over, the node refused, or the capture ended. */
  #onPresentationChange(now: PresentationState, before: PresentationState): void {
    const {stoppedReason, presenterName} = now;
    if (before.local && now.local !== before.local && stoppedReason) {
      if (stoppedReason === 'taken-over') {
        this.#notices.notify(
          NOTICE,
          presenterName ? this.#t('presenter.taken-over', {name: presenterName}) : this.#t('presenter.taken-over-anonymous')
        );
        // The SDK stops our presentation before the roster says who took over.
        this.#unnamedTakeOver = presenterName ? undefined : this.#notices.latest;
      } else if (stoppedReason === 'refused') {
        this.#notices.notify(NOTICE, this.#t('presenter.refused'));
      } else {
        this.#notices.notify(NOTICE, this.#t('presenter.ended'), false);
      }
    } else if (this.#unnamedTakeOver && presenterName) {
      if (this.#notices.latest === this.#unnamedTakeOver)
        this.#notices.notify(NOTICE, this.#t('presenter.taken-over', {name: presenterName}));
      this.#unnamedTakeOver = undefined;
    }
  }

  // --- slides ------------------------------------------------------------------------------

  async #addFiles(files: readonly File[]): Promise<void> {
    const deck = this.#deck;
    if (!deck) return;
    await deck.add(files);
    if (deck === this.#deck && deck.slides.length === 0 && deck.filesToOpen === 0) {
      // Nothing to show: drop the empty slides (and the old ones' presentation, if any).
      if (this.sharing === 'slides') await this.stopSharing();
      else this.#closeSlides();
      this.#notices.notify(NOTICE, this.#t('presenter.no-slides'));
    }
  }

  #closeSlides(): void {
    this.#presentWhenDrawn = false;
    this.#show?.dispose();
    this.#deck?.dispose();
    this.#show = undefined;
    this.#deck = undefined;
    this.#slidesStream = undefined;
    this.#announced = {index: -1, count: 0};
    this.requestUpdate();
  }

  #onDeckChanged = (): void => {
    this.#show?.slidesChanged();
    this.requestUpdate();
  };

  #onFileFailed = (error: SlideFileError): void => {
    this.fileErrors = [...this.fileErrors, error];
    emit(this, 'pex-presentation-file-error', {
      file: error.file,
      reason: error.problem,
      message: fileErrorText(this.#localize, error),
    });
  };

  #onShowChanged = (): void => {
    const show = this.#show;
    if (!show) return;
    // Each move, and the final count once every file is open (not each file as it opens).
    const {index, count} = show;
    const settled = count !== this.#announced.count && this.#deck?.filesToOpen === 0;
    if (count > 0 && (index !== this.#announced.index || settled)) {
      this.#announced = {index, count};
      this.#announcer.queue(this.#t('presenter.slide-position', {index: index + 1, count}));
      emit(this, 'pex-presentation-slide-change', {index, count});
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
    else void this.openFiles(files);
  };

  #onSlidesKeydown = (event: KeyboardEvent): void => {
    if (!this.#show || event.altKey || event.ctrlKey || event.metaKey) return;
    // In right-to-left text the next slide is to the left.
    const rtl = getComputedStyle(this).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const moves: Partial<Record<string, () => Promise<void>>> = {
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

  /** The view's button asks; the session (what the call receives) follows. */
  #onViewModeChange = (event: PexEvent<'pex-presentation-mode-change'>): void => {
    this.#controller.session?.setPresentationFullMotion(event.detail.mode === 'full-motion');
  };

  readonly #actions: PresenterActions = {
    shareScreen: () => void this.shareScreen(),
    chooseFiles: (purpose) => this.#openPicker(purpose),
    startSlides: this.#startSlides,
    stop: () => void this.stopSharing(),
    goToSlide: (index) => void this.goToSlide(index),
    nextSlide: () => void this.nextSlide(),
    previousSlide: () => void this.previousSlide(),
    onSlidesKeydown: this.#onSlidesKeydown,
    dismiss: (notice) => this.#notices.dismiss(notice.id),
    dismissFileErrors: () => (this.fileErrors = []),
    onViewModeChange: this.#onViewModeChange,
  };

  // --- render ------------------------------------------------------------------------------

  #t(key: StringKey, params?: Record<string, string | number>): string {
    return this.#localize.t(key, params);
  }

  override render(): TemplateResult {
    const state = this.#controller.boundState;
    if (!state) return renderBindingMessage(this.#controller, this.#localize, this.for);
    const localize = this.#localize;
    const sharing = this.sharing;
    const show = this.#show;
    const drop = this.#drop;
    return html`
      <section
        part="base"
        class="base"
        aria-label=${this.#t('presenter.label')}
        @dragenter=${drop.onDragEnter}
        @dragover=${drop.onDragOver}
        @dragleave=${drop.onDragLeave}
        @drop=${drop.onDrop}
      >
        ${renderIncoming(localize, state, {sharing, noViewer: this.noViewer}, this.#actions)}
        ${renderNotice(localize, this.#notices.latest, this.#actions)}
        ${sharing === 'screen' ? renderScreen(localize, state.presentation, this.#actions) : nothing}
        ${show ? renderSlides(localize, {show, deck: this.#deck, sharing, state}, this.#actions) : nothing}
        ${sharing === 'screen' || show ? nothing : renderShareBar(localize, state, this.#actions)}
        ${renderFileErrors(localize, this.fileErrors, this.#actions)}
        <input type="file" multiple accept=${ACCEPTED_FILE_TYPES} hidden @change=${this.#onFilesPicked} />
        ${this.#announcer.render()}
        ${drop.dragging ? html`<div part="drop-zone" class="drop-zone" aria-hidden="true">${this.#t('presenter.drop-here')}</div>` : nothing}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-presenter': PexPresenter;
  }
}
