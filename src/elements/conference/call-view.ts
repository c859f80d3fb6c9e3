import {html, nothing, type TemplateResult} from 'lit';
import type {PexEvent} from '../../events.js';
import {joinModeOf, type JoinParams} from '../../link/join-params.js';
import type {Session} from '../../session/session.js';
import type {ConferenceState} from '../../session/types.js';
import type {InternalEvent} from '../shared/internal-events.js';
import type {PanelContext} from './phase-panels.js';
import {presentationFullMotion, selfOf, statusOf} from '../../session/selectors.js';
import {fileSharerOf} from '../../context/file-sharing.js';
import {openOnDemand} from './call-commands.js';
import {loadCallExtrasFor} from './call-extras.js';
import {renderSplash} from './splash-screen.js';
import {renderWaitingNotice, waitingParticipants} from './waiting-notice.js';

/** The pre-join screen, showing first the link parameters, else the user's settings. */
export function renderPrejoinScreen(
  host: HTMLElement,
  state: ConferenceState,
  context: PanelContext,
  params: JoinParams,
  onSubmit: (event: InternalEvent<'pex-prejoin-submit'>) => void
): TemplateResult {
  const {notices, t} = context;
  if (host.querySelector(':scope > [slot="prejoin"]')) return html`<div part="base">${notices}<slot name="prejoin"></slot></div>`;
  const {settings} = state;
  return html`<div part="base prejoin" class="prejoin">
    ${notices}
    <pex-prejoin
      .session=${context.session}
      .conference=${params.conference ?? ''}
      .displayName=${params.name ?? settings.displayName}
      .mode=${joinModeOf(params)}
      .bandwidth=${params.bw ?? settings.bandwidth}
      .muteMicrophone=${settings.muteMicrophoneOnJoin}
      .showDeviceOptions=${settings.showDeviceOptions}
      @pex-prejoin-submit=${onSubmit}
    ></pex-prejoin>
    <p class="setup-link">
      <button class="link" @click=${context.openSetupCheck}>${t('setup.open')}</button>
      <button class="link" @click=${() => void openOnDemand(host.shadowRoot ?? host, 'pex-settings-dialog')}>
        ${t('toolbar.settings')}
      </button>
    </p>
    <pex-settings-dialog .session=${context.session}></pex-settings-dialog>
  </div>`;
}

/** The meeting's classification level, as a banner above the stage: words, and a stronger look for higher levels. */
function renderClassification(state: ConferenceState, t: PanelContext['t']): TemplateResult | typeof nothing {
  const classification = statusOf(state).classification;
  if (!classification) return nothing;
  return html`<p part="classification" class="banner classification level-${Math.min(classification.level, 3)}" role="status">
    ${t('call.classification', {label: classification.label})}
  </p>`;
}

function droppedFilesWelcome(event: DragEvent, session: Session): boolean {
  return Boolean(event.dataTransfer?.types.includes('Files')) && fileSharerOf(session) !== undefined;
}

/** Files dragged anywhere over the stage can be dropped there to be shared (when file sharing is offered). */
function allowFileDrop(event: DragEvent, session: Session): void {
  if (!droppedFilesWelcome(event, session)) return;
  event.preventDefault();
  if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
}

function shareDropped(event: DragEvent, session: Session): void {
  if (!droppedFilesWelcome(event, session)) return;
  event.preventDefault();
  fileSharerOf(session)?.([...(event.dataTransfer?.files ?? [])]);
}

/** The call's side panel and toolbar, as `<pex-conference>` has them. */
export interface CallView {
  /** Rendered ahead of the call, hidden: no media or notices yet. */
  readonly ahead: boolean;
  /** The side panel's built-in elements (those the page did not place). */
  readonly builtIns: TemplateResult | typeof nothing;
  /** The live-caption transcript, when open (at the top of the side panel). */
  readonly transcript: TemplateResult | typeof nothing;
  /** The page nested elements in the conference. */
  readonly hasSideContent: boolean;
  readonly sideHidden: boolean;
  readonly unread: number;
  readonly fullscreen: boolean;
  readonly canShareFiles: boolean;
  readonly defaultDomain: string;
  readonly onToolbarCommand: (event: InternalEvent<'pex-toolbar-command'>) => void;
  readonly onSlotChange: () => void;
  /** Shows the side panel (when an element in it opened something to look at, such as slides to review). */
  readonly onShowSide: () => void;
  readonly onEscalate: (mode: 'audio-video' | 'audio-only') => void;
  /** Runs a host action, showing the node's refusal. */
  readonly runAction: (action: () => Promise<void>) => void;
}

