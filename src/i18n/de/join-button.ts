import type {JoinButtonStrings} from '../en/join-button.js';

/** Strings of `<pex-join-button>` (Deutsch). */
export const joinButton: JoinButtonStrings = {
  'join-button.label': '{conference} beitreten',
  'join-button.no-conference': 'Diese Schaltfläche hat kein Meeting: Setzen Sie ihr Attribut conference.',
  'attribute.target': 'Verwenden Sie dialog, window oder desktop; dialog wird verwendet.',
  'attribute.webapp': 'Es ist keine http- oder https-Adresse, daher wird die Web-App-Seite neben dem Skript verwendet.',
};
