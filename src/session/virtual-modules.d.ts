declare module 'virtual:pex-infinity-sdk' {
  /** Evaluates a fresh, isolated copy of `@pexip/infinity` (see scripts/infinity-sdk-plugin.mjs). */
  export function createInfinitySdk(): typeof import('@pexip/infinity');
}
