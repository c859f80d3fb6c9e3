declare module '@pex-connect/infinity-sdk-factory' {
  /**
   * Evaluates a fresh, isolated copy of `@pexip/infinity` (see scripts/infinity-sdk-plugin.mjs),
   * with the logger setters of the packages it bundles.
   */
  export function createInfinitySdk(): import('./infinity-sdk.js').InfinitySdk;
  /** Loads the checks of the SDK's requests that are not on the way to a call's first picture. */
  export function loadInfinityApiValidation(): Promise<unknown>;
}
