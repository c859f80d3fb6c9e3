import type {DevNodeConfig, DialProtocol, GatewayRule, ReceptionConfig, RoomConfig} from '../config/types.js';
import {Conference} from './conference.js';
import {REASONS} from './room-events.js';

export type Resolved =
  {readonly kind: 'room'; readonly conference: Conference} | {readonly kind: 'reception'; readonly reception: ReceptionConfig};

/**
 * Every alias the node answers for: Virtual Meeting Rooms (created from the configuration and
 * at runtime through /dev/rooms), Virtual Receptions and the gateway rules for dial-out.
 */
export class Registry {
  private readonly rooms = new Map<string, Conference>();
  private readonly receptions = new Map<string, ReceptionConfig>();
  private readonly gateway: readonly {rule: GatewayRule; pattern: RegExp}[];

  /** `onRoomCreated` lets the simulator populate a room whenever it is (re)created. */
  constructor(
    private readonly config: DevNodeConfig,
    private readonly onRoomCreated: (conference: Conference) => void
  ) {
    for (const reception of config.receptions) {
      for (const alias of reception.aliases) this.receptions.set(alias.toLowerCase(), reception);
    }
    this.gateway = config.gateway.map((rule) => ({rule, pattern: new RegExp(rule.match, 'i')}));
    for (const room of config.rooms) this.putRoom(room);
  }

  resolve(alias: string): Resolved | undefined {
    const key = alias.toLowerCase();
    const conference = this.rooms.get(key);
    if (conference) return {kind: 'room', conference};
    const reception = this.receptions.get(key);
    return reception ? {kind: 'reception', reception} : undefined;
  }

  room(alias: string): Conference | undefined {
    return this.rooms.get(alias.toLowerCase());
  }

  get conferences(): Conference[] {
    return [...new Set(this.rooms.values())];
  }

  /** Creates a room, or replaces the room(s) holding any of its aliases (their sessions end). */
  putRoom(config: RoomConfig): Conference {
    for (const alias of config.aliases) {
      if (this.receptions.has(alias.toLowerCase())) throw new Error(`alias "${alias}" belongs to a reception`);
    }
    for (const alias of config.aliases) this.deleteRoom(alias);
    const conference = new Conference(config, {...this.config.dialOut, ...config.dialOut}, this.config.mediaEngine);
    for (const alias of conference.aliases) this.rooms.set(alias, conference);
    this.onRoomCreated(conference);
    return conference;
  }

  /** Removes a room by any of its aliases; its sessions are disconnected. Returns false if unknown. */
  deleteRoom(alias: string): boolean {
    const conference = this.rooms.get(alias.toLowerCase());
    if (!conference) return false;
    for (const key of conference.aliases) this.rooms.delete(key);
    conference.close(REASONS.roomRemoved);
    return true;
  }

  /** The gateway rule a dial-out destination resolves through, if any. */
  route(destination: string, protocol: DialProtocol): GatewayRule | undefined {
    return this.gateway.find(
      ({rule, pattern}) => pattern.test(destination) && (!rule.protocols || rule.protocols.includes(protocol))
    )?.rule;
  }

  close(): void {
    for (const conference of this.conferences) conference.close(REASONS.roomRemoved);
    this.rooms.clear();
  }
}
