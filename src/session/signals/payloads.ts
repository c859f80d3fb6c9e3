import type {CallSignals, InfinitySignals} from '@pexip/infinity';

/** What a signal hands to its observers. */
type Observed<S> = S extends {add(observer: (value: infer O) => void, ...rest: never[]): unknown} ? O : never;

/** The payload of one of the SDK's client signals, exactly as the SDK types it. */
export type SignalPayload<K extends keyof InfinitySignals> = Observed<InfinitySignals[K]>;

/** The payload of one of the SDK's call (media) signals. */
export type CallSignalPayload<K extends keyof CallSignals> = Observed<CallSignals[K]>;
