import {ContextProvider} from '@lit/context';
import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query} from 'lit/decorators.js';
import {SessionEventForwarder} from '../../context/event-forwarder.js';
import {fileChooserOf, watchFileSharing} from '../../context/file-sharing.js';
import {SessionController} from '../../context/session-controller.js';
import {sessionContext} from '../../context/session-context.js';
import {SessionListenerController} from '../../context/session-listener.js';
import {UnreadCounter} from '../../context/unread-counter.js';
import type {StringKey} from '../../i18n/en.js';
import {conference} from '../../i18n/en/conference.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {parseJoinParams, type JoinParams} from '../../link/join-params.js';
import {ConferenceSession} from '../../session/conference-session.js';
import type {Session} from '../../session/session.js';
import type {ConferenceState, DialRequest, EndReason} from '../../session/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {themeSchemeStyles, themeStyles, type Theme} from '../../styles/theme.styles.js';
import {attributeProblemNotices} from '../shared/attribute-problem.js';
import type {PexConfirmDialog} from '../shared/confirm-dialog.js';
import type {PexDialog} from '../shared/dialog.js';
import {takeJoinRole} from '../shared/join-role.js';
import {NoticesController} from '../shared/notices.js';
import {whenIdle} from '../shared/when-idle.js';
import {conferenceStyles} from './conference.styles.js';
import {flagConverter, mediaConverter} from './converters.js';
import {CallCommands, openOnDemand} from './call-commands.js';
import {noticeStateChange} from './call-notices.js';
import {BuiltInPanel} from './built-in-panel.js';
import {renderCallScreen, renderPrejoinScreen} from './call-view.js';
import {joinOptionsOf} from './join-options.js';
import {LanguageSettingController} from './language-setting.js';
import {SidePanel} from './side-panel.js';
import {PageEvents} from './page-events.js';
import {JOIN_PARAM_PROPERTIES, nodeUrlOf, readJoinParams} from './join-params-reader.js';
import {reasonTextOf, renderNotices, renderPhasePanel, type PanelContext} from './phase-panels.js';
import type {PrejoinChoice} from './prejoin-choice.js';
import type {PexPrejoin} from './prejoin.js';
import type {PexStage} from './stage.js';

import type {DiagnosticFinding} from './finding-text.js';
export type {DiagnosticFinding};

