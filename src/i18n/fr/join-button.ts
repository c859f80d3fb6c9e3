import type {JoinButtonStrings} from '../en/join-button.js';

/** Strings of `<pex-join-button>` (français). */
export const joinButton: JoinButtonStrings = {
  'join-button.label': 'Rejoindre {conference}',
  'join-button.no-conference': 'Ce bouton n’a pas de réunion : définissez son attribut conference.',
  'attribute.target': 'utilisez dialog, window ou desktop ; dialog est utilisé.',
  'attribute.webapp': 'ce n’est pas une adresse http ou https, la page Web App à côté du script est donc utilisée.',
};
