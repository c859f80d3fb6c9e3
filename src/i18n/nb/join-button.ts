import type {JoinButtonStrings} from '../en/join-button.js';

/** Strings of `<pex-join-button>` (norsk bokmål). */
export const joinButton: JoinButtonStrings = {
  'join-button.label': 'Bli med i {conference}',
  'join-button.no-conference': 'Denne knappen har ikke noe møte: sett attributtet conference.',
  'attribute.target': 'bruk dialog, window eller desktop; dialog brukes.',
  'attribute.webapp': 'det er ikke en http- eller https-adresse, så Web App-siden ved siden av skriptet brukes.',
};
