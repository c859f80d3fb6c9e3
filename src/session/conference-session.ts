import type {InfinityClient} from '@pexip/infinity';
import {ConnectionHealth} from './connection-health.js';
import type {SessionCore} from './core.js';
import {eventsBetween} from './derived-events.js';
import {Emitter} from './emitter.js';
import {HostControls, type HostControlArgs, type HostControlName} from './host-controls.js';
import {loadInfinityApiChecks, loadInfinitySdk, type InfinitySdk} from './infinity-sdk.js';
import {openBestLocalMedia, stopStream} from './local-media.js';
import * as breakouts from './breakouts.js';
import {loadLayouts, setLayout} from './layouts.js';
import {setCaptions} from './live-captions.js';
import {MediaControls} from './media-controls.js';
import {PresentationReceiving} from './presentation-receiving.js';
import {Presenting} from './presenting.js';
import {raiseHand, sendApplicationMessage, sendMessage, sendTones} from './meeting-actions.js';
import {createSdkClient, GUEST_WITHOUT_PIN, requestToken, type Credentials, type SdkClient} from './sdk-adapter.js';
import {SessionActionError, type DeviceSelection, type Session} from './session.js';
import {browserStorage, clampBandwidth, loadSettings, mergeSettings, saveSettings, type SettingsStorage} from './settings.js';
import {connectSignals} from './signal-wiring.js';
import {enterTransferredConference} from './signals/conference.js';
import {SingleSignOn} from './single-sign-on.js';
import type {Ending} from './signals/joining.js';
import {Store, type StateListener} from './store.js';
import {
  idlePresentation,
  type BreakoutPlan,
  initialState,
  noPending,
  noRooms,
  type ConferenceState,
  type DialRequest,
  type JoinMode,
  type JoinOptions,
  type Role,
  type SessionEventMap,
  type Settings,
} from './types.js';

export interface ConferenceSessionOptions {
  /** @internal Loads the SDK (benchmarks pass their own); not in the published types, which need no SDK. */
  readonly loadSdk?: () => Promise<InfinitySdk>;
  /** @internal Loads the SDK's checks of the requests a join does not make (see loadInfinityApiChecks). */
  readonly loadSdkChecks?: () => Promise<void>;
  /** Where settings are remembered; defaults to the browser's localStorage. */
  readonly storage?: SettingsStorage;
}

type Detach = () => void;

/** How long after a call starts the SDK's other checks are fetched: after its first pictures. */
const CHECKS_PREFETCH_DELAY_MS = 3000;

/**
 * One conference session over Pexip's `@pexip/infinity` SDK: the facade over the store, the
 * notifications, joining and leaving. The SDK's signals go to pure handlers (`signals/`), and
 * the rest is done by one part per concern: `MediaControls` (our media), `Presenting`,
 * `HostControls` (one table), `ConnectionHealth`; `sdk-adapter.ts` creates the SDK's client.
 */
export class ConferenceSession implements Session {
  readonly #store: Store<ConferenceState>;
  readonly #events = new Emitter<SessionEventMap>();
  readonly #loadSdk: () => Promise<InfinitySdk>;
  #loadSdkChecks?: () => Promise<void>;
  readonly #storage?: SettingsStorage;
  #sdk?: Promise<InfinitySdk>;
  /** The SDK once loaded: a join with it preloaded sends its first request before any rendering. */
  #loadedSdk?: InfinitySdk;
  #client?: InfinityClient;
  /** A client made while the pre-join screen was idle, for the next join (see preload()). */
  #readyClient?: SdkClient;
  #detachSignals: Detach[] = [];
  #options?: JoinOptions;
  /** The single sign-on choice and token, sent with every token request of this join. */
  #sso: Pick<Credentials, 'chosenIdp' | 'ssoToken'> = {};
  /** Set when the SDK rejected an answer of the node, so that the disconnect it causes is worded so. */
  #badAnswer = false;
  readonly #core: SessionCore;
  readonly #health: ConnectionHealth;
  readonly #media: MediaControls;
  readonly #presenting: Presenting;
  readonly #receiving: PresentationReceiving;
  readonly #host: HostControls;
  readonly #signOn: SingleSignOn;

