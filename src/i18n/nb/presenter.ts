import type {PresenterStrings} from '../en/presenter.js';

/** Strings of `<pex-presenter>` and `<pex-presentation-view>` (norsk bokmål). */
export const presenter: PresenterStrings = {
  'presenter.label': 'Presentasjon',
  'presenter.not-joined': 'Bli med i møtet for å dele skjermen eller lysbilder, og for å se presentasjoner.',
  'presenter.not-allowed': 'Det er ikke tillatt å presentere i dette møtet nå.',

  'presenter.share-screen': 'Del skjerm',
  'presenter.share-files': 'Del bilder eller PDF-er',
  'presenter.drop-hint': 'Du kan også slippe JPG-, PNG-, GIF-, BMP- eller PDF-filer her.',
  'presenter.drop-here': 'Slipp filene for å presentere dem',
  'presenter.stop-presenting': 'Stopp presentasjonen',
  'presenter.start-presenting': 'Start presentasjonen',
  'presenter.close-slides': 'Lukk lysbildene',
  'presenter.add-files': 'Legg til filer',
  'presenter.starting': 'Starter presentasjonen din …',
  'presenter.presenting-screen': 'Du deler skjermen din.',
  'presenter.presenting-slides': 'Du presenterer disse lysbildene.',
  'presenter.slides-not-presented': 'Lysbildene dine blir ikke presentert.',
  'presenter.screen-preview': 'Skjermen du deler',
  'presenter.screen-unsupported': 'Denne nettleseren kan ikke dele skjermen. Du kan fortsatt dele bilder og PDF-er.',
  'presenter.screen-not-started':
    'Skjermdelingen startet ikke: ingen skjerm eller vindu ble valgt, eller nettleseren tillot det ikke.',

  'presenter.taken-over': '{name} begynte å presentere, så presentasjonen din stoppet.',
  'presenter.taken-over-anonymous': 'Noen andre begynte å presentere, så presentasjonen din stoppet.',
  'presenter.refused': 'Møtet lot deg ikke presentere.',
  'presenter.ended': 'Skjermdelingen ble avsluttet.',

  'presenter.slides': 'Lysbilder',
  'presenter.thumbnails': 'Alle lysbilder',
  'presenter.previous-slide': 'Forrige lysbilde',
  'presenter.next-slide': 'Neste lysbilde',
  'presenter.slide-counter': '{index} / {count}',
  'presenter.slide-position': 'Lysbilde {index} av {count}',
  'presenter.slide-label': 'Lysbilde {index}: {name}',
  'presenter.slide-label-page': 'Lysbilde {index}: {name}, side {page}',
  'presenter.opening-files': 'Åpner filer … ({count} igjen)',
  'presenter.drawing-slide': 'Tegner lysbildet …',
  'presenter.slide-failed': 'Dette lysbildet kunne ikke vises.',
  'presenter.slides-keys': 'Bruk piltastene, Page Up, Page Down, Home og End for å bla mellom lysbildene.',
  'presenter.no-slides': 'Ingen av de valgte filene kan deles.',

  'presenter.file-errors': 'Noen filer deles ikke:',
  'presenter.file-error.unsupported': '{name}: bare JPG-, PNG-, GIF- og BMP-bilder og PDF-er kan deles.',
  'presenter.file-error.empty': '{name} er tom (0 byte).',
  'presenter.file-error.corrupt': '{name} er skadet, eller er ikke den filtypen navnet sier.',
  'presenter.file-error.password': '{name} er beskyttet med passord. Lagre en kopi uten passord og del den.',
  'presenter.file-error.too-large':
    '{name} er for stor til å deles (bilder opptil 40 megapiksler og 100 MB, PDF-er opptil 512 MB).',
  'presenter.file-error.timeout': 'Det tok for lang tid å åpne {name}, så den ble hoppet over.',
  'presenter.file-error.unavailable':
    'PDF-støtten kunne ikke lastes, så {name} ble hoppet over. Sjekk tilkoblingen og prøv igjen.',

  'presenter.presented-by': 'Presentasjon fra {name}',
  'presenter.not-received': 'En vert har sluttet å sende presentasjonen til deg.',
  'presenter.not-received-named': '{name} presenterer, men en vert har sluttet å sende presentasjonen til deg.',
  'presentation-view.window-title': 'Presentasjon',
  'presentation-view.waiting': 'Venter på presentasjonen …',
  'presentation-view.full-motion': 'Full bevegelse',
  'presentation-view.full-motion-hint':
    'På: levende video, jevn for innhold i bevegelse. Av: stillbilder som oppdateres når innholdet endres, for mindre prosessorbruk.',
  'presentation-view.pop-out': 'Åpne i nytt vindu',
  'presentation-view.pop-in': 'Vis her',
  'presentation-view.popped-out': 'Presentasjonen vises i et annet vindu.',
  'presentation-view.popup-blocked': 'Nettleseren blokkerte det nye vinduet. Tillat popup-vinduer for denne siden og prøv igjen.',
};
