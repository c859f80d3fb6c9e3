import {ContextProvider} from '@lit/context';
import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {SessionController} from '../../context/session-controller.js';
import {sessionContext} from '../../context/session-context.js';
import type {Finding} from '../../diagnostics/diagnose.js';
import {emit} from '../../events.js';
import type {StringKey} from '../../i18n/en.js';
import {conference} from '../../i18n/en/conference.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {isStringKey} from '../../i18n/registry.js';
import {joinModeOf, parseJoinParams, type JoinParams} from '../../link/join-params.js';
import {ConferenceSession} from '../../session/conference-session.js';
import type {Session} from '../../session/session.js';
import type {ConferenceState, DialRequest, EndReason, JoinMode, JoinOptions} from '../../session/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {themeStyles} from '../../styles/theme.styles.js';
import {icon} from '../icons.js';
import {actionErrorText} from '../shared/action-error.js';
import {describeAttributeProblem} from '../shared/attribute-problem.js';
import type {PexConfirmDialog} from '../shared/confirm-dialog.js';
import type {PexDialog} from '../shared/dialog.js';
import {loadDialDialog, showOnDemand} from '../shared/define-on-demand.js';
import {takeJoinRole} from '../shared/join-role.js';
import type {MenuItem} from '../shared/menu.js';
import {conferenceStyles} from './conference.styles.js';
import {flagConverter, mediaConverter} from './converters.js';
import {nodeUrlOf, readJoinParams, type AttributeProblem} from './join-params-reader.js';
import type {PexPrejoin, PrejoinChoice} from './prejoin.js';
import type {PexStage} from './stage.js';
import {participantsOf, selfOf, statusOf} from '../../session/selectors.js';

/** The dialogs whose code loads when they are first opened. */
const ON_DEMAND = {
  'pex-dial-dialog': loadDialDialog,
  'pex-settings-dialog': () => import('./settings-dialog.js').then((module) => module.PexSettingsDialog),
  'pex-stats-dialog': () => import('./stats-dialog.js').then((module) => module.PexStatsDialog),
  'pex-setup-check': () => import('./setup-check.js').then((module) => module.PexSetupCheck),
};

/** How often `pex-stats` reaches the page (the SDK measures every second). */
const STATS_EVENT_INTERVAL_MS = 5000;

/** Something worth telling the user for a while: a refused action, an attribute we could not use. */
interface Notice {
  readonly id: string;
  readonly text: string;
  readonly error: boolean;
}

/** A finding of `diagnose()`, with its message in the element's language. */
export type DiagnosticFinding = Finding & {readonly message: string};

/** The element a page uses to share images and PDFs, if it has one bound to this conference. */
interface FileSharer extends Element {
  chooseFiles(): void;
}

/**
 * A complete Pexip Infinity Connect client: pre-join (name, camera preview, devices, join mode,
 * bandwidth), PIN and extension prompts, waiting screens, the call (video, presentation,
 * self-view), its toolbar, a host menu, settings and call statistics. It owns one conference
 * session and shares it with `<pex-roster>`, `<pex-chat>` and `<pex-presenter>`, nested inside it
 * (they appear in a side panel) or bound to it with `for="<its id>"`.
 *
 * Its attributes mirror Infinity Connect's preconfigured link parameters; with `use-page-url`
 * the same parameters are also read from the page's query string, which wins.
 *
 * @summary Join and run a Pexip Infinity meeting.
 * @tagname pex-conference
 *
 * @attr {'host' | 'guest'} role - The role to join as when there is no PIN (see `joinRole`); read and then removed, as it is also the ARIA role attribute.
 *
 * @slot - Elements shown in the side panel of the call, such as `<pex-roster>` and `<pex-chat>`.
 * @slot prejoin - Replaces the pre-join screen; the page then calls `join()` itself.
 *
 * @fires {PexEvent<'pex-state-change'>} pex-state-change - The phase changed (`idle`, `connecting`, `pin-required`, `extension-required`, `waiting`, `in-call`, `ended`, `failed`).
 * @fires {PexEvent<'pex-joined'>} pex-joined - This participant entered the meeting.
 * @fires {PexEvent<'pex-left'>} pex-left - This participant left or was disconnected; `detail.reason` says why, `detail.message` in words.
 * @fires {PexEvent<'pex-error'>} pex-error - Joining failed; `detail.message` is the text shown.
 * @fires {PexEvent<'pex-participant-join'>} pex-participant-join - Someone joined the meeting.
 * @fires {PexEvent<'pex-participant-leave'>} pex-participant-leave - Someone left the meeting.
 * @fires {PexEvent<'pex-chat-message'>} pex-chat-message - A chat message was received or sent (once per message, whichever elements show it).
 * @fires {PexEvent<'pex-presentation-start'>} pex-presentation-start - A presentation started (`detail.local`: ours).
 * @fires {PexEvent<'pex-presentation-stop'>} pex-presentation-stop - A presentation stopped.
 * @fires {PexEvent<'pex-stats'>} pex-stats - Call statistics, every 5 seconds while media flows.
 *
 * @csspart base - The element's content in every phase.
 * @csspart panel - The joining, PIN, extension, waiting, ended and failed screens.
 * @csspart prejoin - The pre-join screen.
 * @csspart message - A message (error or reason) on a panel.
 * @csspart notices - Notices shown above the call or pre-join screen.
 * @csspart pin-input - The PIN field.
 * @csspart extension-input - The extension field.
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
 * @csspart side-panel-button - Show or hide the side panel.
 * @csspart host-menu - The host's meeting controls.
 * @csspart more-menu - Settings, statistics, full screen, picture in picture.
 * @csspart leave-button - Leave the meeting.
 * @csspart side - The side panel that holds the default slot.
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
 */
