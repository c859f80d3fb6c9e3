import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
// Joining and leaving 50 times in one page: peer connections, event streams, timers and listeners
// stay bounded. Counts come from wrappers installed before anything is created; nothing is timed.
import {expect} from '@open-wc/testing';
import '../../src/pex-conference.js';
import {ConferenceSession} from '../../src/session/conference-session.js';
import {createRoom, waitFor} from '../helpers/dev-node.js';
import {devParticipants} from '../helpers/hardening.js';
import {untilPhase, useMeetingFixture} from '../helpers/meeting.js';

// The side panel's lists lay out through ResizeObservers: their benign loop errors would fail a test.
ignoreResizeObserverLoopErrors();

const CYCLES = 50;
const WARM_UP = 5;

interface Counts {
  /** RTCPeerConnections not closed. */
  readonly peers: number;
  /** EventSources not closed. */
  readonly eventStreams: number;
  /** Timeouts not yet run or cleared, plus intervals not cleared. */
  readonly timers: number;
  /** `session.subscribe` and `session.on` listeners not removed. */
  readonly sessionListeners: number;
  /** Listeners on window and document not removed. */
  readonly globalListeners: number;
}

/** Wraps the constructors and functions whose leftovers would show a leak; `restore()` undoes it. */
function installCounters(): {counts(): Counts; restore(): void} {
  const restorers: (() => void)[] = [];
  const replace = <T extends object, K extends keyof T>(owner: T, key: K, value: T[K]) => {
    const original = owner[key];
    owner[key] = value;
    restorers.push(() => (owner[key] = original));
  };

  const peers: RTCPeerConnection[] = [];
  replace(
    window,
    'RTCPeerConnection',
    class extends RTCPeerConnection {
      constructor(configuration?: RTCConfiguration) {
        super(configuration);
        peers.push(this);
      }
    }
  );
  const eventStreams: EventSource[] = [];
  replace(
    window,
    'EventSource',
    class extends EventSource {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        eventStreams.push(this);
      }
    }
  );

  const pending = new Set<number>();
  const {
    setTimeout: realSetTimeout,
    setInterval: realSetInterval,
    clearTimeout: realClearTimeout,
    clearInterval: realClearInterval,
  } = window;
  replace(window, 'setTimeout', ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    if (typeof handler !== 'function') return realSetTimeout(handler, timeout, ...args);
    const id = realSetTimeout(
      (...callArgs: unknown[]) => {
        pending.delete(id);
        Reflect.apply(handler, undefined, callArgs);
      },
      timeout,
      ...args
    );
    pending.add(id);
    return id;
  }) as typeof setTimeout);
  replace(window, 'setInterval', ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = realSetInterval(handler, timeout, ...args);
    pending.add(id);
    return id;
  }) as typeof setInterval);
  // The two clear functions share one pool of ids in browsers.
  const clear = (real: (id?: number) => void) => (id?: number) => {
    if (id !== undefined) pending.delete(id);
    real(id);
  };
  replace(window, 'clearTimeout', clear(realClearTimeout) as typeof clearTimeout);
  replace(window, 'clearInterval', clear(realClearInterval) as typeof clearInterval);

  let sessionListeners = 0;
  const counted = <A extends unknown[]>(subscribe: (...args: A) => () => void) =>
    function (this: ConferenceSession, ...args: A): () => void {
      const unsubscribe = subscribe.apply(this, args);
      sessionListeners += 1;
      let done = false;
      return () => {
        if (!done) sessionListeners -= 1;
        done = true;
        unsubscribe();
      };
    };
  replace(ConferenceSession.prototype, 'subscribe', counted(ConferenceSession.prototype.subscribe));
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- on() is generic: the assertion gives its type parameter back
  replace(ConferenceSession.prototype, 'on', counted(ConferenceSession.prototype.on) as typeof ConferenceSession.prototype.on);

  const globalListeners = new Map<EventTarget, Set<string>>([
    [window, new Set()],
    [document, new Set()],
  ]);
  const listenerIds = new WeakMap<object, number>();
  let nextListenerId = 0;
  const keyOf = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
    if (!listener) return undefined;
    if (!listenerIds.has(listener)) listenerIds.set(listener, nextListenerId++);
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    return `${type}:${capture}:${listenerIds.get(listener)}`;
  };
  const {addEventListener: realAdd, removeEventListener: realRemove} = EventTarget.prototype;
  replace(
    EventTarget.prototype,
    'addEventListener',
    function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions
    ) {
      const key = keyOf(type, listener, options);
      // Once-listeners remove themselves when they run; they cannot pile up unnoticed by the count anyway.
      if (key && !(typeof options === 'object' && options.once)) globalListeners.get(this)?.add(key);
      realAdd.call(this, type, listener, options);
    }
  );
  replace(
    EventTarget.prototype,
    'removeEventListener',
    function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions
    ) {
      const key = keyOf(type, listener, options);
      if (key) globalListeners.get(this)?.delete(key);
      realRemove.call(this, type, listener, options);
    }
  );

  return {
    counts: () => ({
      peers: peers.filter((peer) => peer.signalingState !== 'closed').length,
      eventStreams: eventStreams.filter((stream) => stream.readyState !== EventSource.CLOSED).length,
      timers: pending.size,
      sessionListeners,
      globalListeners: [...globalListeners.values()].reduce((sum, keys) => sum + keys.size, 0),
    }),
    restore: () => {
      for (const undo of restorers.reverse()) undo();
    },
  };
}

