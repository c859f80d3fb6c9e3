import type {InfinityClient, ParticipantID, RoomID} from '@pexip/infinity';
import type {SessionCore} from './core.js';
import {DTMF_DIGITS} from './meeting-actions.js';
import {withAnswered, withPending, withoutPending} from './pending.js';
import {sendRequest, type ControlResponse} from './requests.js';
import {findParticipant, participantsOf, requestKey, statusOf} from './selectors.js';
import {SessionActionError} from './session.js';
import {MAIN_ROOM_ID, type ConferenceState, type DialRequest, type Participant, type Role} from './types.js';

/** How long an answered request waits for the signal that shows it before it is no longer pending. */
const CONFIRMATION_TIMEOUT_MS = 5000;

/** The arguments of each host control, as the `Session` interface names them. */
export interface HostControlArgs {
  lock: [locked: boolean];
  muteAllGuests: [muted: boolean];
  setGuestsCanUnmute: [allowed: boolean];
  disconnectAll: [];
  dial: [request: DialRequest];
  muteParticipant: [participantId: string, muted: boolean];
  muteParticipantVideo: [participantId: string, muted: boolean];
  setRole: [participantId: string, role: Role];
  setPresentationReceiving: [participantId: string, allowed: boolean];
  spotlight: [participantId: string, on: boolean];
  admit: [participantId: string];
  disconnectParticipant: [participantId: string];
  sendDtmf: [participantId: string, digits: string];
  lowerAllHands: [];
  lowerHand: [participantId: string];
  clientMuteParticipant: [participantId: string, muted: boolean];
  transferParticipant: [participantId: string, alias: string, role: Role, pin?: string];
  startConference: [];
}

export type HostControlName = keyof HostControlArgs;

/**
 * One host control: the request, the SDK call, how the node's answer is confirmed, and what is
 * shown meanwhile. A refusal is reported the same way for all of them: the action rejects with a
 * `SessionActionError` carrying the node's words (see `refusalOf`), the pending mark goes, and the
 * state stays as the node has it.
 */
interface HostControl<A extends unknown[]> {
  /** What is wrong with the request before anything is sent (rejected as `invalid`). */
  readonly invalid?: (state: ConferenceState, ...args: A) => string | undefined;
  /** The SDK call. */
  readonly send: (target: ControlTarget, ...args: A) => Promise<ControlResponse>;
  /**
   * The participant a per-participant control acts on (its first argument): the control goes to
   * the room they are in, which for a host in the main room may be a breakout room.
   */
  readonly participant?: (...args: A) => string;
  /**
   * Changes the node may refuse: what is pending while the request is on its way (the
   * participant it is about, and the value asked for), and the state that confirms it (the
   * node's signal). Without it, the answer alone settles the request.
   */
  readonly confirm?: {
    readonly pending: (...args: A) => {readonly participantId?: string; readonly value: boolean | string};
    readonly confirmed: (state: ConferenceState, ...args: A) => boolean;
  };
}

/** The client, and the room a per-participant control goes to (spread into the SDK call). */
interface ControlTarget {
  readonly client: InfinityClient;
  readonly room: {readonly breakoutUuid?: RoomID};
}

type HostControlTable = {readonly [K in HostControlName]: HostControl<HostControlArgs[K]>};

const uuid = (participantId: string) => participantId as ParticipantID;

function participantIn(state: ConferenceState, participantId: string): Participant | undefined {
  return findParticipant(state, participantId)?.participant;
}

/**
 * Where a per-participant control goes: nowhere special when the participant is in the room our
 * call is in (the SDK's default); the breakout room they are in otherwise (a host in the main
 * room acting on someone in a room, from the roster grouped by room). The SDK cannot name the
 * main room from inside a breakout room (`breakoutUuid` defaults to ours); nor does a node list
 * the main room to a participant who is in a breakout room.
 */
export function roomTargetOf(state: ConferenceState, participantId: string): {readonly breakoutUuid?: RoomID} {
  const roomId = findParticipant(state, participantId)?.roomId;
  return roomId === undefined || roomId === state.breakouts.currentRoomId || roomId === MAIN_ROOM_ID
    ? {}
    : {breakoutUuid: roomId as RoomID};
}

