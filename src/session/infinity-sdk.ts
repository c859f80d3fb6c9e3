import type * as PexipInfinity from '@pexip/infinity';

type SdkLogger = Parameters<typeof PexipInfinity.setLogger>[0];

/**
 * The module namespace of `@pexip/infinity`, plus the logger setters of the packages it uses and
 * the event stream's presentation signals: its client does not pass `presentation_frame` on, and
 * a restarted call only receives a presentation going on when its `presentation_start` is replayed.
 */
export type InfinitySdk = typeof PexipInfinity & {
  setPeerConnectionLogger(logger: SdkLogger): void;
  setSignalLogger(logger: SdkLogger): void;
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
