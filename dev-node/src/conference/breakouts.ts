import {randomUUID} from 'node:crypto';
import type {BreakoutsMap, MessageConferenceMap} from '@pexip/infinity-api';
import {HttpError} from '../http/reply.js';
import {BreakoutRoom, BreakoutSession, type RoomOwner} from './breakout-room.js';
import {captionsOf} from './captions.js';
import type {Conference, RoomHooks} from './conference.js';
import {REASONS, type EventTarget} from './room-events.js';
import {Participant} from './participant.js';
import type {ClientSession} from './conference.js';

/** The end of a room whose timer ran out with `end_action: disconnect` (a reason the SDK knows). */
const TIMER_ENDED = 'API initiated conference termination';

export type Destination = BreakoutRoom | 'main';

/**
 * The breakout rooms of one meeting. Hosts in the meeting observe every room (`breakout_begin`
 * with their own uuid, then the room's events as `breakout_event`). A participant moved to a
 * room leaves the main roster, gets `breakout_begin` with its uuid in the room (the same uuid),
 * the room's sync, and `breakout_refer`; its client then moves its call there. Moved back, it
 * gets `breakout_refer` to `main`, and guests `breakout_end`; the main room syncs it afresh.
 */
export class Breakouts implements RoomHooks, RoomOwner {
  readonly rooms = new Map<string, BreakoutRoom>();

  constructor(readonly main: Conference) {
    main.hooks.push(this);
  }

  open(opener: Participant, body: BreakoutsMap['Body']): BreakoutRoom {
    const duration = body.duration ?? 0;
    const room: BreakoutRoom = new BreakoutRoom(
      randomUUID(),
      this.main,
      {
        name: body.name,
        description: body.description,
        endTime: duration > 0 ? Date.now() / 1000 + duration : undefined,
        endAction: body.end_action ?? 'transfer',
        guestsAllowedToLeave: body.guests_allowed_to_leave ?? false,
        openedBy: opener.uuid,
      },
      this
    );
    this.rooms.set(room.uuid, room);
    for (const session of this.hostSessions()) this.introduce(room, session, session);
    if (duration > 0) room.endTimer = this.main.schedule(duration * 1000, () => this.close(room, TIMER_ENDED));
    try {
      for (const [from, uuids] of Object.entries(body.participants ?? {})) this.move(opener, uuids, room, this.destination(from));
    } catch (error) {
      this.close(room);
      throw error;
    }
    return room;
  }

  room(uuid: string): BreakoutRoom {
    const room = this.rooms.get(uuid);
    if (!room) throw new HttpError(404, 'Breakout room not found');
    return room;
  }

  /** The room a main-room participant is in now. */
  roomOf(participant: Participant): BreakoutRoom | undefined {
    return participant.breakoutUuid === undefined ? undefined : this.rooms.get(participant.breakoutUuid);
  }

  /** `''` and `main` name the main room (the schema says the first, the SDK sends the second). */
  destination(uuid: string): Destination {
    return uuid === '' || uuid === 'main' ? 'main' : this.room(uuid);
  }

  /** Moves participants (of the `from` room) to a room or back to the main room. */
  move(requester: Participant, uuids: readonly string[], to: Destination, from: Destination): void {
    const participants = uuids.map((uuid) => {
      const participant = this.main.participants.get(uuid);
      if (!participant || (this.roomOf(participant) ?? 'main') !== from) {
        throw new HttpError(400, `Participant ${uuid} is not in ${from === 'main' ? 'the main room' : `"${from.name}"`}`);
      }
      if (!participant.isAdmitted && participant.breakoutUuid === undefined) {
        throw new HttpError(400, `Participant ${uuid} is not in the meeting yet`);
      }
      return participant;
    });
    if (to === from) return;
    for (const participant of participants) {
      if (to === 'main') this.returnToMain(participant, requester);
      else this.enter(to, participant, requester);
      if (from === 'main') continue;
      from.leave(participant.uuid);
      // Hosts keep observing the room they left; guests are done with it.
      if (!this.isObserver(participant)) this.end(from, participant.uuid);
    }
  }

  /** `leavebreakout`: back to the main room, if the room lets guests go (hosts always may). */
  leave(participant: Participant): void {
    const room = this.roomOf(participant);
    if (!room) throw new HttpError(403, 'Not in a breakout room');
    if (!participant.isHost && !room.settings.guestsAllowedToLeave) {
      throw new HttpError(403, 'Guests may not leave this breakout room by themselves');
    }
    this.move(participant, [participant.uuid], 'main', room);
  }

  /** Everyone back to the main room; the rooms stay open. */
  empty(requester: Participant): void {
    for (const room of this.rooms.values()) this.move(requester, [...room.participants.keys()], 'main', room);
  }

  /** Ends a room: its members are moved back or disconnected (its end action), and everyone told of it gets `breakout_end`. */
  close(room: BreakoutRoom, disconnectReason: string = REASONS.conferenceEnded): void {
    if (!this.rooms.has(room.uuid)) return;
    const members = [...room.participants.keys()];
    if (room.settings.endAction === 'disconnect') {
      for (const uuid of members) this.main.leave(uuid, disconnectReason);
    } else {
      const opener = this.main.participants.get(room.settings.openedBy);
      for (const uuid of members) {
        const participant = this.main.participants.get(uuid);
        if (!participant) continue;
        this.returnToMain(participant, opener ?? participant);
        room.leave(uuid);
      }
    }
    for (const uuid of [...room.informed]) this.end(room, uuid);
    this.main.clearTimer(room.endTimer);
    this.rooms.delete(room.uuid);
    room.close(REASONS.roomRemoved);
  }

