import type {Participant as SdkParticipant} from '@pexip/infinity';
import {mergeParticipants, toParticipant} from '../participants.js';
import {roomOf, statusOf} from '../selectors.js';
import {
  MAIN_ROOM_ID,
  type Classification,
  type ConferenceState,
  type ConferenceStatus,
  type Participant,
  type Role,
  type Room,
  type WaitingReason,
} from '../types.js';
import type {SignalPayload} from './payloads.js';

/**
 * Handlers of the SDK's per-room signals: participants and conference status. Each takes the
 * state and the signal's payload and returns the next state; a signal about a breakout room
 * changes that room only.
 */

function withRoom(state: ConferenceState, roomId: string, change: (room: Room) => Partial<Room>): ConferenceState {
  const room = roomOf(state, roomId);
  return {...state, rooms: Object.freeze({...state.rooms, [roomId]: Object.freeze({...room, ...change(room)})})};
}

/** Our id in a room: a node may give us another id in a breakout room (breakout_begin says which). */
function selfIdIn(state: ConferenceState, room: Room): string | undefined {
  return Object.hasOwn(state.breakouts.selfIds, room.id) ? state.breakouts.selfIds[room.id] : state.selfId;
}

/** Ours from the SDK's, keeping whether they speak (which only `onStage` tells). */
function convert(state: ConferenceState, room: Room, source: SdkParticipant): Participant {
  const previous = room.participants.find(({id}) => id === source.uuid);
  return toParticipant(source, selfIdIn(state, room), previous?.speaking ?? false);
}

/** Who presents, when it is someone else: derived from the main room's `presenting` flags. */
export function withPresenter(state: ConferenceState): ConferenceState {
  const presenter = roomOf(state).participants.find(({presenting, isSelf}) => presenting && !isSelf);
  if (presenter?.id === state.presentation.presenterId) return state;
  return {
    ...state,
    // A new presenter's stills are not the last one's.
    presentation: {
      ...state.presentation,
      presenterId: presenter?.id,
      presenterName: presenter?.displayName,
      frameId: undefined,
      still: undefined,
    },
  };
}

/** We are this participant, with this role; host controls unless we joined with `forceGuest`. */
export function withSelf(state: ConferenceState, selfId: string, role: Role, forceGuest: boolean): ConferenceState {
  const hostControls = role === 'host' && !forceGuest;
  if (selfId === state.selfId && role === state.role && hostControls === state.hostControls) return state;
  const rooms = Object.fromEntries(
    Object.entries(state.rooms).map(([id, room]) => {
      if (!room.participants.some((p) => p.isSelf !== (p.id === selfId))) return [id, room];
      const participants = room.participants.map((p) => (p.isSelf === (p.id === selfId) ? p : {...p, isSelf: p.id === selfId}));
      return [id, Object.freeze({...room, participants: Object.freeze(participants)})];
    })
  );
  return withPresenter({...state, selfId, role, hostControls, rooms: Object.freeze(rooms)});
}

/** `onMe`: who we are in the main room (our id in a breakout room is another, and not ours to keep). */
export function onMe(state: ConferenceState, {id, participant}: SignalPayload<'onMe'>, forceGuest: boolean): ConferenceState {
  if (id !== MAIN_ROOM_ID) return state;
  return withSelf(state, participant.uuid, participant.isHost ? 'host' : 'guest', forceGuest);
}

/**
 * `onParticipants`: a room's whole list (after each participant sync). `me` is the SDK's
 * `getMe()`: the sync that brings the first list may arrive before request_token's answer.
 */
export function onParticipants(
  state: ConferenceState,
  {id, participants}: SignalPayload<'onParticipants'>,
  me: SdkParticipant | undefined,
  forceGuest: boolean
): ConferenceState {
  const withMe = me && id === MAIN_ROOM_ID ? withSelf(state, me.uuid, me.isHost ? 'host' : 'guest', forceGuest) : state;
  const next = withRoom(withMe, id, (room) => ({
    participants: Object.freeze(participants.map((participant) => convert(withMe, room, participant))),
  }));
  return withPresenter(next);
}

/** A private chat goes back to everyone when its recipient's client no longer takes private messages. */
function withChatRecipientAble(state: ConferenceState): ConferenceState {
  const recipient = roomOf(state).participants.find(({id}) => id === state.chatRecipientId);
  return recipient && !recipient.supportsDirectChat ? {...state, chatRecipientId: undefined} : state;
}

/**
 * `onParticipantJoined` and `onParticipantUpdated`: participants added or changed, room by room.
 * One look for each at the room's list (a meeting may have thousands): who presents is looked for
 * again only when someone's `presenting` changed, the private chat's recipient only when they changed.
 */
