import type {EffectsStrings} from '../en/effects.js';

/** Strings of the background effects and noise suppression (français). */
export const effects: EffectsStrings = {
  'effects.heading': 'Arrière-plan et son',
  'effects.background': 'Arrière-plan',
  'effects.background.none': 'Aucun',
  'effects.background.blur-light': 'Flou (léger)',
  'effects.background.blur-strong': 'Flou (fort)',
  'effects.background.picture.dusk': 'Crépuscule',
  'effects.background.picture.lagoon': 'Lagon',
  'effects.background.picture.studio': 'Studio',
  'effects.background.picture.page': 'Image de ce site',
  'effects.noise-suppression': 'Suppression du bruit',
  'effects.applying': 'Activation des effets…',
  'effects.problem.no-webgl':
    "Les effets d'arrière-plan nécessitent WebGL 2, que ce navigateur n'a pas (ou a désactivé). Votre caméra est affichée telle quelle.",
  'effects.problem.no-webassembly':
    'Ce navigateur ne peut pas exécuter les effets (WebAssembly est absent, trop ancien ou bloqué par la politique de sécurité de la page). Votre caméra et votre micro sont utilisés tels quels.',
  'effects.problem.no-worklet':
    'La suppression du bruit nécessite les worklets audio, que ce navigateur ne peut pas exécuter ici. Votre micro est utilisé tel quel.',
  'effects.problem.assets-unavailable':
    "Les effets n'ont pas pu être chargés depuis ce site. Votre caméra et votre micro sont utilisés tels quels.",
  'effects.problem.background-unavailable':
    "L'image d'arrière-plan n'a pas pu être chargée. Votre caméra est affichée telle quelle.",
  'effects.problem.too-slow':
    "Cet appareil est trop lent pour les effets d'arrière-plan (moins de 10 images par seconde). Votre caméra est affichée telle quelle.",
  'effects.problem.failed': 'Les effets ne fonctionnent plus. Votre caméra et votre micro sont utilisés tels quels.',
};
