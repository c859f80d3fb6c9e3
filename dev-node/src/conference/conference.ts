import {randomUUID} from 'node:crypto';
import type {DialOutConfig, ParticipantRole, RoomConfig} from '../config/types.js';
import type {EventStream} from '../events/event-stream.js';
import type {StageEntry} from '../media/relay.js';
import {createRoomMedia, type MediaEngineKind, type RoomMedia} from '../media/room-media.js';
import {type MediaSection, mediaSections} from '../media/sdp.js';
import {RoomFaults} from './faults.js';
import {MeetingStatus} from './meeting-status.js';
import {splashAfterSync} from './splash.js';
import {DEFAULT_LAYOUT, type LayoutName, layoutEvent} from './layouts.js';
import type {Participant, ServiceType} from './participant.js';
import {canSee, MAX_STREAMS_PER_TOKEN, mediaKindOf, presentationEvent, REASONS, stageEvent} from './room-events.js';
import type {Call, ChatEntry, ConferenceStatus, EventTarget, StageEvent} from './room-events.js';

/** Features kept beside the room (breakout rooms, captions): told when a participant changes or leaves, and when a session syncs. */
export interface RoomHooks {
  changed(participant: Participant): void;
  left(uuid: string): void;
  synced(session: ClientSession, target: EventTarget): void;
}

const DEFAULT_HOST_TIMEOUT_SECONDS = 300;
const CHAT_LOG_LIMIT = 10_000;

/**
 * The server side of one SDK client: its roster entry, its open event streams and its call.
 * Tokens point at sessions (auth/tokens.ts).
 */
export class ClientSession {
  readonly id = randomUUID();
  private readonly streams = new Set<EventStream>();
  /** Open streams per token that opened them, oldest first. */
  private readonly streamsByToken = new Map<string, EventStream[]>();
  call: Call | undefined;
  /** The latest `statistics` the client posted (dev-only, shown in /dev/state). */
  statistics: unknown;
  /** Guests waiting for a host (or for admission to a locked room) are dropped when this fires. */
  waitTimer: NodeJS.Timeout | undefined;
  ended = false;

  constructor(
    readonly participant: Participant,
    readonly conference: Conference,
    /** Lower-case aliases whose URLs this session may use (the room's and the one it joined by). */
    readonly aliases: ReadonlySet<string>
  ) {}

  acceptsAlias(alias: string): boolean {
    return this.aliases.has(alias.toLowerCase());
  }

  addStream(stream: EventStream, token: string): void {
    this.streams.add(stream);
    const ofToken = this.streamsByToken.get(token) ?? [];
    this.streamsByToken.set(token, ofToken);
    ofToken.push(stream);
    stream.onClose(() => {
      this.streams.delete(stream);
      ofToken.splice(ofToken.indexOf(stream), 1);
      if (ofToken.length === 0 && this.streamsByToken.get(token) === ofToken) this.streamsByToken.delete(token);
    });
    for (const oldest of ofToken.slice(0, Math.max(0, ofToken.length - MAX_STREAMS_PER_TOKEN))) oldest.close();
  }

  get streamCount(): number {
    return this.streams.size;
  }

  send(event: string, data: unknown): void {
    this.sendJson(event, JSON.stringify(data ?? null));
  }

  sendJson(event: string, json: string): void {
    for (const stream of this.streams) stream.sendJson(event, json);
  }

  closeStreams(): void {
    for (const stream of [...this.streams]) stream.close();
  }
}

/**
 * The runtime state of one Virtual Meeting Room: roster, client sessions, lock and mute state,
 * presentation floor, chat, and the media relay. Every roster change is announced here as
 * server-sent events to the sessions allowed to see it.
 */
