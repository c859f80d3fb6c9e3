declare module '@pex-connect/infinity-sdk-factory' {
  /**
   * Evaluates a fresh, isolated copy of `@pexip/infinity` (see scripts/infinity-sdk-plugin.mjs),
   * with the logger setters of the packages it bundles.
   */
  export function createInfinitySdk(): import('./infinity-sdk.js').InfinitySdk;
}