describe('hardening: memory', () => {
  const meeting = useMeetingFixture();

  it(`joins and leaves ${CYCLES} times in one page without peers, event streams, timers or listeners piling up`, async function () {
    this.timeout(15 * 60 * 1000);
    const counters = installCounters();
    try {
      const alias = await createRoom();
      const el = await meeting.add({conference: alias, name: 'Cycler', media: '1', audioonly: '1'});
      const samples: Counts[] = [];
      let inCall: Counts | undefined;
      for (let cycle = 1; cycle <= CYCLES; cycle++) {
        await el.joinMeeting();
        await untilPhase(el, 'in-call', 60000);
        // Media flows: the peer connection is up (the SDK reports what it sends).
        await waitFor(`cycle ${cycle}: audio going out`, () => (el.state.stats?.outbound.audio?.packets ?? 0) > 0, 60000);
        inCall ??= counters.counts();
        await el.leave();
        await untilPhase(el, 'ended');
        // The node let go of us: the SDK's release is done.
        await waitFor(`cycle ${cycle}: released at the node`, async () => (await devParticipants(alias)).length === 0, 60000);
        samples.push(counters.counts());
      }
      const warm = samples[WARM_UP - 1];
      const last = samples.at(-1)!;
      const most = (key: keyof Counts) => Math.max(...samples.slice(WARM_UP - 1).map((sample) => sample[key]));
      const report = JSON.stringify({inCall, warm, last});
      expect(inCall!.peers, `one peer connection while in a call: ${report}`).to.equal(1);
      expect(inCall!.eventStreams, `one event stream while in a call: ${report}`).to.equal(1);
      // The counters see what the session and the SDK create (the token refresh interval at least).
      expect(inCall!.timers, `timers are counted: ${report}`).to.be.greaterThan(0);
      expect(inCall!.sessionListeners, `session listeners are counted: ${report}`).to.be.greaterThan(0);
      expect(last.peers, `no peer connection left: ${report}`).to.equal(0);
      expect(last.eventStreams, `no event stream left: ${report}`).to.equal(0);
      expect(most('sessionListeners'), `session listeners: ${report}`).to.equal(warm.sessionListeners);
      expect(most('globalListeners'), `window and document listeners: ${report}`).to.equal(warm.globalListeners);
      // A timer or two may be pending at any moment (a stats poll, a retry); none may accumulate.
      expect(most('timers'), `timers: ${report}`).to.be.at.most(warm.timers + 2);
    } finally {
      counters.restore();
    }
  });
});
