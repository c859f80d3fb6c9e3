import type {SessionCore} from './core.js';
import {sendRequest} from './requests.js';
import {SessionActionError} from './session.js';
import {withCaptionsEnabled} from './signals/captions.js';

/**
 * Turns live captions on or off for ourselves; the state changes when the node answers (it says
 * no, 403, where the meeting has no captions).
 */
export async function setCaptions(core: SessionCore, enabled: boolean): Promise<void> {
  const client = core.requireCall('setCaptions');
  if (enabled && !core.store.state.captions.available) throw new SessionActionError('setCaptions', 'refused', 'unavailable');
  await sendRequest('setCaptions', core.timed(client.liveCaptions({enable: enabled})));
  core.store.update((state) => withCaptionsEnabled(state, enabled));
}
