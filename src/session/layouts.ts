import type {InfinityClient} from '@pexip/infinity';
import type {SessionCore} from './core.js';
import {sendRequest} from './requests.js';
import {SessionActionError} from './session.js';
import type {LayoutOption} from './types.js';

/** The node's layouts, asked once per call (they do not change during it). */
const loaded = new WeakMap<InfinityClient, Promise<readonly LayoutOption[]>>();

function requireHost(core: SessionCore, action: string): InfinityClient {
  const client = core.requireCall(action);
  if (!core.store.state.hostControls) throw new SessionActionError(action, 'not-host');
  return client;
}

/** The layouts' names as the SDK lists them: plain names, or `{name, tags}` when annotated. */
export function layoutNames(listed: readonly unknown[]): string[] {
  return listed
    .map((entry) => (typeof entry === 'string' ? entry : (entry as {name?: unknown} | null)?.name))
    .filter((name): name is string => typeof name === 'string' && name !== '');
}

/** The layouts the node offers, each with its preview; a host's, in a call. */
export function loadLayouts(core: SessionCore): Promise<readonly LayoutOption[]> {
  const client = requireHost(core, 'loadLayouts');
  let layouts = loaded.get(client);
  if (!layouts) {
    layouts = Promise.all([client.availableLayouts({}), client.layoutSvgs({})]).then(([names, svgs]) => {
      if (!names) throw new SessionActionError('loadLayouts', 'refused', 'no layouts');
      return Object.freeze(layoutNames(names).map((name) => Object.freeze({name, svg: svgs?.[name]})));
    });
    // A failure is not kept: the next try asks again.
    layouts.catch(() => loaded.delete(client));
    loaded.set(client, layouts);
  }
  return core.timed(layouts);
}

/** Asks the node for the meeting's layout; the selection changes when the node's `layout` event confirms it. */
export async function setLayout(core: SessionCore, name: string): Promise<void> {
  const client = requireHost(core, 'setLayout');
  if (!name.trim()) throw new SessionActionError('setLayout', 'invalid', 'empty');
  await sendRequest('setLayout', core.timed(client.setLayout({transforms: {layout: name}})));
}
