import type * as PexipInfinity from '@pexip/infinity';

type SdkLogger = Parameters<typeof PexipInfinity.setLogger>[0];

/** `@pexip/signal`'s options of a batched signal, as the session makes the participant signals. */
export interface BatchedParticipantSignalOptions {
  readonly variant: 'batched';
  readonly name: string;
  readonly bufferSize: number;
  /** Deliver at once when the buffer is full, so that no event is dropped. */
  readonly emitImmediatelyWhenFull: true;
  readonly schedule: (task: () => void) => void;
  readonly allowEmittingWithoutObserver?: boolean;
}

/**
 * The module namespace of `@pexip/infinity`, plus the logger setters of the packages it uses,
 * `@pexip/signal`'s `createSignal` (for batched signals with our own scheduler), and
 * the event stream's presentation signals: its client does not pass `presentation_frame` on, and
 * a restarted call only receives a presentation going on when its `presentation_start` is replayed.
 */
export type InfinitySdk = typeof PexipInfinity & {
  setPeerConnectionLogger(logger: SdkLogger): void;
  setSignalLogger(logger: SdkLogger): void;
  createSignal(options: BatchedParticipantSignalOptions): PexipInfinity.InfinitySignals['onParticipantUpdated'];
  readonly eventSignals: Pick<PexipInfinity.EventSignals, 'onPresentationFrame' | 'onPresentationStart' | 'onPresentationStop'>;
};

/**
 * Loads Pexip's SDK lazily (a separate chunk, so a page's first script stays small) and
 * returns a fresh, isolated instance of it: see scripts/infinity-sdk-plugin.mjs for why.
 */
export async function loadInfinitySdk(): Promise<InfinitySdk> {
  const {createInfinitySdk} = await import('@pex-connect/infinity-sdk-factory');
  return createInfinitySdk();
}

/**
 * Loads the SDK's checks of the answers to requests a join does not make (host controls,
 * breakout rooms, muting, leaving, …): they are chunks of their own, loaded when first needed,
 * so that the scripts a join downloads stay small; this fetches them ahead of need.
 */
export async function loadInfinityApiChecks(): Promise<void> {
  const {loadInfinityApiValidation} = await import('@pex-connect/infinity-sdk-factory');
  await loadInfinityApiValidation();
}
