import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
// A refused unmute (real dev node): a host mutes the guests and does not let them unmute; a guest
// who presses unmute stays muted, sends no sound, and is told why.
import {expect} from '@open-wc/testing';
import '../../src/pex-conference.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import {selfOf, statusOf} from '../../src/session/selectors.js';
import {createRoom, waitFor} from '../helpers/dev-node.js';
import {deepQuery} from '../helpers/dom.js';
import {joinCall, useMeetingFixture} from '../helpers/meeting.js';

// The side panel's lists lay out through ResizeObservers: their benign loop errors would fail a test.
ignoreResizeObserverLoopErrors();

function shadowPart<T extends HTMLElement = HTMLElement>(el: PexConference, part: string): T | null {
  return deepQuery<T>(el.shadowRoot!, `[part~="${part}"]`);
}

describe('<pex-conference> unmute refused by the node (dev node)', () => {
  const meeting = useMeetingFixture('suite');
  let host: PexConference;
  let guest: PexConference;

  before(async () => {
    const alias = await createRoom({hostPin: '1234'});
    host = await meeting.add({conference: alias, name: 'Hedda', pin: '1234'});
    await joinCall(host);
    guest = await meeting.add({conference: alias, name: 'Gro', role: 'guest', media: '1', audioonly: '1'});
    await joinCall(guest);
  });

  it('leaves the microphone shown muted, with a message', async () => {
    await host.session.setGuestsCanUnmute(false);
    await host.session.muteAllGuests(true);
    await waitFor(
      'the guest to be muted by the host',
      () => guest.state.media.microphoneMuted && selfOf(guest.state)?.microphoneMuted
    );
    await waitFor('the guest to know guests cannot unmute', () => !statusOf(guest.state).guestsCanUnmute);
    await guest.updateComplete;
    const button = shadowPart<HTMLButtonElement>(guest, 'microphone-button')!;
    expect(button.getAttribute('aria-pressed')).to.equal('true');

    button.click();
    // Pending at once, while the node is asked.
    expect(guest.state.pending['setMicrophoneMuted'].value).to.equal(false);
    await waitFor('the refusal', () => !guest.state.pending['setMicrophoneMuted']);
    await guest.updateComplete;
    expect(guest.state.media.microphoneMuted, 'still muted').to.equal(true);
    expect(guest.state.media.local!.getAudioTracks()[0].enabled, 'no sound sent').to.equal(false);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(shadowPart(guest, 'notices')!.textContent).to.contain('refused');
    expect(selfOf(host.state) && selfOf(guest.state)?.microphoneMuted, 'the node still has the guest muted').to.equal(true);

    // Allowed again, the same button unmutes.
    await host.session.setGuestsCanUnmute(true);
    await waitFor('the guest to know guests can unmute', () => statusOf(guest.state).guestsCanUnmute);
    button.click();
    await waitFor('the guest unmuted', () => !guest.state.media.microphoneMuted && !selfOf(guest.state)?.microphoneMuted);
    expect(guest.state.media.local!.getAudioTracks()[0].enabled).to.equal(true);
  });
});
