import type {DiagnosticsStrings} from '../en/diagnostics.js';

/** Strings of "Check my setup" (Deutsch). */
export const diagnostics: DiagnosticsStrings = {
  'setup.heading': 'Einrichtung prüfen',
  'setup.checking': 'Wird geprüft…',
  'setup.again': 'Erneut prüfen',
  'setup.status.ok': 'OK',
  'setup.status.warning': 'Warnung',
  'setup.status.problem': 'Problem',
  'setup.secure-context': 'Die Seite wird sicher ausgeliefert ({origin}).',
  'setup.insecure-context':
    'Diese Seite wird nicht über HTTPS ausgeliefert, daher erlaubt der Browser weder Kamera noch Mikrofon noch Bildschirmfreigabe. Liefern Sie sie über https:// aus (zum Testen geht auch http://localhost).',
  'setup.webrtc': 'Dieser Browser unterstützt WebRTC.',
  'setup.no-webrtc':
    'Dieser Browser hat kein WebRTC (RTCPeerConnection). Verwenden Sie ein aktuelles Chrome, Edge, Firefox oder Safari.',
  'setup.no-media-devices':
    'Dieser Browser kann auf dieser Seite weder Kamera noch Mikrofon öffnen (navigator.mediaDevices fehlt).',
  'setup.no-screen-sharing':
    'Dieser Browser kann den Bildschirm nicht freigeben (getDisplayMedia fehlt); Bilder und PDFs lassen sich trotzdem teilen.',
  'setup.permission-granted': 'Zugriff ({permission}): erlaubt.',
  'setup.permission-prompt': 'Zugriff ({permission}): Der Browser fragt beim Beitreten.',
  'setup.permission-denied':
    'Der Zugriff ({permission}) ist für diese Website gesperrt. Erlauben Sie ihn in den Website-Einstellungen des Browsers (das Symbol am Anfang der Adressleiste) und laden Sie die Seite neu.',
  'setup.policy-allows': 'Die Seite erlaubt {feature}.',
  'setup.policy-blocks': 'Die Permissions-Policy dieser Seite blockiert {feature}. Erlauben Sie es mit: {fix}',
  'setup.policy-unchecked':
    'Dieser Browser kann nicht feststellen, ob die Permissions-Policy der Seite Kamera, Mikrofon und Bildschirmfreigabe erlaubt. Wenn sie nicht funktionieren, prüfen Sie den Permissions-Policy-Header der Seite oder das allow-Attribut des <iframe>, in dem sie liegt.',
  'setup.node-reachable': 'Der Konferenzserver {node} antwortet.',
  'setup.node-csp-blocked':
    'Die Content-Security-Policy dieser Seite blockiert Verbindungen zu {node} ({directive}). Fügen Sie {origin} der Direktive connect-src hinzu.',
  'setup.node-cors-blocked':
    'Der Konferenzserver {node} antwortet, erlaubt dieser Seite ({origin}) aber nicht, ihn zu nutzen. Senden Sie auf dem Server oder seinem Reverse Proxy Access-Control-Allow-Origin: {origin}, Access-Control-Allow-Methods: GET, POST, OPTIONS und Access-Control-Allow-Headers: content-type, token, pin.',
  'setup.node-unreachable':
    'Der Konferenzserver {node} ist nicht erreichbar. Prüfen Sie das Attribut node, das Netzwerk sowie Firewalls oder Proxys dazwischen.',

  // Files loaded on demand
  'setup.chunks-loaded':
    'Die bei Bedarf geladenen Dateien (die Meeting-Software, die PDF-Unterstützung und ihr Worker) laden von dort, wo diese Seite sie bereitstellt.',
  'setup.chunk-missing':
    '{file} konnte nicht geladen werden: Der Server antwortete {status}. Kopieren Sie den ganzen Ordner dist/ samt Ordner chunks/ auf den Server.',
  'setup.chunk-mime':
    '{file} wird als „{type}“ ausgeliefert, und Browser führen Module nur aus, wenn sie als JavaScript ausgeliefert werden. Liefern Sie .js- und .mjs-Dateien als text/javascript aus.',
  'setup.chunk-cors':
    '{file} liegt auf einem anderen Server, der dieser Seite ({origin}) das Laden nicht erlaubt. Dieser Server muss mit seinen .js- und .mjs-Dateien Access-Control-Allow-Origin: {origin} (oder *) senden.',
  'setup.chunk-csp-blocked':
    'Die Content-Security-Policy dieser Seite blockiert {file} ({directive}). Fügen Sie {origin} der Direktive script-src hinzu (und worker-src für den PDF-Worker).',
  'setup.chunk-unreachable':
    '{file} konnte nicht geladen werden: Sein Server antwortet nicht. Prüfen Sie die Adresse, von der das Script-Tag pex-connect lädt, und das Netzwerk.',
  'setup.chunk-failed': '{file} konnte nicht geladen werden: {detail}',
};
