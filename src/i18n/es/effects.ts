import type {EffectsStrings} from '../en/effects.js';

/** Strings of the background effects and noise suppression (español). */
export const effects: EffectsStrings = {
  'effects.heading': 'Fondo y sonido',
  'effects.background': 'Fondo',
  'effects.background.none': 'Ninguno',
  'effects.background.blur-light': 'Desenfoque (suave)',
  'effects.background.blur-strong': 'Desenfoque (intenso)',
  'effects.background.picture.dusk': 'Atardecer',
  'effects.background.picture.lagoon': 'Laguna',
  'effects.background.picture.studio': 'Estudio',
  'effects.background.picture.page': 'Imagen de este sitio',
  'effects.noise-suppression': 'Supresión de ruido',
  'effects.applying': 'Activando los efectos…',
  'effects.problem.no-webgl':
    'Los efectos de fondo necesitan WebGL 2, que este navegador no tiene (o tiene desactivado). Su cámara se muestra tal cual.',
  'effects.problem.no-webassembly':
    'Este navegador no puede ejecutar los efectos (WebAssembly falta, es demasiado antiguo o lo bloquea la política de seguridad de la página). Su cámara y su micrófono se usan tal cual.',
  'effects.problem.no-worklet':
    'La supresión de ruido necesita worklets de audio, que este navegador no puede ejecutar aquí. Su micrófono se usa tal cual.',
  'effects.problem.assets-unavailable':
    'No se pudieron cargar los efectos desde este sitio. Su cámara y su micrófono se usan tal cual.',
  'effects.problem.background-unavailable': 'No se pudo cargar la imagen de fondo. Su cámara se muestra tal cual.',
  'effects.problem.too-slow':
    'Este dispositivo es demasiado lento para los efectos de fondo (menos de 10 imágenes por segundo). Su cámara se muestra tal cual.',
  'effects.problem.failed': 'Los efectos han dejado de funcionar. Su cámara y su micrófono se usan tal cual.',
};