export class Conference {
  readonly participants = new Map<string, Participant>();
  private readonly sessions = new Map<string, ClientSession>();
  readonly relay: RoomMedia;
  /** The room's layout (`transform_layout`); the composing engine draws it. */
  layout: LayoutName = DEFAULT_LAYOUT;
  readonly aliases: ReadonlySet<string>;
  locked: boolean;
  guestsMuted = false;
  guestsCanUnmute: boolean;
  presenterUuid: string | undefined;
  readonly chat: ChatEntry[] = [];
  /** Simulated participants shown as speaking (they have no audio to detect). */
  readonly simulatedSpeakers = new Set<string>();
  /** Faults a test switched on (`/dev/faults`); they die with the room. */
  readonly faults = new RoomFaults();
  /** `enable_overlay_text` of the latest `transform_layout` (participant names on their pictures). */
  layoutOverlayText = false;
  readonly hooks: RoomHooks[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;
  /** Started, classification and end time. */
  readonly meeting: MeetingStatus;

  constructor(
    readonly config: RoomConfig,
    readonly dialOut: DialOutConfig,
    /** Breakout rooms take their main room's engine. */
    readonly mediaEngine: MediaEngineKind = 'forward'
  ) {
    this.locked = config.locked ?? false;
    this.guestsCanUnmute = config.guestsCanUnmute ?? true;
    this.aliases = new Set(config.aliases.map((alias) => alias.toLowerCase()));
    this.relay = createRoomMedia(mediaEngine, {
      onStageChange: () => this.publish('stage', this.stage()),
      layout: () => this.layout,
      // The SDK reads the still's id from the event's data (`lastEventId`) and passes it on.
      onPresentationFrame: (id) =>
        this.publish(
          'presentation_frame',
          {lastEventId: id},
          (viewer) => viewer.isAdmitted && viewer.receivesPresentation && viewer.uuid !== this.presenterUuid
        ),
    });
    this.meeting = new MeetingStatus(this);
  }

  get name(): string {
    return this.config.name;
  }

  get primaryAlias(): string {
    return this.config.aliases[0];
  }

  get hasHostPin(): boolean {
    return this.config.hostPin !== undefined;
  }

  /** The `conference_update` / `conference_status` payload. */
  status(): ConferenceStatus {
    return {
      locked: this.locked,
      guests_muted: this.guestsMuted,
      ...this.meeting.wire(),
      all_muted: false,
      guests_can_unmute: this.guestsCanUnmute,
      guests_can_present: this.config.guestsCanPresent ?? true,
      presentation_allowed: true,
      direct_media: false,
      live_captions_available: this.config.captions?.available ?? true,
      breakout_rooms: this.config.breakoutRooms ?? true,
    };
  }

  session(uuid: string): ClientSession | undefined {
    return this.sessions.get(uuid);
  }

  hasHost(): boolean {
    for (const participant of this.participants.values()) {
      if (participant.isAdmitted && participant.isHost) return true;
    }
    return false;
  }

  /**
   * Where a newcomer lands (admin guide, "Locking"): a locked room holds everyone except hosts of
   * a room with a host PIN; guests of a hosted room wait until a host is present.
   */
  admissionFor(role: ParticipantRole): ServiceType {
    if (this.locked && !(this.hasHostPin && role === 'chair')) return 'waiting_room';
    if (this.hasHostPin && role === 'guest' && !this.hasHost()) return 'waiting_room';
    if (role === 'guest' && !this.meeting.started) return 'waiting_room';
    return 'conference';
  }

  get isFull(): boolean {
    const limit = this.config.participantLimit ?? 0;
    return limit > 0 && this.participants.size >= limit;
  }

  /** Adds a participant (with its client session, if any) and announces it. */
  join(participant: Participant, session?: ClientSession): void {
    if (this.guestsMuted && !participant.isHost) participant.muted = true;
    this.participants.set(participant.uuid, participant);
    if (session) this.sessions.set(participant.uuid, session);
    this.announce('participant_create', participant);
    if (session && participant.serviceType === 'waiting_room') this.startWaitTimer(session);
    if (participant.isAdmitted && participant.isHost) this.admitWhoCanEnter();
  }

  /**
   * Removes a participant. With a reason, its client first receives the `disconnect` event (a
   * server-side disconnect); without one it left by itself.
   */
  leave(uuid: string, reason?: string): void {
    const participant = this.participants.get(uuid);
    if (!participant) return;
    const session = this.sessions.get(uuid);
    if (session) {
      if (reason !== undefined) session.send('disconnect', {reason});
      this.endSession(session);
    }
    if (this.presenterUuid === uuid) this.releaseFloor(participant);
    this.participants.delete(uuid);
    this.announceDeletion(participant);
    for (const hook of this.hooks) hook.left(uuid);
  }

  /**
   * Moves a participant out of the main room's roster into a breakout room (its session, token
   * and event stream stay), or back (`undefined`): the others see it leave or return, and a
   * returning session gets a fresh sync.
   */
  setBreakout(participant: Participant, breakoutUuid: string | undefined): void {
    if (participant.breakoutUuid === breakoutUuid) return;
    if (breakoutUuid !== undefined) {
      if (this.presenterUuid === participant.uuid) this.releaseFloor(participant);
      if (participant.breakoutUuid === undefined) this.announceDeletion(participant, participant);
      participant.breakoutUuid = breakoutUuid;
    } else {
      participant.breakoutUuid = undefined;
      const session = this.sessions.get(participant.uuid);
      if (session) this.sync(session);
      this.announce('participant_create', participant, participant);
    }
    this.relay.route();
  }

  /** The client sessions in the room (dev faults act on them). */
  clientSessions(): IterableIterator<ClientSession> {
    return this.sessions.values();
  }

  /** Lets a waiting participant in (host admit, host arrival or unlock). */
  admit(participant: Participant): void {
    if (participant.serviceType !== 'waiting_room') return;
    participant.serviceType = 'conference';
    const session = this.sessions.get(participant.uuid);
    if (session) {
      this.clearTimer(session.waitTimer);
      session.waitTimer = undefined;
      this.sync(session);
    }
    this.announce('participant_update', participant);
    this.relay.route();
    if (participant.isHost) this.admitWhoCanEnter();
  }

  /** Announces a changed participant and lets the relay react (mutes, roles, presentation rights). */
  changed(participant: Participant): void {
    this.announce('participant_update', participant);
    this.relay.route();
    for (const hook of this.hooks) hook.changed(participant);
  }

  setLocked(locked: boolean): void {
    this.locked = locked;
    this.publishStatus();
    if (!locked) this.admitWhoCanEnter();
  }

  publishStatus(): void {
    this.publish('conference_update', this.status(), () => true);
  }

  /** Sends an event to every client session whose participant matches (default: in the meeting). */
  publish(event: string, data: unknown, audience: (viewer: Participant) => boolean = (viewer) => viewer.isAdmitted): void {
    const json = JSON.stringify(data ?? null);
    for (const session of this.sessions.values()) {
      if (audience(session.participant)) session.sendJson(event, json);
    }
  }

  /**
   * The sequence a freshly opened event stream gets (protocol notes §2); also replayed to a
   * session whose view widens (admitted from the waiting room).
   */
  sync(session: ClientSession, target: EventTarget = session): void {
    const viewer = session.participant;
    target.send('participant_sync_begin', {});
    for (const participant of this.participants.values()) {
      if (canSee(viewer, participant)) target.send('participant_create', participant.toWire());
    }
    target.send('participant_sync_end', {});
    target.send('conference_update', this.status());
    if (viewer.isAdmitted) {
      const stage = this.stage();
      if (stage.length > 0) target.send('stage', stage);
    }
    const presenter = this.presenterUuid === undefined ? undefined : this.participants.get(this.presenterUuid);
    if (presenter && presenter !== viewer && viewer.isAdmitted && viewer.receivesPresentation) {
      target.send('presentation_start', presentationEvent(presenter));
      // The current still too, so that one joining in still-image mode need not wait for a change.
      const still = this.relay.presentationStill();
      if (still) target.send('presentation_frame', {lastEventId: still.id});
    }
    if (viewer.isAdmitted) target.send('layout', layoutEvent(this.layout, this.layoutOverlayText, this.admittedUuids()));
    for (const hook of this.hooks) hook.synced(session, target);
    splashAfterSync(this.config.theme, session, target);
  }

  /** Everyone in the meeting proper, in roster order (the `layout` event lists them). */
  admittedUuids(): string[] {
    return [...this.participants.values()].filter((participant) => participant.isAdmitted).map((participant) => participant.uuid);
  }

  takeFloor(participant: Participant): void {
    const previous = this.presenterUuid === undefined ? undefined : this.participants.get(this.presenterUuid);
    if (previous && previous !== participant) {
      previous.presenting = false;
      this.announce('participant_update', previous);
    }
    this.presenterUuid = participant.uuid;
    participant.presenting = true;
    this.announce('participant_update', participant);
    // The previous presenter gets presentation_start too: that is how the SDK learns its share was taken over.
    this.publish(
      'presentation_start',
      presentationEvent(participant),
      (viewer) => viewer !== participant && viewer.isAdmitted && viewer.receivesPresentation
    );
    this.relay.setPresenter(participant.uuid);
  }

  releaseFloor(participant: Participant): void {
    if (this.presenterUuid !== participant.uuid) return;
    this.presenterUuid = undefined;
    participant.presenting = false;
    this.announce('participant_update', participant);
    this.publish('presentation_stop', {}, (viewer) => viewer !== participant && viewer.isAdmitted);
    this.relay.setPresenter(undefined);
  }

  /**
   * Starts a WebRTC call for a session (replacing any previous one, as when a control-only
   * session escalates to audio/video) and returns the answer.
   */
  async startCall(session: ClientSession, offer: string): Promise<Call & {sdp: string}> {
    this.endCall(session);
    const participant = session.participant;
    const call: Call = {uuid: randomUUID(), peer: this.relay.createPeer(participant.uuid, () => this.relay.route())};
    session.call = call;
    try {
      const sdp = await call.peer.answer(offer);
      if (session.call !== call) throw new Error('Call replaced while negotiating');
      this.relay.add({
        uuid: participant.uuid,
        peer: call.peer,
        isAdmitted: () => participant.isAdmitted,
        isAudioMuted: () => participant.muted,
        receivesPresentation: () => participant.receivesPresentation,
        displayName: () => participant.displayName,
        isVideoMuted: () => participant.videoMuted,
      });
      this.setMedia(participant, mediaSections(offer));
      return {...call, sdp};
    } catch (error) {
      if (session.call === call) this.endCall(session);
      else void call.peer.close();
      throw error;
    }
  }

  /** Renegotiation (presentation on/off, stream changes, ICE restarts): returns the answer. */
  async renegotiateCall(session: ClientSession, call: Call, offer: string): Promise<string> {
    const sdp = await call.peer.answer(offer);
    this.setMedia(session.participant, mediaSections(offer));
    return sdp;
  }

  endCall(session: ClientSession): void {
    const call = session.call;
    if (!call) return;
    session.call = undefined;
    this.relay.remove(session.participant.uuid);
    void call.peer.close();
    if (this.presenterUuid === session.participant.uuid) this.releaseFloor(session.participant);
    if (!session.ended) this.setMedia(session.participant, []);
  }

  /** Records a chat message and delivers it to everyone else in the meeting, or to one recipient. */
  postMessage(entry: ChatEntry): void {
    this.chat.push(entry);
    if (this.chat.length > CHAT_LOG_LIMIT) this.chat.splice(0, this.chat.length - CHAT_LOG_LIMIT);
    const event = {
      origin: entry.from,
      uuid: entry.fromUuid,
      type: entry.type,
      payload: entry.payload,
      direct: entry.toUuid !== undefined,
    };
    this.publish('message_received', event, (viewer) =>
      entry.toUuid === undefined ? viewer.isAdmitted && viewer.uuid !== entry.fromUuid : viewer.uuid === entry.toUuid
    );
  }

  /** A timer that dies with the conference. */
  schedule(ms: number, action: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, ms);
    this.timers.add(timer);
    return timer;
  }

