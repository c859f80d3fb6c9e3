import type {ConferenceStrings} from '../en/conference.js';

/** Strings of `<pex-conference>` (norsk bokmål). */

export const conference: ConferenceStrings = {
  'prejoin.heading': 'Bli med i {conference}',
  'prejoin.heading-no-conference': 'Bli med i et møte',
  'prejoin.conference-label': 'Møteadresse',
  'prejoin.name-label': 'Navnet ditt',
  'prejoin.join': 'Bli med',
  'prejoin.missing-conference': 'Skriv inn adressen til møtet.',
  'prejoin.missing-name': 'Skriv inn navnet ditt, så de andre vet hvem du er.',

  'joining.connecting': 'Kobler til {conference} …',
  'joining.cancel': 'Avbryt',

  'call.remote-video': 'Video fra møtet',
  'call.self-view': 'Kameraet ditt',
  'call.waiting-for-video': 'Venter på video …',
  'call.no-video': 'Ingen sender video',
  'call.reconnecting': 'Forbindelsen ble brutt. Kobler til på nytt …',
  'call.participants': '{count} i møtet',

  'toolbar.label': 'Samtalekontroller',
  'toolbar.mute-microphone': 'Slå av mikrofonen',
  'toolbar.unmute-microphone': 'Slå på mikrofonen',
  'toolbar.disable-camera': 'Slå av kameraet',
  'toolbar.enable-camera': 'Slå på kameraet',
  'toolbar.leave': 'Legg på',

  'ended.heading': 'Du har forlatt møtet',
  'ended.heading-disconnected': 'Samtalen er avsluttet',
  'failed.heading': 'Kunne ikke bli med i møtet',
  'ended.rejoin': 'Bli med igjen',
  'failed.retry': 'Prøv igjen',

  'reason.left': 'Du forlot {conference}.',
  'reason.node-unreachable':
    'Fikk ikke kontakt med konferanseserveren på {node}. Sjekk adressen og nettverket, og at serveren tillater denne siden å koble til (CORS).',
  'reason.connection-lost': 'Forbindelsen til konferanseserveren ble brutt.',
  'reason.sdk-unavailable': 'Møteprogramvaren kunne ikke lastes. Last inn siden på nytt og prøv igjen.',
  'reason.media-denied':
    'Tilgang til kamera eller mikrofon ble nektet. Tillat det i nettleseren (kameraikonet i adressefeltet) og prøv igjen, eller bli med uten kamera og mikrofon.',
  'reason.media-unavailable': 'Fant ikke kamera eller mikrofon. Koble til en, eller bli med uten kamera og mikrofon.',
  'reason.media-busy': 'Kameraet eller mikrofonen brukes av et annet program. Lukk det og prøv igjen.',
  'reason.invalid-options': 'Skriv inn møteadressen og navnet ditt for å bli med.',
  'reason.unknown': 'Samtalen ble avsluttet: {detail}',

  'reason.#pex100': 'Rollen du ba om, er ikke gyldig.',
  'reason.#pex101': 'PIN-koden er ikke gyldig.',
  'reason.#pex110': 'Konferanseserveren er i vedlikeholdsmodus. Prøv igjen senere.',
  'reason.#pex113': 'Økten din er utløpt. Bli med på nytt.',
  'reason.#pex114': 'Konferanseserveren har ikke kapasitet til denne samtalen. Prøv igjen senere.',
  'reason.#pex117': 'Samtalen ble avsluttet uventet.',
  'reason.#pex120': 'En vert avsluttet møtet.',
  'reason.#pex121': 'Møtet ble avsluttet.',
  'reason.#pex122': 'En administrator koblet deg fra.',
  'reason.#pex123': 'En administrator koblet deg fra.',
  'reason.#pex124': 'En vert koblet deg fra møtet.',
  'reason.#pex125': 'En vert avsluttet møtet for alle.',
  'reason.#pex126': 'Ingen slapp deg inn: ingen vert ble med, eller møtet forble låst.',
  'reason.#pex127': 'Samtalen mislyktes: Deaktivert',
  'reason.#pex140': 'Møtet ble avsluttet fordi ingen er igjen til å holde det i gang.',
  'reason.#pex141': 'Møtet ble avsluttet fordi alle vertene gikk.',
  'reason.#pex142': 'Du var den siste igjen, så møtet ble avsluttet.',
  'reason.#pex152': 'Samtalen kunne ikke kobles opp.',
  'reason.#pex154': 'Det finnes ikke noe møte som heter {conference}. Sjekk adressen.',
  'reason.#pex191': 'Konferanseserveren har ingen ledige ressurser. Prøv igjen senere.',
  'reason.#pex192': 'For mange feil PIN-koder ble tastet inn.',
  'reason.#pex194': 'Møtet er fullt.',
  'reason.#pex196': 'Medieforbindelsen kunne ikke settes opp (ICE-feil). En brannmur kan blokkere den.',
};
