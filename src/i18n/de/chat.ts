import type {ChatStrings} from '../en/chat.js';

/** Strings of `<pex-chat>` (Deutsch). */
export const chat: ChatStrings = {
  'chat.heading': 'Chat',
  'chat.unread': {one: '{count} ungelesen', other: '{count} ungelesen'},
  'chat.messages': 'Chatnachrichten',
  'chat.empty': 'Noch keine Nachrichten.',
  'chat.not-joined': 'Treten Sie dem Meeting bei, um zu chatten.',
  'chat.you': 'Sie',
  'chat.someone-who-left': 'jemand, der gegangen ist',
  'chat.private-to': 'Privat an {name}',
  'chat.private-to-you': 'Privat an Sie',
  'chat.sender-at': '{name}, {time}:',
  'chat.new-messages': {one: '{count} neue Nachricht', other: '{count} neue Nachrichten'},
  'chat.preview-image': 'Bild von {host}',
  'chat.preview-video': 'Video von {host}',

  // Composer
  'chat.to': 'An',
  'chat.everyone': 'Alle',
  'chat.message': 'Nachricht',
  'chat.placeholder': 'Nachricht an alle',
  'chat.placeholder-room': 'Nachricht an alle in {room}',
  'chat.room': 'Raum',
  'chat.main-room': 'Hauptraum',
  'chat.placeholder-private': 'Private Nachricht an {name}',
  'chat.send': 'Senden',
  'chat.send-hint': 'Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile.',

  // Live announcements
  'chat.announce': '{name}: {text}',
  'chat.announce-private': 'Private Nachricht von {name}: {text}',
  'chat.announce-many': {one: '{count} neue Chatnachricht.', other: '{count} neue Chatnachrichten.'},
  'chat.show-preview': 'Vorschau von {host} anzeigen',
  'chat.show-more': 'Mehr anzeigen',
  'chat.switched-off': 'Der Chat ist für dieses Meeting ausgeschaltet.',
};
