import type {
  CallSignals,
  InfinityClient,
  InfinitySignals,
  Participant as SdkParticipant,
  ParticipantID,
  RoomParticipantEvent,
} from '@pexip/infinity';
import {listDevices} from './devices.js';
import {Emitter} from './emitter.js';
import {loadInfinitySdk, type InfinitySdk} from './infinity-sdk.js';
import {LocalMediaError, openBestLocalMedia, openLocalMedia, stopStream} from './local-media.js';
import {mergeParticipants, toParticipant} from './participants.js';
import {SessionActionError, type DeviceSelection, type Session} from './session.js';
import {browserStorage, clampBandwidth, loadSettings, mergeSettings, saveSettings, type SettingsStorage} from './settings.js';
import {toCallStats} from './stats.js';
import {Store, type StateListener} from './store.js';
import {
  idlePresentation,
  initialState,
  type ChatMessage,
  type ConferenceState,
  type DialRequest,
  type EndReason,
  type JoinMode,
  type JoinOptions,
  type MediaState,
  type Participant,
  type PresentationState,
  type Role,
  type SessionEventMap,
  type Settings,
} from './types.js';

/** The SDK's answer to a failed request_token that means "this PIN is wrong". */
const INVALID_PIN_CODE = '#pex101';
/** The SDK's code for "Neither conference nor gateway found". */
const CONFERENCE_NOT_FOUND_CODE = '#pex154';
/** The PIN a guest sends to a room that has a host PIN but no guest PIN. */
const GUEST_WITHOUT_PIN = 'none';
/** The SDK's words when a request it cannot do without (request_token, calls, ack) fails. */
const CRITICAL_ACTION_FAILED = 'Could not execute critical network action';
/** Service types in which the participant is in the meeting proper. */
const IN_MEETING_SERVICE_TYPES = new Set(['conference', 'lecture', 'gateway', 'test_call']);
/** Digits, `*`, `#` and `,` (a pause) are what a DTMF string may hold. */
const DTMF_DIGITS = /^[0-9*#,A-Da-d]+$/;
/**
 * What SDK 20.0.0 logs when its event stream broke and it retries (it emits no signal for it;
 * eventSource.js). The SDK is pinned, so this text is stable.
 */
const EVENT_STREAM_RETRY_LOG = 'EventSource error, Trying to reconnect';
/**
 * What it logs before each token refresh attempt. A refresh answered 403 is retried at once,
 * without pause (protocol notes §1.2), so while the stream is down each attempt asks the node
 * whether it still knows the call: that ends such a loop within a request or two.
 */
const TOKEN_REFRESH_LOG = 'trying to refresh token';
/** Errors of `@pexip/infinity-api` for an answer that failed the SDK's checks. */
const ANSWER_ERRORS = new Set(['ValidationError', 'NonJSONResponseError']);
/** While the event stream is down, how often to ask the node whether it still knows this call. */
const SESSION_PROBE_MS = 2000;
/** A request unanswered for this long makes the state say that the node is slow. */
const SLOW_REQUEST_MS = 1500;

export interface ConferenceSessionOptions {
  /** @internal Loads the SDK (benchmarks pass their own); not in the published types, which need no SDK. */
  readonly loadSdk?: () => Promise<InfinitySdk>;
  /** Where settings are remembered; defaults to the browser's localStorage. */
  readonly storage?: SettingsStorage;
}

type Detach = () => void;
type SdkLogger = Parameters<InfinitySdk['setLogger']>[0];
/** What an SDK control method resolves to: an API response, or nothing when it failed. */
type ControlResponse = {status: number; data: unknown} | undefined;

let messageCounter = 0;

/**
 * One conference session over Pexip's `@pexip/infinity` SDK. It owns the conference state as
 * immutable data, turns SDK signals into new states, and offers the user's actions.
 */
export class ConferenceSession implements Session {
  readonly #store: Store<ConferenceState>;
  readonly #events = new Emitter<SessionEventMap>();
  readonly #loadSdk: () => Promise<InfinitySdk>;
  readonly #storage?: SettingsStorage;
  #sdk?: Promise<InfinitySdk>;
  #client?: InfinityClient;
  #detachSignals: Detach[] = [];
  #options?: JoinOptions;
  /** Participants as the SDK last described them, kept to recompute the `speaking` flag. */
  #sdkParticipants = new Map<string, SdkParticipant>();
  #speakingIds = new Set<string>();
  /** Set while we stop our own presentation, so that its end is not taken for a take-over. */
  #stoppingPresentation = false;
  /** The latest token, to ask the node whether it still knows this call (never logged or stored). */
  #token?: string;
  #eventStreamLost = false;
  #mediaStalled = false;
  #probeTimer?: ReturnType<typeof setInterval>;
  #probing = false;
  /** Set when the SDK rejected an answer of the node, so that the disconnect it causes is worded so. */
  #badAnswer = false;
  /** Requests to the node awaiting an answer (see `nodeSlow`). */
  #pendingRequests = 0;

  constructor(options: ConferenceSessionOptions = {}) {
    this.#loadSdk = options.loadSdk ?? loadInfinitySdk;
    this.#storage = options.storage ?? browserStorage();
    this.#store = new Store(initialState('', loadSettings(this.#storage)));
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
      this.#fail({code: 'invalid-options', detail: !options.conference.trim() ? 'conference' : 'name'});
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
        this.#updateMedia({mode: opened.mode, fallback: {from: options.mode, reason: opened.problem ?? 'media-unavailable'}});
      }
    }
    if (!this.#isConnecting()) return;
    this.#setLocalStream(localStream);

    let sdk: InfinitySdk;
    try {
      sdk = await sdkLoading;
    } catch (error) {
      this.#fail({code: 'sdk-unavailable', detail: String(error)});
      return;
    }
    if (!this.#isConnecting()) return;
    this.#client = this.#createClient(sdk);
    void this.refreshDevices();
    await this.#requestToken({
      pin: options.pin || (options.role === 'guest' ? GUEST_WITHOUT_PIN : undefined),
      conferenceExtension: options.extension?.trim() || undefined,
    });
  }

  preload(): void {
    void this.#preloadSdk().catch(() => undefined);
  }

  /** Loads (once) and instantiates the SDK; a failed load is forgotten, so the next join retries. */
  #preloadSdk(): Promise<InfinitySdk> {
    this.#sdk ??= this.#loadSdk().catch((error: unknown) => {
      this.#sdk = undefined;
      throw error;
    });
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

  async leave(): Promise<void> {
    const {phase} = this.state;
    if (phase === 'idle' || phase === 'ended' || phase === 'failed') return;
    const client = this.#client;
    this.#end('ended', {code: 'left'});
    await client?.disconnect({reason: 'User initiated disconnect'}).catch(() => undefined);
  }

  reset(): void {
    if (this.state.phase !== 'ended' && this.state.phase !== 'failed') return;
    this.#store.update((state) => ({...initialState(state.conference, state.settings), devices: state.devices}));
  }

  // --- our own media -----------------------------------------------------------------------

  async startPreview(mode: JoinMode, devices: DeviceSelection = {}): Promise<void> {
    if (this.state.phase !== 'idle') return;
    stopStream(this.state.media.local);
    this.#store.update((state) => ({media: {...state.media, mode, local: undefined, problem: undefined}}));
    try {
      const stream = await openLocalMedia(mode, this.#withSettingsDevices(devices));
      if (this.state.phase !== 'idle' || this.state.media.mode !== mode) {
        stopStream(stream);
        return;
      }
      this.#setLocalStream(stream);
    } catch (error) {
      this.#store.update((state) => ({
        media: {...state.media, problem: error instanceof LocalMediaError ? error.code : 'media-unavailable'},
      }));
    }
    await this.refreshDevices();
  }

  stopPreview(): void {
    if (this.state.phase !== 'idle') return;
    stopStream(this.state.media.local);
    this.#store.update((state) => ({media: {...state.media, local: undefined}}));
  }

  async selectDevices(devices: DeviceSelection): Promise<void> {
    this.updateSettings({
      ...(devices.cameraId !== undefined && {cameraId: devices.cameraId}),
      ...(devices.microphoneId !== undefined && {microphoneId: devices.microphoneId}),
    });
    const {phase, media} = this.state;
    if (phase === 'idle') {
      if (media.local || media.problem) await this.startPreview(media.mode);
      return;
    }
    if (phase !== 'in-call' && phase !== 'waiting') return;
    if (media.mode === 'control-only') return;
    try {
      const stream = (await openLocalMedia(media.mode, this.#withSettingsDevices({})))!;
      this.#client?.setStream(stream);
      stopStream(this.state.media.local);
      this.#setLocalStream(stream);
      this.#store.update((state) => ({media: {...state.media, problem: undefined}}));
    } catch (error) {
      this.#store.update((state) => ({
        media: {...state.media, problem: error instanceof LocalMediaError ? error.code : 'media-unavailable'},
      }));
    }
  }

  async refreshDevices(): Promise<void> {
    try {
      this.#store.update({devices: await listDevices()});
    } catch {
      // Enumeration can fail in odd contexts (insecure pages); the pickers then stay empty.
    }
  }

  async setMicrophoneMuted(muted: boolean): Promise<void> {
    this.#store.update((state) => ({media: {...state.media, microphoneMuted: muted}}));
    this.#applyTrackStates();
    const client = this.#client;
    if (this.state.phase === 'in-call' && client) await this.#timed(client.mute({mute: muted})).catch(() => undefined);
  }

  async setCameraOff(off: boolean): Promise<void> {
    this.#store.update((state) => ({media: {...state.media, cameraOff: off}}));
    this.#applyTrackStates();
    const client = this.#client;
    if (this.state.phase === 'in-call' && client) await this.#timed(client.muteVideo({muteVideo: off})).catch(() => undefined);
  }

  async escalate(mode: Exclude<JoinMode, 'control-only'>, devices: DeviceSelection = {}): Promise<void> {
    const client = this.#requireCall('escalate');
    const current = this.state.media.mode;
    if (current === mode || current === 'audio-video') return;
    let stream: MediaStream;
    try {
      stream = (await openLocalMedia(mode, this.#withSettingsDevices(devices)))!;
    } catch (error) {
      const problem = error instanceof LocalMediaError ? error.code : 'media-unavailable';
      this.#store.update((state) => ({media: {...state.media, problem}}));
      throw new SessionActionError('escalate', 'invalid', problem);
    }
    const sdk = await this.#sdk!;
    stopStream(this.state.media.local);
    this.#store.update((state) => ({media: {...state.media, mode, problem: undefined, fallback: undefined, remote: undefined}}));
    this.#setLocalStream(stream);
    await client.restartCall({
      bandwidth: this.#options?.bandwidth ?? this.state.settings.bandwidth,
      mediaStream: stream,
      callType: callTypeFor(sdk, mode),
    });
    if (this.state.media.microphoneMuted) await client.mute({mute: true}).catch(() => undefined);
  }

  setBandwidth(kbps: number): void {
    const bandwidth = clampBandwidth(kbps);
    this.updateSettings({bandwidth});
    if (this.#options) this.#options = {...this.#options, bandwidth};
    this.#client?.setBandwidth(bandwidth);
  }

  updateSettings(change: Partial<Settings>): void {
    const settings = mergeSettings(this.state.settings, change);
    saveSettings(this.#storage, settings);
    this.#store.update({settings});
  }

  // --- meeting -----------------------------------------------------------------------------

  async sendMessage(text: string, toParticipantId?: string): Promise<void> {
    const payload = text.trim();
    if (!payload) throw new SessionActionError('sendMessage', 'invalid', 'empty');
    const client = this.#requireCall('sendMessage');
    await this.#control('sendMessage', () =>
      client.sendMessage({payload, participantUuid: toParticipantId as ParticipantID | undefined})
    );
    const self = this.#self();
    this.#addMessage({
      id: `own-${++messageCounter}`,
      senderId: this.state.selfId ?? '',
      senderName: self?.displayName ?? this.#options?.displayName ?? '',
      text: payload,
      at: Date.now(),
      privateWith: toParticipantId,
      fromSelf: true,
    });
  }

  setChatRecipient(participantId: string | undefined): void {
    this.#store.update({chatRecipientId: participantId});
  }

  async raiseHand(raised: boolean): Promise<void> {
    const client = this.#requireCall('raiseHand');
    await this.#control('raiseHand', () => client.raiseHand({raise: raised}));
  }

  async present(stream: MediaStream): Promise<void> {
    const client = this.#requireCall('present');
    const [track] = stream.getVideoTracks();
    if (!track) throw new SessionActionError('present', 'invalid', 'no video track');
    this.#store.update({
      presentation: {...this.state.presentation, local: stream, sending: 'starting', stoppedReason: undefined},
    });
    // The browser's own "Stop sharing" ends the track: stop presenting then.
    track.addEventListener('ended', () => {
      if (this.state.presentation.local === stream) void this.#stopPresenting('ended');
    });
    client.present(stream);
  }

  async stopPresenting(): Promise<void> {
    await this.#stopPresenting();
  }

  // --- host controls -----------------------------------------------------------------------

  lock(locked: boolean): Promise<void> {
    return this.#hostControl('lock', (client) => client.lock({lock: locked}));
  }

  muteAllGuests(muted: boolean): Promise<void> {
    return this.#hostControl('muteAllGuests', (client) => client.muteAllGuests({mute: muted}));
  }

  setGuestsCanUnmute(allowed: boolean): Promise<void> {
    return this.#hostControl('setGuestsCanUnmute', (client) => client.guestsCanUnmute({setting: allowed}));
  }

  disconnectAll(): Promise<void> {
    return this.#hostControl('disconnectAll', (client) => client.disconnectAll({}));
  }

  dial(request: DialRequest): Promise<void> {
    const destination = request.destination.trim();
    if (!destination) return Promise.reject(new SessionActionError('dial', 'invalid', 'destination'));
    return this.#hostControl('dial', (client) =>
      client.dial({
        destination,
        protocol: request.protocol,
        role: request.role === 'host' ? 'HOST' : 'GUEST',
        ...(request.protocol === 'rtmp' && {streaming: 'yes'}),
      })
    );
  }

  muteParticipant(participantId: string, muted: boolean): Promise<void> {
    return this.#hostControl('muteParticipant', (client) =>
      client.mute({mute: muted, participantUuid: participantId as ParticipantID})
    );
  }

  muteParticipantVideo(participantId: string, muted: boolean): Promise<void> {
    return this.#hostControl('muteParticipantVideo', (client) =>
      client.muteVideo({muteVideo: muted, participantUuid: participantId as ParticipantID})
    );
  }

  setRole(participantId: string, role: Role): Promise<void> {
    if (participantId === this.state.selfId && role === 'guest') {
      // The guide: "you cannot change your own role to Guest".
      return Promise.reject(new SessionActionError('setRole', 'invalid', 'own role'));
    }
    return this.#hostControl('setRole', async (client) => {
      await client.setRole({participantUuid: participantId as ParticipantID, role: role === 'host' ? 'chair' : 'guest'});
      return {status: 200, data: {result: true}};
    });
  }

  setPresentationReceiving(participantId: string, allowed: boolean): Promise<void> {
    const path = `participants/${encodeURIComponent(participantId)}/${allowed ? 'allowrxpresentation' : 'denyrxpresentation'}`;
    return this.#hostControl('setPresentationReceiving', (client) => client.sendConferenceRequest({path, method: 'POST'}));
  }

  spotlight(participantId: string, on: boolean): Promise<void> {
    return this.#hostControl('spotlight', (client) =>
      client.spotlight({enable: on, participantUuid: participantId as ParticipantID})
    );
  }

  admit(participantId: string): Promise<void> {
    return this.#hostControl('admit', (client) => client.admit({participantUuid: participantId as ParticipantID}));
  }

  disconnectParticipant(participantId: string): Promise<void> {
    return this.#hostControl('disconnectParticipant', (client) => client.kick({participantUuid: participantId as ParticipantID}));
  }

  sendDtmf(participantId: string, digits: string): Promise<void> {
    if (!DTMF_DIGITS.test(digits)) return Promise.reject(new SessionActionError('sendDtmf', 'invalid', 'digits'));
    return this.#hostControl('sendDtmf', (client) => client.sendDTMF({digits, participantUuid: participantId as ParticipantID}));
  }

  lowerAllHands(): Promise<void> {
    return this.#hostControl('lowerAllHands', (client) => client.lowerAllRaisedHands({}));
  }

  // --- joining (private) -------------------------------------------------------------------

  async #requestToken(credentials: {pin?: string; conferenceExtension?: string}): Promise<void> {
    const client = this.#client;
    const options = this.#options;
    if (!client || !options) return;
    try {
      const response = await this.#timed(
        client.call({
          host: options.node,
          conferenceAlias: options.conference.trim(),
          displayName: options.displayName.trim(),
          bandwidth: options.bandwidth,
          callType: callTypeFor(await this.#sdk!, this.state.media.mode),
          mediaStream: this.state.media.local,
          directMedia: false,
          ...credentials,
        })
      );
      if (response?.status !== 200) return;
      const {participant_uuid, role, version} = response.data.result;
      // pseudo_version is the full release string ("37.0.0…"); version_id alone is the major.
      const serverVersion = version.pseudo_version || version.version_id || undefined;
      this.#store.update({serverVersion});
      this.#setSelf(participant_uuid, role === 'HOST' ? 'host' : 'guest');
      if (this.#isConnecting()) this.#enterMeeting();
    } catch (error) {
      this.#fail({code: 'node-unreachable', detail: String(error)});
    }
  }

  /** Re-reads the phase after an await (where TypeScript's narrowing no longer holds). */
  #isConnecting(): boolean {
    return this.state.phase === 'connecting';
  }

  /** Called once the node accepted us; the service type says whether we wait or are in. */
  #enterMeeting(): void {
    const client = this.#client!;
    if (client.serviceType === 'waiting_room') {
      this.#store.update({phase: 'waiting', waitingReason: this.state.conferenceStatus.locked ? 'locked' : 'host'});
      return;
    }
    this.#store.update({phase: 'in-call', waitingReason: undefined});
    this.#events.emit('joined', {conference: this.state.conference, selfId: this.state.selfId ?? ''});
    const {microphoneMuted, cameraOff} = this.state.media;
    if (microphoneMuted) void this.setMicrophoneMuted(true);
    if (cameraOff) void this.setCameraOff(true);
  }

  #fail(reason: EndReason): void {
    this.#end('failed', reason);
    this.#events.emit('error', {reason});
  }

  #end(phase: 'ended' | 'failed', reason: EndReason): void {
    const wasInMeeting = this.state.phase === 'in-call' || this.state.phase === 'waiting';
    const wasPresenting = this.state.presentation.sending !== 'idle';
    clearInterval(this.#probeTimer);
    this.#probeTimer = undefined;
    this.#eventStreamLost = false;
    this.#mediaStalled = false;
    this.#badAnswer = false;
    this.#token = undefined;
    stopStream(this.state.media.local);
    stopStream(this.state.presentation.local);
    for (const detach of this.#detachSignals) detach();
    this.#detachSignals = [];
    this.#client = undefined;
    this.#sdkParticipants = new Map();
    this.#speakingIds = new Set();
    this.#store.update((state) => ({
      phase,
      endReason: reason,
      pinRequest: undefined,
      extensionRequest: undefined,
      waitingReason: undefined,
      reconnecting: false,
      nodeSlow: false,
      participants: Object.freeze([]),
      presentation: idlePresentation,
      media: {...state.media, local: undefined, remote: undefined},
      stats: undefined,
    }));
    if (wasPresenting) this.#events.emit('presentation-stop', {local: true});
    if (wasInMeeting) this.#events.emit('left', {reason});
  }

  // --- media (private) ---------------------------------------------------------------------

  #withSettingsDevices(devices: DeviceSelection): DeviceSelection {
    const {cameraId, microphoneId} = this.state.settings;
    return {cameraId: devices.cameraId ?? cameraId, microphoneId: devices.microphoneId ?? microphoneId};
  }

  #setLocalStream(stream: MediaStream | undefined): void {
    this.#store.update((state) => ({media: {...state.media, local: stream}}));
    this.#applyTrackStates();
    // `ended` fires only when the source goes (unplugged, permission revoked), never on stop().
    for (const track of stream?.getVideoTracks() ?? [])
      track.addEventListener('ended', () => this.#onCameraEnded(stream!), {once: true});
  }

  /** The camera went away: in a call, carry on with sound only (the toolbar offers to reconnect it). */
  #onCameraEnded(stream: MediaStream): void {
    const {phase, media} = this.state;
    if (media.local !== stream) return;
    if (phase === 'idle') {
      stopStream(stream);
      this.#updateMedia({local: undefined, problem: 'media-unavailable'});
    } else if (media.mode === 'audio-video') {
      this.#updateMedia({mode: 'audio-only', fallback: {from: 'audio-video', reason: 'camera-ended'}});
    }
  }

  /** Mute and camera-off are sent as disabled tracks, so that unmuting is instant. */
  #applyTrackStates(): void {
    const {local, microphoneMuted, cameraOff} = this.state.media;
    for (const track of local?.getAudioTracks() ?? []) track.enabled = !microphoneMuted;
    for (const track of local?.getVideoTracks() ?? []) track.enabled = !cameraOff;
  }

  #updateMedia(change: Partial<MediaState>): void {
    this.#store.update((state) => ({media: {...state.media, ...change}}));
  }

  #updatePresentation(change: Partial<PresentationState>): void {
    this.#store.update((state) => ({presentation: {...state.presentation, ...change}}));
  }

  async #stopPresenting(reason?: 'ended' | 'taken-over' | 'refused'): Promise<void> {
    const {local, sending} = this.state.presentation;
    if (sending === 'idle' && !local) return;
    stopStream(local);
    this.#updatePresentation({local: undefined, sending: 'idle', stoppedReason: reason});
    this.#events.emit('presentation-stop', {local: true});
    if (reason === 'taken-over' || reason === 'refused') return;
    this.#stoppingPresentation = true;
    try {
      this.#client?.stopPresenting();
    } finally {
      this.#stoppingPresentation = false;
    }
  }

  // --- controls (private) ------------------------------------------------------------------

  #requireCall(action: string): InfinityClient {
    if (this.state.phase !== 'in-call' || !this.#client) throw new SessionActionError(action, 'not-in-call');
    return this.#client;
  }

  /** Runs an SDK control request and turns every kind of refusal into a `SessionActionError`. */
  async #control(action: string, request: () => Promise<ControlResponse>): Promise<void> {
    let response: ControlResponse;
    try {
      response = await this.#timed(request());
    } catch (error) {
      if (isAnswerError(error)) throw new SessionActionError(action, 'bad-answer', error.name);
      throw new SessionActionError(action, 'refused', error instanceof Error ? error.message : String(error));
    }
    const result = (response?.data as {result?: unknown} | undefined)?.result;
    if (!response || response.status !== 200 || result === false) {
      throw new SessionActionError(
        action,
        'refused',
        typeof result === 'string' ? result : `HTTP ${response?.status ?? 'error'}`
      );
    }
  }

  async #hostControl(action: string, request: (client: InfinityClient) => Promise<ControlResponse>): Promise<void> {
    const client = this.#requireCall(action);
    if (!this.state.hostControls) throw new SessionActionError(action, 'not-host');
    await this.#control(action, () => request(client));
  }

  #self(): Participant | undefined {
    return this.state.participants.find(({isSelf}) => isSelf);
  }

  #addMessage(message: ChatMessage): void {
    this.#store.update((state) => ({chat: Object.freeze([...state.chat, Object.freeze(message)])}));
    this.#events.emit('chat-message', {message});
  }

  // --- connection health (private) --------------------------------------------------------

  /** Runs a request to the node; while it has waited longer than SLOW_REQUEST_MS, `nodeSlow` is set. */
  async #timed<T>(request: Promise<T>): Promise<T> {
    this.#pendingRequests += 1;
    const timer = setTimeout(() => {
      if (this.#isActive()) this.#store.update({nodeSlow: true});
    }, SLOW_REQUEST_MS);
    try {
      return await request;
    } finally {
      clearTimeout(timer);
      this.#pendingRequests -= 1;
      if (this.#pendingRequests === 0) this.#store.update({nodeSlow: false});
    }
  }

  #isActive(): boolean {
    const {phase} = this.state;
    return phase !== 'idle' && phase !== 'ended' && phase !== 'failed';
  }

  #setMediaStalled(stalled: boolean): void {
    this.#mediaStalled = stalled;
    this.#store.update({reconnecting: this.#mediaStalled || this.#eventStreamLost});
  }

  /**
   * The SDK reopens a broken event stream by itself, silently. Meanwhile the node is asked
   * whether it still knows this call: a node that restarted (or ended the session without
   * telling) answers 403, and waiting any longer would be in vain.
   */
  #setEventStreamLost(lost: boolean): void {
    if (lost && this.state.phase !== 'in-call' && this.state.phase !== 'waiting') return;
    this.#eventStreamLost = lost;
    this.#store.update({reconnecting: this.#mediaStalled || this.#eventStreamLost});
    if (lost) {
      this.#probeTimer ??= setInterval(() => void this.#probeSession(), SESSION_PROBE_MS);
      void this.#probeSession();
    } else {
      clearInterval(this.#probeTimer);
      this.#probeTimer = undefined;
    }
  }

  async #probeSession(): Promise<void> {
    const options = this.#options;
    const client = this.#client;
    if (!options || !client || !this.#token || this.#probing) return;
    let status: number;
    this.#probing = true;
    try {
      const url = `${options.node}/api/client/v2/conferences/${encodeURIComponent(options.conference.trim())}/conference_status`;
      status = (await fetch(url, {headers: {token: this.#token}})).status;
    } catch {
      return; // Not reachable (yet): keep waiting.
    } finally {
      this.#probing = false;
    }
    if (status !== 403 || !this.#eventStreamLost || client !== this.#client) return;
    this.#end('ended', {code: 'session-lost'});
    // Lets the SDK stop its timers (its token refresh would otherwise retry against the 403s).
    await client.disconnect({reason: 'Invalid token'}).catch(() => undefined);
  }

  /**
   * The SDK's log, kept off the page's console (its errors still show as warnings). It is also
   * the only place where the SDK says that its event stream broke or that an answer failed its
   * validation, so both are watched for here.
   */
  #sdkLogger(): SdkLogger {
    return {
      ...quietLogger,
      debug: (_meta: unknown, message?: string) => {
        if (message === EVENT_STREAM_RETRY_LOG) this.#setEventStreamLost(true);
        else if (message === TOKEN_REFRESH_LOG && this.#eventStreamLost) void this.#probeSession();
      },
      error: (meta: unknown, message?: string) => {
        if (isAnswerError((meta as {error?: unknown} | undefined)?.error)) this.#badAnswer = true;
        quietLogger.error(meta, message);
      },
    };
  }

  // --- SDK signals -------------------------------------------------------------------------

  #createClient(sdk: InfinitySdk): InfinityClient {
    const signals = sdk.createInfinityClientSignals(['onPinRequired', 'onParticipants', 'onError', 'onCallConnected'], {
      batchScheduleTimeoutMS: 50,
      batchBufferSize: 200,
    });
    const callSignals = sdk.createCallSignals([]);
    sdk.setLogger(this.#sdkLogger());
    sdk.setPeerConnectionLogger(quietLogger);
    sdk.setSignalLogger(quietLogger);
    this.#detachSignals = [
      ...this.#watchJoining(signals),
      ...this.#watchParticipants(signals),
      ...this.#watchMeeting(signals),
      ...this.#watchMedia(callSignals),
    ];
    return sdk.createInfinityClient(signals, callSignals);
  }

  #watchJoining(signals: InfinitySignals): Detach[] {
    return [
      signals.onPinRequired.add(({hasHostPin, hasGuestPin}) => {
        this.#store.update({
          phase: 'pin-required',
          pinRequest: {hostPin: hasHostPin, guestPin: hasGuestPin, invalid: false},
          extensionRequest: undefined,
        });
      }),
      signals.onExtension.add((type) => {
        this.#store.update((state) => ({
          phase: 'extension-required',
          // Being asked again after answering means the extension was not found.
          extensionRequest: {type, invalid: state.extensionRequest !== undefined},
        }));
      }),
      signals.onError.add(({error, errorCode}) => {
        if (errorCode === INVALID_PIN_CODE && this.state.pinRequest) {
          this.#store.update((state) => ({phase: 'pin-required', pinRequest: {...state.pinRequest!, invalid: true}}));
          return;
        }
        if (errorCode === CONFERENCE_NOT_FOUND_CODE && this.state.extensionRequest) {
          // A Virtual Reception answers an unknown extension as an unknown conference: ask again.
          this.#store.update((state) => ({
            phase: 'extension-required',
            extensionRequest: {...state.extensionRequest!, invalid: true},
          }));
          return;
        }
        const {phase} = this.state;
        if (phase === 'connecting' || phase === 'pin-required' || phase === 'extension-required') {
          this.#fail({code: errorCode, detail: error});
        }
      }),
      signals.onDisconnected.add(({error, errorCode}) => {
        const {phase} = this.state;
        if (phase === 'ended' || phase === 'failed' || phase === 'idle') return;
        const failedCode = this.#badAnswer ? 'bad-answer' : phase === 'connecting' ? 'node-unreachable' : 'connection-lost';
        const reason: EndReason =
          error === CRITICAL_ACTION_FAILED ? {code: failedCode, detail: error} : {code: errorCode, detail: error};
        if (phase === 'in-call' || phase === 'waiting') this.#end('ended', reason);
        else this.#fail(reason);
      }),
      signals.onAuthenticatedWithConference.add(({conferenceName, token}) => {
        this.#token = token;
        this.#store.update({conferenceName: conferenceName ?? this.state.conference});
      }),
      signals.onTokenRefreshed.add(({token}) => {
        this.#token = token;
      }),
      // Emitted each time the event stream opens: after a break, it is back.
      signals.onConnected.add(() => this.#setEventStreamLost(false)),
      signals.onServiceType.add((serviceType) => {
        const {phase} = this.state;
        if (serviceType === 'waiting_room' && phase === 'in-call') {
          this.#store.update({phase: 'waiting', waitingReason: this.state.conferenceStatus.locked ? 'locked' : 'host'});
        } else if (IN_MEETING_SERVICE_TYPES.has(serviceType ?? '') && phase === 'waiting') {
          this.#enterMeeting();
        }
      }),
    ];
  }

  #watchParticipants(signals: InfinitySignals): Detach[] {
    return [
      signals.onMe.add(({participant}) => {
        this.#setSelf(participant.uuid, participant.isHost ? 'host' : 'guest');
      }),
      signals.onParticipants.add(({participants}) => {
        this.#sdkParticipants = new Map(participants.map((participant) => [participant.uuid, participant]));
        // The sync that brings the first list may arrive before request_token's answer is handled.
        const me = this.#client?.getMe();
        if (me) this.#setSelf(me.uuid, me.isHost ? 'host' : 'guest');
        this.#store.update({participants: Object.freeze(participants.map((p) => this.#toParticipant(p)))});
        this.#updatePresenter();
      }),
      signals.onParticipantJoined.add((events: RoomParticipantEvent[]) => {
        const joined = this.#applyParticipantEvents(events);
        for (const participant of joined) this.#events.emit('participant-join', {participant});
      }),
      signals.onParticipantUpdated.add((events: RoomParticipantEvent[]) => {
        this.#applyParticipantEvents(events);
      }),
      signals.onParticipantLeft.add((events: RoomParticipantEvent[]) => {
        const removed = new Set<string>(events.map(({participant}) => participant.uuid));
        const left = this.state.participants.filter(({id}) => removed.has(id));
        for (const id of removed) this.#sdkParticipants.delete(id);
        this.#store.update((state) => ({
          participants: mergeParticipants(state.participants, [], removed),
          chatRecipientId: state.chatRecipientId && removed.has(state.chatRecipientId) ? undefined : state.chatRecipientId,
        }));
        this.#updatePresenter();
        for (const participant of left) this.#events.emit('participant-leave', {participant});
      }),
      signals.onStage.add((stages) => {
        const speaking = new Set(stages.filter(({vad}) => vad > 0).map(({userId}) => userId));
        const changedIds = [...speaking, ...this.#speakingIds].filter((id) => speaking.has(id) !== this.#speakingIds.has(id));
        this.#speakingIds = speaking;
        const changed = changedIds.flatMap((id) => {
          const participant = this.#sdkParticipants.get(id);
          return participant ? [this.#toParticipant(participant)] : [];
        });
        if (changed.length) this.#store.update((state) => ({participants: mergeParticipants(state.participants, changed)}));
      }),
    ];
  }

  #watchMeeting(signals: InfinitySignals): Detach[] {
    return [
      signals.onConferenceStatus.add(({status}) => {
        this.#store.update((state) => ({
          conferenceStatus: {
            locked: status.locked,
            guestsMuted: status.guestsMuted,
            guestsCanUnmute: status.guestsCanUnmute ?? true,
            presentationAllowed: status.presentationAllowed,
          },
          waitingReason: state.phase === 'waiting' ? (status.locked ? 'locked' : 'host') : state.waitingReason,
        }));
      }),
      signals.onMyselfMuted.add((muted) => {
        // A host muted or unmuted us at the node: follow it locally so that what we send matches.
        this.#updateMedia({microphoneMuted: muted});
        this.#applyTrackStates();
      }),
      signals.onMessage.add((message) => {
        this.#addMessage({
          id: message.id,
          senderId: message.userId,
          senderName: message.displayName,
          text: message.message,
          at: message.at.getTime(),
          privateWith: message.direct ? message.userId : undefined,
          fromSelf: false,
        });
      }),
    ];
  }

  #watchMedia(callSignals: CallSignals): Detach[] {
    return [
      callSignals.onRemoteStream.add((remote) => this.#updateMedia({remote})),
      callSignals.onRemotePresentationStream.add((remote) => {
        this.#updatePresentation({remote});
      }),
      callSignals.onPresentationConnectionChange.add(({send, recv}) => this.#onPresentationChange(send, recv)),
      callSignals.onRtcStats.add((stats) => {
        const callStats = toCallStats(stats);
        this.#store.update({stats: callStats});
        this.#events.emit('stats', {stats: callStats});
      }),
      callSignals.onReconnecting.add(() => this.#setMediaStalled(true)),
      callSignals.onReconnected.add(() => this.#setMediaStalled(false)),
    ];
  }

  #onPresentationChange(send: RTCPeerConnectionState, recv: RTCPeerConnectionState): void {
    const {sending} = this.state.presentation;
    if (send === 'connected' && sending === 'starting') {
      this.#updatePresentation({sending: 'sending'});
      this.#events.emit('presentation-start', {local: true});
    } else if (send === 'failed' && sending !== 'idle') {
      void this.#stopPresenting('refused');
    } else if (send === 'disconnected' && sending !== 'idle' && !this.#stoppingPresentation) {
      // The SDK stops our presentation when someone else starts one.
      void this.#stopPresenting('taken-over');
    }
    if (recv === 'disconnected' && this.state.presentation.remote) {
      this.#updatePresentation({remote: undefined});
    }
  }

  /** Derives who presents (someone else) from the participants' `presenting` flags. */
  #updatePresenter(): void {
    const presenter = this.state.participants.find(({presenting, isSelf}) => presenting && !isSelf);
    const {presenterId} = this.state.presentation;
    if (presenter?.id === presenterId) return;
    this.#updatePresentation({presenterId: presenter?.id, presenterName: presenter?.displayName});
    if (presenter)
      this.#events.emit('presentation-start', {presenterId: presenter.id, presenterName: presenter.displayName, local: false});
    else this.#events.emit('presentation-stop', {local: false});
  }

  #setSelf(selfId: string, role: Role): void {
    const selfChanged = selfId !== this.state.selfId;
    this.#store.update({selfId, role, hostControls: role === 'host' && !this.#options?.forceGuest});
    if (selfChanged) {
      this.#store.update({participants: Object.freeze([...this.#sdkParticipants.values()].map((p) => this.#toParticipant(p)))});
    }
  }

  #applyParticipantEvents(events: readonly RoomParticipantEvent[]): Participant[] {
    const known = new Set(this.state.participants.map(({id}) => id));
    const changed = events.map(({participant}) => {
      this.#sdkParticipants.set(participant.uuid, participant);
      return this.#toParticipant(participant);
    });
    this.#store.update((state) => ({participants: mergeParticipants(state.participants, changed)}));
    this.#updatePresenter();
    return changed.filter(({id}) => !known.has(id));
  }

  #toParticipant(participant: SdkParticipant): Participant {
    return toParticipant(participant, this.state.selfId, this.#speakingIds.has(participant.uuid));
  }
}

/**
 * The SDK call type for a join mode. "Presentation and control only" still negotiates the
 * presentation m-line, so that such a participant can view and share presentations.
 */
function callTypeFor({ClientCallType}: InfinitySdk, mode: JoinMode): number {
  switch (mode) {
    case 'audio-video':
      return ClientCallType.AudioVideoPresentation;
    case 'audio-only':
      return ClientCallType.AudioPresentation;
    case 'control-only':
      return ClientCallType.Presentation;
  }
}

function isAnswerError(error: unknown): error is Error {
  return error instanceof Error && ANSWER_ERRORS.has(error.name);
}

/** Keeps the SDK's chatter out of the host page's console; its errors still show as warnings. */
const quietLogger: SdkLogger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: (meta: unknown, message?: string) => console.warn('[pex-connect] SDK:', message ?? '', meta),
  fatal: (meta: unknown, message?: string) => console.warn('[pex-connect] SDK:', message ?? '', meta),
  silent: () => undefined,
  addRedactPattern: () => undefined,
  redact: (text: string) => text,
};
