import type {Message} from '../message.js';

/** Strings of `<pex-chat>` (English, the reference). */
export const chat = {
  'chat.heading': 'Chat',
  'chat.unread': {one: '{count} unread', other: '{count} unread'},
  'chat.messages': 'Chat messages',
  'chat.empty': 'No messages yet.',
  'chat.not-joined': 'Join the meeting to chat.',
  'chat.you': 'You',
  'chat.someone-who-left': 'someone who left',
  'chat.private-to': 'Private to {name}',
  'chat.private-to-you': 'Private to you',
  'chat.sender-at': '{name}, {time}:',
  'chat.new-messages': {one: '{count} new message', other: '{count} new messages'},
  'chat.preview-image': 'Image from {host}',
  'chat.preview-video': 'Video from {host}',
  'chat.show-preview': 'Show preview from {host}',
  'chat.show-more': 'Show more',

  // Composer
  'chat.switched-off': 'Chat is switched off for this meeting.',
  'chat.to': 'To',
  'chat.everyone': 'Everyone',
  'chat.message': 'Message',
  'chat.placeholder': 'Message everyone',
  'chat.placeholder-room': 'Message everyone in {room}',
  'chat.room': 'Room',
  'chat.main-room': 'Main room',
  'chat.placeholder-private': 'Message {name} privately',
  'chat.send': 'Send',
  'chat.send-hint': 'Enter sends, Shift+Enter starts a new line.',

  // Live announcements
  'chat.announce': '{name}: {text}',
  'chat.announce-private': 'Private message from {name}: {text}',
  'chat.announce-many': {one: '{count} new chat message.', other: '{count} new chat messages.'},
} as const;

export type ChatStrings = Record<keyof typeof chat, Message>;
