import type {
  CallSignals,
  InfinityClient,
  InfinitySignals,
  Participant as SdkParticipant,
  RoomParticipantEvent,
} from '@pexip/infinity';
import {Emitter} from './emitter.js';
import {loadInfinitySdk, type InfinitySdk} from './infinity-sdk.js';
import {LocalMediaError, openLocalMedia, stopStream} from './local-media.js';
import {mergeParticipants, toParticipant} from './participants.js';
import {toCallStats} from './stats.js';
import type {Session} from './session.js';
import {Store, type StateListener} from './store.js';
import {
  initialState,
  type ConferenceState,
  type EndReason,
  type JoinMode,
  type JoinOptions,
  type Participant,
  type SessionEventMap,
} from './types.js';

/** The SDK's answer to a failed request_token that means "this PIN is wrong". */
const INVALID_PIN_CODE = '#pex101';
/** The PIN a guest sends to a room that has a host PIN but no guest PIN. */
const GUEST_WITHOUT_PIN = 'none';
/** The SDK's words when a request it cannot do without (request_token, calls, ack) fails. */
const CRITICAL_ACTION_FAILED = 'Could not execute critical network action';

/** Service types in which the participant is in the meeting proper. */
const IN_MEETING_SERVICE_TYPES = new Set(['conference', 'lecture', 'gateway', 'test_call']);

export interface ConferenceSessionOptions {
  /** Loads the SDK; tests and benchmarks may pass their own. */
  readonly loadSdk?: () => Promise<InfinitySdk>;
}

type Detach = () => void;

/**
 * One conference session over Pexip's `@pexip/infinity` SDK. It owns the conference state as
 * immutable data, turns SDK signals into new states, and offers the user's actions.
 */
export class ConferenceSession implements Session {
  readonly #store = new Store<ConferenceState>(initialState());
  readonly #events = new Emitter<SessionEventMap>();
  readonly #loadSdk: () => Promise<InfinitySdk>;
  #sdk?: Promise<InfinitySdk>;
  #client?: InfinityClient;
  #detachSignals: Detach[] = [];
  #options?: JoinOptions;
  /** Participants as the SDK last described them, kept to recompute the `speaking` flag. */
  #sdkParticipants = new Map<string, SdkParticipant>();
  #speakingIds = new Set<string>();

  constructor(options: ConferenceSessionOptions = {}) {
    this.#loadSdk = options.loadSdk ?? loadInfinitySdk;
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

  async join(options: JoinOptions): Promise<void> {
    if (this.state.phase !== 'idle') return;
    this.#options = options;
    this.#store.update({
      ...initialState(options.conference),
      phase: 'connecting',
      media: {mode: options.mode, microphoneMuted: Boolean(options.muteMicrophone), cameraOff: false},
    });
    if (!options.conference.trim() || !options.displayName.trim()) {
      this.#fail({code: 'invalid-options', detail: !options.conference.trim() ? 'conference' : 'name'});
      return;
    }

    let localStream: MediaStream | undefined;
    try {
      localStream = await openLocalMedia(options.mode, {
        cameraId: options.cameraId,
        microphoneId: options.microphoneId,
      });
    } catch (error) {
      this.#fail({code: error instanceof LocalMediaError ? error.code : 'media-unavailable', detail: String(error)});
      return;
    }
    if (!this.#isConnecting()) {
      stopStream(localStream);
      return;
    }
    if (localStream && options.muteMicrophone) {
      for (const track of localStream.getAudioTracks()) track.enabled = false;
    }
    this.#store.update((state) => ({media: {...state.media, local: localStream}}));

    let sdk: InfinitySdk;
    try {
      sdk = await (this.#sdk ??= this.#loadSdk());
    } catch (error) {
      this.#sdk = undefined;
      this.#fail({code: 'sdk-unavailable', detail: String(error)});
      return;
    }
    if (!this.#isConnecting()) return;
    this.#client = this.#createClient(sdk);
    await this.#requestToken({pin: options.pin ?? (options.role === 'guest' ? GUEST_WITHOUT_PIN : undefined)});
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
    this.#store.update(initialState(this.state.conference));
  }

  async setMicrophoneMuted(muted: boolean): Promise<void> {
    for (const track of this.state.media.local?.getAudioTracks() ?? []) track.enabled = !muted;
    this.#store.update((state) => ({media: {...state.media, microphoneMuted: muted}}));
    if (this.state.phase === 'in-call') {
      await this.#client?.mute({mute: muted}).catch(() => undefined);
    }
  }

  async setCameraOff(off: boolean): Promise<void> {
    for (const track of this.state.media.local?.getVideoTracks() ?? []) track.enabled = !off;
    this.#store.update((state) => ({media: {...state.media, cameraOff: off}}));
    if (this.state.phase === 'in-call') {
      await this.#client?.muteVideo({muteVideo: off}).catch(() => undefined);
    }
  }

  // --- joining ---------------------------------------------------------------------------

  async #requestToken(credentials: {pin?: string; conferenceExtension?: string}): Promise<void> {
    const client = this.#client;
    const options = this.#options;
    if (!client || !options) return;
    try {
      const response = await client.call({
        host: options.node,
        conferenceAlias: options.conference.trim(),
        displayName: options.displayName.trim(),
        bandwidth: options.bandwidth,
        callType: await this.#callType(options.mode),
        mediaStream: this.state.media.local,
        directMedia: false,
        ...credentials,
      });
      if (response?.status !== 200) return;
      const {participant_uuid, role} = response.data.result;
      this.#setSelf(participant_uuid, role === 'HOST' ? 'host' : 'guest');
      if (this.state.phase === 'connecting') this.#enterMeeting();
    } catch (error) {
      this.#fail({code: 'node-unreachable', detail: String(error)});
    }
  }

