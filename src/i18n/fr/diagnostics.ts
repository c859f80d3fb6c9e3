import type {DiagnosticsStrings} from '../en/diagnostics.js';

/** Strings of "Check my setup" (français). */
export const diagnostics: DiagnosticsStrings = {
  'setup.heading': 'Vérifier ma configuration',
  'setup.checking': 'Vérification…',
  'setup.again': 'Vérifier à nouveau',
  'setup.status.ok': 'OK',
  'setup.status.warning': 'Avertissement',
  'setup.status.problem': 'Problème',
  'setup.secure-context': 'La page est servie de façon sécurisée ({origin}).',
  'setup.insecure-context':
    'Cette page n’est pas servie en HTTPS : le navigateur n’autorisera ni caméra, ni micro, ni partage d’écran. Servez-la en https:// (http://localhost convient aussi pour les tests).',
  'setup.webrtc': 'Ce navigateur prend en charge WebRTC.',
  'setup.no-webrtc':
    'Ce navigateur n’a pas WebRTC (RTCPeerConnection). Utilisez une version récente de Chrome, Edge, Firefox ou Safari.',
  'setup.no-media-devices': 'Ce navigateur ne peut ouvrir ni caméra ni micro sur cette page (navigator.mediaDevices est absent).',
  'setup.no-screen-sharing':
    'Ce navigateur ne peut pas partager l’écran (getDisplayMedia est absent) ; les images et PDF peuvent toujours être partagés.',
  'setup.permission-granted': 'Accès ({permission}) : autorisé.',
  'setup.permission-prompt': 'Accès ({permission}) : le navigateur demandera quand vous rejoindrez.',
  'setup.permission-denied':
    'L’accès ({permission}) est bloqué pour ce site. Autorisez-le dans les paramètres du site du navigateur (l’icône au début de la barre d’adresse), puis rechargez la page.',
  'setup.policy-allows': 'La page autorise {feature}.',
  'setup.policy-blocks': 'La Permissions-Policy de cette page bloque {feature}. Autorisez-le avec : {fix}',
  'setup.policy-unchecked':
    'Ce navigateur ne peut pas dire si la Permissions-Policy de la page autorise la caméra, le micro et le partage d’écran. S’ils échouent, vérifiez l’en-tête Permissions-Policy de la page, ou l’attribut allow de l’<iframe> qui la contient.',
  'setup.node-reachable': 'Le serveur de conférence {node} répond.',
  'setup.node-csp-blocked':
    'La Content-Security-Policy de cette page bloque les connexions vers {node} ({directive}). Ajoutez {origin} à la directive connect-src.',
  'setup.node-cors-blocked':
    'Le serveur de conférence {node} répond, mais n’autorise pas cette page ({origin}) à l’utiliser. Sur le serveur ou son proxy inverse, envoyez Access-Control-Allow-Origin: {origin}, Access-Control-Allow-Methods: GET, POST, OPTIONS et Access-Control-Allow-Headers: content-type, token, pin.',
  'setup.node-unreachable':
    'Impossible de joindre le serveur de conférence {node}. Vérifiez l’attribut node, le réseau, et tout pare-feu ou proxy intermédiaire.',

  // Files loaded on demand
  'setup.chunks-loaded':
    'Les fichiers chargés à la demande (le logiciel de réunion, la prise en charge des PDF et son worker) se chargent depuis l’emplacement où cette page les sert.',
  'setup.chunk-missing':
    '{file} n’a pas pu être chargé : le serveur a répondu {status}. Copiez tout le dossier dist/, dossier chunks/ compris, sur le serveur.',
  'setup.chunk-mime':
    '{file} est servi comme « {type} », et les navigateurs n’exécutent les modules que servis comme JavaScript. Servez les fichiers .js et .mjs en text/javascript.',
  'setup.chunk-cors':
    '{file} est sur un autre serveur qui n’autorise pas cette page ({origin}) à le charger. Ce serveur doit envoyer Access-Control-Allow-Origin: {origin} (ou *) avec ses fichiers .js et .mjs.',
  'setup.chunk-csp-blocked':
    'La Content-Security-Policy de cette page bloque {file} ({directive}). Ajoutez {origin} à la directive script-src (et à worker-src pour le worker PDF).',
  'setup.chunk-unreachable':
    '{file} n’a pas pu être chargé : son serveur ne répond pas. Vérifiez l’adresse depuis laquelle la balise script charge pex-connect, et le réseau.',
  'setup.chunk-failed': '{file} n’a pas pu être chargé : {detail}',
};
