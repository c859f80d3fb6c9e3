import type {PresenterStrings} from '../en/presenter.js';

/** Strings of `<pex-presenter>` and `<pex-presentation-view>` (Deutsch). */
export const presenter: PresenterStrings = {
  'presenter.label': 'Präsentation',
  'presenter.not-joined': 'Treten Sie dem Meeting bei, um Bildschirm oder Folien zu teilen und Präsentationen zu sehen.',
  'presenter.not-allowed': 'Präsentieren ist in diesem Meeting gerade nicht erlaubt.',

  // Sharing
  'presenter.share-screen': 'Bildschirm freigeben',
  'presenter.share-files': 'Bilder oder PDFs teilen',
  'presenter.drop-hint': 'Sie können auch JPG-, PNG-, GIF-, BMP- oder PDF-Dateien hier ablegen.',
  'presenter.drop-here': 'Dateien ablegen, um sie zu präsentieren',
  'presenter.stop-presenting': 'Präsentation beenden',
  'presenter.start-presenting': 'Präsentation starten',
  'presenter.close-slides': 'Folien schließen',
  'presenter.add-files': 'Dateien hinzufügen',
  'presenter.starting': 'Ihre Präsentation startet…',
  'presenter.presenting-screen': 'Sie geben Ihren Bildschirm frei.',
  'presenter.presenting-slides': 'Sie präsentieren diese Folien.',
  'presenter.slides-not-presented': 'Ihre Folien werden nicht präsentiert.',
  'presenter.screen-preview': 'Ihr freigegebener Bildschirm',
  'presenter.screen-unsupported':
    'Dieser Browser kann den Bildschirm nicht freigeben. Bilder und PDFs können Sie trotzdem teilen.',
  'presenter.screen-not-started':
    'Die Bildschirmfreigabe hat nicht begonnen: Es wurde kein Bildschirm oder Fenster gewählt, oder der Browser hat es nicht erlaubt.',

  // What happened to our presentation
  'presenter.taken-over': '{name} hat mit dem Präsentieren begonnen, daher wurde Ihre Präsentation beendet.',
  'presenter.taken-over-anonymous': 'Jemand anderes hat mit dem Präsentieren begonnen, daher wurde Ihre Präsentation beendet.',
  'presenter.refused': 'Das Meeting hat Sie nicht präsentieren lassen.',
  'presenter.ended': 'Die Bildschirmfreigabe wurde beendet.',

  // Slides
  'presenter.slides': 'Folien',
  'presenter.thumbnails': 'Alle Folien',
  'presenter.previous-slide': 'Vorherige Folie',
  'presenter.next-slide': 'Nächste Folie',
  'presenter.slide-counter': '{index} / {count}',
  'presenter.slide-position': 'Folie {index} von {count}',
  'presenter.slide-label': 'Folie {index}: {name}',
  'presenter.slide-label-page': 'Folie {index}: {name}, Seite {page}',
  'presenter.opening-files': 'Dateien werden geöffnet… (noch {count})',
  'presenter.drawing-slide': 'Folie wird gezeichnet…',
  'presenter.slide-failed': 'Diese Folie konnte nicht gezeichnet werden.',
  'presenter.slides-keys': 'Mit den Pfeiltasten, Bild auf, Bild ab, Pos1 und Ende wechseln Sie zwischen den Folien.',
  'presenter.no-slides': 'Keine der gewählten Dateien kann geteilt werden.',

  // Files that give no slides
  'presenter.file-errors': 'Einige Dateien werden nicht geteilt:',
  'presenter.file-error.unsupported': '{name}: Nur JPG-, PNG-, GIF- und BMP-Bilder und PDFs können geteilt werden.',
  'presenter.file-error.empty': '{name} ist leer (0 Byte).',
  'presenter.file-error.corrupt': '{name} ist beschädigt oder nicht die Art von Datei, die der Name angibt.',
  'presenter.file-error.password':
    '{name} ist mit einem Passwort geschützt. Speichern Sie eine Kopie ohne Passwort und teilen Sie diese.',
  'presenter.file-error.too-large': '{name} ist zu groß zum Teilen (Bilder bis 40 Megapixel und 100 MB, PDFs bis 512 MB).',
  'presenter.file-error.timeout': 'Das Öffnen von {name} hat zu lange gedauert; die Datei wurde übersprungen.',
  'presenter.file-error.unavailable':
    'Die PDF-Unterstützung konnte nicht geladen werden, daher wurde {name} übersprungen. Prüfen Sie die Verbindung und versuchen Sie es erneut.',

  // Viewing
  'presenter.presented-by': 'Präsentation von {name}',
  'presenter.not-received': 'Ein Gastgeber sendet Ihnen die Präsentation nicht mehr.',
  'presenter.not-received-named': '{name} präsentiert, aber ein Gastgeber sendet Ihnen die Präsentation nicht mehr.',
  'presentation-view.window-title': 'Präsentation',
  'presentation-view.waiting': 'Warten auf die Präsentation…',
  'presentation-view.full-motion': 'Bewegtbild',
  'presentation-view.full-motion-hint':
    'Ein: Livevideo, flüssig bei bewegten Inhalten. Aus: Standbilder, aktualisiert, wenn sich der Inhalt ändert, für weniger CPU-Last.',
  'presentation-view.pop-out': 'In neuem Fenster öffnen',
  'presentation-view.pop-in': 'Hier zeigen',
  'presentation-view.popped-out': 'Die Präsentation wird in einem anderen Fenster gezeigt.',
  'presentation-view.popup-blocked':
    'Der Browser hat das neue Fenster blockiert. Erlauben Sie Pop-ups für diese Seite und versuchen Sie es erneut.',
};