/**
 * A complete Pexip Infinity Connect client: pre-join (name, camera preview, devices, join mode,
 * bandwidth), PIN and extension prompts, waiting screens, the call (video, presentation,
 * self-view), toolbar, host menu, settings, call statistics, and a side panel with participants, chat and
 * sharing of images and PDFs. It shares its session with `<pex-roster>`, `<pex-chat>` and `<pex-presenter>`
 * nested in it or bound with `for="<its id>"`: each replaces its built-in one (`no-built-ins`: none built in).
 *
 * Its attributes mirror Infinity Connect's preconfigured link parameters; with `use-page-url`
 * the same parameters are also read from the page's query string, which wins.
 *
 * @summary Join and run a Pexip Infinity meeting.
 * @tagname pex-conference
 *
 * @attr {'idle' | 'connecting' | 'pin-required' | 'extension-required' | 'waiting' | 'in-call' | 'ended' | 'failed'} phase - Set by the element: the call's phase, for the page's styles (`pex-conference[phase=in-call]`); not read.
 * @attr {'host' | 'guest'} role - The role to join as when there is no PIN (see `joinRole`); read and then removed, as it is also the ARIA role attribute.
 *
 * @slot - Elements shown in the side panel of the call, such as `<pex-roster>` and `<pex-chat>` (each replaces the built-in one).
 * @slot prejoin - Replaces the pre-join screen; the page then calls `joinMeeting()` itself.
 *
 * @fires {PexEvent<'pex-state-change'>} pex-state-change - The phase changed (`idle`, `connecting`, `pin-required`, `sso-required`, `extension-required`, `waiting`, `in-call`, `ended`, `failed`).
 * @fires {PexEvent<'pex-joined'>} pex-joined - This participant entered the meeting.
 * @fires {PexEvent<'pex-left'>} pex-left - This participant left or was disconnected; `detail.reason` says why, `detail.message` in words.
 * @fires {PexEvent<'pex-error'>} pex-error - Joining failed; `detail.message` is the text shown.
 * @fires {PexEvent<'pex-participant-join'>} pex-participant-join - Someone joined the meeting.
 * @fires {PexEvent<'pex-participant-leave'>} pex-participant-leave - Someone left the meeting.
 * @fires {PexEvent<'pex-chat-message'>} pex-chat-message - A chat message was received or sent (once per message, whichever elements show it).
 * @fires {PexEvent<'pex-presentation-start'>} pex-presentation-start - A presentation started (`detail.local`: ours).
 * @fires {PexEvent<'pex-presentation-stop'>} pex-presentation-stop - A presentation stopped.
 * @fires {PexEvent<'pex-stats'>} pex-stats - Call statistics, every 5 seconds while media flows.
 * @fires {PexEvent<'pex-layout-change'>} pex-layout-change - The meeting's layout changed: `detail.host` and `detail.guest`, such as `1:7`.
 * @fires {PexEvent<'pex-breakout-move'>} pex-breakout-move - The call moved into a breakout room or back (`detail.from`, `detail.to`, `detail.name`; `main` is the main room).
 * @fires {PexEvent<'pex-breakout-help'>} pex-breakout-help - For hosts: someone in a breakout room asked for help (`detail.roomId`, `detail.participantId`).
 * @fires {PexEvent<'pex-breakout-end'>} pex-breakout-end - A breakout room closed (`detail.roomId`).
 * @fires {PexEvent<'pex-caption'>} pex-caption - A live caption (while captions are on): `detail.text`, `detail.speakers`, `detail.final`.
 * @fires {PexEvent<'pex-application-message'>} pex-application-message - Another participant's `sendApplicationMessage`.
 * @fires {PexEvent<'pex-transfer'>} pex-transfer - A host or the node moved this participant to another conference.
 *
 * @csspart base - The element's content in every phase.
 * @csspart panel - The joining, PIN, extension, waiting, ended and failed screens.
 * @csspart prejoin - The pre-join screen.
 * @csspart message - A message (error or reason) on a panel.
 * @csspart notices - Notices shown above the call or pre-join screen.
 * @csspart pin-input - The PIN field.
 * @csspart extension-input - The extension field.
 * @csspart sso - Single sign-on (buttons `sso-provider`, `sso-sign-in`); also `classification` (banner), `splash` (theme).
 * @csspart stage - The video area.
 * @csspart remote-video - The `<video>` with the meeting's video and sound.
 * @csspart presentation - The presentation being received (live or as stills; it can pop out into its own window).
 * @csspart presentation-video - The presentation's `<video>` in full-motion mode.
 * @csspart presentation-still - The presentation's still image.
 * @csspart presentation-controls - The presentation's buttons (full motion, pop out).
 * @csspart self-view - The `<video>` with your own camera.
 * @csspart thumbnail - Whichever of video and presentation is shown small.
 * @csspart toolbar - The call controls.
 * @csspart microphone-button - Mute or unmute the microphone.
 * @csspart camera-button - Disable or enable the camera.
 * @csspart share-screen-button - Share the screen or stop presenting.
 * @csspart share-files-button - Share images or PDFs (when a `<pex-presenter>` is bound).
 * @csspart hand-button - Raise or lower your hand.
 * @csspart captions-button - Turn live captions on or off (where the meeting has them).
 * @csspart captions - The live caption over the stage: the speaker's name and the text, at most two lines.
 * @csspart breakout - In a breakout room: the room, its time left, "Ask for help" and "Return to the main room".
 * @csspart side-panel-button - Show or hide the side panel.
 * @csspart host-menu - The host's meeting controls.
 * @csspart more-menu - Settings, statistics, full screen, picture in picture.
 * @csspart leave-button - Leave the meeting.
 * @csspart side - The side panel that holds the default slot.
 * @csspart transcript - The live-caption transcript in the side panel (opened from the More menu), with "Save as text".
 *
 * @cssprop [--pex-color-accent=#1f5fd6] - Primary buttons, focus rings, highlights.
 * @cssprop [--pex-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--pex-color-surface=#ffffff] - Background.
 * @cssprop [--pex-color-surface-raised=#f1f3f6] - Buttons, fields and cards.
 * @cssprop [--pex-color-stage=#111418] - Background behind video.
 * @cssprop [--pex-color-text=#1a1d21] - Text.
 * @cssprop [--pex-color-text-muted=#5b6470] - Secondary text.
 * @cssprop [--pex-color-border=#c9ced6] - Borders and dividers.
 * @cssprop [--pex-color-danger=#c62828] - Leave button, errors, muted state.
 * @cssprop [--pex-color-on-danger=#ffffff] - Text on the danger colour.
 * @cssprop [--pex-color-success=#1b7f3b] - Positive states (microphone level).
 * @cssprop [--pex-color-focus=var(--pex-color-accent)] - Keyboard focus ring.
 * @cssprop [--pex-radius=8px] - Corner radius.
 * @cssprop [--pex-spacing=8px] - Base spacing unit.
 * @cssprop [--pex-font-family=system-ui] - Font.
 * @cssprop [--pex-font-size=1rem] - Base font size.
 * @cssprop [--pex-conference-min-height=30rem] - Height of the call when the page does not set one.
 * @cssprop [--pex-conference-side-width=22rem] - Width of the side panel on wide layouts.
 * @cssprop [--pex-conference-side-height=30rem] - Height of the side panel on narrow layouts (below the call); taller where the lists' headings, search and message field need it.
 */
