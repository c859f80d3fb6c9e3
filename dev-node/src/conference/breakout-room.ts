import {Conference} from './conference.js';
import type {ConferenceStatus, EventTarget} from './room-events.js';
import {Participant} from './participant.js';
import {ClientSession} from './conference.js';

/** Events of a breakout room that reach the main event stream wrapped in `breakout_event` (the SDK's list). */
const WRAPPED = new Set([
  'participant_create',
  'participant_update',
  'participant_delete',
  'participant_sync_begin',
  'participant_sync_end',
  'message_received',
  'conference_update',
  'presentation_start',
  'presentation_stop',
  'live_captions',
]);
/** Events about the call itself (its speakers, its layout): a member gets them as they are. */
const DIRECT = new Set(['stage', 'layout']);

function wrapped(breakoutUuid: string, event: string, json: string): string {
  return `{"breakout_uuid":${JSON.stringify(breakoutUuid)},"event":${JSON.stringify(event)},"data":${json}}`;
}

/** The wrapped events of a room, to one main session or stream (hosts who observe the room). */
export function observerTarget(breakoutUuid: string, target: EventTarget): EventTarget {
  return {
    send: (event, data) => {
      if (WRAPPED.has(event))
        target.send('breakout_event', JSON.parse(wrapped(breakoutUuid, event, JSON.stringify(data ?? null))));
    },
  };
}

export interface BreakoutSettings {
  readonly name: string;
  readonly description: string | undefined;
  /** Unix time (seconds) when the room's timer ends it. */
  readonly endTime: number | undefined;
  readonly endAction: 'transfer' | 'disconnect';
  readonly guestsAllowedToLeave: boolean;
  /** The host who opened it: the requester of the moves its timer makes. */
  readonly openedBy: string;
}

/** What a room needs from the meeting it belongs to (conference/breakouts.ts). */
export interface RoomOwner {
  /** The main-room sessions of the hosts who observe the room. */
  observersOf(room: BreakoutRoom): readonly ClientSession[];
  /** A member left the room without being moved: by itself, or disconnected by a host. */
  memberLeft(room: BreakoutRoom, uuid: string, reason: string | undefined): void;
}

/** A help request from a room: `breakoutbuzz` in its status (`participant_uuid`, who asked, is a dev-node addition). */
export interface HelpRequest {
  readonly time: number;
  readonly value: boolean;
  readonly participant_uuid?: string;
}

/**
 * A breakout room: a conference of its own (roster, chat, lock, mutes, presentation, layout,
 * captions and media relay), whose members keep their main-room session and token. Its events
 * reach them, and the hosts who observe it, over the main event stream as `breakout_event`.
 */
export class BreakoutRoom extends Conference {
  help: HelpRequest = {time: 0, value: false};
  /** Main-room participants told of this room with `breakout_begin`, to be told when it ends. */
  readonly informed = new Set<string>();
  endTimer: NodeJS.Timeout | undefined;
  /** The viewer whose view observing hosts get: in the room, seeing everyone. */
  private readonly observer: ClientSession;

  constructor(
    readonly uuid: string,
    readonly main: Conference,
    readonly settings: BreakoutSettings,
    private readonly owner: RoomOwner
  ) {
    // Not through the registry: the main room's simulated participants are not populated again here.
    super({...main.config, name: settings.name, locked: false}, main.dialOut, main.mediaEngine);
    const viewer = new Participant({
      kind: 'client',
      displayName: 'observer',
      role: 'chair',
      serviceType: 'conference',
      protocol: 'api',
      callDirection: 'in',
      localAlias: main.primaryAlias,
    });
    this.observer = new ClientSession(viewer, this, new Set());
  }

  override status(): ConferenceStatus {
    const {description, endTime, endAction, guestsAllowedToLeave} = this.settings;
    return {
      ...super.status(),
      breakout_rooms: false,
      breakout: true,
      breakout_name: this.settings.name,
      ...(description === undefined ? {} : {breakout_description: description}),
      ...(endTime === undefined ? {} : {end_time: endTime}),
      end_action: endAction,
      breakout_guests_allowed_to_leave: guestsAllowedToLeave,
      breakoutbuzz: {...this.help},
    };
  }

  override leave(uuid: string, reason?: string): void {
    const member = this.participants.has(uuid);
    super.leave(uuid, reason);
    if (member) this.owner.memberLeft(this, uuid, reason);
  }

  /** Sends the room's state to a host who observes it (as the wrapped events of a sync). */
  observe(target: EventTarget): void {
    this.sync(this.observer, observerTarget(this.uuid, target));
  }

  override publish(event: string, data: unknown, audience?: (viewer: Participant) => boolean): void {
    super.publish(event, data, audience);
    if (!audience || audience(this.observer.participant)) this.toObservers(event, JSON.stringify(data ?? null));
  }

  protected override announce(
    event: 'participant_create' | 'participant_update',
    subject: Participant,
    except?: Participant
  ): void {
    super.announce(event, subject, except);
    this.toObservers(event, JSON.stringify(subject.toWire()));
  }

  protected override announceDeletion(subject: Participant, except?: Participant): void {
    super.announceDeletion(subject, except);
    this.toObservers('participant_delete', JSON.stringify({uuid: subject.uuid}));
  }

  private toObservers(event: string, json: string): void {
    if (!WRAPPED.has(event)) return;
    const message = wrapped(this.uuid, event, json);
    for (const session of this.owner.observersOf(this)) session.sendJson('breakout_event', message);
  }
}

/**
 * A member's session in a breakout room. Its events go out on the member's main session:
 * roster, chat, status, presentation and captions wrapped as `breakout_event`; the stage and
 * layout of its call as they are. A `disconnect` is not sent: leaving the room that way ends
 * the member's main session, which the main room tells (`RoomOwner.memberLeft`).
 */
export class BreakoutSession extends ClientSession {
  constructor(
    participant: Participant,
    readonly room: BreakoutRoom,
    readonly parent: ClientSession
  ) {
    super(participant, room, parent.aliases);
  }

  override sendJson(event: string, json: string): void {
    if (WRAPPED.has(event)) this.parent.sendJson('breakout_event', wrapped(this.room.uuid, event, json));
    else if (DIRECT.has(event)) this.parent.sendJson(event, json);
  }

  /** The streams are the main session's: they stay open. */
  override closeStreams(): void {}
}
