import {replacementsBetween} from '../../session/participants.js';
import type {ChatMessage, Participant} from '../../session/types.js';

/** Messages closer together than this, from one sender in one conversation, are grouped. */
const GROUP_WINDOW_MS = 5 * 60 * 1000;
/** Whether `message` continues `previous`'s group (same sender and conversation, close in time). */
export function continues(previous: ChatMessage | undefined, message: ChatMessage): boolean {
  return (
    previous !== undefined &&
    previous.senderId === message.senderId &&
    previous.fromSelf === message.fromSelf &&
    previous.privateWith === message.privateWith &&
    message.at - previous.at < GROUP_WINDOW_MS
  );
}

/** Who can be sent a private message: the others who are in the meeting and can chat. */
export function canChatWith(participant: Participant): boolean {
  return (
    !participant.isSelf &&
    !participant.waiting &&
    !participant.calling &&
    !participant.streaming &&
    participant.supportsDirectChat
  );
}

/** The people who can be chosen as recipient: the same array while their ids and names stay. */
export class ChatRecipients {
  #list: readonly Participant[] = [];
  /** The participant list #list was made from. */
  #from: readonly Participant[] | undefined;

  of(participants: readonly Participant[]): readonly Participant[] {
    const from = this.#from;
    this.#from = participants;
    // Only updates that change no one's name or whether they can be chosen (the common case in a large meeting).
    const replaced = from && replacementsBetween(from, participants);
    if (
      replaced?.every(({before, after}) => canChatWith(before) === canChatWith(after) && before.displayName === after.displayName)
    ) {
      return this.#list;
    }
    const next = participants.filter(canChatWith);
    const previous = this.#list;
    const same =
      next.length === previous.length &&
      next.every(
        (participant, index) => participant.id === previous[index]?.id && participant.displayName === previous[index]?.displayName
      );
    if (!same) this.#list = next;
    return this.#list;
  }
}