export class PexConference extends LitElement {
  static override styles = [hostStyles, themeStyles, controlStyles, conferenceStyles];

  readonly #localize = new LocalizeController(this, conference);
  #session: Session = new ConferenceSession();
  readonly #provider = new ContextProvider(this, {context: sessionContext, initialValue: this.#session});
  readonly #controller = new SessionController(this, {session: this.#session});
  #detachEvents: (() => void)[] = [];
  #lastStatsEvent = 0;
  #warnedProblems = new Set<string>();
  #autoJoined = false;
  /** The page's own `lang`, kept while the user's language setting overrides it. */
  #pageLang: string | undefined;

  /**
   * Base URL of the Pexip Conferencing Node (or reverse proxy), such as
   * `https://pexip.example.com`. Defaults to the page's own origin.
   */
  @property({reflect: true}) accessor node = '';

  /** Alias of the Virtual Meeting Room or Auditorium to join, such as `meet.alice`. Without it the pre-join screen asks. */
  @property({reflect: true}) accessor conference = '';

  /** Display name for this participant. */
  @property({reflect: true}) accessor name = '';

  /** Bandwidth in kbps, 256–1864 (default 576; out-of-range values are clamped, with a notice). */
  @property({type: Number, reflect: true}) accessor bw: number | undefined;

  /**
   * Host or guest PIN. Not reflected to the attribute, so that a PIN set from script does not
   * show up in the page's markup.
   */
  @property() accessor pin = '';

  /** Join at once, without the pre-join screen: the `join` attribute (`join`, `join="1"`). */
  @property({attribute: 'join', converter: flagConverter, reflect: true}) accessor autoJoin = false;

  /**
   * `media="1"`: start camera and microphone when joining; `media=""`: join in presentation and
   * control mode; absent: the user chooses.
   */
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

  /** Also read the link parameters from the page URL's query string (they win over attributes). */
  @property({attribute: 'use-page-url', converter: flagConverter, reflect: true}) accessor usePageUrl = false;

  @state() private accessor notices: readonly Notice[] = [];
  @state() private accessor sideHidden = false;
  @state() private accessor unread = 0;
  @state() private accessor fullscreen = false;
  @state() private accessor hasSideContent = false;

  @query('pex-confirm-dialog') private accessor confirmDialog!: PexConfirmDialog;
  @query('.escalate-dialog') private accessor escalateDialog!: PexDialog;
  @query('pex-stage') private accessor stage: PexStage | null = null;
  @query('pex-prejoin') private accessor prejoin: PexPrejoin | null = null;

