import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
// Network faults injected by the real dev node (`/dev/faults`): what <pex-conference> shows and
// does when the event stream breaks, a token refresh is refused, media stalls, the node is slow,
// or its answers fail the SDK's validation.
import {expect} from '@open-wc/testing';
import '../../src/pex-conference.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import {clearFaults, countVideoFrames, createRoom, faultRequests, setFaults, waitFor} from '../helpers/dev-node.js';
import {devParticipants, part, shows, watchText} from '../helpers/hardening.js';
import {joinCall, untilPhase, useMeetingFixture} from '../helpers/meeting.js';
import {participantsOf, statusOf} from '../../src/session/selectors.js';

// The side panel's lists lay out through ResizeObservers: their benign loop errors would fail a test.
ignoreResizeObserverLoopErrors();

const RECONNECTING = 'Connection lost. Reconnecting…';
const SLOW = 'The conferencing server is slow to answer';

async function framesAdvance(el: PexConference): Promise<void> {
  const video = await waitFor(`${el.name}'s remote video`, () => {
    const candidate = part<HTMLVideoElement>(el, 'remote-video');
    return candidate && candidate.videoWidth > 0 ? candidate : null;
  });
  await waitFor(`${el.name}'s video frames to advance`, async () => (await countVideoFrames(video, 1000)) > 5, 30000);
}

describe('hardening: network faults from the dev node', () => {
  const meeting = useMeetingFixture();

  it('event stream dropped: says it is reconnecting, then recovers and follows the meeting again', async () => {
    const alias = await createRoom();
    const ann = await meeting.add({conference: alias, name: 'Ann', media: ''});
    await joinCall(ann);
    const banner = watchText(ann, RECONNECTING);
    await setFaults(alias, {dropEvents: true, refuseEvents: 3});
    await waitFor('the reconnecting banner', () => banner.seen);
    await waitFor('the event stream back', () => !ann.state.reconnecting);
    await ann.updateComplete;
    banner.stop();
    expect(shows(ann, RECONNECTING)).to.equal(false);
    expect(ann.state.phase).to.equal('in-call');
    expect((await faultRequests(alias)).events, 'three refused, the fourth opened').to.equal(4);
    const bob = await meeting.add({conference: alias, name: 'Bob', media: ''});
    await joinCall(bob);
    await waitFor('Ann to see Bob join over the new stream', () => participantsOf(ann.state).length === 2);
  });

  it('token refresh refused: the call ends with a clear reason, offers to join again, and makes no request storm', async () => {
    const alias = await createRoom();
    const ann = await meeting.add({conference: alias, name: 'Ann', media: ''});
    await joinCall(ann);
    await setFaults(alias, {refuseRefresh: true});
    await untilPhase(ann, 'ended');
    expect(ann.state.endReason?.code).to.equal('#pex113');
    expect(part(ann, 'message')!.textContent).to.equal('Your session expired. Join again.');
    const rejoin = [...ann.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Join again');
    expect(rejoin, 'a Join again button').to.exist;
    await waitFor('the SDK to release its token', async () => (await faultRequests(alias)).release_token === 1);
    expect((await faultRequests(alias)).refresh_token).to.equal(1);
    await clearFaults(alias);
    rejoin!.click();
    await untilPhase(ann, 'idle');
    await joinCall(ann);
  });

  it('media stalls: says it is reconnecting while the SDK restarts ICE, then video flows again', async () => {
    const alias = await createRoom();
    const ann = await meeting.add({conference: alias, name: 'Ann'});
    const bob = await meeting.add({conference: alias, name: 'Bob'});
    await joinCall(ann);
    await joinCall(bob);
    await framesAdvance(ann);
    const banner = watchText(ann, RECONNECTING);
    await setFaults(alias, {stallMedia: true});
    await waitFor('Ann told that the connection is being restored', () => banner.seen, 30000);
    await waitFor('Ann reconnected', () => !ann.state.reconnecting, 30000);
    banner.stop();
    await framesAdvance(ann);
    await framesAdvance(bob);
    expect(ann.state.phase).to.equal('in-call');
  });

  it('slow node (2 s a request): says it is waiting while joining, and a pending request does not hold up the rest', async () => {
    const alias = await createRoom();
    await setFaults(alias, {delayMs: 2000});
    const ann = await meeting.add({conference: alias, name: 'Ann', media: '1', audioonly: '1'});
    void ann.joinMeeting();
    await waitFor('the waiting message while joining', () => shows(ann, SLOW), 10000);
    expect(ann.state.phase).to.equal('connecting');
    await untilPhase(ann, 'in-call', 60000);
    await waitFor('no waiting message once in the call', () => !ann.state.nodeSlow, 30000);

    const locking = ann.lock();
    await waitFor('the waiting banner while locking', () => shows(ann, SLOW), 10000);
    part(ann, 'microphone-button')!.click();
    await ann.updateComplete;
    expect(part(ann, 'microphone-button')!.getAttribute('aria-pressed'), 'the microphone mutes at once').to.equal('true');
    expect(statusOf(ann.state).locked, 'while the lock is still on its way').to.equal(false);
    await locking;
    await waitFor('the lock to apply', () => statusOf(ann.state).locked, 30000);
    await waitFor('the waiting banner to go', () => !shows(ann, SLOW), 30000);
    await clearFaults(alias);
  });

  it('slow node: Cancel while joining ends at once and leaves nobody behind on the node', async () => {
    const alias = await createRoom();
    await setFaults(alias, {delayMs: 2000});
    const ann = await meeting.add({conference: alias, name: 'Ann', media: ''});
    void ann.joinMeeting();
    await untilPhase(ann, 'connecting');
    const cancel = [...ann.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Cancel')!;
    cancel.click();
    expect(ann.state.phase).to.equal('ended');
    await clearFaults(alias);
    await waitFor('the node to hold nobody', async () => (await devParticipants(alias)).length === 0, 30000);
  });

  it("an answer that fails the SDK's validation: joining says so instead of blaming the network", async () => {
    const alias = await createRoom();
    await setFaults(alias, {malformed: ['request_token']});
    const ann = await meeting.add({conference: alias, name: 'Ann', media: ''});
    await ann.joinMeeting();
    await untilPhase(ann, 'failed');
    expect(ann.state.endReason?.code).to.equal('bad-answer');
    expect(part(ann, 'message')!.textContent).to.contain('sent an answer this page could not understand');
  });

  it('a malformed answer to the call offer ends the call with that reason', async () => {
    const alias = await createRoom();
    await setFaults(alias, {malformed: ['calls']});
    const ann = await meeting.add({conference: alias, name: 'Ann', media: '1', audioonly: '1'});
    await ann.joinMeeting();
    await waitFor('the call to end', () => ann.state.phase === 'ended' || ann.state.phase === 'failed');
    expect(ann.state.endReason?.code).to.equal('bad-answer');
    await ann.updateComplete;
    expect(part(ann, 'message')!.textContent).to.contain('sent an answer this page could not understand');
  });

  it('a malformed answer to a host action is shown as a notice; the call goes on', async () => {
    const alias = await createRoom();
    const ann = await meeting.add({conference: alias, name: 'Ann', media: ''});
    await joinCall(ann);
    await setFaults(alias, {malformed: ['lock']});
    await ann.lock();
    await ann.updateComplete;
    expect(part(ann, 'notices')!.textContent).to.contain('the meeting server sent an answer this page could not understand');
    expect(ann.state.phase).to.equal('in-call');
  });
});
