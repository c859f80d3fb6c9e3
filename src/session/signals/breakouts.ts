import {MAIN_ROOM_ID, type BreakoutRoomInfo, type BreakoutsState, type ConferenceState} from '../types.js';
import type {SignalPayload} from './payloads.js';

/** Handlers of the breakout room signals: rooms opening and closing, our call moving, each room's status. */

function withBreakouts(state: ConferenceState, change: Partial<BreakoutsState>): ConferenceState {
  return {...state, breakouts: Object.freeze({...state.breakouts, ...change})};
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Readonly<Record<string, T>> {
  return Object.freeze(Object.fromEntries(Object.entries(record).filter(([id]) => id !== key)));
}

/** `onBreakoutBegin`: a room we are in or observe opened (or we learnt of it); our id in it. */
export function onBreakoutBegin(
  state: ConferenceState,
  {breakout_uuid: roomId, participant_uuid: selfId}: SignalPayload<'onBreakoutBegin'>
): ConferenceState {
  const {breakouts} = state;
  const room: BreakoutRoomInfo = Object.hasOwn(breakouts.rooms, roomId)
    ? breakouts.rooms[roomId]
    : Object.freeze({id: roomId, name: '', guestsAllowedToLeave: false});
  return withBreakouts(state, {
    selfIds: Object.freeze({...breakouts.selfIds, [roomId]: selfId}),
    rooms: Object.freeze({...breakouts.rooms, [roomId]: room}),
  });
}

/** `onBreakoutRefer`: a host moved us; the call is on its way to the room (or back to the main room). */
export function onBreakoutRefer(
  state: ConferenceState,
  {breakoutUuid, breakoutName}: SignalPayload<'onBreakoutRefer'>
): ConferenceState {
  return withBreakouts(state, {moving: Object.freeze({to: breakoutUuid, name: breakoutName})});
}

/** Our call is now in `roomId` (the SDK's `roomId` once it moved). */
export function withCallRoom(state: ConferenceState, roomId: string): ConferenceState {
  const previous = state.breakouts.currentRoomId;
  if (roomId === previous && !state.breakouts.moving) return state;
  const moved = withBreakouts(state, {currentRoomId: roomId, moving: undefined});
  if (roomId === previous) return moved;
  // The chat is the new room's; the one we leave is kept with the others.
  const chat = Object.hasOwn(state.roomChats, roomId) ? state.roomChats[roomId] : Object.freeze([]);
  return {...moved, chat, roomChats: without(Object.freeze({...state.roomChats, [previous]: state.chat}), roomId)};
}

/** `onBreakoutEnd`: a room closed, or we no longer observe it: forget it, its roster and status. */
export function onBreakoutEnd(state: ConferenceState, {breakout_uuid: roomId}: SignalPayload<'onBreakoutEnd'>): ConferenceState {
  const {breakouts} = state;
  const next = withBreakouts(state, {
    selfIds: without(breakouts.selfIds, roomId),
    rooms: without(breakouts.rooms, roomId),
    currentRoomId: breakouts.currentRoomId === roomId ? MAIN_ROOM_ID : breakouts.currentRoomId,
  });
  return {...next, rooms: without(state.rooms, roomId), roomChats: without(state.roomChats, roomId)};
}

/** `onConferenceStatus`: the main room says whether breakout rooms are on; a breakout room, its name, timer and help. */
export function onConferenceStatus(state: ConferenceState, {id, status}: SignalPayload<'onConferenceStatus'>): ConferenceState {
  if (id === MAIN_ROOM_ID) {
    const enabled = status.breakoutRooms;
    return enabled === state.breakouts.enabled ? state : withBreakouts(state, {enabled});
  }
  // The dev node (and Infinity's event) also says who asked: read it when it is there.
  const buzz: {time: number; value: boolean; participant_uuid?: unknown} | undefined = status.breakoutbuzz;
  const asker = typeof buzz?.participant_uuid === 'string' ? buzz.participant_uuid : undefined;
  const room: BreakoutRoomInfo = Object.freeze({
    id,
    name: status.breakoutName ?? (Object.hasOwn(state.breakouts.rooms, id) ? state.breakouts.rooms[id].name : ''),
    description: status.breakoutDescription,
    endTime: status.endTime || undefined,
    endAction: status.endAction,
    guestsAllowedToLeave: Boolean(status.guestsAllowedToLeave),
    help: buzz?.value ? Object.freeze({at: buzz.time, participantId: asker}) : undefined,
  });
  return withBreakouts(state, {rooms: Object.freeze({...state.breakouts.rooms, [id]: room})});
}

/**
 * Participants split evenly at random into `roomCount` rooms (sizes differ by one at most).
 * `random` returns numbers in [0, 1), as `Math.random` does.
 */
export function assignEvenly(ids: readonly string[], roomCount: number, random: () => number): string[][] {
  const shuffled = [...ids];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swapped = shuffled[i];
    shuffled[i] = shuffled[j];
    shuffled[j] = swapped;
  }
  const rooms: string[][] = Array.from({length: Math.max(0, roomCount)}, () => []);
  if (!rooms.length) return rooms;
  shuffled.forEach((id, index) => rooms[index % rooms.length].push(id));
  return rooms;
}
