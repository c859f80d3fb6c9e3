/**
 * The conference state that the session owns and the elements render. Everything here is plain,
 * immutable data (media streams are opaque handles); a change always produces a new object.
 */

/** Where a session is in its life. */
export type Phase =
  /** Not joined: the pre-join screen. */
  | 'idle'
  /** Asking the node for a token, opening the event stream, setting up media. */
  | 'connecting'
  /** The node wants a host or guest PIN (see `ConferenceState.pinRequest`). */
  | 'pin-required'
  /** A Virtual Reception wants the extension of the room to join. */
  | 'extension-required'
  /** Admitted to the node but held outside the meeting (see `ConferenceState.waitingReason`). */
  | 'waiting'
  /** In the meeting. */
  | 'in-call'
  /** Left, disconnected by a host, or the meeting ended (see `ConferenceState.endReason`). */
  | 'ended'
  /** Could not join (see `ConferenceState.endReason`). */
  | 'failed';

export type Role = 'host' | 'guest';

/**
 * How media is sent: camera and microphone, microphone only, or neither (presentation and
 * conference control only, as Infinity Connect calls it).
 */
export type JoinMode = 'audio-video' | 'audio-only' | 'control-only';

/** A reason for leaving or failing, kept as a code so that the view can word it. */
export interface EndReason {
  /**
   * A Pexip error code such as `#pex154` (as mapped by the SDK), or one of the client-side codes:
   * `left` (the user left), `node-unreachable`, `sdk-unavailable`, `media-denied`,
   * `media-unavailable`, `invalid-options`, `connection-lost`.
   */
  readonly code: string;
  /** The node's own words, when it gave any (for logs and for codes we have no text for). */
  readonly detail?: string;
}

export interface PinRequest {
  readonly hostPin: boolean;
  readonly guestPin: boolean;
  /** The last PIN tried was wrong. */
  readonly invalid: boolean;
}

export interface ExtensionRequest {
  /** `standard` (Virtual Reception) or `mssip` (Lync/Skype conference ID). */
  readonly type: string;
  readonly invalid: boolean;
}

/** Why a participant is held in the waiting room. */
export type WaitingReason = 'host' | 'locked';

export interface Participant {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly isSelf: boolean;
  /** Muted at the node, by themselves or by a host. */
  readonly microphoneMuted: boolean;
  readonly cameraMuted: boolean;
  readonly presenting: boolean;
  readonly speaking: boolean;
  /** Held outside a locked conference, or waiting for a host. */
  readonly waiting: boolean;
  /** Being dialled and not answered yet. */
  readonly calling: boolean;
  /** A streaming or recording participant (RTMP). */
  readonly streaming: boolean;
  readonly handRaised: boolean;
  readonly spotlight: boolean;
  /** Whether a host allows this participant to receive the presentation. */
  readonly receivesPresentation: boolean;
  readonly protocol: string;
  readonly callType: 'audio' | 'video' | 'api';
  readonly uri: string;
  /** A gateway call or a participant added by dial-out (DTMF makes sense for them). */
  readonly external: boolean;
  readonly canMute: boolean;
  readonly canDisconnect: boolean;
  /** Unix time in seconds. */
  readonly joinedAt: number;
}

export interface ConferenceStatus {
  readonly locked: boolean;
  readonly guestsMuted: boolean;
  readonly guestsCanUnmute: boolean;
  readonly presentationAllowed: boolean;
}

export interface ChatMessage {
  readonly id: string;
  readonly senderId: string;
  readonly senderName: string;
  readonly text: string;
  /** Milliseconds since the epoch. */
  readonly at: number;
  /** Set for a private message: the other party of the conversation. */
  readonly privateWith?: string;
  readonly fromSelf: boolean;
}

export interface MediaState {
  readonly mode: JoinMode;
  readonly local?: MediaStream;
  readonly remote?: MediaStream;
  readonly microphoneMuted: boolean;
  readonly cameraOff: boolean;
}

/** One media stream's numbers, as the SDK's stats collector reports them every second. */
export interface StreamStats {
  /** Bits per second. */
  readonly bitrate?: number;
  /** Packets received (inbound) or sent (outbound). */
  readonly packets: number;
  readonly packetsLost: number;
  /** Percent of packets lost recently. */
  readonly recentLossPercent?: number;
  /** Seconds. */
  readonly jitter?: number;
  readonly codec?: string;
  /** Such as `640x360`. */
  readonly resolution?: string;
  readonly framesPerSecond?: number;
}

export interface DirectionStats {
  readonly audio?: StreamStats;
  readonly video?: StreamStats;
  readonly presentation?: StreamStats;
}

export interface CallStats {
  readonly inbound: DirectionStats;
  readonly outbound: DirectionStats;
  /** Milliseconds since the epoch. */
  readonly at: number;
}

export interface ConferenceState {
  readonly phase: Phase;
  /** The alias being joined or in use. */
  readonly conference: string;
  /** The room's name as the node gives it. */
  readonly conferenceName: string;
  readonly selfId?: string;
  readonly role?: Role;
  readonly participants: readonly Participant[];
  readonly conferenceStatus: ConferenceStatus;
  readonly media: MediaState;
  readonly chat: readonly ChatMessage[];
  readonly pinRequest?: PinRequest;
  readonly extensionRequest?: ExtensionRequest;
  readonly waitingReason?: WaitingReason;
  readonly stats?: CallStats;
  /** Media stalled and the SDK is restarting ICE. */
  readonly reconnecting: boolean;
  readonly endReason?: EndReason;
}

/** What `join()` needs; the element builds it from its attributes and the pre-join form. */
export interface JoinOptions {
  /** Base URL of a Conferencing Node or reverse proxy, without a trailing slash. */
  readonly node: string;
  readonly conference: string;
  readonly displayName: string;
  /** Kbps, 256–1864. */
  readonly bandwidth: number;
  readonly mode: JoinMode;
  readonly pin?: string;
  /** Used only without a PIN: `guest` joins a room that has a host PIN but no guest PIN. */
  readonly role?: Role;
  readonly extension?: string;
  readonly muteMicrophone?: boolean;
  readonly cameraId?: string;
  readonly microphoneId?: string;
}

/** Things that happen, as opposed to state: the element turns them into DOM events. */
export interface SessionEventMap {
  joined: {readonly conference: string; readonly selfId: string};
  left: {readonly reason: EndReason};
  error: {readonly reason: EndReason};
  'participant-join': {readonly participant: Participant};
  'participant-leave': {readonly participant: Participant};
  'chat-message': {readonly message: ChatMessage};
}

export const initialConferenceStatus: ConferenceStatus = Object.freeze({
  locked: false,
  guestsMuted: false,
  guestsCanUnmute: true,
  presentationAllowed: true,
});

export function initialState(conference = ''): ConferenceState {
  return Object.freeze({
    phase: 'idle',
    conference,
    conferenceName: '',
    participants: Object.freeze([]),
    conferenceStatus: initialConferenceStatus,
    media: Object.freeze({mode: 'audio-video', microphoneMuted: false, cameraOff: false}),
    chat: Object.freeze([]),
    reconnecting: false,
  });
}
