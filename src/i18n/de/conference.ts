import type {ConferenceStrings} from '../en/conference.js';

/** Strings of `<pex-conference>` (Deutsch). */
export const conference: ConferenceStrings = {
  // Pre-join
  'prejoin.heading': '{conference} beitreten',
  'prejoin.heading-no-conference': 'Einem Meeting beitreten',
  'prejoin.conference-label': 'Meeting-Adresse',
  'prejoin.name-label': 'Ihr Name',
  'prejoin.join': 'Beitreten',
  'prejoin.missing-conference': 'Geben Sie die Adresse des Meetings ein.',
  'prejoin.missing-name': 'Geben Sie Ihren Namen ein, damit die anderen wissen, wer Sie sind.',
  'prejoin.preview': 'Kameravorschau',
  'prejoin.preview-off': 'Kamera aus',
  'prejoin.mode': 'Beitreten mit',
  'prejoin.mode.audio-video': 'Kamera und Mikrofon',
  'prejoin.mode.audio-only': 'Nur Mikrofon',
  'prejoin.mode.control-only': 'Nur Präsentation und Steuerung',
  'prejoin.mute-on-join': 'Mikrofon beim Beitreten stummschalten',
  'prejoin.hide-device-options': 'Diese Optionen nicht mehr anzeigen (in den Einstellungen wieder einschaltbar)',
  'prejoin.bandwidth': 'Bandbreite',
  'prejoin.more-options': 'Weitere Optionen',

  // Devices
  'devices.camera': 'Kamera',
  'devices.microphone': 'Mikrofon',
  'devices.speaker': 'Lautsprecher',
  'devices.default': 'Standard',
  'devices.none-found': 'Keine gefunden',
  'devices.microphone-level': 'Mikrofonpegel',
  'devices.speaker-unsupported':
    'Dieser Browser gibt Ton über seinen Standardausgang aus; der Lautsprecher kann hier nicht gewählt werden.',

  // Bandwidth choices (kbps)
  'bandwidth.option': '{kbps} kbit/s',
  'bandwidth.low': 'Niedrig ({kbps} kbit/s)',
  'bandwidth.medium': 'Mittel ({kbps} kbit/s)',
  'bandwidth.high': 'Hoch ({kbps} kbit/s)',
  'bandwidth.maximum': 'Maximal ({kbps} kbit/s)',

  // Joining
  'joining.connecting': '{conference} wird beigetreten…',
  'joining.cancel': 'Abbrechen',
  'pin.heading': 'Dieses Meeting braucht eine PIN',
  'pin.label-host': 'Gastgeber-PIN',
  'pin.label-any': 'PIN',
  'pin.submit': 'Beitreten',
  'pin.as-guest': 'Ich bin Gast',
  'pin.guest-hint': 'Gäste treten ohne PIN bei.',
  'pin.invalid': 'Diese PIN ist nicht gültig. Versuchen Sie es erneut.',
  'extension.heading': 'Meeting-Durchwahl eingeben',
  'extension.hint-standard':
    'Sie sind in einer virtuellen Rezeption. Geben Sie die Durchwahl des Meetings ein, dem Sie beitreten möchten.',
  'extension.hint-mssip': 'Geben Sie die Konferenz-ID von Skype for Business / Lync ein.',
  'extension.label': 'Durchwahl',
  'extension.invalid': 'Es gibt kein Meeting mit dieser Durchwahl. Prüfen Sie die Nummer und versuchen Sie es erneut.',
  'extension.submit': 'Weiter',
  'waiting.heading-host': 'Warten auf den Gastgeber',
  'waiting.host': 'Das Meeting beginnt, wenn ein Gastgeber beitritt. Sie werden automatisch eingelassen.',
  'waiting.heading-locked': 'Dieses Meeting ist gesperrt',
  'waiting.locked': 'Ein Gastgeber wurde benachrichtigt, dass Sie warten, und kann Sie einlassen.',

  // In the call
  'call.remote-video': 'Video des Meetings',
  'call.presentation': 'Präsentation von {name}',
  'call.presentation-anonymous': 'Präsentation',
  'call.self-view': 'Ihre Kamera',
  'call.waiting-for-video': 'Warten auf Video…',
  'call.no-video': 'Niemand sendet Video',
  'call.control-only': 'Nur Präsentation und Steuerung: Sie senden und empfangen weder Ton noch Video.',
  'call.reconnecting': 'Verbindung verloren. Neu verbinden…',
  'call.participants': '{count} im Meeting',
  'call.locked': 'Gesperrt',
  'call.waiting-notice': '{name} wartet darauf, dem Meeting beizutreten.',
  'call.waiting-admit': 'Einlassen',
  'call.waiting-reject': 'Ablehnen',
  'toolbar.waiting': 'Warten auf Einlass: {count}',
  'call.swap-views': '{name} als Hauptansicht zeigen',
  'call.hide-self-view': 'Eigenes Bild ausblenden',
  'call.show-self-view': 'Eigenes Bild zeigen',
  'call.presentation-blocked': 'Ein Gastgeber sendet Ihnen die Präsentation nicht mehr.',
  'call.presentation-taken-over': '{name} hat mit dem Präsentieren begonnen, daher wurde Ihre Präsentation beendet.',
  'call.presentation-refused': 'Das Meeting hat Ihre Präsentation nicht angenommen.',
  'call.notice-dismiss': 'Schließen',
  'call.muted-by-host': 'Ein Gastgeber hat Ihr Mikrofon stummgeschaltet.',
  'call.node-slow': 'Der Konferenzserver antwortet langsam. Warten…',

  // Camera and microphone fallbacks
  'fallback.audio-only.media-denied': 'Die Kamera wurde nicht erlaubt, daher sind Sie nur mit dem Mikrofon beigetreten.',
  'fallback.audio-only.media-unavailable': 'Es wurde keine Kamera gefunden, daher sind Sie nur mit dem Mikrofon beigetreten.',
  'fallback.audio-only.media-busy':
    'Die Kamera wird von einer anderen Anwendung verwendet, daher sind Sie nur mit dem Mikrofon beigetreten.',
  'fallback.control-only.media-denied':
    'Kamera und Mikrofon wurden nicht erlaubt, daher sind Sie nur für Präsentation und Steuerung beigetreten: Sie können Präsentationen verfolgen, chatten und die Steuerung nutzen.',
  'fallback.control-only.media-unavailable':
    'Es wurde kein Mikrofon gefunden, daher sind Sie nur für Präsentation und Steuerung beigetreten: Sie können Präsentationen verfolgen, chatten und die Steuerung nutzen.',
  'fallback.control-only.media-busy':
    'Das Mikrofon wird von einer anderen Anwendung verwendet, daher sind Sie nur für Präsentation und Steuerung beigetreten: Sie können Präsentationen verfolgen, chatten und die Steuerung nutzen.',
  'fallback.camera-ended':
    'Ihre Kamera wurde beendet (wurde sie ausgesteckt?), daher senden Sie jetzt nur Ton. Verbinden Sie sie mit der Kamera-Schaltfläche erneut.',

  // Toolbar
  'toolbar.label': 'Anrufsteuerung',
  'toolbar.mute-microphone': 'Mikrofon stummschalten',
  'toolbar.unmute-microphone': 'Mikrofon einschalten',
  'toolbar.disable-camera': 'Kamera ausschalten',
  'toolbar.enable-camera': 'Kamera einschalten',
  'toolbar.share-screen': 'Bildschirm freigeben',
  'toolbar.stop-sharing': 'Präsentation beenden',
  'toolbar.share-files': 'Bilder oder PDFs teilen',
  'toolbar.raise-hand': 'Hand heben',
  'toolbar.side-panel': 'Teilnehmer und Chat',
  'setup.open': 'Einrichtung prüfen',
  'toolbar.unread': '{count} ungelesen',
  'toolbar.host-menu': 'Meeting-Steuerung',
  'toolbar.settings': 'Einstellungen',
  'toolbar.statistics': 'Anrufstatistik',
  'toolbar.fullscreen': 'Vollbild',
  'toolbar.exit-fullscreen': 'Vollbild beenden',
  'toolbar.picture-in-picture': 'Bild im Bild',
  'toolbar.connect-audio-video': 'Mit Ton und Video verbinden',
  'toolbar.connect-audio-only': 'Nur mit Ton verbinden',
  'toolbar.leave': 'Auflegen',
  'toolbar.more': 'Mehr',

  // Host menu
  'host.lock': 'Meeting sperren',
  'host.unlock': 'Meeting entsperren',
  'host.mute-guests': 'Alle Gäste stummschalten',
  'host.unmute-guests': 'Stummschaltung aller Gäste aufheben',
  'host.guests-can-unmute': 'Gästen erlauben, sich selbst einzuschalten',
  'host.guests-cannot-unmute': 'Gästen verbieten, sich selbst einzuschalten',
  'host.add-participant': 'Teilnehmer hinzufügen…',
  'host.disconnect-all': 'Alle Teilnehmer trennen…',
  'host.disconnect-all-heading': 'Alle trennen?',
  'host.disconnect-all-message': 'Alle, auch Sie, werden getrennt, und das Meeting endet.',
  'host.disconnect-all-confirm': 'Alle trennen',

  // Leaving and switching
  'leave.heading': 'Meeting verlassen?',
  'leave.message': 'Sie werden von {conference} getrennt.',
  'leave.confirm': 'Auflegen',
  'switch.heading': 'Meeting wechseln?',
  'switch.message': 'Sie sind in {current}. Verlassen und zu {next} wechseln?',
  'switch.confirm': 'Verlassen und wechseln',

  // Escalation
  'escalate.heading': 'Kamera und Mikrofon verbinden',
  'escalate.start': 'Starten',
  'escalate.audio-only': 'Nur Mikrofon',

  // Settings
  'settings.heading': 'Einstellungen',
  'settings.display-name': 'Ihr Name',
  'settings.show-device-options': 'Kamera- und Mikrofonoptionen beim Verbinden zeigen',
  'settings.mute-on-join': 'Mikrofon beim ersten Verbinden stummschalten',
  'settings.confirm-disconnect': 'Vor dem Auflegen fragen',
  'settings.full-motion': 'Präsentationen standardmäßig als Bewegtbild zeigen',
  'settings.language': 'Sprache',
  'settings.language-page': 'Wie die Seite',
  'settings.saved': 'Die Einstellungen werden in diesem Browser für diese Website gespeichert.',

  // Statistics
  'stats.heading': 'Anrufstatistik',
  'stats.server-version': 'Serverversion',
  'stats.unknown': 'Nicht gemeldet',
  'stats.none': 'Noch keine Medienstatistik: Sie erscheint, sobald Ton oder Video fließt.',
  'stats.incoming': 'Eingehend',
  'stats.outgoing': 'Ausgehend',
  'stats.audio': 'Audio',
  'stats.video': 'Video',
  'stats.presentation': 'Präsentation',
  'stats.bitrate': 'Bitrate',
  'stats.packets': 'Pakete',
  'stats.packets-lost': 'Verlorene Pakete',
  'stats.loss': 'Aktueller Verlust',
  'stats.jitter': 'Jitter',
  'stats.resolution': 'Auflösung',
  'stats.frame-rate': 'Bildrate',
  'stats.codec': 'Codec',
  'stats.kbps': '{value} kbit/s',
  'stats.percent': '{value} %',
  'stats.ms': '{value} ms',
  'stats.fps': '{value} fps',

  // Attribute problems
  'attribute.problem': 'Die Einstellung {attribute} „{value}“ wurde nicht wie angegeben verwendet: {problem}',
  'attribute.bandwidth-range': 'Die Bandbreite muss 256–1864 kbit/s betragen, daher wird {applied} verwendet.',
  'attribute.not-a-number': 'Es ist keine Zahl, daher wird {applied} verwendet.',
  'attribute.role-value': 'Die Rolle muss host oder guest sein; sie wird ignoriert.',
  'attribute.role-with-pin': 'Eine PIN bestimmt die Rolle, daher wird role ignoriert.',
  'attribute.flag-value': 'Verwenden Sie 1 oder 0; es wird als {applied} gewertet.',
  'attribute.pin-format': 'Eine PIN besteht nur aus Ziffern; sie wird ignoriert.',
  'attribute.too-long': 'Es ist zu lang und wurde gekürzt.',
  'attribute.node': 'Es ist keine http- oder https-Adresse, daher wird der eigene Server dieser Seite verwendet.',

  // Ended and failed
  'ended.heading': 'Sie haben das Meeting verlassen',
  'ended.heading-disconnected': 'Der Anruf wurde beendet',
  'failed.heading': 'Beitritt zum Meeting nicht möglich',
  'ended.rejoin': 'Erneut beitreten',
  'failed.retry': 'Erneut versuchen',

  // Reasons (client side)
  'reason.left': 'Sie haben {conference} verlassen.',
  'reason.node-unreachable':
    'Der Konferenzserver unter {node} war nicht erreichbar. Prüfen Sie die Adresse, Ihr Netzwerk und ob der Server dieser Seite die Verbindung erlaubt (CORS).',
  'reason.connection-lost': 'Die Verbindung zum Konferenzserver ist abgebrochen.',
  'reason.sdk-unavailable':
    'Die Meeting-Software konnte nicht geladen werden. Laden Sie die Seite neu und versuchen Sie es erneut.',
  'reason.media-denied':
    'Der Zugriff auf Kamera oder Mikrofon wurde verweigert. Erlauben Sie ihn im Browser (das Kamerasymbol in der Adressleiste) und versuchen Sie es erneut, oder treten Sie ohne Kamera und Mikrofon bei.',
  'reason.media-unavailable': 'Es wurde weder Kamera noch Mikrofon gefunden. Schließen Sie eines an oder treten Sie ohne bei.',
  'reason.media-busy':
    'Kamera oder Mikrofon wird von einer anderen Anwendung verwendet. Schließen Sie diese und versuchen Sie es erneut.',
  'reason.invalid-options': 'Geben Sie die Meeting-Adresse und Ihren Namen ein, um beizutreten.',
  'reason.session-lost':
    'Der Konferenzserver kennt diesen Anruf nicht mehr (er wurde vielleicht neu gestartet). Treten Sie erneut bei.',
  'reason.bad-answer':
    'Der Konferenzserver hat eine Antwort gesendet, die diese Seite nicht versteht. Prüfen Sie, ob die Node-Adresse ein Pexip Infinity Conferencing Node ist.',
  'reason.unknown': 'Der Anruf wurde beendet: {detail}',

  // Reasons (Pexip error codes)
  'reason.#pex100': 'Die angeforderte Rolle ist nicht gültig.',
  'reason.#pex101': 'Die PIN ist nicht gültig.',
  'reason.#pex110': 'Der Konferenzserver ist im Wartungsmodus. Versuchen Sie es später erneut.',
  'reason.#pex113': 'Ihre Sitzung ist abgelaufen. Treten Sie erneut bei.',
  'reason.#pex114': 'Der Konferenzserver hat keine Kapazität mehr für diesen Anruf. Versuchen Sie es später erneut.',
  'reason.#pex117': 'Der Anruf wurde unerwartet beendet.',
  'reason.#pex120': 'Ein Gastgeber hat das Meeting beendet.',
  'reason.#pex121': 'Das Meeting wurde beendet.',
  'reason.#pex122': 'Sie wurden von einem Administrator getrennt.',
  'reason.#pex123': 'Sie wurden von einem Administrator getrennt.',
  'reason.#pex124': 'Ein Gastgeber hat Sie aus dem Meeting entfernt.',
  'reason.#pex125': 'Ein Gastgeber hat das Meeting für alle beendet.',
  'reason.#pex126': 'Niemand hat Sie eingelassen: Kein Gastgeber ist beigetreten, oder das Meeting blieb gesperrt.',
  'reason.#pex127': 'Anruf fehlgeschlagen: Deaktiviert',
  'reason.#pex140': 'Das Meeting wurde beendet, weil niemand mehr da ist, der es weiterführt.',
  'reason.#pex141': 'Das Meeting wurde beendet, weil alle Gastgeber gegangen sind.',
  'reason.#pex142': 'Sie waren als Letzte(r) übrig, daher wurde das Meeting beendet.',
  'reason.#pex152': 'Der Anruf konnte nicht aufgebaut werden.',
  'reason.#pex154': 'Es gibt kein Meeting namens {conference}. Prüfen Sie die Adresse.',
  'reason.#pex191': 'Der Konferenzserver hat keine Ressourcen mehr. Versuchen Sie es später erneut.',
  'reason.#pex192': 'Es wurden zu viele falsche PINs eingegeben.',
  'reason.#pex194': 'Das Meeting ist voll.',
  'reason.#pex196':
    'Die Medienverbindung konnte nicht aufgebaut werden (ICE-Fehler). Möglicherweise blockiert eine Firewall sie.',
};
