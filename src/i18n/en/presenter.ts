import type {Message} from '../message.js';

/** Strings of `<pex-presenter>` and `<pex-presentation-view>` (English, the reference). */
export const presenter = {
  'presenter.label': 'Presentation',
  'presenter.not-joined': 'Join the meeting to share your screen or slides, and to see presentations.',
  'presenter.not-allowed': 'Presenting is not allowed in this meeting right now.',

  // Sharing
  'presenter.share-screen': 'Share screen',
  'presenter.share-files': 'Share images or PDFs',
  'presenter.drop-hint': 'You can also drop JPG, PNG, GIF, BMP or PDF files here.',
  'presenter.drop-here': 'Drop the files to present them',
  'presenter.stop-presenting': 'Stop presenting',
  'presenter.start-presenting': 'Start presenting',
  'presenter.close-slides': 'Close slides',
  'presenter.add-files': 'Add files',
  'presenter.starting': 'Starting your presentation…',
  'presenter.presenting-screen': 'You are sharing your screen.',
  'presenter.presenting-slides': 'You are presenting these slides.',
  'presenter.slides-not-presented': 'Your slides are not being presented.',
  'presenter.screen-preview': 'Your shared screen',
  'presenter.screen-unsupported': 'This browser cannot share the screen. You can still share images and PDFs.',
  'presenter.screen-not-started':
    'Screen sharing did not start: no screen or window was chosen, or the browser did not allow it.',

  // What happened to our presentation
  'presenter.taken-over': '{name} started presenting, so your presentation stopped.',
  'presenter.taken-over-anonymous': 'Someone else started presenting, so your presentation stopped.',
  'presenter.refused': 'The meeting did not let you present.',
  'presenter.ended': 'Screen sharing ended.',

  // Slides
  'presenter.slides': 'Slides',
  'presenter.thumbnails': 'All slides',
  'presenter.previous-slide': 'Previous slide',
  'presenter.next-slide': 'Next slide',
  'presenter.slide-counter': '{index} / {count}',
  'presenter.slide-position': 'Slide {index} of {count}',
  'presenter.slide-label': 'Slide {index}: {name}',
  'presenter.slide-label-page': 'Slide {index}: {name}, page {page}',
  'presenter.opening-files': 'Opening files… ({count} to go)',
  'presenter.drawing-slide': 'Drawing the slide…',
  'presenter.slide-failed': 'This slide could not be drawn.',
  'presenter.slides-keys': 'Use the arrow keys, Page Up, Page Down, Home and End to move between slides.',
  'presenter.no-slides': 'None of the chosen files can be shared.',

  // Files that give no slides
  'presenter.file-errors': 'Some files are not shared:',
  'presenter.file-error.unsupported': '{name}: only JPG, PNG, GIF and BMP images and PDFs can be shared.',
  'presenter.file-error.empty': '{name} is empty (0 bytes).',
  'presenter.file-error.corrupt': '{name} is damaged, or is not the kind of file its name says.',
  'presenter.file-error.password': '{name} is protected with a password. Save a copy without the password and share that.',
  'presenter.file-error.too-large': '{name} is too large to share (images up to 40 megapixels and 100 MB, PDFs up to 512 MB).',
  'presenter.file-error.timeout': '{name} took too long to open and was skipped.',
  'presenter.file-error.unavailable':
    'PDF support could not be loaded, so {name} was skipped. Check the connection and try again.',

  // Viewing
  'presenter.presented-by': 'Presentation from {name}',
  'presenter.not-received': 'A host has stopped sending the presentation to you.',
  'presenter.not-received-named': '{name} is presenting, but a host has stopped sending the presentation to you.',
  'presentation-view.window-title': 'Presentation',
  'presentation-view.waiting': 'Waiting for the presentation…',
  'presentation-view.full-motion': 'Full motion',
  'presentation-view.full-motion-hint':
    'On: live video, smooth for moving content. Off: still images, refreshed when the content changes, for less CPU.',
  'presentation-view.pop-out': 'Open in new window',
  'presentation-view.pop-in': 'Show here',
  'presentation-view.popped-out': 'The presentation is shown in another window.',
  'presentation-view.popup-blocked': 'The browser blocked the new window. Allow pop-ups for this page and try again.',
} as const;

export type PresenterStrings = Record<keyof typeof presenter, Message>;
