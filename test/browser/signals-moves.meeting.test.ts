import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
// Issue 14 end to end against the dev node: single sign-on, transfers, role changes the node
// refuses, raised hands in order, classification, end time and splash screens.
import {expect} from '@open-wc/testing';
import '../../src/pex-conference.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import type {PexRoster} from '../../src/elements/roster/roster.js';
import type {PexEvent} from '../../src/events.js';
import {SessionActionError} from '../../src/session/session.js';
import {participantsOf, raisedHandsOf, selfOf, statusOf} from '../../src/session/selectors.js';
import {createRoom, setMeetingStatus, waitFor} from '../helpers/dev-node.js';
import {deepQuery} from '../helpers/dom.js';
import {joinCall, untilPhase, useMeetingFixture} from '../helpers/meeting.js';

// The side panel's lists lay out through ResizeObservers: their benign loop errors would fail a test.
ignoreResizeObserverLoopErrors();

function shadowPart<T extends HTMLElement = HTMLElement>(el: PexConference, part: string): T | null {
  return deepQuery<T>(el.shadowRoot!, `[part~="${part}"]`);
}

/** The live region of the conference's built-in roster (joins, leaves and, for hosts, raised hands). */
function rosterLiveRegion(el: PexConference): Element | null | undefined {
  return deepQuery<PexRoster>(el.shadowRoot!, 'pex-roster')?.shadowRoot?.querySelector('[role="status"]:not([part])');
}

const idOf = (el: PexConference, name: string) => () => participantsOf(el.state).find((p) => p.displayName === name)?.id;

