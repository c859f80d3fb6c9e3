// Single sign-on: the node's questions (onIdp, onRedirect) and the pop-up's answer.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {SignalPayload} from '../../../src/session/signals/payloads.js';
import {onIdp, onRedirect, ssoOutcome, withSignIn} from '../../../src/session/signals/sso.js';
import {initialState, type ConferenceState} from '../../../src/session/types.js';

const connecting = (): ConferenceState => ({...initialState('meet.sso'), phase: 'connecting'});

describe('single sign-on', () => {
  test('onIdp: the providers to choose from, with the flag the SDK spells two ways', () => {
    // The SDK spreads the raw entry after renaming `disable_popup_flow` to `disablePopupFlow`.
    const idps = [
      {name: 'Example Corp', uuid: 'idp-1', img: 'https://idp/logo.png'},
      {name: 'Other', uuid: 'idp-2', disablePopupFlow: true},
    ] as SignalPayload<'onIdp'>;
    const state = onIdp(connecting(), idps);
    assert.equal(state.phase, 'sso-required');
    assert.deepEqual(state.ssoRequest, {
      providers: [
        {id: 'idp-1', name: 'Example Corp', image: 'https://idp/logo.png', redirectFlow: false},
        {id: 'idp-2', name: 'Other', redirectFlow: true},
      ],
      signingIn: false,
    });
  });

  test('onRedirect: the chosen provider and where to sign in, keeping what onIdp said of it', () => {
    const offered = onIdp(connecting(), [{name: 'Example Corp', uuid: 'idp-1', img: 'logo.png'}] as SignalPayload<'onIdp'>);
    const state = onRedirect(offered, {
      redirectUrl: 'http://node/dev/idp/idp-1?request=r1',
      redirectIdp: {name: 'Example Corp', uuid: 'idp-1'},
      disablePopupFlow: false,
    });
    assert.equal(state.phase, 'sso-required');
    assert.deepEqual(
      [state.ssoRequest?.chosenId, state.ssoRequest?.redirectUrl],
      ['idp-1', 'http://node/dev/idp/idp-1?request=r1']
    );
    assert.deepEqual(state.ssoRequest?.providers, [{id: 'idp-1', name: 'Example Corp', image: 'logo.png', redirectFlow: false}]);
    // A room with one provider asks for it straight away: no list came first.
    const direct = onRedirect(connecting(), {redirectUrl: 'u', redirectIdp: {name: 'Only', uuid: 'idp-9'}});
    assert.deepEqual(direct.ssoRequest?.providers, [{id: 'idp-9', name: 'Only', redirectFlow: false}]);
  });

  test("the pop-up's answer: a token, or why it failed; signing in and failing show in the request", () => {
    assert.deepEqual(ssoOutcome({result: 'success', token: 'tok'}), {token: 'tok'});
    assert.deepEqual(ssoOutcome({result: 'forbidden', code: 403}), {failed: 'forbidden'});
    assert.deepEqual(ssoOutcome({result: 'service unavailable', code: 503}), {failed: 'unavailable'});
    const asked = onRedirect(connecting(), {redirectUrl: 'u', redirectIdp: {name: 'Only', uuid: 'idp-9'}});
    assert.equal(withSignIn(asked, true).ssoRequest?.signingIn, true);
    const closed = withSignIn(withSignIn(asked, true), false, 'closed');
    assert.deepEqual([closed.ssoRequest?.signingIn, closed.ssoRequest?.failed], [false, 'closed']);
  });
});
