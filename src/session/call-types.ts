// What Infinity tells a participant about the call beyond the roster: single sign-on, transfers,
// splash screens, call quality and classification.

/** An identity provider a single sign-on room offers. */
export interface IdentityProvider {
  readonly id: string;
  readonly name: string;
  /** A URL of its logo, when the node gives one. */
  readonly image?: string;
  /** The provider's sign-in must happen in this window (a redirect), not in a pop-up. */
  readonly redirectFlow: boolean;
}

/** Why a single sign-on did not complete. */
export type SsoFailure = 'forbidden' | 'unavailable' | 'popup-blocked' | 'closed';

/** A single sign-on room asks us to sign in. */
export interface SsoRequest {
  readonly providers: readonly IdentityProvider[];
  /** The provider chosen (by the user, or the only one). */
  readonly chosenId?: string;
  /** Where the chosen provider's sign-in page is, once the node told. */
  readonly redirectUrl?: string;
  /** The sign-in window is open and we wait for its answer. */
  readonly signingIn: boolean;
  readonly failed?: SsoFailure;
}

/** A host or the node moves us to another conference. */
export interface Transfer {
  /** The conference alias we are moving to. */
  readonly alias: string;
  /** The breakout room's name, when the move is into one. */
  readonly name?: string;
}

/** A splash screen from the node's theme, shown over the whole stage. */
export interface Splash {
  readonly text: string;
  /** The background image's URL (on the node). */
  readonly background: string;
  /** Milliseconds since the epoch when it goes; none: until the node clears it. */
  readonly until?: number;
}

/** How well our call's audio gets through, from the SDK's packet loss and jitter measures. */
export type CallQuality = 'good' | 'ok' | 'bad';

/** A classification level of the meeting, as the node's theme names it. */
export interface Classification {
  /** The level's index (0 the lowest). */
  readonly level: number;
  readonly label: string;
}
