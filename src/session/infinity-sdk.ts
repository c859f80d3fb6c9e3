import type * as Infinity from '@pexip/infinity';

/** The module namespace of `@pexip/infinity`. */
export type InfinitySdk = typeof Infinity;

/**
 * Loads Pexip's SDK lazily (a separate chunk, so a page's first script stays small) and
 * returns a fresh, isolated instance of it: see scripts/infinity-sdk-plugin.mjs for why.
 */
export async function loadInfinitySdk(): Promise<InfinitySdk> {
  const {createInfinitySdk} = await import('@pex-connect/infinity-sdk-factory');
  return createInfinitySdk();
}
