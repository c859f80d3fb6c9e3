import type {PresenterStrings} from '../en/presenter.js';

/** Strings of `<pex-presenter>` and `<pex-presentation-view>` (français). */
export const presenter: PresenterStrings = {
  'presenter.label': 'Présentation',
  'presenter.not-joined': 'Rejoignez la réunion pour partager votre écran ou des diapositives, et pour voir les présentations.',
  'presenter.not-allowed': 'La présentation n’est pas autorisée dans cette réunion pour le moment.',

  // Sharing
  'presenter.share-screen': 'Partager l’écran',
  'presenter.share-files': 'Partager des images ou des PDF',
  'presenter.drop-hint': 'Vous pouvez aussi déposer ici des fichiers JPG, PNG, GIF, BMP ou PDF.',
  'presenter.drop-here': 'Déposez les fichiers pour les présenter',
  'presenter.stop-presenting': 'Arrêter de présenter',
  'presenter.start-presenting': 'Commencer à présenter',
  'presenter.close-slides': 'Fermer les diapositives',
  'presenter.add-files': 'Ajouter des fichiers',
  'presenter.starting': 'Démarrage de votre présentation…',
  'presenter.presenting-screen': 'Vous partagez votre écran.',
  'presenter.presenting-slides': 'Vous présentez ces diapositives.',
  'presenter.slides-not-presented': 'Vos diapositives ne sont pas présentées.',
  'presenter.screen-preview': 'Votre écran partagé',
  'presenter.screen-unsupported':
    'Ce navigateur ne peut pas partager l’écran. Vous pouvez toujours partager des images et des PDF.',
  'presenter.screen-not-started':
    'Le partage d’écran n’a pas démarré : aucun écran ni aucune fenêtre n’a été choisi, ou le navigateur ne l’a pas autorisé.',

  // What happened to our presentation
  'presenter.taken-over': '{name} a commencé à présenter, votre présentation s’est donc arrêtée.',
  'presenter.taken-over-anonymous': 'Quelqu’un d’autre a commencé à présenter, votre présentation s’est donc arrêtée.',
  'presenter.refused': 'La réunion ne vous a pas laissé présenter.',
  'presenter.ended': 'Le partage d’écran est terminé.',

  // Slides
  'presenter.slides': 'Diapositives',
  'presenter.thumbnails': 'Toutes les diapositives',
  'presenter.previous-slide': 'Diapositive précédente',
  'presenter.next-slide': 'Diapositive suivante',
  'presenter.slide-counter': '{index} / {count}',
  'presenter.slide-position': 'Diapositive {index} sur {count}',
  'presenter.slide-label': 'Diapositive {index} : {name}',
  'presenter.slide-label-page': 'Diapositive {index} : {name}, page {page}',
  'presenter.opening-files': 'Ouverture des fichiers… (encore {count})',
  'presenter.drawing-slide': 'Dessin de la diapositive…',
  'presenter.slide-failed': 'Cette diapositive n’a pas pu être dessinée.',
  'presenter.slides-keys': 'Utilisez les flèches, Page préc., Page suiv., Début et Fin pour passer d’une diapositive à l’autre.',
  'presenter.no-slides': 'Aucun des fichiers choisis ne peut être partagé.',

  // Files that give no slides
  'presenter.file-errors': 'Certains fichiers ne sont pas partagés :',
  'presenter.file-error.unsupported': '{name} : seuls les images JPG, PNG, GIF et BMP et les PDF peuvent être partagés.',
  'presenter.file-error.empty': '{name} est vide (0 octet).',
  'presenter.file-error.corrupt': '{name} est endommagé, ou n’est pas le type de fichier qu’indique son nom.',
  'presenter.file-error.password':
    '{name} est protégé par un mot de passe. Enregistrez une copie sans mot de passe et partagez-la.',
  'presenter.file-error.too-large':
    '{name} est trop volumineux pour être partagé (images jusqu’à 40 mégapixels et 100 Mo, PDF jusqu’à 512 Mo).',
  'presenter.file-error.timeout': '{name} a mis trop de temps à s’ouvrir et a été ignoré.',
  'presenter.file-error.unavailable':
    'La prise en charge des PDF n’a pas pu être chargée, {name} a donc été ignoré. Vérifiez la connexion et réessayez.',

  // Viewing
  'presenter.presented-by': 'Présentation de {name}',
  'presenter.not-received': 'Un organisateur a cessé de vous envoyer la présentation.',
  'presenter.not-received-named': '{name} présente, mais un organisateur a cessé de vous envoyer la présentation.',
  'presentation-view.window-title': 'Présentation',
  'presentation-view.waiting': 'En attente de la présentation…',
  'presentation-view.full-motion': 'Mouvement fluide',
  'presentation-view.full-motion-hint':
    'Activé : vidéo en direct, fluide pour les contenus animés. Désactivé : images fixes, actualisées quand le contenu change, pour moins de charge processeur.',
  'presentation-view.pop-out': 'Ouvrir dans une nouvelle fenêtre',
  'presentation-view.pop-in': 'Afficher ici',
  'presentation-view.popped-out': 'La présentation est affichée dans une autre fenêtre.',
  'presentation-view.popup-blocked':
    'Le navigateur a bloqué la nouvelle fenêtre. Autorisez les fenêtres pop-up pour cette page et réessayez.',
};
