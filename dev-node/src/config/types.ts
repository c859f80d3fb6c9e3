/** The room and node configuration format (JSON). See dev-node/README.md. */
import type {MediaEngineKind} from '../media/room-media.js';

export type CallType = 'video' | 'video-only' | 'audio';
export type DialProtocol = 'sip' | 'h323' | 'mssip' | 'rtmp' | 'auto';
export type ParticipantRole = 'chair' | 'guest';

/** One signalling-only participant placed in a room at start. */
export interface SimulatedParticipantConfig {
  readonly displayName: string;
  readonly role?: ParticipantRole;
  /** connected (default), calling (a dial-out still ringing), waiting (waiting room). */
  readonly state?: 'connected' | 'calling' | 'waiting';
  readonly muted?: boolean;
  readonly videoMuted?: boolean;
  readonly presenting?: boolean;
  /** Shown as speaking (voice activity in `stage` events). */
  readonly speaking?: boolean;
  /** A streaming/recording device (RTMP). */
  readonly streaming?: boolean;
  readonly handRaised?: boolean;
  readonly audioOnly?: boolean;
  readonly protocol?: 'api' | 'webrtc' | 'sip' | 'rtmp' | 'h323' | 'mssip';
}

export interface ChatLine {
  /** Display name of the (simulated) sender. */
  readonly from: string;
  readonly text: string;
}

export interface SimulationConfig {
  /** Generate this many participants with a mix of states (added to `participants`). */
  readonly count?: number;
  readonly participants?: readonly SimulatedParticipantConfig[];
  /** Messages posted one by one, in a loop, every `chatIntervalSeconds`. */
  readonly chatScript?: readonly ChatLine[];
  readonly chatIntervalSeconds?: number;
}

export interface DialOutConfig {
  /** Time a dialled participant stays "calling" before it connects or fails. */
  readonly connectDelayMs: number;
  /** How long a failed dial-out stays in the roster (with its reason) before it is removed. */
  readonly failedVisibleMs: number;
}

export interface RoomConfig {
  /** The first alias is the room's primary alias; matching is case-insensitive. */
  readonly aliases: readonly string[];
  readonly name: string;
  readonly hostPin?: string;
  readonly guestPin?: string;
  /** With a host PIN: may guests join at all? Default true. */
  readonly allowGuests?: boolean;
  /** How long guests wait for a host (or admission to a locked room) before being disconnected. */
  readonly hostTimeoutSeconds?: number;
  readonly locked?: boolean;
  /** Maximum number of participants; 0 or absent = unlimited. */
  readonly participantLimit?: number;
  readonly callType?: CallType;
  readonly chatEnabled?: boolean;
  readonly guestsCanPresent?: boolean;
  readonly simulated?: SimulationConfig;
  /** Overrides the node-wide dial-out timing for this room. */
  readonly dialOut?: Partial<DialOutConfig>;
}

export interface ReceptionConfig {
  readonly aliases: readonly string[];
  readonly name: string;
  /** Extension → alias of the room it leads to. */
  readonly extensions: Readonly<Record<string, string>>;
}

/** Dial-out destinations must match one rule's pattern to resolve. */
export interface GatewayRule {
  readonly name: string;
  /** A regular expression tested against the dialled destination. */
  readonly match: string;
  /** Protocols this rule accepts; absent = all. */
  readonly protocols?: readonly DialProtocol[];
}

export interface LimitsConfig {
  /** Sustained requests per second per session (or per client address before joining). */
  readonly requestsPerSecond: number;
  readonly burst: number;
  readonly maxBodyBytes: number;
  /** Token lifetime announced in `expires`; the SDK refreshes every third of it. */
  readonly tokenExpiresSeconds: number;
  readonly chatMaxLength: number;
}

export interface DevNodeConfig {
  readonly rooms: readonly RoomConfig[];
  readonly receptions: readonly ReceptionConfig[];
  readonly gateway: readonly GatewayRule[];
  readonly dialOut: DialOutConfig;
  readonly limits: LimitsConfig;
  /** How rooms serve media (not read from JSON: `--media` / `startDevNode({media})`); default forward. */
  readonly mediaEngine?: MediaEngineKind;
}
