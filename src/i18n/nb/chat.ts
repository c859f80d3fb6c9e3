import type {ChatStrings} from '../en/chat.js';

/** Strings of `<pex-chat>` (norsk bokmål). */
export const chat: ChatStrings = {
  'chat.heading': 'Chat',
  'chat.unread': {one: '{count} ulest', other: '{count} uleste'},
  'chat.messages': 'Chatmeldinger',
  'chat.empty': 'Ingen meldinger ennå.',
  'chat.not-joined': 'Bli med i møtet for å chatte.',
  'chat.you': 'Du',
  'chat.someone-who-left': 'en som har gått',
  'chat.private-to': 'Privat til {name}',
  'chat.private-to-you': 'Privat til deg',
  'chat.sender-at': '{name}, {time}:',
  'chat.new-messages': {one: '{count} ny melding', other: '{count} nye meldinger'},
  'chat.preview-image': 'Bilde fra {host}',
  'chat.preview-video': 'Video fra {host}',
  'chat.show-preview': 'Vis forhåndsvisning fra {host}',
  'chat.show-more': 'Vis mer',

  'chat.switched-off': 'Chat er slått av for dette møtet.',
  'chat.to': 'Til',
  'chat.everyone': 'Alle',
  'chat.message': 'Melding',
  'chat.placeholder': 'Melding til alle',
  'chat.placeholder-room': 'Melding til alle i {room}',
  'chat.room': 'Rom',
  'chat.main-room': 'Hovedrommet',
  'chat.placeholder-private': 'Privat melding til {name}',
  'chat.send': 'Send',
  'chat.send-hint': 'Enter sender, Shift+Enter gir ny linje.',

  'chat.announce': '{name}: {text}',
  'chat.announce-private': 'Privat melding fra {name}: {text}',
  'chat.announce-many': {one: '{count} ny chatmelding.', other: '{count} nye chatmeldinger.'},
};