export class PexConference extends LitElement {
  static override styles = [hostStyles, themeStyles, themeSchemeStyles, controlStyles, conferenceStyles];

  readonly #localize = new LocalizeController(this, conference);
  #session: Session = new ConferenceSession();
  readonly #provider = new ContextProvider(this, {context: sessionContext, initialValue: this.#session});
  readonly #controller = new SessionController(this, {session: this.#session});
  readonly #notices = new NoticesController(this, this.#localize);
  readonly #unread = new UnreadCounter(this, this.#currentSession.bind(this), {isShown: () => !this.#side.hidden});
  readonly #side = new SidePanel(this, () => this.#unread.markRead());
  readonly #page = new PageEvents(this, () => this.#session.leaveClosingPage());
  readonly #sessionListeners = [
    this.#unread,
    new SessionEventForwarder(this, this.#currentSession.bind(this), this.#reasonText.bind(this)),
    new SessionListenerController(this, this.#currentSession.bind(this), this.#listen.bind(this)),
  ];
  readonly #commands = new CallCommands(() => ({
    element: this,
    session: this.#session,
    notices: this.#notices,
    t: this.#t.bind(this),
    confirmDisconnect: this.confirmDisconnect,
    confirmDialog: this.confirmDialog,
    escalateDialog: this.escalateDialog,
    stage: this.stage,
    open: (dialog) => openOnDemand(this.renderRoot, dialog),
    toggleSide: this.#side.toggle,
    showTranscript: () => void this.#side.showTranscript(),
  }));
  readonly #builtIns = new BuiltInPanel(this, this.#currentSession.bind(this));
  #warnedProblems = new Set<string>();
  #autoJoined = false;
  /** The call screen is rendered, hidden, while the pre-join screen waits (see #renderCall). */
  #callAhead = false;

  /**
   * Colours: `light`, `dark` or `system` (follow the system's `prefers-color-scheme`). Unset, the
   * element takes the theme of the public element it is nested in, else the system's.
   */
  @property({reflect: true}) accessor theme: Theme | undefined;

  /** Base URL of the Pexip Conferencing Node (or reverse proxy), such as `https://pexip.example.com`. Defaults to the page's origin. */
  @property({reflect: true}) accessor node = '';

  /** Alias of the Virtual Meeting Room or Auditorium to join, such as `meet.alice`. Without it the pre-join screen asks. */
  @property({reflect: true}) accessor conference = '';

  /** Display name for this participant. */
  @property({reflect: true}) accessor name = '';

  /** Bandwidth in kbps, 256–1864 (default 576; out-of-range values are clamped, with a notice). */
  @property({type: Number, reflect: true}) accessor bw: number | undefined;

  /** Host or guest PIN. Not reflected to the attribute, so that a PIN set from script does not show up in the page's markup. */
  @property() accessor pin = '';

  /** Join at once, without the pre-join screen: the `join` attribute (`join`, `join="1"`). */
  @property({attribute: 'join', converter: flagConverter, reflect: true}) accessor autoJoin = false;

  /** `media="1"`: start camera and microphone when joining; `media=""`: join in presentation and control mode; absent: the user chooses. */
  @property({converter: mediaConverter, reflect: true}) accessor media: boolean | undefined;

  /** Join with the microphone only. */
  @property({converter: flagConverter, reflect: true}) accessor audioonly = false;

  /** With `media=""`: offer camera and microphone selection right after joining. */
  @property({converter: flagConverter, reflect: true}) accessor escalate = false;

  /** Virtual Reception extension or Lync conference ID, sent when the node asks for one. */
  @property({reflect: true}) accessor extension = '';

  /** Withhold host controls even when joining as a host. */
  @property({converter: flagConverter, reflect: true}) accessor forceguest = false;

  /** Domain appended to bare aliases when adding participants (`alice` → `alice@example.com`). */
  @property({attribute: 'default-domain', reflect: true}) accessor defaultDomain = '';

  /** Ask before disconnecting (the user's setting can also turn this on). */
  @property({attribute: 'confirm-disconnect', converter: flagConverter, reflect: true}) accessor confirmDisconnect = false;
  /** Leave out the side panel's own participant list, chat and file sharing (the page's nested or `for` elements still show). */
  @property({attribute: 'no-built-ins', converter: flagConverter, reflect: true}) accessor noBuiltIns = false;
  /** The page's own background picture (a URL, same origin or CORS), offered beside the built-in ones. */
  @property({attribute: 'background-image', reflect: true}) accessor backgroundImage = '';

  /** Also read the link parameters from the page URL's query string (they win over attributes). */
  @property({attribute: 'use-page-url', converter: flagConverter, reflect: true}) accessor usePageUrl = false;

  @query('pex-confirm-dialog') private accessor confirmDialog!: PexConfirmDialog;
  @query('.escalate-dialog') private accessor escalateDialog: PexDialog | null = null;
  @query('pex-stage') private accessor stage: PexStage | null = null;
  @query('pex-prejoin') private accessor prejoin: PexPrejoin | null = null;

  /**
   * The role to join as without a PIN (`host`, or `guest` for a room with a host PIN only): the `role` attribute, as in
   * Infinity Connect links. As `role` is also the ARIA role attribute, the element takes it off itself once read.
   */
  @property({attribute: false}) accessor joinRole = '';

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'role'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'role') this.joinRole = takeJoinRole(this, value) ?? this.joinRole;
  }

  constructor() {
    super();
    new LanguageSettingController(this, this.#currentSession.bind(this));
  }

  /** The effective link parameters (attributes, and the page URL with `use-page-url`). */
  #params: JoinParams = parseJoinParams({}, 'attribute').params;

  /** The session this element runs; `<pex-roster>` and friends bound to it share it. */
  get session(): Session {
    return this.#session;
  }

  /** Lets a page (or a test) run the element on another session implementation. */
  set session(session: Session) {
    if (session === this.#session) return;
    this.#session = session;
    this.#provider.setValue(session);
    this.#controller.useSession(session);
    for (const listener of this.#sessionListeners) listener.follow();
  }

  /** The current state, for pages that want to read it. */
  get state(): ConferenceState {
    return this.#session.state;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A move within the page disconnects and reconnects at once: only leave if really removed.
    queueMicrotask(() => {
      if (!this.isConnected) void this.#session.leave();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (JOIN_PARAM_PROPERTIES.some((name) => changed.has(name))) this.#readParams();
    if (changed.has('conference')) this.#onConferenceChange(changed.get('conference'));
    if (changed.has('backgroundImage')) this.#session.backgroundPicture = this.backgroundImage.trim() || undefined;
  }

  protected override firstUpdated(): void {
    whenIdle(() => this.#prepareJoin(), 2000, 200);
    if (this.#params.join && !this.#autoJoined) {
      this.#autoJoined = true;
      void this.joinMeeting();
    }
  }

  /** Fetches the SDK and renders the call screen ahead: Join then waits for neither, nor builds the call screen while the SDK sets the call up. */
  #prepareJoin(): void {
    this.#session.preload();
    this.#callAhead = true;
    this.requestUpdate();
  }

  // --- public API --------------------------------------------------------------------------

  /**
   * Joins the meeting with the attributes, the pre-join form's choices and the user's settings.
   * Without a name (from the form, `name` or the settings) it stays on the pre-join screen.
   */
  async joinMeeting(choice: Partial<PrejoinChoice> = {}): Promise<void> {
    const session = this.#session;
    if (session.state.phase === 'ended' || session.state.phase === 'failed') session.reset();
    if (session.state.phase !== 'idle') return;
    const {settings} = session.state;
    const options = joinOptionsOf(
      [choice, this.prejoin?.choice ?? {}],
      this.#params,
      settings,
      nodeUrlOf(this.node),
      this.defaultDomain
    );
    if (!options) {
      this.#notices.notify('prejoin', this.#t('reason.invalid-options'));
      return;
    }
    const {displayName, bandwidth, muteMicrophone} = options;
    session.updateSettings({displayName, bandwidth, muteMicrophoneOnJoin: muteMicrophone});
    await session.join(options);
  }

  /** Leaves the meeting (or stops joining), without asking. */
  async leave(): Promise<void> {
    await this.#session.leave();
  }

  async toggleMicrophone(): Promise<void> {
    // The node may refuse to unmute us (a host muted the guests): say so.
    await this.#notices.run(() => this.#session.setMicrophoneMuted(!this.#session.state.media.microphoneMuted));
  }

  async toggleCamera(): Promise<void> {
    await this.#session.setCameraOff(!this.#session.state.media.cameraOff);
  }

  /**
   * Shares the screen. Call it from a click handler (anywhere on the page: there is no iframe,
   * so the browser sees the user's gesture).
   */
  startScreenShare(): Promise<void> {
    return this.#commands.shareScreen();
  }

  async stopScreenShare(): Promise<void> {
    await this.#session.stopPresenting();
  }

  async lock(): Promise<void> {
    await this.#notices.run(() => this.#session.lock(true));
  }

  async unlock(): Promise<void> {
    await this.#notices.run(() => this.#session.lock(false));
  }

  /** Mutes every guest (`mute = false` unmutes them). */
  async muteAllGuests(mute = true): Promise<void> {
    await this.#notices.run(() => this.#session.muteAllGuests(mute));
  }

  /**
   * Checks what stands between this page and a meeting (secure context, WebRTC, camera and
   * microphone permission, the page's Permissions-Policy, whether the node answers and allows
   * this origin, the page's Content-Security-Policy). Each finding says what to change.
   */
  async diagnose(): Promise<DiagnosticFinding[]> {
    const {diagnoseInWords} = await import('./finding-text.js');
    const {node, ownerDocument: document} = this;
    return diagnoseInWords(this.#localize, {node: nodeUrlOf(node), conference: this.#params.conference, document});
  }

  /** Sends any JSON object to the others (or to participant `to`) as a `pex-application-message` event; resolves whether the node took it. */
  sendApplicationMessage(message: Record<string, unknown>, to?: string): Promise<boolean> {
    return this.#session.sendApplicationMessage(message, to);
  }

  /** Adds a participant by dialling out; rejects with the node's refusal. */
  async dial(request: DialRequest): Promise<void> {
    await this.#session.dial(request);
  }

  /** Reads the parameters; shows each problem once, and names the attribute in a console warning for the page's developer. */
  #readParams(): void {
    const {params, problems} = readJoinParams(this);
    this.#params = params;
    this.#notices.replaceGroup('attribute:', attributeProblemNotices(this.#localize, problems, this.#warnedProblems));
  }

  /** A new `conference` while in a meeting: ask before leaving it. */
  #onConferenceChange(previous: string | undefined): void {
    const {phase, conference: current} = this.#session.state;
    const active = phase !== 'idle' && phase !== 'ended' && phase !== 'failed';
    const next = this.conference;
    if (!active || previous === undefined || next === current) return;
    this.conference = previous;
    void this.updateComplete.then(() =>
      this.#commands.switchConference(current, next, async () => {
        this.conference = next;
        await this.updateComplete;
        if (this.#params.join) await this.joinMeeting();
      })
    );
  }

  #currentSession(): Session {
    return this.#session;
  }

  #listen(session: Session): (() => void)[] {
    return [
      session.subscribe((state, previous) => this.#onStateChange(state, previous)),
      watchFileSharing(session, () => this.requestUpdate()),
    ];
  }

  #onStateChange(state: ConferenceState, previous: ConferenceState): void {
    const inCallWithoutMedia = state.phase !== previous.phase && state.phase === 'in-call' && state.media.mode === 'control-only';
    if (inCallWithoutMedia && this.#params.escalate) void this.updateComplete.then(() => this.escalateDialog?.show());
    noticeStateChange(this.#notices, this.#t.bind(this), state, previous);
    if (state.settings.language !== previous.settings.language) this.requestUpdate();
  }

  #t(key: StringKey, params?: Record<string, string | number>): string {
    return this.#localize.t(key, params);
  }

  #reasonText(reason: EndReason): string {
    return reasonTextOf(this.#t.bind(this), reason, {conference: this.#session.state.conference, node: nodeUrlOf(this.node)});
  }

  override render(): TemplateResult {
    const state = this.#session.state;
    const context = this.#panelContext();
    return html`
      ${this.#renderPhase(state, context)} ${this.#renderCall(state, context)}
      <pex-confirm-dialog></pex-confirm-dialog>
      <pex-setup-check node=${nodeUrlOf(this.node)} conference=${this.#params.conference ?? ''}></pex-setup-check>
    `;
  }

  #panelContext(): PanelContext {
    return {
      t: this.#t.bind(this),
      session: this.#session,
      notices: renderNotices(this.#notices.all, this.#t('call.notice-dismiss'), (id) => this.#notices.dismiss(id)),
      cancel: () => void this.leave(),
      openSetupCheck: () => void openOnDemand(this.renderRoot, 'pex-setup-check'),
      reasonText: (reason) => this.#reasonText(reason),
      ssoRedirect: this.getAttribute('sso-flow') === 'redirect',
    };
  }

  /** The screen of the phase, but for the call's, which #renderCall keeps. */
  #renderPhase(state: ConferenceState, context: PanelContext): TemplateResult | typeof nothing {
    switch (state.phase) {
      case 'idle':
        return renderPrejoinScreen(this, state, context, this.#params, (event) => void this.joinMeeting(event.detail));
      case 'in-call':
        return nothing;
      default:
        return renderPhasePanel(state, context);
    }
  }

  /**
   * The call screen: shown in the call; before it, once the page was idle, rendered ahead and
   * hidden (without media, notices or side panel content), so that Join only updates it
   * and the main thread is free for the SDK's call set-up. It stays, hidden, after the call.
   */
  #renderCall(state: ConferenceState, context: PanelContext): TemplateResult | typeof nothing {
    const inCall = state.phase === 'in-call';
    if (!inCall && !this.#callAhead) return nothing;
    return html`<div class="call-layer" ?hidden=${!inCall}>
      ${renderCallScreen(state, context, {
        ahead: !inCall,
        builtIns: inCall ? this.#builtIns.render(this.#session, !this.noBuiltIns) : nothing,
        transcript: inCall ? this.#side.renderTranscript(this.#session) : nothing,
        hasSideContent: this.childElementCount > 0,
        sideHidden: this.#side.hidden,
        unread: this.#unread.count,
        fullscreen: this.#page.fullscreen,
        canShareFiles: fileChooserOf(this.#session) !== undefined,
        defaultDomain: this.defaultDomain,
        onToolbarCommand: (event) => this.#commands.run(event.detail.command),
        onSlotChange: () => this.requestUpdate(),
        onShowSide: () => this.#side.toggle(true),
        onEscalate: (mode) => void this.#commands.escalate(mode),
        runAction: (action) => void this.#notices.run(action),
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-conference': PexConference;
  }
}
