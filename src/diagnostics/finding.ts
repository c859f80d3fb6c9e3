/** What "Check my setup" found: plain data, shared by the checks and their messages. */
export type FindingStatus = 'ok' | 'warning' | 'problem';

export type FindingCode =
  | 'secure-context'
  | 'insecure-context'
  | 'webrtc'
  | 'no-webrtc'
  | 'no-media-devices'
  | 'no-screen-sharing'
  | 'permission-granted'
  | 'permission-prompt'
  | 'permission-denied'
  | 'policy-allows'
  | 'policy-blocks'
  | 'policy-unchecked'
  | 'node-reachable'
  | 'node-csp-blocked'
  | 'node-cors-blocked'
  | 'node-unreachable'
  | 'chunks-loaded'
  | 'chunk-missing'
  | 'chunk-mime'
  | 'chunk-cors'
  | 'chunk-csp-blocked'
  | 'chunk-unreachable'
  | 'chunk-failed';

export interface Finding {
  readonly code: FindingCode;
  readonly status: FindingStatus;
  /** What the finding is about: a permission or feature name, the node URL, or a file loaded on demand. */
  readonly subject: string;
  /** Values for the finding's message, such as the page origin or the directive to change. */
  readonly params: Readonly<Record<string, string>>;
}
