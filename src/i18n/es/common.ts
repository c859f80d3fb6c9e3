import type {CommonStrings} from '../en/common.js';

/** Strings shared by several elements (español). */
export const common: CommonStrings = {
  'common.close': 'Cerrar',
  'common.cancel': 'Cancelar',
  'common.ok': 'Aceptar',
  'common.unbound':
    'No conectado a ninguna reunión: coloque este elemento dentro de <pex-conference> o dele for="<id de una pex-conference>".',
  'common.missing': 'No hay ningún <pex-conference id="{id}"> en esta página.',
  'common.action-refused': 'No ha funcionado: el servidor de la reunión lo ha rechazado ({detail}).',
  'common.action-not-host': 'Solo los anfitriones pueden hacerlo.',
  'common.action-not-in-call': 'Únase primero a la reunión.',
  'common.action-invalid': 'No es válido: {detail}.',
  'common.action-bad-answer': 'No ha funcionado: el servidor de la reunión ha enviado una respuesta que esta página no entiende.',

  // Adding a participant (host menu and roster)
  'dial.heading': 'Añadir un participante',
  'dial.destination': 'Dirección a la que llamar',
  'dial.destination-hint': 'Una dirección SIP, H.323 o Lync, un número o una URL RTMP para transmitir.',
  'dial.protocol': 'Protocolo',
  'dial.protocol.sip': 'SIP',
  'dial.protocol.h323': 'H.323',
  'dial.protocol.mssip': 'Lync / Skype Empresarial',
  'dial.protocol.rtmp': 'RTMP (transmisión o grabación)',
  'dial.protocol.auto': 'Automático',
  'dial.role': 'Rol',
  'dial.role.host': 'Anfitrión',
  'dial.role.guest': 'Invitado',
  'dial.submit': 'Llamar',
  'dial.missing-destination': 'Escriba la dirección a la que llamar.',
  'dial.calling': 'Llamando a {destination}…',
};
