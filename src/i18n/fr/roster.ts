import type {RosterStrings} from '../en/roster.js';

/** Strings of `<pex-roster>` and its DTMF keypad (français). */
export const roster: RosterStrings = {
  'roster.heading': 'Participants',
  'roster.list': 'Participants à la réunion',
  'roster.search': 'Rechercher des participants',
  'roster.search-placeholder': 'Rechercher par nom',
  'roster.matches': '{count} sur {total} affichés',
  'roster.no-match': 'Personne ne correspond à « {query} ».',
  'roster.empty': 'Personne n’est encore dans la réunion.',
  'roster.not-joined': 'Rejoignez la réunion pour voir qui y participe.',
  'roster.you': '(vous)',
  'roster.role.host': 'Organisateur',
  'roster.role.guest': 'Invité',

  // Badges: each is the accessible name of its icon
  'roster.badge.calling': 'Appel en cours',
  'roster.badge.waiting': 'En attente d’admission',
  'roster.badge.streaming': 'Diffusion ou enregistrement',
  'roster.badge.speaking': 'Parle',
  'roster.badge.muted': 'Micro coupé',
  'roster.badge.camera-off': 'Caméra désactivée',
  'roster.badge.presenting': 'Présente',
  'roster.badge.hand-raised': 'Main levée',
  'roster.badge.spotlight': 'Mis en avant',

  // Header
  'roster.add': 'Ajouter un participant',
  'roster.raise-hand': 'Lever la main',
  'roster.lower-hand': 'Baisser la main',
  'roster.lower-all-hands': 'Baisser toutes les mains',

  // Row actions
  'roster.actions': 'Actions pour {name}',
  'roster.admit': 'Admettre {name}',
  'roster.reject': 'Refuser {name}',
  'roster.action.admit': 'Admettre',
  'roster.action.reject': 'Refuser',
  'roster.action.message': 'Envoyer un message privé',
  'roster.action.mute': 'Couper le micro du participant',
  'roster.action.unmute': 'Réactiver le micro du participant',
  'roster.action.video-off': 'Arrêter sa vidéo',
  'roster.action.video-on': 'Démarrer sa vidéo',
  'roster.action.make-host': 'Nommer organisateur',
  'roster.action.make-guest': 'Nommer invité',
  'roster.action.presentation': 'Afficher la présentation sur le terminal',
  'roster.action.spotlight-on': 'Mettre en avant',
  'roster.action.spotlight-off': 'Ne plus mettre en avant',
  'roster.action.dtmf': 'Clavier (tonalités DTMF)',
  'roster.action.disconnect': 'Déconnecter',
  'roster.disconnect-heading': 'Déconnecter {name} ?',
  'roster.disconnect-message': '{name} sera retiré de la réunion.',
  'roster.call-failed': 'L’appel vers {name} n’a pas abouti ou n’a pas pu être connecté.',
  'roster.dismiss': 'Fermer',

  // Live announcements
  'roster.joined': '{name} a rejoint la réunion.',
  'roster.joined-many': {
    one: '{count} personne a rejoint la réunion.',
    many: '{count} de personnes ont rejoint la réunion.',
    other: '{count} personnes ont rejoint la réunion.',
  },
  'roster.left': '{name} a quitté la réunion.',
  'roster.left-many': {
    one: '{count} personne a quitté la réunion.',
    many: '{count} de personnes ont quitté la réunion.',
    other: '{count} personnes ont quitté la réunion.',
  },

  // DTMF keypad
  'dtmf.heading': 'Clavier pour {name}',
  'dtmf.keys': 'Clavier',
  'dtmf.hint': 'Appuyez sur les touches, ou tapez 0–9, * et # au clavier. Chaque tonalité est envoyée aussitôt.',
  'dtmf.sent': 'Tonalités envoyées',
  'dtmf.none-sent': 'Aucune pour l’instant',
  'dtmf.key.star': 'Étoile',
  'dtmf.key.hash': 'Dièse',
};
