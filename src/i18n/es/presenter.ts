import type {PresenterStrings} from '../en/presenter.js';

/** Strings of `<pex-presenter>` and `<pex-presentation-view>` (español). */
export const presenter: PresenterStrings = {
  'presenter.label': 'Presentación',
  'presenter.not-joined': 'Únase a la reunión para compartir su pantalla o diapositivas y para ver presentaciones.',
  'presenter.not-allowed': 'Ahora mismo no se permite presentar en esta reunión.',

  // Sharing
  'presenter.share-screen': 'Compartir pantalla',
  'presenter.share-files': 'Compartir imágenes o PDF',
  'presenter.drop-hint': 'También puede soltar aquí archivos JPG, PNG, GIF, BMP o PDF.',
  'presenter.drop-here': 'Suelte los archivos para presentarlos',
  'presenter.stop-presenting': 'Dejar de presentar',
  'presenter.start-presenting': 'Empezar a presentar',
  'presenter.close-slides': 'Cerrar diapositivas',
  'presenter.add-files': 'Añadir archivos',
  'presenter.starting': 'Iniciando su presentación…',
  'presenter.presenting-screen': 'Está compartiendo su pantalla.',
  'presenter.presenting-slides': 'Está presentando estas diapositivas.',
  'presenter.slides-not-presented': 'Sus diapositivas no se están presentando.',
  'presenter.screen-preview': 'Su pantalla compartida',
  'presenter.screen-unsupported': 'Este navegador no puede compartir la pantalla. Aún puede compartir imágenes y PDF.',
  'presenter.screen-not-started':
    'No se empezó a compartir la pantalla: no se eligió ninguna pantalla ni ventana, o el navegador no lo permitió.',

  // What happened to our presentation
  'presenter.taken-over': '{name} ha empezado a presentar, así que su presentación se ha detenido.',
  'presenter.taken-over-anonymous': 'Otra persona ha empezado a presentar, así que su presentación se ha detenido.',
  'presenter.refused': 'La reunión no le ha dejado presentar.',
  'presenter.ended': 'Se ha dejado de compartir la pantalla.',

  // Slides
  'presenter.slides': 'Diapositivas',
  'presenter.thumbnails': 'Todas las diapositivas',
  'presenter.previous-slide': 'Diapositiva anterior',
  'presenter.next-slide': 'Diapositiva siguiente',
  'presenter.slide-counter': '{index} / {count}',
  'presenter.slide-position': 'Diapositiva {index} de {count}',
  'presenter.slide-label': 'Diapositiva {index}: {name}',
  'presenter.slide-label-page': 'Diapositiva {index}: {name}, página {page}',
  'presenter.opening-files': 'Abriendo archivos… (faltan {count})',
  'presenter.drawing-slide': 'Dibujando la diapositiva…',
  'presenter.slide-failed': 'No se pudo dibujar esta diapositiva.',
  'presenter.slides-keys': 'Use las flechas, Re Pág, Av Pág, Inicio y Fin para moverse entre diapositivas.',
  'presenter.no-slides': 'Ninguno de los archivos elegidos se puede compartir.',

  // Files that give no slides
  'presenter.file-errors': 'Algunos archivos no se comparten:',
  'presenter.file-error.unsupported': '{name}: solo se pueden compartir imágenes JPG, PNG, GIF y BMP y archivos PDF.',
  'presenter.file-error.empty': '{name} está vacío (0 bytes).',
  'presenter.file-error.corrupt': '{name} está dañado, o no es el tipo de archivo que indica su nombre.',
  'presenter.file-error.password': '{name} está protegido con contraseña. Guarde una copia sin contraseña y comparta esa.',
  'presenter.file-error.too-large':
    '{name} es demasiado grande para compartirlo (imágenes de hasta 40 megapíxeles y 100 MB, PDF de hasta 512 MB).',
  'presenter.file-error.timeout': '{name} tardó demasiado en abrirse y se ha omitido.',
  'presenter.file-error.unavailable':
    'No se pudo cargar la compatibilidad con PDF, así que se ha omitido {name}. Compruebe la conexión e inténtelo de nuevo.',

  // Viewing
  'presenter.presented-by': 'Presentación de {name}',
  'presenter.not-received': 'Un anfitrión ha dejado de enviarle la presentación.',
  'presenter.not-received-named': '{name} está presentando, pero un anfitrión ha dejado de enviarle la presentación.',
  'presentation-view.window-title': 'Presentación',
  'presentation-view.waiting': 'Esperando la presentación…',
  'presentation-view.full-motion': 'Movimiento completo',
  'presentation-view.full-motion-hint':
    'Activado: vídeo en directo, fluido para contenido en movimiento. Desactivado: imágenes fijas, actualizadas cuando cambia el contenido, con menos uso de CPU.',
  'presentation-view.pop-out': 'Abrir en una ventana nueva',
  'presentation-view.pop-in': 'Mostrar aquí',
  'presentation-view.popped-out': 'La presentación se muestra en otra ventana.',
  'presentation-view.popup-blocked':
    'El navegador bloqueó la ventana nueva. Permita las ventanas emergentes en esta página e inténtelo de nuevo.',
};
