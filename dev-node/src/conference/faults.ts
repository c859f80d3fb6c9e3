/** What POST /dev/faults sets for a room, besides naming it (README "Dev-only endpoints"). */
export interface FaultSpec {
  readonly delayMs?: number;
  readonly refuseEvents?: number;
  readonly refuseRefresh?: boolean;
  readonly malformed?: readonly string[];
  /** Acts once: ends the room's event streams now. */
  readonly dropEvents?: boolean;
  /** Acts once: stalls the room's calls until each restarts ICE. */
  readonly stallMedia?: boolean;
  /**
   * Acts on the call in progress of the participant named `to` (uuid or display name): this share
   * (0–0.9; 0 stops it) of the audio packets relayed to it is left out, as a lossy path would.
   */
  readonly loseAudio?: {readonly to: string; readonly share: number};
}

/**
 * Network faults a test switches on for one room through `/dev/faults` (never part of the Pexip
 * API). They act on the room's client API requests before any handler runs; see
 * `faultGate` in api/dev-routes.ts and the README.
 */
export class RoomFaults {
  /** Every API request of the room waits this long before it is handled. */
  delayMs = 0;
  /** The next this many `events` requests are refused with 503. */
  refuseEvents = 0;
  /** `refresh_token` ends the session (the `disconnect` event, then 403 "Invalid token"). */
  refuseRefresh = false;
  /** Endpoints (last path segment) answered with a body the SDK's validators reject. */
  malformed: ReadonlySet<string> = new Set();
  /** Requests per endpoint since the faults were last set or cleared. */
  private readonly requests = new Map<string, number>();

  count(endpoint: string): void {
    this.requests.set(endpoint, (this.requests.get(endpoint) ?? 0) + 1);
  }

  /** Uses up one refusal of an event stream; false when none is left. */
  takeEventRefusal(): boolean {
    if (this.refuseEvents <= 0) return false;
    this.refuseEvents -= 1;
    return true;
  }

  resetCounts(): void {
    this.requests.clear();
  }

  clear(): void {
    this.delayMs = 0;
    this.refuseEvents = 0;
    this.refuseRefresh = false;
    this.malformed = new Set();
    this.resetCounts();
  }

  snapshot(): Record<string, unknown> {
    return {
      delayMs: this.delayMs,
      refuseEvents: this.refuseEvents,
      refuseRefresh: this.refuseRefresh,
      malformed: [...this.malformed],
      requests: Object.fromEntries(this.requests),
    };
  }
}