  /** A repeating timer that dies with the conference. */
  every(ms: number, action: () => void): NodeJS.Timeout {
    const timer = setInterval(action, ms);
    this.timers.add(timer);
    return timer;
  }

  clearTimer(timer: NodeJS.Timeout | undefined): void {
    if (!timer) return;
    clearTimeout(timer);
    this.timers.delete(timer);
  }

  /** Ends every session (with a reason) and stops all timers and media. */
  close(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    for (const uuid of [...this.sessions.keys()]) this.leave(uuid, reason);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.relay.close();
    this.participants.clear();
  }

  private endSession(session: ClientSession): void {
    session.ended = true;
    this.clearTimer(session.waitTimer);
    session.waitTimer = undefined;
    this.endCall(session);
    session.closeStreams();
    this.sessions.delete(session.participant.uuid);
  }

  /** Updates the roster's media flags from the m-lines of the latest offer. */
  private setMedia(participant: Participant, sections: readonly MediaSection[]): void {
    const media = mediaKindOf(sections);
    const hasMedia = sections.length > 0;
    if (participant.media === media && participant.hasMedia === hasMedia) return;
    participant.media = media;
    participant.hasMedia = hasMedia;
    this.announce('participant_update', participant);
  }

  private startWaitTimer(session: ClientSession): void {
    const seconds = this.config.hostTimeoutSeconds ?? DEFAULT_HOST_TIMEOUT_SECONDS;
    session.waitTimer = this.schedule(seconds * 1000, () => {
      session.waitTimer = undefined;
      if (session.participant.serviceType === 'waiting_room') this.leave(session.participant.uuid, REASONS.hostTimeout);
    });
  }

