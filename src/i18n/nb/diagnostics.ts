import type {DiagnosticsStrings} from '../en/diagnostics.js';

/** Strings of "Check my setup" (norsk bokmål). */
export const diagnostics: DiagnosticsStrings = {
  'setup.heading': 'Sjekk oppsettet mitt',
  'setup.checking': 'Sjekker …',
  'setup.again': 'Sjekk igjen',
  'setup.status.ok': 'OK',
  'setup.status.warning': 'Advarsel',
  'setup.status.problem': 'Problem',
  'setup.secure-context': 'Siden er levert sikkert ({origin}).',
  'setup.insecure-context':
    'Denne siden leveres ikke over HTTPS, så nettleseren tillater ikke kamera, mikrofon eller skjermdeling. Lever den over https:// (http://localhost fungerer også for testing).',
  'setup.webrtc': 'Denne nettleseren støtter WebRTC.',
  'setup.no-webrtc':
    'Denne nettleseren har ikke WebRTC (RTCPeerConnection). Bruk en oppdatert Chrome, Edge, Firefox eller Safari.',
  'setup.no-media-devices':
    'Denne nettleseren kan ikke åpne kamera eller mikrofon på denne siden (navigator.mediaDevices mangler).',
  'setup.no-screen-sharing':
    'Denne nettleseren kan ikke dele skjermen (getDisplayMedia mangler); bilder og PDF-er kan fortsatt deles.',
  'setup.permission-granted': 'Tilgang til {permission}: tillatt.',
  'setup.permission-prompt': 'Tilgang til {permission}: nettleseren spør når du blir med.',
  'setup.permission-denied':
    'Tilgang til {permission} er blokkert for dette nettstedet. Tillat det i nettleserens innstillinger for nettstedet (ikonet først i adressefeltet), og last inn siden på nytt.',
  'setup.policy-allows': 'Siden tillater {feature}.',
  'setup.policy-blocks': 'Sidens Permissions-Policy blokkerer {feature}. Tillat det med: {fix}',
  'setup.policy-unchecked':
    'Denne nettleseren kan ikke si om sidens Permissions-Policy tillater kamera, mikrofon og skjermdeling. Hvis de ikke virker, sjekk sidens Permissions-Policy-header, eller allow-attributtet til <iframe> den ligger i.',
  'setup.node-reachable': 'Konferanseserveren {node} svarer.',
  'setup.node-csp-blocked':
    'Sidens Content-Security-Policy blokkerer tilkoblinger til {node} ({directive}). Legg {origin} til i direktivet connect-src.',
  'setup.node-cors-blocked':
    'Konferanseserveren {node} svarer, men tillater ikke denne siden ({origin}) å bruke den. Send Access-Control-Allow-Origin: {origin}, Access-Control-Allow-Methods: GET, POST, OPTIONS og Access-Control-Allow-Headers: content-type, token, pin fra serveren eller dens omvendte proxy.',
  'setup.node-unreachable':
    'Får ikke kontakt med konferanseserveren {node}. Sjekk node-attributtet, nettverket og eventuelle brannmurer eller proxyer imellom.',

  // Files loaded on demand
  'setup.chunks-loaded':
    'Filene som lastes ved behov (møteprogramvaren, PDF-støtten og dens worker), lastes fra der denne siden har dem.',
  'setup.chunk-missing':
    '{file} kunne ikke lastes: serveren svarte {status}. Kopier hele dist/-mappen, med chunks/-mappen, til serveren.',
  'setup.chunk-mime':
    '{file} sendes som «{type}», og nettlesere kjører moduler bare når de sendes som JavaScript. Send .js- og .mjs-filer som text/javascript.',
  'setup.chunk-cors':
    '{file} ligger på en annen server som ikke lar denne siden ({origin}) laste den. Den serveren må sende Access-Control-Allow-Origin: {origin} (eller *) med .js- og .mjs-filene sine.',
  'setup.chunk-csp-blocked':
    'Sidens Content-Security-Policy blokkerer {file} ({directive}). Legg {origin} til i script-src (og i worker-src for PDF-workeren).',
  'setup.chunk-unreachable':
    '{file} kunne ikke lastes: serveren svarer ikke. Sjekk adressen script-taggen laster pex-connect fra, og nettverket.',
  'setup.chunk-failed': '{file} kunne ikke lastes: {detail}',
};
