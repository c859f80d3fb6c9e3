import type {EffectsStrings} from '../en/effects.js';

/** Strings of the background effects and noise suppression (norsk bokmål). */
export const effects: EffectsStrings = {
  'effects.heading': 'Bakgrunn og lyd',
  'effects.background': 'Bakgrunn',
  'effects.background.none': 'Ingen',
  'effects.background.blur-light': 'Uskarp (lett)',
  'effects.background.blur-strong': 'Uskarp (sterk)',
  'effects.background.picture.dusk': 'Skumring',
  'effects.background.picture.lagoon': 'Lagune',
  'effects.background.picture.studio': 'Studio',
  'effects.background.picture.page': 'Nettstedets bilde',
  'effects.noise-suppression': 'Støydemping',
  'effects.applying': 'Slår på effekter …',
  'effects.problem.no-webgl':
    'Bakgrunnseffekter krever WebGL 2, som denne nettleseren ikke har (eller har slått av). Kameraet ditt vises som det er.',
  'effects.problem.no-webassembly':
    'Denne nettleseren kan ikke kjøre effektene (WebAssembly mangler, er for gammel eller blokkeres av sidens sikkerhetsregler). Kameraet og mikrofonen brukes som de er.',
  'effects.problem.no-worklet':
    'Støydemping krever lydworklets, som denne nettleseren ikke kan kjøre her. Mikrofonen brukes som den er.',
  'effects.problem.assets-unavailable':
    'Effektene kunne ikke lastes fra dette nettstedet. Kameraet og mikrofonen brukes som de er.',
  'effects.problem.background-unavailable': 'Bakgrunnsbildet kunne ikke lastes. Kameraet ditt vises som det er.',
  'effects.problem.too-slow':
    'Denne enheten er for treg for bakgrunnseffekter (under 10 bilder i sekundet). Kameraet ditt vises som det er.',
  'effects.problem.failed': 'Effektene sluttet å virke. Kameraet og mikrofonen brukes som de er.',
};
