/** Strings of `<pex-conference>` (English, the reference). */
export const conference = {
  // Pre-join
  'prejoin.heading': 'Join {conference}',
  'prejoin.heading-no-conference': 'Join a meeting',
  'prejoin.conference-label': 'Meeting address',
  'prejoin.name-label': 'Your name',
  'prejoin.join': 'Join',
  'prejoin.missing-conference': 'Enter the address of the meeting to join.',
  'prejoin.missing-name': 'Enter your name so that others know who you are.',

  // Joining
  'joining.connecting': 'Joining {conference}…',
  'joining.cancel': 'Cancel',

  // In the call
  'call.remote-video': 'Video of the meeting',
  'call.self-view': 'Your camera',
  'call.waiting-for-video': 'Waiting for video…',
  'call.no-video': 'Nobody is sending video',
  'call.reconnecting': 'Connection lost. Reconnecting…',
  'call.participants': '{count} in the meeting',

  // Toolbar
  'toolbar.label': 'Call controls',
  'toolbar.mute-microphone': 'Mute my microphone',
  'toolbar.unmute-microphone': 'Unmute my microphone',
  'toolbar.disable-camera': 'Disable my camera',
  'toolbar.enable-camera': 'Enable my camera',
  'toolbar.leave': 'Disconnect',

  // Ended and failed
  'ended.heading': 'You left the meeting',
  'ended.heading-disconnected': 'The call ended',
  'failed.heading': 'Could not join the meeting',
  'ended.rejoin': 'Join again',
  'failed.retry': 'Try again',

  // Reasons (client side)
  'reason.left': 'You left {conference}.',
  'reason.node-unreachable':
    'Could not reach the conferencing server at {node}. Check the address, your network, and that the server allows this page to connect (CORS).',
  'reason.connection-lost': 'The connection to the conferencing server was lost.',
  'reason.sdk-unavailable': 'The meeting software could not be loaded. Reload the page and try again.',
  'reason.media-denied':
    'Access to your camera or microphone was refused. Allow it in your browser (the camera icon in the address bar) and try again, or join without camera and microphone.',
  'reason.media-unavailable': 'No camera or microphone was found. Connect one, or join without camera and microphone.',
  'reason.media-busy': 'Your camera or microphone is in use by another application. Close it and try again.',
  'reason.invalid-options': 'Enter the meeting address and your name to join.',
  'reason.unknown': 'The call ended: {detail}',

  // Reasons (Pexip error codes, as the SDK maps the node's answers)
  'reason.#pex100': 'The role requested is not valid.',
  'reason.#pex101': 'The PIN is not valid.',
  'reason.#pex110': 'The conferencing server is in maintenance mode. Try again later.',
  'reason.#pex113': 'Your session expired. Join again.',
  'reason.#pex114': 'The conferencing server has no capacity left for this call. Try again later.',
  'reason.#pex117': 'The call ended unexpectedly.',
  'reason.#pex120': 'A host ended the meeting.',
  'reason.#pex121': 'The meeting was ended.',
  'reason.#pex122': 'You were disconnected by an administrator.',
  'reason.#pex123': 'You were disconnected by an administrator.',
  'reason.#pex124': 'A host disconnected you from the meeting.',
  'reason.#pex125': 'A host ended the meeting for everyone.',
  'reason.#pex126': 'Nobody let you in: no host joined, or the meeting stayed locked.',
  'reason.#pex127': 'Call Failed: Disabled',
  'reason.#pex140': 'The meeting ended because nobody is left to keep it going.',
  'reason.#pex141': 'The meeting ended because all hosts left.',
  'reason.#pex142': 'You were the last one left, so the meeting ended.',
  'reason.#pex152': 'The call could not be placed.',
  'reason.#pex154': 'There is no meeting called {conference}. Check the address.',
  'reason.#pex191': 'The conferencing server has no resources left. Try again later.',
  'reason.#pex192': 'Too many wrong PINs were entered.',
  'reason.#pex194': 'The meeting is full.',
  'reason.#pex196': 'The media connection could not be set up (ICE failure). A firewall may be blocking it.',
} as const;

export type ConferenceStrings = Record<keyof typeof conference, string>;
