import type {RosterStrings} from '../en/roster.js';

/** Strings of `<pex-roster>` and its DTMF keypad (Deutsch). */
export const roster: RosterStrings = {
  'roster.heading': 'Teilnehmer',
  'roster.list': 'Teilnehmer im Meeting',
  'roster.search': 'Teilnehmer suchen',
  'roster.search-placeholder': 'Nach Namen suchen',
  'roster.matches': '{count} von {total} angezeigt',
  'roster.no-match': 'Niemand passt zu „{query}“.',
  'roster.empty': 'Noch niemand ist im Meeting.',
  'roster.not-joined': 'Treten Sie dem Meeting bei, um zu sehen, wer dabei ist.',
  'roster.you': '(Sie)',
  'roster.role.host': 'Gastgeber',
  'roster.role.guest': 'Gast',

  // Badges: each is the accessible name of its icon
  'roster.badge.calling': 'Wird angerufen',
  'roster.badge.waiting': 'Wartet auf Einlass',
  'roster.badge.streaming': 'Streamt oder zeichnet auf',
  'roster.badge.speaking': 'Spricht',
  'roster.badge.muted': 'Mikrofon stumm',
  'roster.badge.camera-off': 'Kamera aus',
  'roster.badge.presenting': 'Präsentiert',
  'roster.badge.hand-raised': 'Hand gehoben',
  'roster.badge.spotlight': 'Hervorgehoben',

  // Header
  'roster.add': 'Teilnehmer hinzufügen',
  'roster.raise-hand': 'Hand heben',
  'roster.lower-hand': 'Hand senken',
  'roster.lower-all-hands': 'Alle Hände senken',

  // Row actions
  'roster.actions': 'Aktionen für {name}',
  'roster.admit': '{name} einlassen',
  'roster.reject': '{name} abweisen',
  'roster.action.admit': 'Einlassen',
  'roster.action.reject': 'Abweisen',
  'roster.action.message': 'Private Nachricht senden',
  'roster.action.mute': 'Teilnehmer stummschalten',
  'roster.action.unmute': 'Stummschaltung aufheben',
  'roster.action.video-off': 'Video anhalten',
  'roster.action.video-on': 'Video starten',
  'roster.action.make-host': 'Zum Gastgeber machen',
  'roster.action.make-guest': 'Zum Gast machen',
  'roster.action.presentation': 'Präsentation auf dem Endgerät zeigen',
  'roster.action.spotlight-on': 'Hervorheben',
  'roster.action.spotlight-off': 'Hervorhebung aufheben',
  'roster.action.dtmf': 'Tastenfeld (DTMF-Töne)',
  'roster.action.disconnect': 'Trennen',
  'roster.disconnect-heading': '{name} trennen?',
  'roster.disconnect-message': '{name} wird aus dem Meeting entfernt.',
  'roster.call-failed': 'Der Anruf an {name} wurde nicht angenommen oder konnte nicht verbunden werden.',
  'roster.dismiss': 'Schließen',

  // Live announcements
  'roster.joined': '{name} ist dem Meeting beigetreten.',
  'roster.joined-many': {
    one: '{count} Person ist dem Meeting beigetreten.',
    other: '{count} Personen sind dem Meeting beigetreten.',
  },
  'roster.left': '{name} hat das Meeting verlassen.',
  'roster.left-many': {one: '{count} Person hat das Meeting verlassen.', other: '{count} Personen haben das Meeting verlassen.'},

  // DTMF keypad
  'dtmf.heading': 'Tastenfeld für {name}',
  'dtmf.keys': 'Tastenfeld',
  'dtmf.hint': 'Drücken Sie die Tasten oder tippen Sie 0–9, * und # auf der Tastatur. Jeder Ton wird sofort gesendet.',
  'dtmf.sent': 'Gesendete Töne',
  'dtmf.none-sent': 'Noch keine',
  'dtmf.key.star': 'Stern',
  'dtmf.key.hash': 'Raute',
};
