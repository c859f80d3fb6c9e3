import type {Conference} from '../conference/conference.js';
import type {ClientSession} from '../conference/conference.js';
import type {IdentityProviderConfig, ParticipantRole} from '../config/types.js';
import {GrantStore} from './grants.js';

const SIGN_IN_MS = 10 * 60_000;
const SSO_TOKEN_MS = 10 * 60_000;
/** Transfers are called off by the room's transferTimeoutSeconds; this only bounds the store. */
const TRANSFER_MS = 60 * 60_000;

/** A sign-in the node sent to its fake identity provider (`redirect_url`), until the user completes it. */
export interface SignInRequest {
  readonly conference: Conference;
  readonly provider: IdentityProviderConfig;
  /** The client's `sso_redirect_target` (with `__pexip-sso-token__`), for the redirect flow. */
  readonly target: string | undefined;
}

/** What an SSO token stands for: a user signed in with a provider, for one room. */
export interface SsoIdentity {
  readonly conference: Conference;
  readonly provider: IdentityProviderConfig;
  readonly user: string;
}

/** A host's transfer: the `refer` token lets the participant join `conference` with `role`. */
export interface TransferGrant {
  readonly conference: Conference;
  readonly role: ParticipantRole;
  readonly from: ClientSession;
}

/** Tokens that let someone join without the usual checks: SSO sign-ins and transfers. */
export class JoinGrants {
  readonly signIns = new GrantStore<SignInRequest>(SIGN_IN_MS);
  readonly ssoTokens = new GrantStore<SsoIdentity>(SSO_TOKEN_MS);
  readonly transfers = new GrantStore<TransferGrant>(TRANSFER_MS);
}
