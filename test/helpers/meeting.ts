import type {PexConference} from '../../src/elements/conference/conference.js';
import type {Phase} from '../../src/session/types.js';
import {devNodeUrl, waitFor} from './dev-node.js';
import {deepQuery} from './dom.js';

/**
 * Real `<pex-conference>` elements against the test run's dev node, kept on the page across the
 * tests of a `describe` (open-wc's `fixture()` would remove them after each test).
 */
export class MeetingFixture {
  readonly #container = document.createElement('div');
  readonly #elements: PexConference[] = [];

  /** Adds a conference element with `node` set to the dev node and the given attributes. */
  async add(attributes: Record<string, string>): Promise<PexConference> {
    const el = document.createElement('pex-conference');
    el.setAttribute('node', devNodeUrl);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    // On the page from the first element on: a test that adds none leaves the page as it was.
    if (!this.#container.isConnected) document.body.append(this.#container);
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

/**
 * Call in a `describe()` of meeting tests: a fresh `MeetingFixture` for each test, disposed after
 * it, or with `'suite'` one for all its tests (for a `before()` that joins the participants they
 * share). Hooks run in the order they are registered: call it before a `before()` that adds
 * elements, and after an `afterEach()` that must run while the calls are still up.
 */
export function useMeetingFixture(scope: 'test' | 'suite' = 'test'): Pick<MeetingFixture, 'add'> {
  let fixture: MeetingFixture | undefined;
  const start = (): void => {
    fixture = new MeetingFixture();
  };
  const dispose = async (): Promise<void> => {
    await fixture?.dispose();
    fixture = undefined;
  };
  if (scope === 'suite') {
    before(start);
    after(dispose);
  } else {
    beforeEach(start);
    afterEach(dispose);
  }
  return {
    add(attributes) {
      if (!fixture) throw new Error('The meeting fixture starts in a before hook of the describe()');
      return fixture.add(attributes);
    },
  };
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

/**
 * The item labelled `label` of the menu in `el`'s part `menu`, once it is there and not busy: a
 * busy item (its request still on its way) ignores clicks.
 */
export function menuItem(el: PexConference, menu: string, label: string): Promise<HTMLButtonElement> {
  return waitFor(`the menu item "${label}"`, () => {
    const popup = deepQuery(el.shadowRoot!, `[part~="${menu}"]`)?.shadowRoot?.querySelector('pex-menu-popup');
    const item = [...(popup?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])].find(
      (button) => button.textContent.trim() === label
    );
    return item?.getAttribute('aria-busy') === 'true' ? undefined : item;
  });
}
