import type {ChatStrings} from '../en/chat.js';

/** Strings of `<pex-chat>` (français). */
export const chat: ChatStrings = {
  'chat.heading': 'Discussion',
  'chat.unread': {one: '{count} non lu', many: '{count} non lus', other: '{count} non lus'},
  'chat.messages': 'Messages de la discussion',
  'chat.empty': 'Aucun message pour l’instant.',
  'chat.not-joined': 'Rejoignez la réunion pour discuter.',
  'chat.you': 'Vous',
  'chat.someone-who-left': 'quelqu’un qui est parti',
  'chat.private-to': 'Privé pour {name}',
  'chat.private-to-you': 'Privé pour vous',
  'chat.sender-at': '{name}, {time} :',
  'chat.new-messages': {
    one: '{count} nouveau message',
    many: '{count} de nouveaux messages',
    other: '{count} nouveaux messages',
  },
  'chat.preview-image': 'Image de {host}',
  'chat.preview-video': 'Vidéo de {host}',

  // Composer
  'chat.to': 'À',
  'chat.everyone': 'Tout le monde',
  'chat.message': 'Message',
  'chat.placeholder': 'Message à tout le monde',
  'chat.placeholder-room': 'Message à tout le monde dans {room}',
  'chat.room': 'Salle',
  'chat.main-room': 'Salle principale',
  'chat.placeholder-private': 'Message privé à {name}',
  'chat.send': 'Envoyer',
  'chat.send-hint': 'Entrée envoie, Maj+Entrée commence une nouvelle ligne.',

  // Live announcements
  'chat.announce': '{name} : {text}',
  'chat.announce-private': 'Message privé de {name} : {text}',
  'chat.announce-many': {
    one: '{count} nouveau message de discussion.',
    many: '{count} de nouveaux messages de discussion.',
    other: '{count} nouveaux messages de discussion.',
  },
  'chat.show-preview': 'Afficher l’aperçu de {host}',
  'chat.show-more': 'Afficher plus',
  'chat.switched-off': 'Le chat est désactivé pour cette réunion.',
};
