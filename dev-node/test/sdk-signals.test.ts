import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import type {DevNode} from '../src/index.js';
import {createRoom, request, roomState, waitFor} from './helpers.js';
import {useSdkHarness} from './sdk-bundle.js';

/** Issue 14's flows through the real @pexip/infinity 20 SDK in Chromium, against the dev node. */
describe('issue 14 signals through @pexip/infinity in Chromium', () => {
  const sdk = useSdkHarness();
  const {open, participant} = sdk;
  let node: DevNode;
  before(() => ({node} = sdk));

  it('SSO: onIdp, the choice, onRedirect, the provider’s pop-up, and the join with the SSO token', async () => {
    const alias = await createRoom(node, {sso: {providers: [{name: 'Corp'}, {name: 'Partner'}]}});
    const [user] = await open(1);
    await user!.call({alias, name: 'Sam'});
    const idps = await user!.signal<{name: string; uuid: string}[]>('onIdp');
    assert.deepEqual(
      idps.map((idp) => idp.name),
      ['Corp', 'Partner']
    );
    const corp = idps[0]!;
    await user!.call({alias, name: 'Sam', chosenIdp: corp.uuid});
    const redirect = await user!.signal<{redirectUrl: string; redirectIdp: {uuid: string}; disablePopupFlow: boolean}>(
      'onRedirect'
    );
    assert.equal(redirect.redirectIdp.uuid, corp.uuid);
    assert.equal(redirect.disablePopupFlow, false);

    const popup = user!.page.waitForEvent('popup');
    const posted = user!.page.evaluate<{result: string; token: string}>(
      `window.sdk.ssoPopup(${JSON.stringify(redirect.redirectUrl)})`
    );
    const idpPage = await popup;
    await idpPage.getByLabel('User name').fill('Sam Signed');
    await idpPage.getByRole('button', {name: 'Sign in'}).click();
    const message = await posted;
    assert.equal(message.result, 'success');

    await user!.call({alias, name: 'Sam', chosenIdp: corp.uuid, ssoToken: message.token});
    await user!.signal('onParticipants');
    assert.equal((await user!.me())?.isIdpAuthenticated, true);
  });

  it('SSO redirect flow: the page goes to the provider and comes back to the SDK’s sso_redirect_target with the token', async () => {
    const alias = await createRoom(node, {sso: {providers: [{name: 'Redirecting', redirectFlow: true}]}});
    const [user] = await open(1);
    await user!.call({alias, name: 'Sam'});
    const redirect = await user!.signal<{redirectUrl: string; disablePopupFlow: boolean}>('onRedirect');
    assert.equal(redirect.disablePopupFlow, true);
    const page = user!.page;
    const fixture = page.url();
    await page.goto(redirect.redirectUrl);
    await page.getByRole('button', {name: 'Sign in'}).click();
    // The token itself, not the SDK's placeholder `__pexip-sso-token__` (a token may hold `_` too).
    await page.waitForURL(/[?&]ssoToken=(?!__pexip-sso-token__)[^&]+&join=1$/);
    const back = new URL(page.url());
    assert.equal(back.searchParams.get('conference'), alias);
    assert.equal(back.searchParams.get('name'), 'Sam');
    await page.goto(fixture);
    await page.waitForFunction('typeof window.sdk === "object"');
    await user!.call({alias, name: 'Sam', ssoToken: back.searchParams.get('ssoToken')!});
    await user!.signal('onParticipants');
    assert.equal((await user!.me())?.isIdpAuthenticated, true);
  });

  it('transfer: onTransfer, the client follows with the refer token and the new role, the old room lets it go', async () => {
    const from = await createRoom(node);
    const to = await createRoom(node, {name: 'Transfer target', hostPin: '4444'});
    const [host, moving] = await open(2);
    await host!.call({alias: from, name: 'Host'});
    await moving!.call({alias: from, name: 'Moving'});
    await moving!.page.evaluate('window.sdk.followTransfers("Moving")');
    const movingUuid = (await participant(host!, 'Moving')).uuid;
    assert.equal((await host!.invoke('transfer', {destination: to, role: 'host', participantUuid: movingUuid})).status, 200);
    const transfer = await moving!.signal<{alias: string; token: string}>('onTransfer');
    assert.equal(transfer.alias, to);
    await moving!.signal<{conferenceName: string}>(
      'onAuthenticatedWithConference',
      (data) => data.conferenceName === 'Transfer target'
    );
    await waitFor(async () => (await moving!.me())?.isHost === true, 'the moved participant to be a host there');
    await waitFor(
      async () => !(await host!.participants()).some((entry) => entry.uuid === movingUuid),
      'the old room to let it go'
    );
    assert.deepEqual(
      (await roomState(node, to)).participants.map((entry) => [entry.display_name, entry.role]),
      [['Moving', 'chair']]
    );
  });

  it('client mute: the guest sees isClientMuted, and its own unmute is refused', async () => {
    const alias = await createRoom(node, {hostPin: '1111'});
    const [host, guest] = await open(2);
    await host!.call({alias, name: 'Host', pin: '1111'});
    await guest!.call({alias, name: 'Guest', pin: 'none'});
    const guestUuid = (await participant(host!, 'Guest')).uuid;
    assert.equal((await host!.invoke('clientMute', {mute: true, participantUuid: guestUuid})).status, 200);
    await guest!.signal<{participant: {isClientMuted: boolean}}>('onMe', (data) => data.participant.isClientMuted);
    assert.equal((await guest!.invoke('clientMute', {mute: false})).status, 403);
    assert.equal((await guest!.invoke('mute', {mute: false})).status, 403);
    assert.equal((await host!.invoke('clientMute', {mute: false, participantUuid: guestUuid})).status, 200);
    await guest!.signal<{participant: {isClientMuted: boolean}}>('onMe', (data) => !data.participant.isClientMuted);
  });

  it('application messages reach the others as onApplicationMessage; supportsDirectChat is reported', async () => {
    const alias = await createRoom(node);
    const [ann, bob] = await open(2);
    await ann!.call({alias, name: 'Ann', supportsDirectChat: true});
    await bob!.call({alias, name: 'Bob'});
    const annInBob = await participant(bob!, 'Ann');
    assert.equal(annInBob.supportsDirectChat, true);
    assert.equal((await participant(ann!, 'Bob')).supportsDirectChat, false);
    assert.equal((await ann!.invoke('sendApplicationMessage', {payload: {kind: 'reaction', emoji: '+1'}})).status, 200);
    const received = await bob!.signal<{message: unknown; userId: string; displayName: string; direct: boolean}>(
      'onApplicationMessage'
    );
    assert.deepEqual(
      [received.message, received.userId, received.displayName, received.direct],
      [{kind: 'reaction', emoji: '+1'}, annInBob.uuid, 'Ann', false]
    );
  });

  it('a closed page releases its token with sendBeacon: the others’ roster drops it within 2 s', async () => {
    const alias = await createRoom(node);
    const [stayer, leaver] = await open(2);
    await stayer!.call({alias, name: 'Stayer'});
    await leaver!.call({alias, name: 'Leaver'});
    await participant(stayer!, 'Leaver');
    await leaver!.page.evaluate('window.sdk.releaseOnPageHide()');
    await leaver!.page.close();
    sdk.forget(leaver!);
    await waitFor(
      async () => !(await stayer!.participants()).some((entry) => entry.displayName === 'Leaver'),
      'the closed page to leave the roster',
      2000
    );
    const counts = (await request(node, `/dev/faults?room=${alias}`)).body as {result: {requests: Record<string, number>}};
    assert.equal(counts.result.requests.release_token, 1, 'released by the beacon, not by token expiry');
    await leaver!.page.context().close();
  });
});
