declare module '@pex-connect/infinity-sdk-factory' {
  type SdkLogger = Parameters<typeof import('@pexip/infinity').setLogger>[0];

  /**
   * Evaluates a fresh, isolated copy of `@pexip/infinity` (see scripts/infinity-sdk-plugin.mjs),
   * with the logger setters of the packages it bundles.
   */
  export function createInfinitySdk(): typeof import('@pexip/infinity') & {
    setPeerConnectionLogger(logger: SdkLogger): void;
    setSignalLogger(logger: SdkLogger): void;
  };
}
