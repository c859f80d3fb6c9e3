import type {Participant} from '../../src/session/types.js';

let counter = 0;

/** A participant with sensible defaults; override what the test is about. */
export function participant(overrides: Partial<Participant> = {}): Participant {
  counter += 1;
  return {
    id: `p-${counter}`,
    displayName: `Participant ${counter}`,
    role: 'guest',
    isSelf: false,
    microphoneMuted: false,
    cameraMuted: false,
    presenting: false,
    speaking: false,
    waiting: false,
    calling: false,
    streaming: false,
    handRaised: false,
    spotlight: false,
    clientMuted: false,
    supportsDirectChat: true,
    canTransfer: true,
    transferring: false,
    receivesPresentation: true,
    protocol: 'api',
    callType: 'video',
    uri: '',
    external: false,
    canMute: true,
    canDisconnect: true,
    joinedAt: 1_700_000_000,
    ...overrides,
  };
}
