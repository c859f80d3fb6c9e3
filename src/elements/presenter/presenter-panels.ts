import {html, nothing, type TemplateResult} from 'lit';
import type {PexEvent} from '../../events.js';
import type {StringKey} from '../../i18n/en.js';
import type {LocalizeController} from '../../i18n/localize-controller.js';
import type {ConferenceState, PresentationState} from '../../session/types.js';
import type {SlideDeck} from '../../slides/deck.js';
import type {SlideShow} from '../../slides/slide-show.js';
import type {SlideFileError} from '../../slides/types.js';
import {icon} from '../icons.js';
import type {InternalEvent} from '../shared/internal-events.js';
import type {Notice} from '../shared/notices.js';
import {presenterIcon} from './presenter-icons.js';
import {slideLabel} from './slide-label.js';
import {presentationFullMotion, selfOf, statusOf} from '../../session/selectors.js';

/** What `<pex-presenter>` is presenting: nothing, the screen, or slides (also while the presentation starts). */
export type PresenterSharing = 'none' | 'screen' | 'slides';

/** What the user can do in `<pex-presenter>`'s panels. */
export interface PresenterActions {
  shareScreen(): void;
  chooseFiles(purpose: 'share' | 'add'): void;
  startSlides(): void;
  stop(): void;
  goToSlide(index: number): void;
  nextSlide(): void;
  previousSlide(): void;
  readonly onSlidesKeydown: (event: KeyboardEvent) => void;
  dismiss(notice: Notice): void;
  dismissFileErrors(): void;
  readonly onViewModeChange: (event: PexEvent<'pex-presentation-mode-change'>) => void;
}

/** Why presenting is not possible now, if it is not. */
export function presentingProblem(state: ConferenceState | undefined): StringKey | undefined {
  if (state?.phase !== 'in-call') return 'presenter.not-joined';
  return statusOf(state).presentationAllowed ? undefined : 'presenter.not-allowed';
}

export function fileErrorText(localize: LocalizeController, error: SlideFileError): string {
  return localize.t(`presenter.file-error.${error.problem}`, {name: error.file.name});
}

/** Someone else's presentation, or why we do not see it. */
export function renderIncoming(
  localize: LocalizeController,
  state: ConferenceState,
  view: {sharing: PresenterSharing; noViewer: boolean},
  actions: PresenterActions
): TemplateResult | typeof nothing {
  const t = localize.t.bind(localize);
  const {remote, still, presenterId, presenterName} = state.presentation;
  const self = selfOf(state);
  if (self && !self.receivesPresentation) {
    const text =
      presenterId && presenterName ? t('presenter.not-received-named', {name: presenterName}) : t('presenter.not-received');
    return html`<p part="notice" class="message" role="status">${text}</p>`;
  }
  if (view.noViewer || view.sharing !== 'none' || !(remote || presenterId)) return nothing;
  const mode = presentationFullMotion(state) ? 'full-motion' : 'still';
  return html`<pex-presentation-view
    part="view"
    class="view"
    exportparts="video: view-video, still: view-still, controls: view-controls, mode-button: view-mode-button, popout-button: view-popout-button, message: view-message"
    .stream=${remote}
    .still=${still}
    .mode=${mode}
    label=${presenterName ? t('presenter.presented-by', {name: presenterName}) : t('presentation-view.window-title')}
    @pex-presentation-mode-change=${actions.onViewModeChange}
  ></pex-presentation-view>`;
}

export function renderNotice(
  localize: LocalizeController,
  notice: Notice | undefined,
  actions: PresenterActions
): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  return html`<div part="notice" class="message notice ${notice.error ? 'error' : ''}" role=${notice.error ? 'alert' : 'status'}>
    <span>${notice.text}</span>
    <button
      part="notice-close"
      class="icon-button"
      aria-label=${localize.t('common.close')}
      @click=${() => actions.dismiss(notice)}
    >
      ${presenterIcon('close')}
    </button>
  </div>`;
}

export function renderShareBar(localize: LocalizeController, state: ConferenceState, actions: PresenterActions): TemplateResult {
  const t = localize.t.bind(localize);
  const problem = presentingProblem(state);
  // Absent outside secure contexts and in some mobile browsers; the DOM types say neither.
  const canShareScreen = Boolean((navigator.mediaDevices as Partial<MediaDevices> | undefined)?.getDisplayMedia);
  return html`
    <div part="share-bar" class="share-bar">
      ${
        canShareScreen
          ? html`<button
              part="share-screen-button"
              ?disabled=${Boolean(problem)}
              aria-describedby="share-hint"
              @click=${() => actions.shareScreen()}
            >
              ${icon('screen-share')} ${t('presenter.share-screen')}
            </button>`
          : nothing
      }
      <button
        part="share-files-button"
        ?disabled=${Boolean(problem)}
        aria-describedby="share-hint"
        @click=${() => actions.chooseFiles('share')}
      >
        ${icon('files')} ${t('presenter.share-files')}
      </button>
      <p part="hint" id="share-hint" class="hint">${t(problem ?? 'presenter.drop-hint')}</p>
    </div>
  `;
}