  constructor(options: ConferenceSessionOptions = {}) {
    this.#loadSdk = options.loadSdk ?? loadInfinitySdk;
    this.#loadSdkChecks = options.loadSdkChecks ?? loadInfinityApiChecks;
    this.#storage = options.storage ?? browserStorage();
    this.#store = new Store(initialState('', loadSettings(this.#storage)));
    // Every change of state tells what it means (joined, left, presentations, chat, stats).
    this.#store.subscribe((state, previous) => {
      for (const {type, detail} of eventsBetween(previous, state)) this.#events.emit(type, detail);
      if (state.phase === 'in-call' && previous.phase !== 'in-call') {
        this.#sendMediaState();
        this.#prefetchChecks();
      }
    });
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the parts read the session's current client and options
    const session = this;
    this.#core = {
      store: this.#store,
      get client() {
        return session.#client;
      },
      get sdk() {
        return session.#sdk;
      },
      get options() {
        return session.#options;
      },
      timed: (request) => this.#health.timed(request),
      requireCall: (action) => {
        if (this.state.phase !== 'in-call' || !this.#client) throw new SessionActionError(action, 'not-in-call');
        return this.#client;
      },
    };
    this.#health = new ConnectionHealth(this.#core, () => void this.#sessionLost());
    this.#media = new MediaControls(this.#core);
    this.#receiving = new PresentationReceiving(this.#core, () => this.#health.token);
    this.#presenting = new Presenting(this.#core, this.#receiving);
    this.#host = new HostControls(this.#core);
    this.#signOn = new SingleSignOn(this.#core, (token) => void this.#joinWithSsoToken(token));
  }

  get state(): ConferenceState {
    return this.#store.state;
  }

  subscribe(listener: StateListener<ConferenceState>): Detach {
    return this.#store.subscribe(listener);
  }

  on<K extends keyof SessionEventMap>(type: K, listener: (detail: SessionEventMap[K]) => void): Detach {
    return this.#events.on(type, listener);
  }

  // --- joining and leaving -----------------------------------------------------------------

  async join(options: JoinOptions): Promise<void> {
    if (this.state.phase !== 'idle') return;
    // The SDK loads while the camera opens, unless preload() has fetched it already.
    const sdkLoading = this.#preloadSdk();
    sdkLoading.catch(() => undefined); // handled below, once the camera is open
    this.#options = {...options, bandwidth: clampBandwidth(options.bandwidth)};
    this.#sso = options.ssoToken ? {ssoToken: options.ssoToken} : {};
    const preview = this.state.media.local;
    const reusePreview =
      preview && this.state.media.mode === options.mode && preview.getTracks().every((t) => t.readyState === 'live');
    if (!reusePreview) stopStream(preview);
    this.#store.update((state) => ({
      ...initialState(options.conference, state.settings),
      devices: state.devices,
      phase: 'connecting',
      media: {
        mode: options.mode,
        local: reusePreview ? preview : undefined,
        microphoneMuted: Boolean(options.muteMicrophone),
        cameraOff: false,
      },
    }));
    if (!options.conference.trim() || !options.displayName.trim()) {
      this.#end({phase: 'failed', reason: {code: 'invalid-options', detail: !options.conference.trim() ? 'conference' : 'name'}});
      return;
    }

    let localStream = this.state.media.local;
    if (!localStream) {
      const opened = await openBestLocalMedia(options.mode, {cameraId: options.cameraId, microphoneId: options.microphoneId});
      localStream = opened.stream;
      if (!this.#isConnecting()) {
        stopStream(localStream);
        return;
      }
      if (opened.mode !== options.mode) {
        this.#media.updateMedia({
          mode: opened.mode,
          fallback: {from: options.mode, reason: opened.problem ?? 'media-unavailable'},
        });
      }
    }
    if (!this.#isConnecting()) return;
    this.#media.setLocalStream(localStream);

    let sdk: InfinitySdk;
    try {
      sdk = this.#loadedSdk ?? (await sdkLoading);
    } catch (error) {
      this.#end({phase: 'failed', reason: {code: 'sdk-unavailable', detail: String(error)}});
      return;
    }
    if (!this.#isConnecting()) return;
    this.#connect(sdk);
    void this.refreshDevices();
    await this.#requestToken({
      pin: options.pin || (options.role === 'guest' ? GUEST_WITHOUT_PIN : undefined),
      conferenceExtension: options.extension?.trim() || undefined,
    });
  }

  /** Loads the SDK and makes the first join's client ahead, so that Join does neither. */
  preload(): void {
    void this.#preloadSdk()
      .then((sdk) => {
        if (this.state.phase === 'idle') this.#readyClient ??= this.#createClient(sdk);
      })
      .catch(() => undefined);
  }

  /**
   * Once a call has settled, fetches the SDK's checks of the requests a join does not make, so
   * that the first host action or mute does not wait for them (once: a failure is left to that
   * request, which loads them again).
   */
  #prefetchChecks(): void {
    const load = this.#loadSdkChecks;
    this.#loadSdkChecks = undefined;
    if (load) setTimeout(() => void load().catch(() => undefined), CHECKS_PREFETCH_DELAY_MS);
  }

  /** Loads (once) and instantiates the SDK; a failed load is forgotten, so the next join retries. */
  #preloadSdk(): Promise<InfinitySdk> {
    this.#sdk ??= this.#loadSdk().then(
      (sdk) => (this.#loadedSdk = sdk),
      (error: unknown) => {
        this.#sdk = undefined;
        throw error;
      }
    );
    return this.#sdk;
  }

  async submitPin(pin: string): Promise<void> {
    if (this.state.phase !== 'pin-required') return;
    this.#store.update({phase: 'connecting'});
    await this.#requestToken({pin: pin.trim() || GUEST_WITHOUT_PIN});
  }

  async joinAsGuest(): Promise<void> {
    if (this.state.phase !== 'pin-required' || this.state.pinRequest?.guestPin) return;
    this.#store.update({phase: 'connecting'});
    await this.#requestToken({pin: GUEST_WITHOUT_PIN});
  }

  async submitExtension(extension: string): Promise<void> {
    if (this.state.phase !== 'extension-required') return;
    this.#store.update({phase: 'connecting'});
    await this.#requestToken({conferenceExtension: extension.trim()});
  }

  async chooseIdentityProvider(providerId: string): Promise<void> {
    if (this.state.phase !== 'sso-required') return;
    this.#signOn.stop();
    this.#sso = {chosenIdp: providerId};
    this.#store.update((state) => ({
      ssoRequest: state.ssoRequest && {...state.ssoRequest, chosenId: providerId, redirectUrl: undefined, failed: undefined},
    }));
    await this.#requestToken({});
  }

  signIn(options: {readonly redirect?: boolean} = {}): void {
    this.#signOn.signIn(options);
  }

  /** The provider's sign-in gave a token: join with it. */
  async #joinWithSsoToken(ssoToken: string): Promise<void> {
    if (this.state.phase !== 'sso-required') return;
    this.#sso = {...this.#sso, ssoToken};
    this.#store.update({phase: 'connecting'});
    await this.#requestToken({});
  }

  leaveClosingPage(): void {
    const {phase} = this.state;
    if (phase === 'idle' || phase === 'ended' || phase === 'failed') return;
    // Synchronously, with this reason: the SDK then releases the token with sendBeacon, which
    // outlives the page (a fetch would be cancelled with it).
    void this.#client?.disconnect({reason: 'Browser closed'}).catch(() => undefined);
    this.#end({phase: 'ended', reason: {code: 'left'}});
  }

  async leave(): Promise<void> {
    const {phase} = this.state;
    if (phase === 'idle' || phase === 'ended' || phase === 'failed') return;
    const client = this.#client;
    this.#end({phase: 'ended', reason: {code: 'left'}});
    await client?.disconnect({reason: 'User initiated disconnect'}).catch(() => undefined);
  }

  reset(): void {
    if (this.state.phase !== 'ended' && this.state.phase !== 'failed') return;
    this.#store.update((state) => ({...initialState(state.conference, state.settings), devices: state.devices}));
  }

  #createClient(sdk: InfinitySdk): SdkClient {
    return createSdkClient(sdk, {
      eventStreamRetry: () => this.#health.setEventStreamLost(true),
      tokenRefresh: () => {
        if (this.#health.eventStreamLost) void this.#health.probe();
      },
      badAnswer: () => (this.#badAnswer = true),
    });
  }

  #connect(sdk: InfinitySdk): void {
    const sdkClient = this.#readyClient ?? this.#createClient(sdk);
    this.#readyClient = undefined;
    this.#detachSignals = connectSignals(sdkClient, {
      store: this.#store,
      events: this.#events,
      health: this.#health,
      presenting: this.#presenting,
      receiving: this.#receiving,
      forceGuest: Boolean(this.#options?.forceGuest),
      badAnswer: () => this.#badAnswer,
      end: (ending) => this.#end(ending),
      chooseIdentityProvider: (id) => void this.chooseIdentityProvider(id),
      followTransfer: (alias, token) => void this.#followTransfer(alias, token),
    });
    this.#client = sdkClient.client;
  }

  async #requestToken(credentials: Credentials): Promise<void> {
    const sdk = this.#loadedSdk;
    if (!sdk) return;
    const ending = await requestToken(this.#core, sdk, {...this.#sso, ...credentials});
    if (ending) this.#end(ending);
  }

  /** Re-reads the phase after an await (where TypeScript's narrowing no longer holds). */
  #isConnecting(): boolean {
    return this.state.phase === 'connecting';
  }

  /** In the meeting: the node learns whether we joined muted or with the camera off. */
  #sendMediaState(): void {
    const {microphoneMuted, cameraOff} = this.state.media;
    if (microphoneMuted) void this.setMicrophoneMuted(true);
    if (cameraOff) void this.setCameraOff(true);
  }

  /** The node no longer knows this call (it restarted, or ended it without telling). */
  async #sessionLost(): Promise<void> {
    const client = this.#client;
    this.#end({phase: 'ended', reason: {code: 'session-lost'}});
    // Lets the SDK stop its timers (its token refresh would otherwise retry against the 403s).
    await client?.disconnect({reason: 'Invalid token'}).catch(() => undefined);
  }

  /**
   * A host or the node moved us to another conference: release this one (otherwise the SDK keeps
   * its token alive and its event stream open), then join the other with the one-time token,
   * keeping our media, devices and settings.
   */
  async #followTransfer(alias: string, token: string): Promise<void> {
    const client = this.#client;
    const options = this.#options;
    if (!client || !options) return;
    const from = this.state.conference;
    this.#health.reset();
    await client.disconnect({reason: 'Transfer'}).catch(() => undefined);
    if (this.#client !== client || !this.state.transfer) return; // left meanwhile
    this.#options = {...options, conference: alias, pin: undefined, extension: undefined, ssoToken: undefined};
    this.#sso = {};
    this.#store.update((state) => enterTransferredConference(state, alias, initialState(alias, state.settings)));
    await this.#requestToken({token});
    if (this.#client !== client) return;
    this.#store.update({transfer: undefined});
    if (this.state.phase === 'in-call' || this.state.phase === 'waiting') this.#events.emit('transfer', {from, to: alias});
  }

  #end({phase, reason}: Ending): void {
    this.#signOn.stop();
    this.#health.reset();
    this.#badAnswer = false;
    stopStream(this.state.media.local);
    stopStream(this.state.presentation.local);
    for (const detach of this.#detachSignals) detach();
    this.#detachSignals = [];
    this.#client = undefined;
    this.#store.update((state) => ({
      phase,
      endReason: reason,
      pinRequest: undefined,
      ssoRequest: undefined,
      extensionRequest: undefined,
      waitingReason: undefined,
      transfer: undefined,
      splash: undefined,
      callQuality: 'good',
      reconnecting: false,
      nodeSlow: false,
      rooms: noRooms,
      pending: noPending,
      presentation: idlePresentation,
      media: {...state.media, local: undefined, remote: undefined},
      stats: undefined,
    }));
  }

  // --- our own media -----------------------------------------------------------------------

  startPreview = (mode: JoinMode, devices?: DeviceSelection) => this.#media.startPreview(mode, devices);
  stopPreview = () => this.#media.stopPreview();
  refreshDevices = () => this.#media.refreshDevices();
  setMicrophoneMuted = (muted: boolean) => this.#media.setMicrophoneMuted(muted);
  setCameraOff = (off: boolean) => this.#media.setCameraOff(off);
  escalate = (mode: Exclude<JoinMode, 'control-only'>, devices?: DeviceSelection) => this.#media.escalate(mode, devices);

  async selectDevices(devices: DeviceSelection): Promise<void> {
    this.updateSettings({
      ...(devices.cameraId !== undefined && {cameraId: devices.cameraId}),
      ...(devices.microphoneId !== undefined && {microphoneId: devices.microphoneId}),
    });
    await this.#media.reopenDevices();
  }

  setBandwidth(kbps: number): void {
    const bandwidth = clampBandwidth(kbps);
    this.updateSettings({bandwidth});
    if (this.#options) this.#options = {...this.#options, bandwidth};
    this.#client?.setBandwidth(bandwidth);
  }

  get backgroundPicture(): string | undefined {
    return this.#media.effects.pagePicture;
  }

  set backgroundPicture(url: string | undefined) {
    this.#media.effects.setPagePicture(url);
  }

  updateSettings(change: Partial<Settings>): void {
    const settings = mergeSettings(this.state.settings, change);
    saveSettings(this.#storage, settings);
    this.#store.update({settings});
    if ('fullMotionPresentation' in change) void this.#receiving.sync();
  }

  setPresentationFullMotion(fullMotion: boolean): void {
    this.#store.update((state) => ({presentation: {...state.presentation, fullMotion}}));
    void this.#receiving.sync();
  }

  // --- meeting -----------------------------------------------------------------------------

  sendMessage = (text: string, toParticipantId?: string, roomId?: string) =>
    sendMessage(this.#core, text, toParticipantId, roomId);
  raiseHand = (raised: boolean) => raiseHand(this.#core, raised);
  sendTones = (digits: string) => sendTones(this.#core, digits);
  sendApplicationMessage = (message: Record<string, unknown>, toParticipantId?: string) =>
    sendApplicationMessage(this.#core, message, toParticipantId);
  present = (stream: MediaStream) => this.#presenting.present(stream);
  setCaptions = (enabled: boolean) => setCaptions(this.#core, enabled);
  loadLayouts = () => loadLayouts(this.#core);
  setLayout = (name: string) => setLayout(this.#core, name);
  openBreakouts = (plan: BreakoutPlan) => breakouts.openBreakouts(this.#core, plan);
  moveParticipants = (ids: readonly string[], from: string, to: string) => breakouts.moveParticipants(this.#core, ids, from, to);
  closeRoom = (roomId: string) => breakouts.closeRoom(this.#core, roomId);
  closeAllRooms = () => breakouts.closeAllRooms(this.#core);
  bringEveryoneBack = () => breakouts.bringEveryoneBack(this.#core);
  messageAllRooms = (text: string) => breakouts.messageAllRooms(this.#core, text);
  askForHelp = () => breakouts.askForHelp(this.#core);
  cancelHelp = (roomId?: string) => breakouts.cancelHelp(this.#core, roomId);
  leaveRoom = () => breakouts.leaveRoom(this.#core);

  setChatRecipient(participantId: string | undefined): void {
    this.#store.update({chatRecipientId: participantId});
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- async so that an SDK error rejects, as every action's does
  async stopPresenting(): Promise<void> {
    this.#presenting.stop();
  }

  // --- host controls (the table in host-controls.ts) ---------------------------------------

  #control<K extends HostControlName>(name: K, ...args: HostControlArgs[K]): Promise<void> {
    return this.#host.run(name, ...args);
  }

  lock = (locked: boolean) => this.#control('lock', locked);
  muteAllGuests = (muted: boolean) => this.#control('muteAllGuests', muted);
  setGuestsCanUnmute = (allowed: boolean) => this.#control('setGuestsCanUnmute', allowed);
  disconnectAll = () => this.#control('disconnectAll');
  dial = (request: DialRequest) => this.#control('dial', request);
  muteParticipant = (id: string, muted: boolean) => this.#control('muteParticipant', id, muted);
  muteParticipantVideo = (id: string, muted: boolean) => this.#control('muteParticipantVideo', id, muted);
  setRole = (id: string, role: Role) => this.#control('setRole', id, role);
  setPresentationReceiving = (id: string, allowed: boolean) => this.#control('setPresentationReceiving', id, allowed);
  spotlight = (id: string, on: boolean) => this.#control('spotlight', id, on);
  admit = (id: string) => this.#control('admit', id);
  disconnectParticipant = (id: string) => this.#control('disconnectParticipant', id);
  sendDtmf = (id: string, digits: string) => this.#control('sendDtmf', id, digits);
  lowerAllHands = () => this.#control('lowerAllHands');
  lowerHand = (id: string) => this.#control('lowerHand', id);
  clientMuteParticipant = (id: string, muted: boolean) => this.#control('clientMuteParticipant', id, muted);
  transferParticipant = (id: string, alias: string, role: Role, pin?: string) =>
    this.#control('transferParticipant', id, alias, role, pin);
  startConference = () => this.#control('startConference');
}
