import {randomUUID} from 'node:crypto';
import type {EventStream} from '../events/event-stream.js';
import type {CallPeer} from '../media/peer.js';
import type {Conference} from './conference.js';
import type {Participant} from './participant.js';

/** A WebRTC call of a session: the SDK allows one at a time (a new one replaces the old). */
export interface Call {
  readonly uuid: string;
  readonly peer: CallPeer;
}

/**
 * The server side of one SDK client: its roster entry, its open event streams and its call.
 * Tokens point at sessions (auth/tokens.ts).
 */
export class ClientSession {
  readonly id = randomUUID();
  private readonly streams = new Set<EventStream>();
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

  addStream(stream: EventStream): void {
    this.streams.add(stream);
    stream.onClose(() => this.streams.delete(stream));
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