  async #callType(mode: JoinMode): Promise<number> {
    const {ClientCallType} = await this.#sdk!;
    switch (mode) {
      case 'audio-video':
        return ClientCallType.AudioVideoPresentation;
      case 'audio-only':
        return ClientCallType.AudioPresentation;
      case 'control-only':
        return ClientCallType.None;
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
    stopStream(this.state.media.local);
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
      participants: Object.freeze([]),
      media: {...state.media, local: undefined, remote: undefined},
      stats: undefined,
    }));
    if (wasInMeeting) this.#events.emit('left', {reason});
  }

  // --- SDK signals -----------------------------------------------------------------------

  #createClient(sdk: InfinitySdk): InfinityClient {
    const signals = sdk.createInfinityClientSignals(['onPinRequired', 'onParticipants', 'onError', 'onCallConnected'], {
      batchScheduleTimeoutMS: 50,
      batchBufferSize: 200,
    });
    const callSignals = sdk.createCallSignals([]);
    sdk.setLogger(quietLogger);
    this.#detachSignals = [...this.#watchJoining(signals), ...this.#watchMeeting(signals), ...this.#watchMedia(callSignals)];
    return sdk.createInfinityClient(signals, callSignals);
  }

  #watchJoining(signals: InfinitySignals): Detach[] {
    return [
      signals.onPinRequired.add(({hasHostPin, hasGuestPin}) => {
        this.#store.update((state) => ({
          phase: 'pin-required',
          pinRequest: {hostPin: hasHostPin, guestPin: hasGuestPin, invalid: false},
          extensionRequest: undefined,
          media: state.media,
        }));
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
        if (this.state.phase === 'connecting' || this.state.phase === 'pin-required' || this.state.phase === 'extension-required') {
          this.#fail({code: errorCode, detail: error});
        }
      }),
      signals.onDisconnected.add(({error, errorCode}) => {
        const {phase} = this.state;
        if (phase === 'ended' || phase === 'failed' || phase === 'idle') return;
        const reason: EndReason =
          error === CRITICAL_ACTION_FAILED
            ? {code: phase === 'connecting' ? 'node-unreachable' : 'connection-lost', detail: error}
            : {code: errorCode, detail: error};
        if (phase === 'in-call' || phase === 'waiting') this.#end('ended', reason);
        else this.#fail(reason);
      }),
      signals.onAuthenticatedWithConference.add(({conferenceName}) => {
        this.#store.update({conferenceName: conferenceName ?? this.state.conference});
      }),
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

  #watchMeeting(signals: InfinitySignals): Detach[] {
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
        this.#store.update((state) => ({participants: mergeParticipants(state.participants, [], removed)}));
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
        for (const track of this.state.media.local?.getAudioTracks() ?? []) track.enabled = !muted;
        this.#store.update((state) => ({media: {...state.media, microphoneMuted: muted}}));
      }),
    ];
  }

  #watchMedia(callSignals: CallSignals): Detach[] {
    return [
      callSignals.onRemoteStream.add((remote) => {
        this.#store.update((state) => ({media: {...state.media, remote}}));
      }),
      callSignals.onRtcStats.add((stats) => {
        this.#store.update({stats: toCallStats(stats)});
      }),
      callSignals.onReconnecting.add(() => this.#store.update({reconnecting: true})),
      callSignals.onReconnected.add(() => this.#store.update({reconnecting: false})),
    ];
  }

  #setSelf(selfId: string, role: 'host' | 'guest'): void {
    const selfChanged = selfId !== this.state.selfId;
    this.#store.update({selfId, role});
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
    return changed.filter(({id}) => !known.has(id));
  }

  #toParticipant(participant: SdkParticipant): Participant {
    return toParticipant(participant, this.state.selfId, this.#speakingIds.has(participant.uuid));
  }
}

/** Keeps the SDK's chatter out of the host page's console; its errors still show as warnings. */
const quietLogger = {
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
