import type {ChatStrings} from '../en/chat.js';

/** Strings of `<pex-chat>` (español). */
export const chat: ChatStrings = {
  'chat.heading': 'Chat',
  'chat.unread': {one: '{count} sin leer', many: '{count} sin leer', other: '{count} sin leer'},
  'chat.messages': 'Mensajes del chat',
  'chat.empty': 'Todavía no hay mensajes.',
  'chat.not-joined': 'Únase a la reunión para chatear.',
  'chat.you': 'Usted',
  'chat.someone-who-left': 'alguien que se ha ido',
  'chat.private-to': 'Privado para {name}',
  'chat.private-to-you': 'Privado para usted',
  'chat.sender-at': '{name}, {time}:',
  'chat.new-messages': {
    one: '{count} mensaje nuevo',
    many: '{count} de mensajes nuevos',
    other: '{count} mensajes nuevos',
  },
  'chat.preview-image': 'Imagen de {host}',
  'chat.preview-video': 'Vídeo de {host}',

  // Composer
  'chat.to': 'Para',
  'chat.everyone': 'Todos',
  'chat.message': 'Mensaje',
  'chat.placeholder': 'Mensaje para todos',
  'chat.placeholder-room': 'Mensaje para todos en {room}',
  'chat.room': 'Sala',
  'chat.main-room': 'Sala principal',
  'chat.placeholder-private': 'Mensaje privado para {name}',
  'chat.send': 'Enviar',
  'chat.send-hint': 'Intro envía; Mayús+Intro empieza una línea nueva.',

  // Live announcements
  'chat.announce': '{name}: {text}',
  'chat.announce-private': 'Mensaje privado de {name}: {text}',
  'chat.announce-many': {
    one: '{count} mensaje nuevo en el chat.',
    many: '{count} de mensajes nuevos en el chat.',
    other: '{count} mensajes nuevos en el chat.',
  },
  'chat.show-preview': 'Mostrar vista previa de {host}',
  'chat.show-more': 'Mostrar más',
  'chat.switched-off': 'El chat está desactivado en esta reunión.',
};
