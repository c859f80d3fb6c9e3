import type {JoinButtonStrings} from '../en/join-button.js';

/** Strings of `<pex-join-button>` (español). */
export const joinButton: JoinButtonStrings = {
  'join-button.label': 'Unirse a {conference}',
  'join-button.no-conference': 'Este botón no tiene reunión: defina su atributo conference.',
  'attribute.target': 'use dialog, window o desktop; se usa dialog.',
  'attribute.webapp': 'no es una dirección http o https, así que se usa la página de la Web App junto al script.',
};