export function onParticipantsChanged(state: ConferenceState, events: SignalPayload<'onParticipantJoined'>): ConferenceState {
  const touched = {presenting: false, recipient: false};
  const next = events.reduce(
    (current, {id, participant}) =>
      withRoom(current, id, (room) => {
        const at = room.participants.findIndex((one) => one.id === participant.uuid);
        const previous = at < 0 ? undefined : room.participants[at];
        const changed = toParticipant(participant, selfIdIn(current, room), previous?.speaking ?? false);
        if (id === MAIN_ROOM_ID && (previous?.presenting ?? false) !== changed.presenting) touched.presenting = true;
        if (changed.id === current.chatRecipientId) touched.recipient = true;
        const participants = [...room.participants];
        if (at < 0) participants.push(changed);
        else participants[at] = changed;
        return {participants: Object.freeze(participants)};
      }),
    state
  );
  const checked = touched.recipient ? withChatRecipientAble(next) : next;
  return touched.presenting ? withPresenter(checked) : checked;
}

export const onParticipantJoined = onParticipantsChanged;
export const onParticipantUpdated = onParticipantsChanged;

/** `onParticipantLeft`: participants gone; a private chat with someone who left the main room goes back to everyone. */
export function onParticipantLeft(state: ConferenceState, events: SignalPayload<'onParticipantLeft'>): ConferenceState {
  const next = events.reduce(
    (current, {id, participant}) =>
      withRoom(current, id, (room) => ({participants: mergeParticipants(room.participants, [], new Set([participant.uuid]))})),
    state
  );
  const recipient = next.chatRecipientId;
  const recipientLeft = recipient !== undefined && !roomOf(next).participants.some(({id}) => id === recipient);
  return withPresenter(recipientLeft ? {...next, chatRecipientId: undefined} : next);
}

/** `onStage`: who speaks now (voice activity), in the room we are in. */
export function onStage(state: ConferenceState, stages: SignalPayload<'onStage'>): ConferenceState {
  const speaking = new Set(stages.filter(({vad}) => vad > 0).map(({userId}) => userId));
  const room = roomOf(state);
  if (!room.participants.some((p) => p.speaking !== speaking.has(p.id))) return state;
  return withRoom(state, room.id, () => ({
    participants: Object.freeze(
      room.participants.map((p) => (p.speaking === speaking.has(p.id) ? p : Object.freeze({...p, speaking: !p.speaking})))
    ),
  }));
}

/** Why we are held in the waiting room, as the main room's status says. */
export function waitingReasonOf(status: ConferenceStatus): WaitingReason {
  if (status.locked) return 'locked';
  return status.started ? 'host' : 'not-started';
}

/** The SDK's classification (`levels` by index, `current` the index) as the level and its name. */
function classificationOf({classification}: SignalPayload<'onConferenceStatus'>['status']): Classification | undefined {
  if (!classification) return undefined;
  const {levels, current} = classification;
  return current in levels ? {level: current, label: levels[current]} : undefined;
}

/**
 * `onConferenceStatus`: a room's lock and mute settings, whether it started, its classification
 * and end time; in the waiting room, the main room's status says why we wait.
 */
export function onConferenceStatus(state: ConferenceState, {id, status}: SignalPayload<'onConferenceStatus'>): ConferenceState {
  const next = withRoom(state, id, (room) => ({
    status: Object.freeze({
      locked: status.locked,
      guestsMuted: status.guestsMuted,
      guestsCanUnmute: status.guestsCanUnmute ?? true,
      presentationAllowed: status.presentationAllowed,
      // Absent from older nodes' updates: the room's flag from joining stands.
      guestsCanPresent: status.guestsCanPresent ?? room.status.guestsCanPresent,
      started: status.started,
      classification: classificationOf(status),
      endsAt: status.endTime ? Math.round(status.endTime * 1000) : undefined,
    } satisfies ConferenceStatus),
  }));
  if (id !== MAIN_ROOM_ID || state.phase !== 'waiting') return next;
  return {...next, waitingReason: waitingReasonOf(statusOf(next))};
}

/**
 * The room's admin settings as request_token's answer gave them (the SDK's
 * `conferenceFeatureFlags`; absent ones are `false` there): chat, and whether guests may present.
 */
export function withFeatureFlags(
  state: ConferenceState,
  flags: {readonly chatEnabled: boolean; readonly guestsCanPresent: boolean} | undefined
): ConferenceState {
  if (!flags) return state;
  const next = withRoom(state, MAIN_ROOM_ID, (room) => ({
    status: Object.freeze({...room.status, guestsCanPresent: flags.guestsCanPresent}),
  }));
  return {...next, chatEnabled: flags.chatEnabled};
}