describe('issue 14 joining, moving and conference status (dev node)', () => {
  const meeting = useMeetingFixture();

  it('single sign-on: choose a provider, sign in in the pop-up, join', async () => {
    const alias = await createRoom({sso: {providers: [{name: 'Example Corp'}, {name: 'Partner IdP'}]}});
    const el = await meeting.add({conference: alias, name: 'Siri', media: '1', audioonly: '1'});
    await el.joinMeeting();
    await untilPhase(el, 'sso-required');
    const providers = await waitFor('the providers', () => {
      const found = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="sso-provider"]');
      return found.length === 2 ? [...found] : undefined;
    });
    providers.find((button) => button.textContent.includes('Example Corp'))!.click();
    const signIn = await waitFor('Sign in with Example Corp', () => shadowPart<HTMLButtonElement>(el, 'sso-sign-in'));
    expect(signIn.textContent).to.contain('Sign in with Example Corp');
    // The provider's page is the node's (another origin): the test completes its form by
    // navigating the pop-up that the widget opened, as the form's "Sign in" would.
    const realOpen = window.open.bind(window);
    let popup: Window | null = null;
    window.open = (...args: Parameters<typeof window.open>) => (popup = realOpen(...args));
    try {
      signIn.click();
    } finally {
      window.open = realOpen;
    }
    expect(popup, 'a pop-up opened').to.not.equal(null);
    const complete = new URL(el.state.ssoRequest!.redirectUrl!);
    complete.pathname += '/complete';
    complete.searchParams.set('user', 'siri');
    popup!.location.href = complete.href;
    await untilPhase(el, 'in-call');
  });

  it('single sign-on with one provider: no list, straight to "Sign in"', async () => {
    const alias = await createRoom({sso: {providers: [{name: 'Example Corp'}]}});
    const el = await meeting.add({conference: alias, name: 'Solveig', media: '1', audioonly: '1'});
    await el.joinMeeting();
    await untilPhase(el, 'sso-required');
    await waitFor('Sign in', () => shadowPart(el, 'sso-sign-in'));
    expect(el.shadowRoot!.querySelectorAll('[part~="sso-provider"]')).to.have.length(0);
  });

  it('a host moves a guest to another meeting as host: the call follows, keeping its media', async () => {
    const from = await createRoom({hostPin: '1234'});
    const to = await createRoom({hostPin: '4321'});
    const host = await meeting.add({conference: from, name: 'Helga', pin: '1234', media: '1', audioonly: '1'});
    await joinCall(host);
    const guest = await meeting.add({conference: from, name: 'Trond', role: 'guest', media: '1'});
    await joinCall(guest);
    const local = guest.state.media.local;
    const moved = new Promise<PexEvent<'pex-transfer'>>((resolve) =>
      guest.addEventListener('pex-transfer', resolve, {once: true})
    );
    // What the guest's panel says while the call moves (the phase turns `connecting` with the transfer).
    const movingText = new Promise<string>((resolve) => {
      const onPhase = (): void => {
        if (guest.state.phase !== 'connecting' || !guest.state.transfer) return;
        guest.removeEventListener('pex-state-change', onPhase);
        void guest.updateComplete.then(() =>
          resolve(shadowPart(guest, 'panel')?.querySelector('[role="status"]')?.textContent.trim() ?? '')
        );
      };
      guest.addEventListener('pex-state-change', onPhase);
    });
    const guestId = await waitFor('the guest in the roster', idOf(host, 'Trond'));
    await host.session.transferParticipant(guestId, to, 'host');
    expect(await movingText).to.equal(`Moving you to ${to}…`);
    const {detail} = await moved;
    expect(detail).to.deep.equal({from, to});
    await untilPhase(guest, 'in-call');
    expect(guest.state.conference).to.equal(to);
    expect(guest.state.transfer, 'the move is over').to.equal(undefined);
    await waitFor('the guest in the new room', () => selfOf(guest.state)?.displayName === 'Trond');
    expect(guest.state.role).to.equal('host');
    expect(guest.state.media.local, 'the same camera and microphone').to.equal(local);
    await waitFor('the guest gone from the first room', () => !idOf(host, 'Trond')());
  });

  it('a role change the node refuses is shown as refused and changes nothing', async () => {
    const alias = await createRoom({hostPin: '1234'});
    const host = await meeting.add({conference: alias, name: 'Hallvard', pin: '1234', media: '1', audioonly: '1'});
    await joinCall(host);
    const error = await host.session.setRole(host.state.selfId!, 'guest').then(
      () => undefined,
      (refusal: unknown) => refusal
    );
    expect(error).to.be.instanceOf(SessionActionError);
    expect((error as SessionActionError).problem).to.equal('refused');
    expect(host.state.role).to.equal('host');
    expect(selfOf(host.state)?.role).to.equal('host');
  });

  it('raised hands in the order raised; the host lowers one, then all', async () => {
    const alias = await createRoom({hostPin: '1234'});
    const host = await meeting.add({conference: alias, name: 'Hedvig', pin: '1234', media: '', audioonly: '1'});
    await joinCall(host);
    const first = await meeting.add({conference: alias, name: 'First', role: 'guest', media: '', audioonly: '1'});
    const second = await meeting.add({conference: alias, name: 'Second', role: 'guest', media: '', audioonly: '1'});
    await joinCall(second);
    await joinCall(first);
    // The host's roster (the side panel's, which loads once the call's media is there) says so in
    // its live region; a guest's roster does not. Every text it announces is kept: a later
    // announcement (someone joining) may replace it before a poll would see it.
    const hostRegion = await waitFor("the host's roster", () => rosterLiveRegion(host));
    const announced: string[] = [];
    const observer = new MutationObserver(() => announced.push(hostRegion.textContent));
    observer.observe(hostRegion, {childList: true, characterData: true, subtree: true});
    await second.session.raiseHand(true);
    await waitFor('the host told', () => announced.includes('Second raised a hand.'));
    observer.disconnect();
    await waitFor('the guest sees the hand', () => raisedHandsOf(first.state).length === 1);
    const firstRoster = deepQuery<PexRoster>(first.shadowRoot!, 'pex-roster');
    await firstRoster?.updateComplete;
    expect(rosterLiveRegion(first)?.textContent ?? '').to.not.contain('raised');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await first.session.raiseHand(true);
    await waitFor('two hands', () => raisedHandsOf(host.state).length === 2);
    expect(raisedHandsOf(host.state).map(({displayName}) => displayName)).to.deep.equal(['Second', 'First']);
    await host.session.lowerHand(idOf(host, 'Second')()!);
    await waitFor('one hand', () => raisedHandsOf(host.state).length === 1);
    await host.session.lowerAllHands();
    await waitFor('no hands', () => raisedHandsOf(host.state).length === 0);
  });

  it('classification banner, end-time countdown, the node ending the meeting; the welcome splash', async () => {
    const alias = await createRoom({
      classification: {levels: {'0': 'UNCLASSIFIED', '1': 'CONFIDENTIAL'}, current: 0},
      theme: {welcome: {text: 'Welcome to the test meeting', seconds: 30}},
    });
    const el = await meeting.add({conference: alias, name: 'Kristin', media: '1', audioonly: '1'});
    await joinCall(el);
    await waitFor('the banner', () => shadowPart(el, 'classification')?.textContent.includes('UNCLASSIFIED'));
    await waitFor('the welcome splash', () => shadowPart(el, 'splash')?.textContent.includes('Welcome to the test meeting'));
    await setMeetingStatus(alias, {classification: 1});
    await waitFor('the new level', () => shadowPart(el, 'classification')?.textContent.includes('CONFIDENTIAL'));
    await setMeetingStatus(alias, {endsInSeconds: 4});
    await waitFor('the end time', () => statusOf(el.state).endsAt);
    await waitFor('the countdown', () => shadowPart(el, 'end-countdown')?.textContent.match(/Ends in 0:0\d/));
    await untilPhase(el, 'ended', 10000);
    expect(el.state.endReason?.detail).to.equal('API initiated conference termination');
  });
});
