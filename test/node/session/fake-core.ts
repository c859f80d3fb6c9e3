// A session core over a fake SDK client, for the parts that send requests (host controls, our media).
import type {InfinityClient} from '@pexip/infinity';
import type {SessionCore} from '../../../src/session/core.js';
import {SessionActionError} from '../../../src/session/session.js';
import {Store} from '../../../src/session/store.js';
import type {ConferenceState} from '../../../src/session/types.js';

/** One request the fake client was asked to send, and how to answer it. */
export interface SentRequest {
  readonly method: string;
  readonly options: unknown;
  answer(status: number, result?: unknown): void;
}

/**
 * A core whose client records every request and leaves it unanswered until the test answers it,
 * so that a test sees the state while the request is on its way.
 */
export function fakeCore(state: ConferenceState): {core: SessionCore; sent: SentRequest[]} {
  const sent: SentRequest[] = [];
  const client = new Proxy({} as InfinityClient, {
    get: (_target, method: string) => (options: unknown) =>
      new Promise((resolve) => {
        sent.push({method, options, answer: (status, result = true) => resolve({status, data: {status: 'success', result}})});
      }),
  });
  const store = new Store(state);
  const core: SessionCore = {
    store,
    client,
    sdk: undefined,
    options: undefined,
    timed: (request) => request,
    requireCall: (action) => {
      if (store.state.phase !== 'in-call') throw new SessionActionError(action, 'not-in-call');
      return client;
    },
  };
  return {core, sent};
}

/** Lets pending promise callbacks run. */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
