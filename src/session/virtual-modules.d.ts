declare module '@pex-connect/infinity-sdk-factory' {
  /** Evaluates a fresh, isolated copy of `@pexip/infinity` (see scripts/infinity-sdk-plugin.mjs). */
  export function createInfinitySdk(): typeof import('@pexip/infinity');
}
