import type {CommonStrings} from '../en/common.js';

/** Strings shared by several elements (Deutsch). */
export const common: CommonStrings = {
  'common.close': 'Schließen',
  'common.cancel': 'Abbrechen',
  'common.ok': 'OK',
  'common.unbound':
    'Mit keinem Meeting verbunden: Setzen Sie dieses Element in <pex-conference> oder geben Sie ihm for="<id einer pex-conference>".',
  'common.missing': 'Auf dieser Seite gibt es kein <pex-conference id="{id}">.',
  'common.action-refused': 'Das hat nicht funktioniert: Der Meeting-Server hat es abgelehnt ({detail}).',
  'common.action-not-host': 'Nur Gastgeber können das tun.',
  'common.action-not-in-call': 'Treten Sie zuerst dem Meeting bei.',
  'common.action-invalid': 'Das ist nicht gültig: {detail}.',
  'common.action-bad-answer':
    'Das hat nicht funktioniert: Der Meeting-Server hat eine Antwort gesendet, die diese Seite nicht versteht.',

  // Adding a participant (host menu and roster)
  'dial.heading': 'Teilnehmer hinzufügen',
  'dial.destination': 'Anzurufende Adresse',
  'dial.destination-hint': 'Eine SIP-, H.323- oder Lync-Adresse, eine Nummer oder eine RTMP-URL zum Streamen.',
  'dial.protocol': 'Protokoll',
  'dial.protocol.sip': 'SIP',
  'dial.protocol.h323': 'H.323',
  'dial.protocol.mssip': 'Lync / Skype for Business',
  'dial.protocol.rtmp': 'RTMP (Streaming oder Aufzeichnung)',
  'dial.protocol.auto': 'Automatisch',
  'dial.role': 'Rolle',
  'dial.role.host': 'Gastgeber',
  'dial.role.guest': 'Gast',
  'dial.submit': 'Anrufen',
  'dial.missing-destination': 'Geben Sie die anzurufende Adresse ein.',
  'dial.calling': '{destination} wird angerufen…',
};
