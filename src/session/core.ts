import type {InfinityClient} from '@pexip/infinity';
import type {InfinitySdk} from './infinity-sdk.js';
import type {Store} from './store.js';
import type {ConferenceState, JoinOptions} from './types.js';

/**
 * What the session's parts share: the store, and the SDK client while there is a call. The
 * facade (`ConferenceSession`) provides it; the parts never import the facade.
 */
export interface SessionCore {
  readonly store: Store<ConferenceState>;
  /** The SDK client from joining until the session ends. */
  readonly client: InfinityClient | undefined;
  /** The SDK, once loading it started. */
  readonly sdk: Promise<InfinitySdk> | undefined;
  /** What the session joined with (the bandwidth kept current). */
  readonly options: JoinOptions | undefined;
  /** Runs a request to the node, saying in the state when it is slow (see `ConnectionHealth`). */
  timed<T>(request: Promise<T>): Promise<T>;
  /** The client, when in a call; otherwise throws a `SessionActionError` (`not-in-call`). */
  requireCall(action: string): InfinityClient;
}