/** A participant's flag is as asked for, or they are gone (nothing left to show pending). */
function participantShows(check: (participant: Participant) => boolean) {
  return (state: ConferenceState, participantId: string): boolean => {
    const participant = participantIn(state, participantId);
    return !participant || check(participant);
  };
}

const onParticipant = (participantId: string, value: boolean | string) => ({participantId, value});

/** Every host control: request -> SDK call -> confirmation. */
export const hostControls: HostControlTable = {
  lock: {
    send: ({client}, locked) => client.lock({lock: locked}),
    confirm: {pending: (locked) => ({value: locked}), confirmed: (state, locked) => statusOf(state).locked === locked},
  },
  muteAllGuests: {
    send: ({client}, muted) => client.muteAllGuests({mute: muted}),
    confirm: {pending: (muted) => ({value: muted}), confirmed: (state, muted) => statusOf(state).guestsMuted === muted},
  },
  setGuestsCanUnmute: {
    send: ({client}, allowed) => client.guestsCanUnmute({setting: allowed}),
    confirm: {
      pending: (allowed) => ({value: allowed}),
      confirmed: (state, allowed) => statusOf(state).guestsCanUnmute === allowed,
    },
  },
  disconnectAll: {send: ({client}) => client.disconnectAll({})},
  dial: {
    invalid: (_state, {destination}) => (destination.trim() ? undefined : 'destination'),
    send: ({client}, {destination, protocol, role}) =>
      client.dial({
        destination: destination.trim(),
        protocol,
        role: role === 'host' ? 'HOST' : 'GUEST',
        ...(protocol === 'rtmp' && {streaming: 'yes'}),
      }),
  },
  muteParticipant: {
    participant: (id) => id,
    send: ({client, room}, id, muted) => client.mute({mute: muted, participantUuid: uuid(id), ...room}),
    confirm: {
      pending: onParticipant,
      confirmed: (state, id, muted) => participantShows((p) => p.microphoneMuted === muted)(state, id),
    },
  },
  muteParticipantVideo: {
    participant: (id) => id,
    send: ({client, room}, id, muted) => client.muteVideo({muteVideo: muted, participantUuid: uuid(id), ...room}),
    confirm: {
      pending: onParticipant,
      confirmed: (state, id, muted) => participantShows((p) => p.cameraMuted === muted)(state, id),
    },
  },
  setRole: {
    // Not the SDK's setRole, which drops the node's answer: a refusal (such as "you cannot change
    // your own role to guest") must reach the user.
    send: ({client}, id, role) =>
      client.sendConferenceRequest({
        path: `participants/${encodeURIComponent(id)}/role`,
        method: 'POST',
        payload: {role: role === 'host' ? 'chair' : 'guest'},
      }),
    confirm: {pending: onParticipant, confirmed: (state, id, role) => participantShows((p) => p.role === role)(state, id)},
  },
  setPresentationReceiving: {
    send: ({client}, id, allowed) =>
      client.sendConferenceRequest({
        path: `participants/${encodeURIComponent(id)}/${allowed ? 'allowrxpresentation' : 'denyrxpresentation'}`,
        method: 'POST',
      }),
    confirm: {
      pending: onParticipant,
      confirmed: (state, id, allowed) => participantShows((p) => p.receivesPresentation === allowed)(state, id),
    },
  },
  spotlight: {
    participant: (id) => id,
    send: ({client, room}, id, on) => client.spotlight({enable: on, participantUuid: uuid(id), ...room}),
    confirm: {pending: onParticipant, confirmed: (state, id, on) => participantShows((p) => p.spotlight === on)(state, id)},
  },
  admit: {
    participant: (id) => id,
    send: ({client, room}, id) => client.admit({participantUuid: uuid(id), ...room}),
    confirm: {pending: (id) => onParticipant(id, true), confirmed: (state, id) => participantShows((p) => !p.waiting)(state, id)},
  },
  disconnectParticipant: {
    participant: (id) => id,
    send: ({client, room}, id) => client.kick({participantUuid: uuid(id), ...room}),
    confirm: {pending: (id) => onParticipant(id, true), confirmed: (state, id) => !participantIn(state, id)},
  },
  sendDtmf: {
    invalid: (_state, _id, digits) => (DTMF_DIGITS.test(digits) ? undefined : 'digits'),
    participant: (id) => id,
    send: ({client, room}, id, digits) => client.sendDTMF({digits, participantUuid: uuid(id), ...room}),
  },
  lowerAllHands: {
    send: ({client}) => client.lowerAllRaisedHands({}),
    confirm: {
      pending: () => ({value: false}),
      confirmed: (state) => !participantsOf(state).some(({handRaised}) => handRaised),
    },
  },
  lowerHand: {
    participant: (id) => id,
    send: ({client, room}, id) => client.raiseHand({raise: false, participantUuid: uuid(id), ...room}),
    confirm: {
      pending: (id) => onParticipant(id, false),
      confirmed: (state, id) => participantShows((p) => !p.handRaised)(state, id),
    },
  },
  clientMuteParticipant: {
    participant: (id) => id,
    send: ({client, room}, id, muted) => client.clientMute({mute: muted, participantUuid: uuid(id), ...room}),
    confirm: {
      pending: onParticipant,
      confirmed: (state, id, muted) => participantShows((p) => p.clientMuted === muted)(state, id),
    },
  },
  transferParticipant: {
    invalid: (_state, _id, alias) => (alias.trim() ? undefined : 'alias'),
    // The node answers `result: false` when the alias is no room it can move them to.
    participant: (id) => id,
    send: ({client, room}, id, alias, role, pin) =>
      client.transfer({destination: alias.trim(), role, pin: pin ?? '', participantUuid: uuid(id), ...room}),
    confirm: {
      pending: (id, alias) => onParticipant(id, alias.trim()),
      // Moving (they follow the node's refer), or gone already.
      confirmed: (state, id) => participantShows((p) => p.transferring)(state, id),
    },
  },
  startConference: {
    send: ({client}) => client.startConference({}),
    confirm: {pending: () => ({value: true}), confirmed: (state) => statusOf(state).started},
  },
};