  /**
   * The role to join as when there is no PIN (`host`, or `guest` for a room with a host PIN
   * only). The attribute is `role`, as in Infinity Connect links; because `role` is also the
   * ARIA role attribute, the element takes `role="host"`/`role="guest"` off itself once read,
   * so that the page's markup stays valid for assistive technology.
   */
  @property({attribute: false}) accessor joinRole = '';

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'role'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'role') this.joinRole = takeJoinRole(this, value) ?? this.joinRole;
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
    if (this.isConnected) this.#forwardSessionEvents();
  }

  /** The current state, for pages that want to read it. */
  get state(): ConferenceState {
    return this.#session.state;
  }

  // --- lifecycle -------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.#forwardSessionEvents();
    document.addEventListener('fullscreenchange', this.#onFullscreenChange);
    addEventListener('pagehide', this.#onPageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const detach of this.#detachEvents) detach();
    this.#detachEvents = [];
    document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    removeEventListener('pagehide', this.#onPageHide);
    // A move within the page disconnects and reconnects at once: only leave if really removed.
    queueMicrotask(() => {
      if (!this.isConnected) void this.#session.leave();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const paramNames = [
      'conference',
      'name',
      'bw',
      'pin',
      'joinRole',
      'autoJoin',
      'media',
      'audioonly',
      'escalate',
      'extension',
      'forceguest',
      'usePageUrl',
      'node',
    ] as const;
    if (paramNames.some((name) => changed.has(name))) this.#readParams();
    if (changed.has('conference')) this.#onConferenceChange(changed.get('conference'));
    this.#applyLanguageSetting();
  }

  protected override firstUpdated(): void {
    // Fetch the SDK once the page is idle, so that Join does not wait for it.
    const whenIdle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    whenIdle(() => this.#session.preload());
    this.hasSideContent = this.childElementCount > 0;
    if (this.#params.join && !this.#autoJoined) {
      this.#autoJoined = true;
      void this.join();
    }
  }

  // --- public API --------------------------------------------------------------------------

  /**
   * Joins the meeting with the attributes, the pre-join form's choices and the user's settings.
   * Without a name (from the form, `name` or the settings) it stays on the pre-join screen.
   */
  async join(choice: Partial<PrejoinChoice> = {}): Promise<void> {
    const session = this.#session;
    if (session.state.phase === 'ended' || session.state.phase === 'failed') session.reset();
    if (session.state.phase !== 'idle') return;
    const settings = session.state.settings;
    const form = this.prejoin;
    const displayName = (choice.displayName ?? form?.displayName ?? this.#params.name ?? settings.displayName).trim();
    const conference = (choice.conference ?? this.#params.conference ?? '').trim();
    if (!displayName || !conference) {
      this.#notify('prejoin', this.#t('reason.invalid-options'), true);
      return;
    }
    const mode = choice.mode ?? form?.mode ?? this.#joinMode();
    const bandwidth = choice.bandwidth ?? form?.bandwidth ?? this.#params.bw ?? settings.bandwidth;
    const muteMicrophone = choice.muteMicrophone ?? form?.muteMicrophone ?? settings.muteMicrophoneOnJoin;
    session.updateSettings({displayName, bandwidth, muteMicrophoneOnJoin: muteMicrophone});
    const options: JoinOptions = {
      node: this.#nodeUrl(),
      conference,
      displayName,
      bandwidth,
      mode,
      pin: this.#params.pin,
      role: this.#params.role,
      extension: this.#params.extension,
      forceGuest: this.#params.forceguest,
      muteMicrophone,
    };
    await session.join(options);
  }

  /** Leaves the meeting (or stops joining), without asking. */
  async leave(): Promise<void> {
    await this.#session.leave();
  }

  async toggleMicrophone(): Promise<void> {
    // The node may refuse to unmute us (a host muted the guests): say so.
    await this.#run(() => this.#session.setMicrophoneMuted(!this.#session.state.media.microphoneMuted));
  }

  async toggleCamera(): Promise<void> {
    await this.#session.setCameraOff(!this.#session.state.media.cameraOff);
  }

  /**
   * Shares the screen. Call it from a click handler (anywhere on the page: there is no iframe,
   * so the browser sees the user's gesture).
   */
  async startScreenShare(): Promise<void> {
    // getDisplayMedia must be called before any await, inside the user's gesture.
    const capture = navigator.mediaDevices.getDisplayMedia({video: true, audio: false});
    await this.#run(async () => this.#session.present(await capture));
  }

  async stopScreenShare(): Promise<void> {
    await this.#session.stopPresenting();
  }

  async lock(): Promise<void> {
    await this.#run(() => this.#session.lock(true));
  }

  async unlock(): Promise<void> {
    await this.#run(() => this.#session.lock(false));
  }

  /** Mutes every guest (`mute = false` unmutes them). */
  async muteAllGuests(mute = true): Promise<void> {
    await this.#run(() => this.#session.muteAllGuests(mute));
  }

  /**
   * Checks what stands between this page and a meeting (secure context, WebRTC, camera and
   * microphone permission, the page's Permissions-Policy, whether the node answers and allows
   * this origin, the page's Content-Security-Policy). Each finding says what to change.
   */
  async diagnose(): Promise<DiagnosticFinding[]> {
    const [{diagnose}, {findingText}] = await Promise.all([import('../../diagnostics/diagnose.js'), import('./finding-text.js')]);
    const findings = await diagnose({node: this.#nodeUrl(), conference: this.#params.conference, document: this.ownerDocument});
    return findings.map((finding) => ({...finding, message: findingText(this.#localize, finding)}));
  }

  /** Adds a participant by dialling out; rejects with the node's refusal. */
  async dial(request: DialRequest): Promise<void> {
    await this.#session.dial(request);
  }

  // --- parameters --------------------------------------------------------------------------

  #readParams(): void {
    const {params, problems} = readJoinParams(this);
    this.#params = params;
    this.#reportProblems(problems);
  }

  /** Shows each problem once, and names the attribute in a console warning for the page's developer. */
  #reportProblems(problems: readonly AttributeProblem[]): void {
    const keep = this.notices.filter(({id}) => !id.startsWith('attribute:'));
    const fresh = problems.map((found) => {
      const {attribute, value} = found;
      const key = `${attribute}=${value}`;
      const {problem, message} = describeAttributeProblem(this.#localize, found);
      if (!this.#warnedProblems.has(key)) {
        this.#warnedProblems.add(key);
        console.warn(`<pex-conference> attribute "${attribute}": "${value}" — ${problem}`);
      }
      return {id: `attribute:${key}`, text: message, error: true};
    });
    this.notices = [...fresh, ...keep];
  }

  #joinMode(): JoinMode {
    return joinModeOf(this.#params);
  }

  #nodeUrl(): string {
    return nodeUrlOf(this.node);
  }

  /** A new `conference` while in a meeting: ask before leaving it. */
  #onConferenceChange(previous: string | undefined): void {
    const {phase, conference: current} = this.#session.state;
    const active = phase !== 'idle' && phase !== 'ended' && phase !== 'failed';
    const next = this.conference;
    if (!active || previous === undefined || next === current) return;
    this.conference = previous;
    void this.updateComplete.then(async () => {
      const confirmed = await this.confirmDialog.ask({
        heading: this.#t('switch.heading'),
        message: this.#t('switch.message', {current, next}),
        confirmLabel: this.#t('switch.confirm'),
      });
      if (!confirmed) return;
      await this.#session.leave();
      this.#session.reset();
      this.conference = next;
      await this.updateComplete;
      if (this.#params.join) await this.join();
    });
  }

  /** The user's language setting wins over the page's `lang` while it is set. */
  #applyLanguageSetting(): void {
    const language = this.#session.state.settings.language;
    if (language) {
      this.#pageLang ??= this.getAttribute('lang') ?? '';
      if (this.lang !== language) this.lang = language;
    } else if (this.#pageLang !== undefined) {
      if (this.#pageLang) this.lang = this.#pageLang;
      else this.removeAttribute('lang');
      this.#pageLang = undefined;
    }
  }

  // --- session notifications -> DOM events -------------------------------------------------

  #forwardSessionEvents(): void {
    for (const detach of this.#detachEvents) detach();
    const session = this.#session;
    this.#detachEvents = [
      session.subscribe((state, previous) => this.#onStateChange(state, previous)),
      session.on('joined', (detail) => emit(this, 'pex-joined', detail)),
      session.on('left', ({reason}) => emit(this, 'pex-left', {reason, message: this.#reasonText(reason)})),
      session.on('error', ({reason}) => emit(this, 'pex-error', {reason, message: this.#reasonText(reason)})),
      session.on('participant-join', (detail) => emit(this, 'pex-participant-join', detail)),
      session.on('participant-leave', (detail) => emit(this, 'pex-participant-leave', detail)),
      session.on('chat-message', (detail) => {
        if (this.sideHidden && !detail.message.fromSelf) this.unread += 1;
        emit(this, 'pex-chat-message', detail);
      }),
      session.on('presentation-start', (detail) => emit(this, 'pex-presentation-start', detail)),
      session.on('presentation-stop', (detail) => emit(this, 'pex-presentation-stop', detail)),
      session.on('stats', ({stats}) => {
        if (stats.at - this.#lastStatsEvent < STATS_EVENT_INTERVAL_MS) return;
        this.#lastStatsEvent = stats.at;
        emit(this, 'pex-stats', {stats});
      }),
    ];
  }

  #onStateChange(state: ConferenceState, previous: ConferenceState): void {
    if (state.phase !== previous.phase) {
      emit(this, 'pex-state-change', {phase: state.phase, previousPhase: previous.phase});
      if (state.phase === 'in-call' && state.media.mode === 'control-only' && this.#params.escalate) {
        void this.updateComplete.then(() => this.escalateDialog?.show());
      }
    }
    const {stoppedReason} = state.presentation;
    if (stoppedReason && stoppedReason !== previous.presentation.stoppedReason && stoppedReason !== 'ended') {
      const name = state.presentation.presenterName ?? '';
      this.#notify(
        'presentation',
        this.#t(stoppedReason === 'taken-over' ? 'call.presentation-taken-over' : 'call.presentation-refused', {name}),
        stoppedReason === 'refused'
      );
    }
    const {fallback, mode} = state.media;
    if (fallback !== previous.media.fallback) {
      // Joined with less than asked for, or the camera went: say why, never leave a blank view unexplained.
      if (!fallback) this.#dismiss('media-fallback');
      else if (fallback.reason === 'camera-ended') this.#notify('media-fallback', this.#t('fallback.camera-ended'), true);
      else if (mode !== 'audio-video') this.#notify('media-fallback', this.#t(`fallback.${mode}.${fallback.reason}`), true);
    }
    if (state.settings.language !== previous.settings.language) this.requestUpdate();
  }

  // --- helpers -----------------------------------------------------------------------------

  /** Opens one of the dialogs that are loaded the first time they are needed. */
  #open(tag: keyof typeof ON_DEMAND): Promise<void> {
    return showOnDemand(this.renderRoot, tag, ON_DEMAND[tag]);
  }

  #t(key: StringKey, params?: Record<string, string | number>): string {
    return this.#localize.t(key, params);
  }

  #reasonText(reason: EndReason): string {
    const key = `reason.${reason.code}`;
    const params = {conference: this.#session.state.conference, node: this.#nodeUrl(), detail: reason.detail ?? reason.code};
    return isStringKey(key) ? this.#t(key, params) : this.#t('reason.unknown', params);
  }

  #notify(id: string, text: string, error: boolean): void {
    this.notices = [...this.notices.filter((notice) => notice.id !== id), {id, text, error}];
  }

  #dismiss(id: string): void {
    this.notices = this.notices.filter((notice) => notice.id !== id);
  }

  /** Runs an action and shows its refusal as a notice; never swallowed. */
  async #run(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      this.#notify('action', actionErrorText(this.#localize, error), true);
    }
  }

  #fileSharer(): FileSharer | undefined {
    const bound = this.id ? document.querySelector(`pex-presenter[for="${CSS.escape(this.id)}"]`) : null;
    const sharer = this.querySelector('pex-presenter') ?? bound;
    return sharer && 'chooseFiles' in sharer ? (sharer as FileSharer) : undefined;
  }

  // --- handlers ----------------------------------------------------------------------------

  #onPrejoinSubmit = (event: CustomEvent<PrejoinChoice>): void => {
    void this.join(event.detail);
  };

  #onLeaveClick = async (): Promise<void> => {
    if (this.confirmDisconnect || this.#session.state.settings.confirmDisconnect) {
      const confirmed = await this.confirmDialog.ask({
        heading: this.#t('leave.heading'),
        message: this.#t('leave.message', {conference: this.#session.state.conferenceName || this.#session.state.conference}),
        confirmLabel: this.#t('leave.confirm'),
        danger: true,
      });
      if (!confirmed) return;
    }
    await this.leave();
  };

  #onDisconnectAll = async (): Promise<void> => {
    const confirmed = await this.confirmDialog.ask({
      heading: this.#t('host.disconnect-all-heading'),
      message: this.#t('host.disconnect-all-message'),
      confirmLabel: this.#t('host.disconnect-all-confirm'),
      danger: true,
    });
    if (confirmed) await this.#run(() => this.#session.disconnectAll());
  };

  #onShareScreenClick = (): void => {
    if (this.#session.state.presentation.sending !== 'idle') void this.stopScreenShare();
    else void this.startScreenShare();
  };

  #onToggleSide = (): void => {
    this.sideHidden = !this.sideHidden;
    if (!this.sideHidden) this.unread = 0;
  };

  #onFullscreenClick = (): void => {
    if (document.fullscreenElement === this) void document.exitFullscreen();
    else void this.requestFullscreen().catch(() => undefined);
  };

  #onFullscreenChange = (): void => {
    this.fullscreen = document.fullscreenElement === this;
  };

  #onPageHide = (event: PageTransitionEvent): void => {
    // Closing or leaving the page: release the call at once (by beacon) instead of leaving a ghost participant.
    if (!event.persisted) this.#session.leaveClosingPage();
  };

  #onEscalate = async (mode: 'audio-video' | 'audio-only'): Promise<void> => {
    this.escalateDialog.hide();
    await this.#run(() => this.#session.escalate(mode));
  };

  // --- render ------------------------------------------------------------------------------

  override render(): TemplateResult {
    const state = this.#session.state;
    return html`
      ${this.#renderPhase(state)}
      <pex-confirm-dialog></pex-confirm-dialog>
      <pex-setup-check node=${this.#nodeUrl()} conference=${this.#params.conference ?? ''}></pex-setup-check>
    `;
  }

  #renderPhase(state: ConferenceState): TemplateResult {
    switch (state.phase) {
      case 'idle':
        return this.#renderPrejoin(state);
      case 'in-call':
        return this.#renderCall(state);
      case 'ended':
      case 'failed':
        return this.#renderEnded(state);
      case 'pin-required':
        return this.#renderPinPrompt(state);
      case 'extension-required':
        return this.#renderExtensionPrompt(state);
      case 'waiting':
        return this.#renderWaiting(state);
      case 'connecting':
      case 'sso-required':
        return this.#renderPanel(
          html`<div class="spinner" aria-hidden="true"></div>
            <p role="status">${this.#t('joining.connecting', {conference: state.conference})}</p>
            ${state.nodeSlow ? html`<p class="hint" role="status">${this.#t('call.node-slow')}</p>` : nothing}
            <button @click=${() => void this.leave()}>${this.#t('joining.cancel')}</button>`
        );
    }
  }

  #renderNotices(): TemplateResult | typeof nothing {
    if (!this.notices.length) return nothing;
    return html`<div part="notices" class="notices" role="status">
      ${this.notices.map(
        (notice) =>
          html`<p class="message notice ${notice.error ? 'error' : ''}">
            <span>${notice.text}</span>
            <button class="dismiss" @click=${() => this.#dismiss(notice.id)} aria-label=${this.#t('call.notice-dismiss')}>
              ×
            </button>
          </p>`
      )}
    </div>`;
  }

  #renderPanel(content: TemplateResult): TemplateResult {
    return html`<div part="base panel" class="panel">${this.#renderNotices()}${content}</div>`;
  }

  #renderPrejoin(state: ConferenceState): TemplateResult {
    const slotted = this.querySelector(':scope > [slot="prejoin"]');
    if (slotted) return html`<div part="base">${this.#renderNotices()}<slot name="prejoin"></slot></div>`;
    const {settings} = state;
    return html`<div part="base prejoin" class="prejoin">
      ${this.#renderNotices()}
      <pex-prejoin
        .session=${this.#session}
        .conference=${this.#params.conference ?? ''}
        .displayName=${this.#params.name ?? settings.displayName}
        .mode=${this.#joinMode()}
        .bandwidth=${this.#params.bw ?? settings.bandwidth}
        .muteMicrophone=${settings.muteMicrophoneOnJoin}
        .showDeviceOptions=${settings.showDeviceOptions}
        @pex-prejoin-submit=${this.#onPrejoinSubmit}
      ></pex-prejoin>
      <p class="setup-link">
        <button class="link" @click=${() => void this.#open('pex-setup-check')}>${this.#t('setup.open')}</button>
      </p>
    </div>`;
  }

  #renderPinPrompt(state: ConferenceState): TemplateResult {
    const request = state.pinRequest!;
    const guestsWithoutPin = request.hostPin && !request.guestPin;
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const input = (event.target as HTMLFormElement).elements.namedItem('pin') as HTMLInputElement;
      void this.#session.submitPin(input.value);
    };
    return this.#renderPanel(
      html`<form class="prompt" @submit=${submit} novalidate>
        <h2>${this.#t('pin.heading')}</h2>
        <label>
          ${this.#t(guestsWithoutPin ? 'pin.label-host' : 'pin.label-any')}
          <input
            part="pin-input"
            name="pin"
            type="password"
            inputmode="numeric"
            autocomplete="off"
            aria-invalid=${request.invalid ? 'true' : 'false'}
            aria-describedby="pin-problem"
          />
        </label>
        ${request.invalid ? html`<p id="pin-problem" part="message" class="message error" role="alert">${this.#t('pin.invalid')}</p>` : nothing}
        <button class="primary" type="submit">${this.#t('pin.submit')}</button>
        ${
          guestsWithoutPin
            ? html`<p class="hint">${this.#t('pin.guest-hint')}</p>
                <button type="button" @click=${() => void this.#session.joinAsGuest()}>${this.#t('pin.as-guest')}</button>`
            : nothing
        }
        <button type="button" @click=${() => void this.leave()}>${this.#t('joining.cancel')}</button>
      </form>`
    );
  }

  #renderExtensionPrompt(state: ConferenceState): TemplateResult {
    const request = state.extensionRequest!;
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const input = (event.target as HTMLFormElement).elements.namedItem('extension') as HTMLInputElement;
      void this.#session.submitExtension(input.value);
    };
    return this.#renderPanel(
      html`<form class="prompt" @submit=${submit} novalidate>
        <h2>${this.#t('extension.heading')}</h2>
        <p>${this.#t(request.type === 'mssip' ? 'extension.hint-mssip' : 'extension.hint-standard')}</p>
        <label>
          ${this.#t('extension.label')}
          <input
            part="extension-input"
            name="extension"
            inputmode="numeric"
            autocomplete="off"
            aria-invalid=${request.invalid ? 'true' : 'false'}
            aria-describedby="extension-problem"
          />
        </label>
        ${request.invalid ? html`<p id="extension-problem" part="message" class="message error" role="alert">${this.#t('extension.invalid')}</p>` : nothing}
        <button class="primary" type="submit">${this.#t('extension.submit')}</button>
        <button type="button" @click=${() => void this.leave()}>${this.#t('joining.cancel')}</button>
      </form>`
    );
  }

  #renderWaiting(state: ConferenceState): TemplateResult {
    const locked = state.waitingReason === 'locked';
    return this.#renderPanel(
      html`<div class="spinner" aria-hidden="true"></div>
        <h2>${this.#t(locked ? 'waiting.heading-locked' : 'waiting.heading-host')}</h2>
        <p role="status">${this.#t(locked ? 'waiting.locked' : 'waiting.host')}</p>
        <button @click=${() => void this.leave()}>${this.#t('joining.cancel')}</button>`
    );
  }

  #renderEnded(state: ConferenceState): TemplateResult {
    const reason = state.endReason ?? {code: 'left'};
    const failed = state.phase === 'failed';
    const heading = failed ? 'failed.heading' : reason.code === 'left' ? 'ended.heading' : 'ended.heading-disconnected';
    return this.#renderPanel(
      html`${failed ? icon('alert') : nothing}
        <h2>${this.#t(heading)}</h2>
        <p part="message" class=${failed ? 'message error' : 'message'} role=${failed ? 'alert' : 'status'}>
          ${this.#reasonText(reason)}
        </p>
        <div class="actions">
          <button class="primary" @click=${() => this.#session.reset()}>
            ${this.#t(failed ? 'failed.retry' : 'ended.rejoin')}
          </button>
          ${failed ? html`<button @click=${() => void this.#open('pex-setup-check')}>${this.#t('setup.open')}</button>` : nothing}
        </div>`
    );
  }

  #renderCall(state: ConferenceState): TemplateResult {
    const {media, presentation} = state;
    const self = selfOf(state);
    const showSide = this.hasSideContent && !this.sideHidden;
    const emptyMessage = this.#t(media.mode === 'control-only' ? 'call.control-only' : 'call.waiting-for-video');
    const blocked = self && !self.receivesPresentation && presentation.presenterId;
    return html`
      <div part="base" class="call ${showSide ? 'with-side' : ''}">
        <div class="main">
          ${this.#renderNotices()}
          <pex-stage
            part="stage"
            exportparts="remote-video, presentation, presentation-video, presentation-still, presentation-controls, presentation-mode-button, presentation-popout-button, self-view, thumbnail"
            .remote=${media.remote}
            .presentation=${blocked ? undefined : presentation.remote}
            .presenterName=${presentation.presenterName ?? ''}
            .presentationMode=${state.settings.fullMotionPresentation ? 'full-motion' : 'still'}
            .local=${media.local}
            .showSelf=${media.mode === 'audio-video'}
            .speakerId=${state.settings.speakerId}
            .emptyMessage=${emptyMessage}
          ></pex-stage>
          ${state.reconnecting ? html`<p class="banner" role="alert">${this.#t('call.reconnecting')}</p>` : nothing}
          ${state.nodeSlow && !state.reconnecting ? html`<p class="banner info" role="status">${this.#t('call.node-slow')}</p>` : nothing}
          ${blocked ? html`<p class="banner info" role="status">${this.#t('call.presentation-blocked')}</p>` : nothing}
          ${this.#renderToolbar(state)}
        </div>
        <div part="side" class="side" ?hidden=${!showSide}>
          <slot @slotchange=${() => (this.hasSideContent = this.childElementCount > 0)}></slot>
        </div>
      </div>
      <pex-dial-dialog .session=${this.#session} default-domain=${this.defaultDomain}></pex-dial-dialog>
      <pex-settings-dialog .session=${this.#session}></pex-settings-dialog>
      <pex-stats-dialog .session=${this.#session}></pex-stats-dialog>
      ${this.#renderEscalateDialog()}
    `;
  }

  #renderToolbar(state: ConferenceState): TemplateResult {
    const t = this.#t.bind(this);
    const {microphoneMuted, cameraOff, mode} = state.media;
    const self = selfOf(state);
    const presenting = state.presentation.sending !== 'idle';
    const sharer = this.#fileSharer();
    return html`
      <div part="toolbar" class="toolbar" role="toolbar" aria-label=${t('toolbar.label')}>
        <span class="count">
          ${statusOf(state).locked ? html`<span class="locked" title=${t('call.locked')}>${icon('lock')}<span class="visually-hidden">${t('call.locked')}</span></span>` : nothing}
          ${t('call.participants', {count: participantsOf(state).length})}
        </span>
        <div class="controls">
          ${
            mode === 'control-only'
              ? html`<button class="escalate" @click=${() => void this.escalateDialog.show()}>
                  ${icon('audio-video')} ${t('toolbar.connect-audio-video')}
                </button>`
              : this.#toggleButton(
                  'microphone-button',
                  microphoneMuted,
                  'toolbar.mute-microphone',
                  'toolbar.unmute-microphone',
                  microphoneMuted ? 'microphone-off' : 'microphone',
                  () => void this.toggleMicrophone()
                )
          }
          ${
            mode === 'audio-video'
              ? this.#toggleButton(
                  'camera-button',
                  cameraOff,
                  'toolbar.disable-camera',
                  'toolbar.enable-camera',
                  cameraOff ? 'camera-off' : 'camera',
                  () => void this.toggleCamera()
                )
              : mode === 'audio-only'
                ? html`<button
                    class="icon"
                    title=${t('toolbar.connect-audio-video')}
                    aria-label=${t('toolbar.connect-audio-video')}
                    @click=${() => void this.#onEscalate('audio-video')}
                  >
                    ${icon('camera-off')}
                  </button>`
                : nothing
          }
          <button
            part="share-screen-button"
            class="icon ${presenting ? 'active' : ''}"
            aria-label=${t(presenting ? 'toolbar.stop-sharing' : 'toolbar.share-screen')}
            title=${t(presenting ? 'toolbar.stop-sharing' : 'toolbar.share-screen')}
            @click=${this.#onShareScreenClick}
          >
            ${icon(presenting ? 'screen-stop' : 'screen-share')}
          </button>
          ${
            sharer
              ? html`<button
                  part="share-files-button"
                  class="icon"
                  aria-label=${t('toolbar.share-files')}
                  title=${t('toolbar.share-files')}
                  @click=${() => sharer.chooseFiles()}
                >
                  ${icon('files')}
                </button>`
              : nothing
          }
          <button
            part="hand-button"
            class="icon"
            aria-pressed=${self?.handRaised ? 'true' : 'false'}
            aria-label=${t('toolbar.raise-hand')}
            title=${t('toolbar.raise-hand')}
            @click=${() => void this.#run(() => this.#session.raiseHand(!self?.handRaised))}
          >
            ${icon('hand')}
          </button>
          ${
            this.hasSideContent
              ? html`<button
                  part="side-panel-button"
                  class="icon badge-host"
                  aria-pressed=${this.sideHidden ? 'false' : 'true'}
                  aria-label=${t('toolbar.side-panel')}
                  title=${t('toolbar.side-panel')}
                  @click=${this.#onToggleSide}
                >
                  ${icon('side-panel')}${this.unread ? html`<span class="badge" aria-label=${t('toolbar.unread', {count: this.unread})}>${this.unread}</span>` : nothing}
                </button>`
              : nothing
          }
          ${
            state.hostControls
              ? html`<pex-menu
                  part="host-menu"
                  exportparts="trigger: host-menu-trigger, menu: host-menu-list, item: host-menu-item"
                  trigger-class="icon"
                  label=${t('toolbar.host-menu')}
                  .items=${this.#hostMenuItems(state)}
                  >${icon('sliders')}</pex-menu
                >`
              : nothing
          }
          <pex-menu
            part="more-menu"
            exportparts="trigger: more-menu-trigger, menu: more-menu-list, item: more-menu-item"
            trigger-class="icon"
            label=${t('toolbar.more')}
            .items=${this.#moreMenuItems()}
            >${icon('more')}</pex-menu
          >
        </div>
        <button part="leave-button" class="danger leave" @click=${this.#onLeaveClick}>
          ${icon('phone-off')}<span class="label">${t('toolbar.leave')}</span>
        </button>
      </div>
    `;
  }

  #toggleButton(
    part: string,
    pressed: boolean,
    label: StringKey,
    pressedTitle: StringKey,
    iconName: Parameters<typeof icon>[0],
    onClick: () => void
  ): TemplateResult {
    return html`<button
      part=${part}
      class="icon mute-toggle"
      aria-pressed=${pressed ? 'true' : 'false'}
      aria-label=${this.#t(label)}
      title=${this.#t(pressed ? pressedTitle : label)}
      @click=${onClick}
    >
      ${icon(iconName)}
    </button>`;
  }

  #hostMenuItems(state: ConferenceState): MenuItem[] {
    const t = this.#t.bind(this);
    const {locked, guestsMuted, guestsCanUnmute} = statusOf(state);
    return [
      {label: t(locked ? 'host.unlock' : 'host.lock'), run: () => void (locked ? this.unlock() : this.lock())},
      {label: t(guestsMuted ? 'host.unmute-guests' : 'host.mute-guests'), run: () => void this.muteAllGuests(!guestsMuted)},
      {
        label: t(guestsCanUnmute ? 'host.guests-cannot-unmute' : 'host.guests-can-unmute'),
        run: () => void this.#run(() => this.#session.setGuestsCanUnmute(!guestsCanUnmute)),
      },
      {label: t('host.add-participant'), run: () => void this.#open('pex-dial-dialog')},
      {label: t('host.disconnect-all'), run: () => void this.#onDisconnectAll(), danger: true},
    ];
  }

  #moreMenuItems(): MenuItem[] {
    const t = this.#t.bind(this);
    const items: MenuItem[] = [
      {label: t('toolbar.settings'), run: () => void this.#open('pex-settings-dialog')},
      {label: t('toolbar.statistics'), run: () => void this.#open('pex-stats-dialog')},
      {label: t('setup.open'), run: () => void this.#open('pex-setup-check')},
    ];
    if (document.fullscreenEnabled)
      items.push({label: t(this.fullscreen ? 'toolbar.exit-fullscreen' : 'toolbar.fullscreen'), run: this.#onFullscreenClick});
    if (document.pictureInPictureEnabled && this.#session.state.media.remote) {
      items.push({label: t('toolbar.picture-in-picture'), run: () => void this.stage?.pictureInPicture().catch(() => undefined)});
    }
    return items;
  }

  #renderEscalateDialog(): TemplateResult {
    const t = this.#t.bind(this);
    return html`<pex-dialog class="escalate-dialog" label=${t('escalate.heading')}>
      <pex-device-picker .session=${this.#session}></pex-device-picker>
      <button slot="footer" @click=${() => void this.#onEscalate('audio-only')}>${t('escalate.audio-only')}</button>
      <button slot="footer" class="primary" @click=${() => void this.#onEscalate('audio-video')}>${t('escalate.start')}</button>
    </pex-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-conference': PexConference;
  }
}
