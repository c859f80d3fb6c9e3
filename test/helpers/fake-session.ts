import {Emitter} from '../../src/session/emitter.js';
import {SessionActionError, type Session} from '../../src/session/session.js';
import {Store, type StateListener} from '../../src/session/store.js';
import {
  initialState,
  MAIN_ROOM_ID,
  type ConferenceState,
  type ConferenceStatus,
  type LayoutOption,
  type Participant,
  type SessionEventMap,
} from '../../src/session/types.js';

/**
 * A change of the fake's state; `participants` and `conferenceStatus` are the main room's, for
 * tests written before the state was keyed by room.
 */
export type FakeStateChange = Partial<ConferenceState> & {
  readonly participants?: readonly Participant[];
  readonly conferenceStatus?: ConferenceStatus;
};

function toStateChange(
  state: ConferenceState,
  {participants, conferenceStatus, ...change}: FakeStateChange
): Partial<ConferenceState> {
  if (!participants && !conferenceStatus) return change;
  const rooms = change.rooms ?? state.rooms;
  const main = rooms[MAIN_ROOM_ID];
  return {
    ...change,
    rooms: {
      ...rooms,
      [MAIN_ROOM_ID]: {...main, participants: participants ?? main.participants, status: conferenceStatus ?? main.status},
    },
  };
}

/** One call of a session action, as the fake records it. */
export interface RecordedCall {
  readonly action: string;
  readonly args: readonly unknown[];
}

type Action = (...args: unknown[]) => Promise<void>;

/**
 * A session for element rendering tests: its state is whatever the test sets, and its actions
 * only record that they were called (and reject, like a refusing node, when listed in `refuse`).
 */
export class FakeSession implements Session {
  readonly calls: RecordedCall[] = [];
  /** Actions that reject with a `SessionActionError` ('refused'), as a node's 403 would. */
  readonly refuse = new Set<string>();
  readonly #store: Store<ConferenceState>;
  readonly #events = new Emitter<SessionEventMap>();

  constructor(state: FakeStateChange = {}) {
    const initial = initialState();
    this.#store = new Store({...initial, ...toStateChange(initial, state)});
  }

  get state(): ConferenceState {
    return this.#store.state;
  }

  /** Replaces parts of the state, as the real session would after an SDK signal. */
  setState(change: FakeStateChange): void {
    this.#store.update((state) => toStateChange(state, change));
  }

  emit<K extends keyof SessionEventMap>(type: K, detail: SessionEventMap[K]): void {
    this.#events.emit(type, detail);
  }

  subscribe(listener: StateListener<ConferenceState>): () => void {
    return this.#store.subscribe(listener);
  }

  on<K extends keyof SessionEventMap>(type: K, listener: (detail: SessionEventMap[K]) => void): () => void {
    return this.#events.on(type, listener);
  }

  /** The calls of one action, newest last. */
  callsOf(action: string): readonly (readonly unknown[])[] {
    return this.calls.filter((call) => call.action === action).map(({args}) => args);
  }

  #action(action: string): Action {
    return (...args) => {
      this.calls.push({action, args});
      return this.refuse.has(action)
        ? Promise.reject(new SessionActionError(action, 'refused', 'Refused by the fake node'))
        : Promise.resolve();
    };
  }

  /** A session method that answers nothing (the real one returns void). */
  #record(action: string): (...args: unknown[]) => void {
    return (...args) => {
      this.calls.push({action, args});
    };
  }

  preload = this.#record('preload');
  join = this.#action('join');
  submitPin = this.#action('submitPin');
  joinAsGuest = this.#action('joinAsGuest');
  submitExtension = this.#action('submitExtension');
  leave = this.#action('leave');
  reset = this.#record('reset');
  startPreview = this.#action('startPreview');
  stopPreview = this.#record('stopPreview');
  selectDevices = this.#action('selectDevices');
  refreshDevices = this.#action('refreshDevices');
  setMicrophoneMuted = this.#action('setMicrophoneMuted');
  setCameraOff = this.#action('setCameraOff');
  escalate = this.#action('escalate');
  setBandwidth = this.#record('setBandwidth');
  updateSettings = this.#record('updateSettings');
  backgroundPicture: string | undefined;
  sendMessage = this.#action('sendMessage');
  setChatRecipient = this.#record('setChatRecipient');
  raiseHand = this.#action('raiseHand');
  present = this.#action('present');
  stopPresenting = this.#action('stopPresenting');
  setPresentationFullMotion = this.#record('setPresentationFullMotion');
  setCaptions = this.#action('setCaptions');
  /** What `loadLayouts` resolves to. */
  layouts: readonly LayoutOption[] = [];
  loadLayouts = (): Promise<readonly LayoutOption[]> => {
    this.calls.push({action: 'loadLayouts', args: []});
    return this.refuse.has('loadLayouts')
      ? Promise.reject(new SessionActionError('loadLayouts', 'refused', 'Refused by the fake node'))
      : Promise.resolve(this.layouts);
  };
  setLayout = this.#action('setLayout');
  openBreakouts = (...args: unknown[]): Promise<string[]> => {
    this.calls.push({action: 'openBreakouts', args});
    return this.refuse.has('openBreakouts')
      ? Promise.reject(new SessionActionError('openBreakouts', 'refused', 'Refused by the fake node'))
      : Promise.resolve([]);
  };
  moveParticipants = this.#action('moveParticipants');
  closeRoom = this.#action('closeRoom');
  closeAllRooms = this.#action('closeAllRooms');
  bringEveryoneBack = this.#action('bringEveryoneBack');
  messageAllRooms = this.#action('messageAllRooms');
  askForHelp = this.#action('askForHelp');
  cancelHelp = this.#action('cancelHelp');
  leaveRoom = this.#action('leaveRoom');
  lock = this.#action('lock');
  muteAllGuests = this.#action('muteAllGuests');
  setGuestsCanUnmute = this.#action('setGuestsCanUnmute');
  disconnectAll = this.#action('disconnectAll');
  dial = this.#action('dial');
  muteParticipant = this.#action('muteParticipant');
  muteParticipantVideo = this.#action('muteParticipantVideo');
  setRole = this.#action('setRole');
  setPresentationReceiving = this.#action('setPresentationReceiving');
  spotlight = this.#action('spotlight');
  admit = this.#action('admit');
  disconnectParticipant = this.#action('disconnectParticipant');
  sendDtmf = this.#action('sendDtmf');
  lowerAllHands = this.#action('lowerAllHands');
  lowerHand = this.#action('lowerHand');
  clientMuteParticipant = this.#action('clientMuteParticipant');
  transferParticipant = this.#action('transferParticipant');
  startConference = this.#action('startConference');
  chooseIdentityProvider = this.#action('chooseIdentityProvider');
  signIn = (options?: {readonly redirect?: boolean}): void => void this.#action('signIn')(options);
  leaveClosingPage = (): void => void this.#action('leaveClosingPage')();
  sendTones = this.#action('sendTones');
  sendApplicationMessage = async (message: Record<string, unknown>, to?: string): Promise<boolean> => {
    await this.#action('sendApplicationMessage')(message, to);
    return true;
  };
}
