import type {PexConference} from '../../src/elements/conference/conference.js';
import type {Phase} from '../../src/session/types.js';
import {devNodeUrl, waitFor} from './dev-node.js';

/**
 * Real `<pex-conference>` elements against the test run's dev node, kept on the page across the
 * tests of a `describe` (open-wc's `fixture()` would remove them after each test).
 */
export class MeetingFixture {
  readonly #container = document.createElement('div');
  readonly #elements: PexConference[] = [];

  constructor() {
    document.body.append(this.#container);
  }

  /** Adds a conference element with `node` set to the dev node and the given attributes. */
  async add(attributes: Record<string, string>): Promise<PexConference> {
    const el = document.createElement('pex-conference');
    el.setAttribute('node', devNodeUrl);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    this.#container.append(el);
    this.#elements.push(el);
    await el.updateComplete;
    return el;
  }

  /** Leaves every meeting and removes the elements. */
  async dispose(): Promise<void> {
    await Promise.all(this.#elements.map((el) => el.leave()));
    this.#container.remove();
  }
}

/** Waits until the element reaches `phase`; fails at once if it ends or fails instead. */
export async function untilPhase(el: PexConference, phase: Phase, timeout = 20000): Promise<void> {
  await waitFor(
    `${el.getAttribute('name')} to be ${phase}`,
    () => {
      const state = el.state;
      if (state.phase === phase) return true;
      if ((state.phase === 'failed' || state.phase === 'ended') && phase !== 'ended' && phase !== 'failed') {
        throw new Error(
          `${el.getAttribute('name')} is ${state.phase}: ${state.endReason?.code} ${state.endReason?.detail ?? ''}`
        );
      }
      return false;
    },
    timeout
  );
  await el.updateComplete;
}

/** Joins and waits for the call. */
export async function joinCall(el: PexConference): Promise<void> {
  await el.joinMeeting();
  await untilPhase(el, 'in-call');
}