  closeAll(): void {
    for (const room of [...this.rooms.values()]) this.close(room);
  }

  /** `breakouts/message`: the host's message in every room's chat. */
  messageAll(from: Participant, message: MessageConferenceMap['Body']): void {
    for (const room of this.rooms.values()) {
      room.postMessage({
        at: Date.now(),
        fromUuid: from.uuid,
        from: from.displayName,
        type: message.type,
        payload: message.payload,
      });
    }
  }

  /** `breakoutbuzz` / `clearbreakoutbuzz`: a room asks for a host's help (shown in its status). */
  setHelp(room: BreakoutRoom, asking: Participant | undefined): void {
    room.help = {
      time: Math.floor(Date.now() / 1000),
      value: asking !== undefined,
      ...(asking ? {participant_uuid: asking.uuid} : {}),
    };
    room.publishStatus();
  }

  /** A participant made host observes the open rooms; one made guest stops (unless in the room). */
  changed(participant: Participant): void {
    const session = this.main.session(participant.uuid);
    if (!session) return;
    for (const room of this.rooms.values()) {
      if (room.participants.has(participant.uuid)) continue;
      const informed = room.informed.has(participant.uuid);
      if (this.isObserver(participant) && !informed) this.introduce(room, session, session);
      else if (!this.isObserver(participant) && informed) this.end(room, participant.uuid);
    }
  }

  /** Out of a room without a move (it disconnected itself, or a host did): out of the meeting. */
  memberLeft(room: BreakoutRoom, uuid: string, reason: string | undefined): void {
    if (this.main.participants.get(uuid)?.breakoutUuid === room.uuid) this.main.leave(uuid, reason);
  }

  /** A main-room participant left the meeting: it leaves its room too. */
  left(uuid: string): void {
    for (const room of this.rooms.values()) {
      if (room.participants.has(uuid)) room.leave(uuid);
      room.informed.delete(uuid);
    }
  }

  /** A main-room session (re)synced: a member gets its room again, a host every room it observes. */
  synced(session: ClientSession, target: EventTarget): void {
    const participant = session.participant;
    const room = this.roomOf(participant);
    const member = room?.session(participant.uuid);
    if (room && member) {
      target.send('breakout_begin', {breakout_uuid: room.uuid, participant_uuid: participant.uuid});
      room.sync(member);
    }
    if (!this.isObserver(participant)) return;
    for (const other of this.rooms.values()) {
      if (other !== room) this.introduce(other, session, target);
    }
  }

  private enter(room: BreakoutRoom, participant: Participant, requester: Participant): void {
    this.main.setBreakout(participant, room.uuid);
    const copy = new Participant({
      uuid: participant.uuid,
      kind: participant.kind,
      displayName: participant.displayName,
      role: participant.role,
      serviceType: 'conference',
      protocol: participant.protocol,
      callDirection: participant.callDirection,
      localAlias: participant.localAlias,
      ...(participant.uri === undefined ? {} : {uri: participant.uri}),
      ...(participant.callTag === undefined ? {} : {callTag: participant.callTag}),
    });
    copy.muted = participant.muted;
    copy.videoMuted = participant.videoMuted;
    const main = this.main.session(participant.uuid);
    if (!main) {
      room.join(copy);
      return;
    }
    main.send('breakout_begin', {breakout_uuid: room.uuid, participant_uuid: participant.uuid});
    room.informed.add(participant.uuid);
    const session = new BreakoutSession(copy, room, main);
    room.join(copy, session);
    room.sync(session);
    if (captionsOf(this.main).isShownTo(participant.uuid)) captionsOf(room).show(copy);
    main.send('breakout_refer', {breakout_uuid: room.uuid, breakout_name: room.name, requester_uuid: requester.uuid});
  }

  private returnToMain(participant: Participant, requester: Participant): void {
    const main = this.main.session(participant.uuid);
    main?.send('breakout_refer', {breakout_uuid: 'main', breakout_name: this.main.name, requester_uuid: requester.uuid});
    this.main.setBreakout(participant, undefined);
  }

  private end(room: BreakoutRoom, uuid: string): void {
    room.informed.delete(uuid);
    this.main.session(uuid)?.send('breakout_end', {breakout_uuid: room.uuid, participant_uuid: uuid});
  }

  /** `breakout_begin` with the host's own uuid, then the room's state. */
  private introduce(room: BreakoutRoom, session: ClientSession, target: EventTarget): void {
    const uuid = session.participant.uuid;
    target.send('breakout_begin', {breakout_uuid: room.uuid, participant_uuid: uuid});
    room.informed.add(uuid);
    room.observe(target);
  }

  /** Hosts in the meeting (in the main room or in a breakout room) observe the rooms. */
  private isObserver(participant: Participant): boolean {
    return participant.isHost && participant.serviceType === 'conference';
  }

  private hostSessions(): ClientSession[] {
    return [...this.main.clientSessions()].filter((session) => !session.ended && this.isObserver(session.participant));
  }

  /** Hosts told of the room who are not in it get its events. */
  observersOf(room: BreakoutRoom): ClientSession[] {
    return this.hostSessions().filter(
      (session) => room.informed.has(session.participant.uuid) && !room.participants.has(session.participant.uuid)
    );
  }
}

const breakouts = new WeakMap<Conference, Breakouts>();

/** The meeting's breakout rooms, created on first use. */
export function breakoutsOf(conference: Conference): Breakouts {
  let found = breakouts.get(conference);
  if (!found) {
    found = new Breakouts(conference);
    breakouts.set(conference, found);
  }
  return found;
}