/** The call: notices, the stage, banners, the toolbar, the side panel, and the call's dialogs. */
export function renderCallScreen(state: ConferenceState, context: PanelContext, view: CallView): TemplateResult {
  const {t, session} = context;
  const {media, presentation} = state;
  const notices = view.ahead ? nothing : context.notices;
  const self = selfOf(state);
  const hasSideContent = view.hasSideContent || view.builtIns !== nothing || view.transcript !== nothing;
  const showSide = hasSideContent && !view.sideHidden;
  const emptyMessage = t(media.mode === 'control-only' ? 'call.control-only' : 'call.waiting-for-video');
  const blocked = self && !self.receivesPresentation && presentation.presenterId;
  if (!view.ahead) loadCallExtrasFor(state);
  return html`
    <div part="base" class="call ${showSide ? 'with-side' : ''}">
      <div
        class="main"
        @dragover=${(event: DragEvent) => allowFileDrop(event, session)}
        @drop=${(event: DragEvent) => shareDropped(event, session)}
      >
        ${notices} ${renderClassification(state, t)}
        <pex-stage
          part="stage"
          exportparts="remote-video, presentation, presentation-video, presentation-still, presentation-controls, presentation-mode-button, presentation-popout-button, self-view, thumbnail"
          .remote=${media.remote}
          .presenting=${Boolean(presentation.presenterId || presentation.remote) && !blocked}
          .presentation=${blocked ? undefined : presentation.remote}
          .presentationStill=${blocked ? undefined : presentation.still}
          .presenterName=${presentation.presenterName ?? ''}
          .presentationMode=${presentationFullMotion(state) ? 'full-motion' : 'still'}
          @pex-presentation-mode-change=${(event: PexEvent<'pex-presentation-mode-change'>) =>
            session.setPresentationFullMotion(event.detail.mode === 'full-motion')}
          .local=${view.ahead ? undefined : media.local}
          .showSelf=${media.mode === 'audio-video'}
          .speakerId=${state.settings.speakerId}
          .emptyMessage=${emptyMessage}
        ></pex-stage>
        <pex-breakout-banner .state=${state} .session=${session}></pex-breakout-banner>
        ${state.captions.enabled ? html`<pex-captions-overlay .caption=${state.captions.current}></pex-captions-overlay>` : nothing}
        ${renderSplash(state, 'stage')}
        ${state.reconnecting ? html`<p class="banner" role="alert">${t('call.reconnecting')}</p>` : nothing}
        ${state.nodeSlow && !state.reconnecting ? html`<p class="banner info" role="status">${t('call.node-slow')}</p>` : nothing}
        ${blocked ? html`<p class="banner info" role="status">${t('call.presentation-blocked')}</p>` : nothing}
        ${renderWaitingNotice(state, session, t, view.runAction)}
        <pex-call-toolbar
          .state=${state}
          .sideShown=${hasSideContent ? !view.sideHidden : undefined}
          .unread=${view.unread}
          .waiting=${waitingParticipants(state).length}
          .fullscreen=${view.fullscreen}
          .canShareFiles=${view.canShareFiles}
          @pex-toolbar-command=${view.onToolbarCommand}
        ></pex-call-toolbar>
      </div>
      <div part="side" class="side" ?hidden=${!showSide} @pex-slides-open=${view.onShowSide}>
        ${view.transcript}<slot @slotchange=${view.onSlotChange}></slot>${view.builtIns}
      </div>
    </div>
    ${renderCallDialogs(session, t, view)}
  `;
}

/** The dialogs that the call's toolbar and menus open. */
function renderCallDialogs(session: Session, t: PanelContext['t'], view: CallView): TemplateResult {
  return html`
    <pex-dial-dialog .session=${session} default-domain=${view.defaultDomain}></pex-dial-dialog>
    <pex-settings-dialog .session=${session}></pex-settings-dialog>
    <pex-stats-dialog .session=${session}></pex-stats-dialog>
    <pex-layout-dialog .session=${session}></pex-layout-dialog>
    <pex-breakout-dialog .session=${session}></pex-breakout-dialog>
    <pex-dtmf-keypad .session=${session}></pex-dtmf-keypad>
    <pex-dialog class="escalate-dialog" label=${t('escalate.heading')}>
      <pex-device-picker .session=${session}></pex-device-picker>
      <button slot="footer" @click=${() => view.onEscalate('audio-only')}>${t('escalate.audio-only')}</button>
      <button slot="footer" class="primary" @click=${() => view.onEscalate('audio-video')}>${t('escalate.start')}</button>
    </pex-dialog>
  `;
}