/**
 * Runs the host controls of one session: checks, sends, keeps the pending mark until the node's
 * signal confirms the change (or a few seconds after a yes with no signal), and reports refusals.
 */
export class HostControls {
  readonly #core: SessionCore;
  /** Answered requests waiting for their signal: key -> the check that settles them. */
  readonly #awaiting = new Map<string, (state: ConferenceState) => boolean>();

  constructor(core: SessionCore) {
    this.#core = core;
    core.store.subscribe((state) => this.#settle(state));
  }

  async run<K extends HostControlName>(name: K, ...args: HostControlArgs[K]): Promise<void> {
    const control = hostControls[name] as HostControl<HostControlArgs[K]>;
    const {store} = this.#core;
    const client = this.#core.requireCall(name);
    if (!store.state.hostControls) throw new SessionActionError(name, 'not-host');
    const problem = control.invalid?.(store.state, ...args);
    if (problem) throw new SessionActionError(name, 'invalid', problem);
    const target: ControlTarget = {
      client,
      room: control.participant ? roomTargetOf(store.state, control.participant(...args)) : {},
    };
    const confirm = control.confirm;
    if (!confirm) {
      await sendRequest(name, this.#core.timed(control.send(target, ...args)));
      return;
    }
    const asked = confirm.pending(...args);
    const key = requestKey(name, asked.participantId);
    this.#awaiting.delete(key);
    store.update((state) => withPending(state, {action: name, ...asked}));
    const mine = store.state.pending[key];
    try {
      await sendRequest(name, this.#core.timed(control.send(target, ...args)));
    } catch (error) {
      if (store.state.pending[key] === mine) store.update((state) => withoutPending(state, key));
      throw error;
    }
    if (store.state.pending[key] !== mine) return; // asked again meanwhile: that request settles it
    const confirmed = (state: ConferenceState) => confirm.confirmed(state, ...args);
    if (confirmed(store.state)) {
      store.update((state) => withoutPending(state, key));
      return;
    }
    this.#awaiting.set(key, confirmed);
    store.update((state) => withAnswered(state, key));
    setTimeout(() => {
      if (this.#awaiting.get(key) !== confirmed) return;
      this.#awaiting.delete(key);
      store.update((state) => withoutPending(state, key));
    }, CONFIRMATION_TIMEOUT_MS);
  }

  #settle(state: ConferenceState): void {
    for (const [key, confirmed] of this.#awaiting) {
      if (!confirmed(state)) continue;
      this.#awaiting.delete(key);
      this.#core.store.update((current) => withoutPending(current, key));
    }
  }
}
