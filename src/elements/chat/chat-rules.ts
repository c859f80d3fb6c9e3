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