  /**
   * Client participants still waiting are let in once the room would admit them now (a host
   * arrived, the room was unlocked, a role changed). Simulated waiters wait for an explicit admit.
   */
  admitWhoCanEnter(): void {
    for (const session of [...this.sessions.values()]) {
      const participant = session.participant;
      if (participant.serviceType === 'waiting_room' && this.admissionFor(participant.role) === 'conference') {
        this.admit(participant);
      }
    }
  }

  /** Sends a roster event to every session that may see the subject (but `except`). */
  protected announce(event: 'participant_create' | 'participant_update', subject: Participant, except?: Participant): void {
    const json = JSON.stringify(subject.toWire());
    for (const session of this.sessions.values()) {
      if (session.participant !== except && canSee(session.participant, subject)) session.sendJson(event, json);
    }
  }

  protected announceDeletion(subject: Participant, except?: Participant): void {
    const json = JSON.stringify({uuid: subject.uuid});
    for (const session of this.sessions.values()) {
      if (session.participant !== except && canSee(session.participant, subject)) session.sendJson('participant_delete', json);
    }
  }

  /** The `stage` event: speakers by recency (detected from audio, then simulated), with voice activity. */
  stage(): StageEvent {
    const simulated: StageEntry[] = [...this.simulatedSpeakers].map((uuid) => ({uuid, speaking: true}));
    return stageEvent([...this.relay.stage(), ...simulated]);
  }
}
