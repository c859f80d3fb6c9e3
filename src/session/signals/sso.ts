import type {SSOdMessage} from '@pexip/infinity';
import type {ConferenceState, IdentityProvider, SsoFailure} from '../types.js';
import type {SignalPayload} from './payloads.js';

/**
 * Handlers of single sign-on: the node asks us to choose an identity provider (`onIdp`) or to
 * sign in with one (`onRedirect`). Its question arrives as a 403 to request_token that the SDK
 * turns into these signals; the join waits in the phase `sso-required` meanwhile.
 */

type SdkIdp = SignalPayload<'onIdp'>[number];

/**
 * Whether a provider must sign in by redirect. The SDK's type spells it `disablePopUpFlow`, its
 * code (infinityClient.js) `disablePopupFlow`: read both.
 */
function redirectFlowOf(idp: SdkIdp): boolean {
  const flags = idp as SdkIdp & {disablePopupFlow?: boolean};
  return Boolean(flags.disablePopupFlow ?? flags.disablePopUpFlow);
}

/** `onIdp`: the room offers these identity providers; the user chooses one. */
export function onIdp(state: ConferenceState, idps: SignalPayload<'onIdp'>): ConferenceState {
  const providers: IdentityProvider[] = idps.map((idp) => ({
    id: idp.uuid,
    name: idp.name,
    ...(idp.img && {image: idp.img}),
    redirectFlow: redirectFlowOf(idp),
  }));
  return {...state, phase: 'sso-required', ssoRequest: {providers: Object.freeze(providers), signingIn: false}};
}

/** `onRedirect`: sign in with this provider at this URL (the only one, or the one chosen). */
export function onRedirect(
  state: ConferenceState,
  {redirectUrl, redirectIdp, disablePopupFlow}: SignalPayload<'onRedirect'>
): ConferenceState {
  const known = state.ssoRequest?.providers ?? [];
  const provider: IdentityProvider = {
    ...known.find(({id}) => id === redirectIdp.uuid),
    id: redirectIdp.uuid,
    name: redirectIdp.name,
    redirectFlow: Boolean(disablePopupFlow),
  };
  const providers = known.some(({id}) => id === provider.id)
    ? known.map((p) => (p.id === provider.id ? provider : p))
    : [...known, provider];
  return {
    ...state,
    phase: 'sso-required',
    ssoRequest: {providers: Object.freeze(providers), chosenId: provider.id, redirectUrl, signingIn: false},
  };
}

/** The sign-in window is open (`signingIn`), or the sign-in did not complete (`failed`). */
export function withSignIn(state: ConferenceState, signingIn: boolean, failed?: SsoFailure): ConferenceState {
  if (!state.ssoRequest) return state;
  return {...state, ssoRequest: {...state.ssoRequest, signingIn, failed}};
}

/** The token of a successful sign-in, or why it failed, from what the provider's pop-up posted back. */
export function ssoOutcome(answer: SSOdMessage): {token: string} | {failed: SsoFailure} {
  if (answer.result === 'success') return {token: answer.token};
  return {failed: answer.result === 'forbidden' ? 'forbidden' : 'unavailable'};
}
