import {expect} from '@open-wc/testing';
import {waitFor} from './dev-node.js';
import {deepQuery} from './dom.js';

/**
 * axe on a `<pex-conference>` in a call: no serious or critical violation. Waits first for its
 * built-in roster's rows (until the virtualized list renders them it is a scrollable region with
 * nothing to focus, which axe rightly flags), when it has one.
 */
export async function expectCallAccessible(el: Element): Promise<void> {
  const roster = el.shadowRoot?.querySelector('.side > pex-roster');
  if (roster?.shadowRoot) {
    const rosterRoot = roster.shadowRoot;
    await waitFor('the roster rows', () => deepQuery(rosterRoot, 'pex-roster-row'));
  }
  await expect(el).to.be.accessible();
}
