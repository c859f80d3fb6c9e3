import type {DiagnosticsStrings} from '../en/diagnostics.js';

/** Strings of "Check my setup" (español). */
export const diagnostics: DiagnosticsStrings = {
  'setup.heading': 'Comprobar mi configuración',
  'setup.checking': 'Comprobando…',
  'setup.again': 'Comprobar de nuevo',
  'setup.status.ok': 'Correcto',
  'setup.status.warning': 'Advertencia',
  'setup.status.problem': 'Problema',
  'setup.secure-context': 'La página se sirve de forma segura ({origin}).',
  'setup.insecure-context':
    'Esta página no se sirve por HTTPS, así que el navegador no permitirá cámara, micrófono ni compartir pantalla. Sírvala por https:// (http://localhost también sirve para pruebas).',
  'setup.webrtc': 'Este navegador admite WebRTC.',
  'setup.no-webrtc':
    'Este navegador no tiene WebRTC (RTCPeerConnection). Use una versión actual de Chrome, Edge, Firefox o Safari.',
  'setup.no-media-devices': 'Este navegador no puede abrir cámara ni micrófono en esta página (falta navigator.mediaDevices).',
  'setup.no-screen-sharing':
    'Este navegador no puede compartir la pantalla (falta getDisplayMedia); se pueden seguir compartiendo imágenes y PDF.',
  'setup.permission-granted': 'Acceso ({permission}): permitido.',
  'setup.permission-prompt': 'Acceso ({permission}): el navegador preguntará al unirse.',
  'setup.permission-denied':
    'El acceso ({permission}) está bloqueado para este sitio. Permítalo en la configuración del sitio del navegador (el icono al principio de la barra de direcciones) y vuelva a cargar la página.',
  'setup.policy-allows': 'La página permite {feature}.',
  'setup.policy-blocks': 'La Permissions-Policy de esta página bloquea {feature}. Permítalo con: {fix}',
  'setup.policy-unchecked':
    'Este navegador no puede saber si la Permissions-Policy de la página permite la cámara, el micrófono y compartir pantalla. Si fallan, revise la cabecera Permissions-Policy de la página o el atributo allow del <iframe> que la contiene.',
  'setup.node-reachable': 'El servidor de conferencias {node} responde.',
  'setup.node-csp-blocked':
    'La Content-Security-Policy de esta página bloquea las conexiones a {node} ({directive}). Añada {origin} a la directiva connect-src.',
  'setup.node-cors-blocked':
    'El servidor de conferencias {node} responde, pero no permite que esta página ({origin}) lo use. En el servidor o en su proxy inverso, envíe Access-Control-Allow-Origin: {origin}, Access-Control-Allow-Methods: GET, POST, OPTIONS y Access-Control-Allow-Headers: content-type, token, pin.',
  'setup.node-unreachable':
    'No se puede llegar al servidor de conferencias {node}. Revise el atributo node, la red y cualquier cortafuegos o proxy intermedio.',

  // Files loaded on demand
  'setup.chunks-loaded':
    'Los archivos que se cargan cuando hacen falta (el software de la reunión, la compatibilidad con PDF y su worker) se cargan desde donde esta página los sirve.',
  'setup.chunk-missing':
    'No se pudo cargar {file}: el servidor respondió {status}. Copie toda la carpeta dist/, incluida la carpeta chunks/, al servidor.',
  'setup.chunk-mime':
    '{file} se sirve como «{type}», y los navegadores solo ejecutan módulos servidos como JavaScript. Sirva los archivos .js y .mjs como text/javascript.',
  'setup.chunk-cors':
    '{file} está en otro servidor que no permite que esta página ({origin}) lo cargue. Ese servidor debe enviar Access-Control-Allow-Origin: {origin} (o *) con sus archivos .js y .mjs.',
  'setup.chunk-csp-blocked':
    'La Content-Security-Policy de esta página bloquea {file} ({directive}). Añada {origin} a la directiva script-src (y a worker-src para el worker de PDF).',
  'setup.chunk-unreachable':
    'No se pudo cargar {file}: su servidor no responde. Compruebe la dirección desde la que la etiqueta script carga pex-connect, y la red.',
  'setup.chunk-failed': 'No se pudo cargar {file}: {detail}',
};
