import type {CommonStrings} from '../en/common.js';

/** Strings shared by several elements (français). */
export const common: CommonStrings = {
  'common.close': 'Fermer',
  'common.cancel': 'Annuler',
  'common.ok': 'OK',
  'common.unbound':
    'Connecté à aucune réunion : placez cet élément dans <pex-conference>, ou donnez-lui for="<id d’une pex-conference>".',
  'common.missing': 'Il n’y a pas de <pex-conference id="{id}"> sur cette page.',
  'common.action-refused': 'Cela n’a pas fonctionné : le serveur de réunion l’a refusé ({detail}).',
  'common.action-not-host': 'Seuls les organisateurs peuvent faire cela.',
  'common.action-not-in-call': 'Rejoignez d’abord la réunion.',
  'common.action-invalid': 'Ce n’est pas valide : {detail}.',
  'common.action-bad-answer':
    'Cela n’a pas fonctionné : le serveur de réunion a envoyé une réponse que cette page ne comprend pas.',

  // Adding a participant (host menu and roster)
  'dial.heading': 'Ajouter un participant',
  'dial.destination': 'Adresse à appeler',
  'dial.destination-hint': 'Une adresse SIP, H.323 ou Lync, un numéro, ou une URL RTMP pour la diffusion.',
  'dial.protocol': 'Protocole',
  'dial.protocol.sip': 'SIP',
  'dial.protocol.h323': 'H.323',
  'dial.protocol.mssip': 'Lync / Skype Entreprise',
  'dial.protocol.rtmp': 'RTMP (diffusion ou enregistrement)',
  'dial.protocol.auto': 'Automatique',
  'dial.role': 'Rôle',
  'dial.role.host': 'Organisateur',
  'dial.role.guest': 'Invité',
  'dial.submit': 'Appeler',
  'dial.missing-destination': 'Saisissez l’adresse à appeler.',
  'dial.calling': 'Appel de {destination}…',
};
