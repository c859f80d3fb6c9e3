/**
 * The browser half of the roster and chat benchmarks (see elements.bench.mjs): a `<pex-roster>`
 * with many participants and a `<pex-chat>` with many messages, bound to the fake session of
 * the element tests, and the time from one change of the session's state to the frame that
 * shows it.
 */
// Named imports, used below: package.json marks src/ free of side effects for bundlers, so a
// bare `import '…/pex-roster.js'` would be dropped and the elements never registered.
import {PexChat} from '../src/pex-chat.js';
import {PexRoster} from '../src/pex-roster.js';
import type {PexRosterRow} from '../src/elements/roster/roster-row.js';
import {participantsOf} from '../src/session/selectors.js';
import type {ChatMessage, Participant} from '../src/session/types.js';
import {FakeSession, type FakeStateChange} from '../test/helpers/fake-session.js';
import {participant} from '../test/helpers/fixtures.js';

/**
 * Runs `change` at the start of a frame (in requestAnimationFrame) and resolves after that
 * frame's style, layout and paint: a message posted from the rAF callback is handled only once
 * the frame's rendering is done. Starting in rAF keeps the wait for the next vsync out of the figure.
 */
function changeInFrame(change: () => void): Promise<{start: number; end: number}> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      change();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({start, end: performance.now()});
      channel.port2.postMessage(undefined);
    })
  );
}

/**
 * Time from the change to the end of the first frame in which `shown()` holds. When the change
 * needs more than one frame (the virtualizer measures and lays out in a later one), the wait
 * for those frames counts: that is when the user sees it.
 */
async function timeToPaint(change: () => void, shown: () => boolean, what: string): Promise<{ms: number; frames: number}> {
  const {start, end: firstEnd} = await changeInFrame(change);
  let end = firstEnd;
  let frames = 1;
  while (!shown()) {
    // Generous: a first render of 1000 rows on a busy machine takes many frames.
    if (end - start > 10_000) throw new Error(`${what} not shown after ${frames} frames (${Math.round(end - start)} ms)`);
    ({end} = await changeInFrame(() => undefined));
    frames += 1;
  }
  return {ms: end - start, frames};
}

declare global {
  interface Window {
    /** Exposed by elements.bench.mjs: reads Chromium's main-thread times around the timed updates. */
    benchMark?: (phase: 'start' | 'end') => Promise<void>;
  }
}

function nextFrames(count: number): Promise<void> {
  return count <= 0 ? Promise.resolve() : new Promise((resolve) => requestAnimationFrame(() => resolve(nextFrames(count - 1))));
}

/**
 * A page element that owns the session, as `<pex-conference>` does, and an element bound to it
 * with `for`; resolves once the first items (`itemTag`) are painted, with the time that took.
 */
async function mount(tag: 'pex-roster' | 'pex-chat', itemSelector: string, state: FakeStateChange) {
  const session = new FakeSession({phase: 'in-call', ...state});
  const owner = Object.assign(document.createElement('div'), {id: `owner-${tag}`, session});
  if (customElements.get(tag) !== {'pex-roster': PexRoster, 'pex-chat': PexChat}[tag])
    throw new Error(`<${tag}> is not registered`);
  const element = document.createElement(tag);
  element.setAttribute('for', owner.id);
  element.style.cssText = 'display: block; width: 420px; height: 480px';
  const first = await timeToPaint(
    () => document.body.append(owner, element),
    () => Boolean(element.shadowRoot?.querySelector(itemSelector)),
    `the first ${itemSelector}`
  );
  await nextFrames(3);
  return {session, element, firstRenderMs: first.ms, remove: () => [owner, element].forEach((node) => node.remove())};
}

interface Timing {
  readonly samples: number[];
  readonly frames: number[];
  readonly firstRenderMs: number;
}

const benchmarks = {
  /** `size` participants (you are a host); `updates` times, one visible participant's microphone is muted or unmuted. */
  async roster(size: number, updates: number, warmup: number): Promise<Timing> {
    const self = participant({id: 'self', displayName: 'Ann Self', isSelf: true, role: 'host'});
    const others = Array.from({length: size - 1}, (_, index) =>
      participant({id: `p${index}`, displayName: `Participant ${String(index).padStart(4, '0')}`})
    );
    const {session, element, firstRenderMs, remove} = await mount('pex-roster', 'pex-roster-row', {
      selfId: 'self',
      role: 'host',
      hostControls: true,
      participants: [self, ...others],
    });
    const rows = () => [...element.shadowRoot!.querySelectorAll<PexRosterRow>('pex-roster-row')];
    const samples: number[] = [];
    const frames: number[] = [];
    await window.benchMark?.('start');
    for (let step = 0; step < warmup + updates; step += 1) {
      const visible = rows().filter((row) => row.participant && !row.participant.isSelf);
      const target = visible[step % visible.length].participant!;
      const updated: Participant = {...target, microphoneMuted: !target.microphoneMuted};
      const result = await timeToPaint(
        () =>
          session.setState({participants: participantsOf(session.state).map((one) => (one.id === updated.id ? updated : one))}),
        () => rows().some((row) => row.participant === updated && !row.isUpdatePending),
        `the roster row of ${updated.displayName}`
      );
      if (step >= warmup) {
        samples.push(result.ms);
        frames.push(result.frames);
      }
      await nextFrames(2);
    }
    await window.benchMark?.('end');
    remove();
    return {samples, frames, firstRenderMs};
  },

  /** `size` messages; `messages` times, one more arrives from someone else (the list follows the newest). */
  async chat(size: number, messages: number, warmup: number): Promise<Timing> {
    const self = participant({id: 'me', displayName: 'Ann Self', isSelf: true});
    const bob = participant({id: 'bob', displayName: 'Bob'});
    const message = (index: number): ChatMessage => ({
      id: `m${index}`,
      senderId: index % 3 === 0 ? 'me' : 'bob',
      senderName: index % 3 === 0 ? 'Ann Self' : 'Bob',
      text: `Message ${index}: ${'lorem ipsum dolor sit amet '.repeat(1 + (index % 4))}`,
      at: 1_700_000_000_000 + index * 1000,
      fromSelf: index % 3 === 0,
    });
    const {session, element, firstRenderMs, remove} = await mount('pex-chat', '[part~="messages"] [role="listitem"]', {
      selfId: 'me',
      participants: [self, bob],
      chat: Array.from({length: size}, (_, index) => message(index)),
    });
    const samples: number[] = [];
    const frames: number[] = [];
    await window.benchMark?.('start');
    for (let step = 0; step < warmup + messages; step += 1) {
      const arriving = {...message(size + step), senderId: 'bob', senderName: 'Bob', fromSelf: false};
      const result = await timeToPaint(
        () => {
          // As the real session does: the state first, then the notification.
          session.setState({chat: [...session.state.chat, arriving]});
          session.emit('chat-message', {message: arriving});
        },
        () => !element.isUpdatePending && Boolean(element.shadowRoot!.querySelector(`[data-message-id="${arriving.id}"]`)),
        `chat message ${arriving.id}`
      );
      if (step >= warmup) {
        samples.push(result.ms);
        frames.push(result.frames);
      }
      await nextFrames(2);
    }
    await window.benchMark?.('end');
    remove();
    return {samples, frames, firstRenderMs};
  },
};

declare global {
  interface Window {
    elementsBench: typeof benchmarks;
  }
}

window.elementsBench = benchmarks;
document.body.dataset['ready'] = 'yes';
