import type {CommonStrings} from '../en/common.js';

/** Strings shared by several elements (norsk bokmål). */
export const common: CommonStrings = {
  'common.close': 'Lukk',
  'common.cancel': 'Avbryt',
  'common.ok': 'OK',
  'common.unbound':
    'Ikke koblet til et møte: plasser dette elementet inne i <pex-conference>, eller gi det for="<id til en pex-conference>".',
  'common.missing': 'Det finnes ingen <pex-conference id="{id}"> på denne siden.',
  'common.action-refused': 'Det gikk ikke: møteserveren avviste det ({detail}).',
  'common.action-not-host': 'Bare verter kan gjøre det.',
  'common.action-not-in-call': 'Bli med i møtet først.',
  'common.action-invalid': 'Det er ikke gyldig: {detail}.',
  'common.action-bad-answer': 'Det virket ikke: møteserveren sendte et svar denne siden ikke forstod.',

  'dial.heading': 'Legg til en deltaker',
  'dial.destination': 'Adresse å ringe',
  'dial.destination-hint': 'En SIP-, H.323- eller Lync-adresse, et nummer, eller en RTMP-URL for strømming.',
  'dial.protocol': 'Protokoll',
  'dial.protocol.sip': 'SIP',
  'dial.protocol.h323': 'H.323',
  'dial.protocol.mssip': 'Lync / Skype for Business',
  'dial.protocol.rtmp': 'RTMP (strømming eller opptak)',
  'dial.protocol.auto': 'Automatisk',
  'dial.role': 'Rolle',
  'dial.role.host': 'Vert',
  'dial.role.guest': 'Gjest',
  'dial.submit': 'Ring',
  'dial.missing-destination': 'Skriv inn adressen som skal ringes.',
  'dial.calling': 'Ringer {destination} …',
};
