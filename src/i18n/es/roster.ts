import type {RosterStrings} from '../en/roster.js';

/** Strings of `<pex-roster>` and its DTMF keypad (español). */
export const roster: RosterStrings = {
  'roster.heading': 'Participantes',
  'roster.list': 'Participantes en la reunión',
  'roster.search': 'Buscar participantes',
  'roster.search-placeholder': 'Buscar por nombre',
  'roster.matches': '{count} de {total} mostrados',
  'roster.no-match': 'Nadie coincide con «{query}».',
  'roster.empty': 'Todavía no hay nadie en la reunión.',
  'roster.not-joined': 'Únase a la reunión para ver quién está.',
  'roster.you': '(usted)',
  'roster.role.host': 'Anfitrión',
  'roster.role.guest': 'Invitado',

  // Badges: each is the accessible name of its icon
  'roster.badge.calling': 'Recibiendo llamada',
  'roster.badge.waiting': 'Esperando para entrar',
  'roster.badge.streaming': 'Transmitiendo o grabando',
  'roster.badge.speaking': 'Hablando',
  'roster.badge.muted': 'Micrófono silenciado',
  'roster.badge.camera-off': 'Cámara apagada',
  'roster.badge.presenting': 'Presentando',
  'roster.badge.hand-raised': 'Mano levantada',
  'roster.badge.spotlight': 'Destacado',

  // Header
  'roster.add': 'Añadir participante',
  'roster.raise-hand': 'Levantar la mano',
  'roster.lower-hand': 'Bajar la mano',
  'roster.lower-all-hands': 'Bajar todas las manos',

  // Row actions
  'roster.actions': 'Acciones para {name}',
  'roster.admit': 'Dejar entrar a {name}',
  'roster.reject': 'Rechazar a {name}',
  'roster.action.admit': 'Dejar entrar',
  'roster.action.reject': 'Rechazar',
  'roster.action.message': 'Enviar un mensaje privado',
  'roster.action.mute': 'Silenciar al participante',
  'roster.action.unmute': 'Activar el sonido del participante',
  'roster.action.video-off': 'Detener su vídeo',
  'roster.action.video-on': 'Iniciar su vídeo',
  'roster.action.make-host': 'Hacer anfitrión',
  'roster.action.make-guest': 'Hacer invitado',
  'roster.action.presentation': 'Ver la presentación en el terminal',
  'roster.action.spotlight-on': 'Destacar',
  'roster.action.spotlight-off': 'Quitar de destacado',
  'roster.action.dtmf': 'Teclado (tonos DTMF)',
  'roster.action.disconnect': 'Desconectar',
  'roster.disconnect-heading': '¿Desconectar a {name}?',
  'roster.disconnect-message': '{name} saldrá de la reunión.',
  'roster.call-failed': 'La llamada a {name} no fue respondida o no se pudo conectar.',
  'roster.dismiss': 'Cerrar',

  // Live announcements
  'roster.joined': '{name} se ha unido a la reunión.',
  'roster.joined-many': {
    one: '{count} persona se ha unido a la reunión.',
    many: '{count} de personas se han unido a la reunión.',
    other: '{count} personas se han unido a la reunión.',
  },
  'roster.left': '{name} ha salido de la reunión.',
  'roster.left-many': {
    one: '{count} persona ha salido de la reunión.',
    many: '{count} de personas han salido de la reunión.',
    other: '{count} personas han salido de la reunión.',
  },

  // DTMF keypad
  'dtmf.heading': 'Teclado para {name}',
  'dtmf.keys': 'Teclado',
  'dtmf.hint': 'Pulse las teclas, o escriba 0–9, * y # con el teclado. Cada tono se envía al momento.',
  'dtmf.sent': 'Tonos enviados',
  'dtmf.none-sent': 'Ninguno todavía',
  'dtmf.key.star': 'Asterisco',
  'dtmf.key.hash': 'Almohadilla',
};