function renderSharingState(
  localize: LocalizeController,
  kind: 'screen' | 'slides',
  presenting: PresenterSharing,
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
    >${localize.t(key)}</span
  >`;
}

/** Our screen share: its state, a preview, and Stop. */
export function renderScreen(
  localize: LocalizeController,
  presentation: PresentationState,
  actions: PresenterActions
): TemplateResult {
  const t = localize.t.bind(localize);
  return html`
    <div part="screen" class="panel">
      <div class="toolbar">
        ${renderSharingState(localize, 'screen', 'screen', presentation.sending)}
        <button part="stop-button" class="danger" @click=${() => actions.stop()}>
          ${icon('screen-stop')} ${t('presenter.stop-presenting')}
        </button>
      </div>
      <video
        part="screen-preview"
        class="screen-preview"
        .srcObject=${presentation.local ?? null}
        autoplay
        playsinline
        muted
        aria-label=${t('presenter.screen-preview')}
      ></video>
    </div>
  `;
}

export interface SlidesView {
  readonly show: SlideShow;
  readonly deck: SlideDeck | undefined;
  readonly sharing: PresenterSharing;
  readonly state: ConferenceState | undefined;
}

/** Our slides: navigation, whether they are presented, the slide, and the thumbnails. */
export function renderSlides(localize: LocalizeController, view: SlidesView, actions: PresenterActions): TemplateResult {
  const t = localize.t.bind(localize);
  const {show, deck, sharing, state} = view;
  const count = show.count;
  const slide = deck?.slides[show.index];
  const filesToOpen = deck?.filesToOpen ?? 0;
  show.canvas.setAttribute('part', 'slide');
  show.canvas.className = 'slide';
  const canvasLabel = slide ? slideLabel(localize, slide, show.index) : t('presenter.slides');
  show.canvas.setAttribute('role', 'img');
  show.canvas.setAttribute('aria-label', canvasLabel);
  const statusText =
    count === 0 && filesToOpen > 0
      ? t('presenter.opening-files', {count: filesToOpen})
      : show.status === 'drawing'
        ? t('presenter.drawing-slide')
        : '';
  return html`
    <div part="slides" class="panel" role="group" aria-label=${t('presenter.slides')} @keydown=${actions.onSlidesKeydown}>
      <div part="slides-toolbar" class="toolbar">
        <div class="navigation">
          <button
            part="previous-button"
            class="icon-button"
            aria-label=${t('presenter.previous-slide')}
            aria-keyshortcuts="ArrowLeft PageUp"
            aria-disabled=${show.index <= 0 ? 'true' : 'false'}
            @click=${() => actions.previousSlide()}
          >
            ${presenterIcon('chevron-start')}
          </button>
          <span part="slide-counter" class="counter" dir="ltr"
            >${count > 0 ? t('presenter.slide-counter', {index: show.index + 1, count}) : '–'}</span
          >
          <button
            part="next-button"
            class="icon-button"
            aria-label=${t('presenter.next-slide')}
            aria-keyshortcuts="ArrowRight PageDown"
            aria-disabled=${show.index >= count - 1 ? 'true' : 'false'}
            @click=${() => actions.nextSlide()}
          >
            ${presenterIcon('chevron-end')}
          </button>
        </div>
        ${renderSharingState(localize, 'slides', sharing, state?.presentation.sending ?? 'idle')}
        <div class="actions">
          <button part="add-button" @click=${() => actions.chooseFiles('add')}>
            ${presenterIcon('plus')} ${t('presenter.add-files')}
          </button>
          ${
            sharing === 'slides'
              ? html`<button part="stop-button" class="danger" @click=${() => actions.stop()}>
                  ${icon('screen-stop')} ${t('presenter.stop-presenting')}
                </button>`
              : html`<button
                    part="start-button"
                    class="primary"
                    ?disabled=${count === 0 || state?.phase !== 'in-call'}
                    @click=${() => actions.startSlides()}
                  >
                    ${icon('screen-share')} ${t('presenter.start-presenting')}
                  </button>
                  <button part="stop-button" @click=${() => actions.stop()}>
                    ${presenterIcon('close')} ${t('presenter.close-slides')}
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
      <p id="slides-keys" class="visually-hidden">${t('presenter.slides-keys')}</p>
      <pex-slide-strip
        part="thumbnails"
        exportparts="list: thumbnail-list, thumbnail, thumbnail-image"
        .deck=${deck}
        .count=${count}
        .current=${show.index}
        @pex-slide-select=${(event: InternalEvent<'pex-slide-select'>) => actions.goToSlide(event.detail.index)}
      ></pex-slide-strip>
    </div>
  `;
}

export function renderFileErrors(
  localize: LocalizeController,
  errors: readonly SlideFileError[],
  actions: PresenterActions
): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  return html`<div part="file-errors" class="message error file-errors" role="alert">
    <div>
      <p>${localize.t('presenter.file-errors')}</p>
      <ul>
        ${errors.map((error) => html`<li>${fileErrorText(localize, error)}</li>`)}
      </ul>
    </div>
    <button
      part="notice-close"
      class="icon-button"
      aria-label=${localize.t('common.close')}
      @click=${() => actions.dismissFileErrors()}
    >
      ${presenterIcon('close')}
    </button>
  </div>`;
}
