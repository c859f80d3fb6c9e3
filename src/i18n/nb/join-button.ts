import type {JoinButtonStrings} from '../en/join-button.js';

/** Strings of `<pex-join-button>` (norsk bokmål). */
export const joinButton: JoinButtonStrings = {
  'join-button.label': 'Bli med i {conference}',
  'join-button.no-conference': 'Denne knappen har ikke noe møte: sett attributtet conference.',
};
