// Gaps in third-party declarations that a consumer with skipLibCheck: false would also have to
// fill (they are in @pexip/peer-connection and @pexip/utils, not in pex-connect). The check
// keeps skipLibCheck off so that pex-connect's own .d.ts files are checked.
declare module 'sdp-transform' {
  export interface MediaDescription {
    [key: string]: unknown;
  }
}
type TaskSignal = AbortSignal;
