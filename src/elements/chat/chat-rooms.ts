import {html, nothing, type TemplateResult} from 'lit';
import type {LocalizeController} from '../../i18n/localize-controller.js';
import {MAIN_ROOM_ID, type ChatMessage, type ConferenceState} from '../../session/types.js';

const NO_MESSAGES: readonly ChatMessage[] = Object.freeze([]);

/** The room whose chat is shown: ours, or (hosts) a breakout room they chose (`chosen`) that is still open. */
export function shownRoom(state: ConferenceState, chosen: string | undefined): string {
  const current = state.breakouts.currentRoomId;
  if (!state.hostControls || chosen === undefined) return current;
  return chosen === MAIN_ROOM_ID || Object.hasOwn(state.breakouts.rooms, chosen) ? chosen : current;
}

/** The messages of the room shown (other rooms' come from `roomChats`). */
export function messagesOf(state: ConferenceState, chosen: string | undefined): readonly ChatMessage[] {
  const room = shownRoom(state, chosen);
  if (room === state.breakouts.currentRoomId) return state.chat;
  return Object.hasOwn(state.roomChats, room) ? state.roomChats[room] : NO_MESSAGES;
}

export function roomName(localize: LocalizeController, state: ConferenceState, roomId: string): string {
  if (roomId === MAIN_ROOM_ID) return localize.t('chat.main-room');
  return Object.hasOwn(state.breakouts.rooms, roomId) ? state.breakouts.rooms[roomId].name : '';
}

/** Hosts while breakout rooms are open: which room's chat to read (and write in). */
export function renderRoomChoice(
  localize: LocalizeController,
  state: ConferenceState,
  chosen: string | undefined,
  onChange: (event: Event) => void
): TemplateResult | typeof nothing {
  const rooms = Object.values(state.breakouts.rooms);
  if (!state.hostControls || rooms.length === 0) return nothing;
  const shown = shownRoom(state, chosen);
  const ids = [MAIN_ROOM_ID, ...rooms.map(({id}) => id).filter((id) => id !== MAIN_ROOM_ID)];
  return html`<div class="room-choice">
    <label for="room">${localize.t('chat.room')}</label>
    <select id="room" part="room-select" @change=${onChange}>
      ${ids.map((id) => html`<option value=${id} ?selected=${id === shown}>${roomName(localize, state, id)}</option>`)}
    </select>
  </div>`;
}
