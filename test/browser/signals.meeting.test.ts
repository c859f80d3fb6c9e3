import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
// Issue 14 end to end against the dev node: what a real Infinity sends (start meeting, client
// mute, chat off, guests who may not present, own tones, application messages, closing the page).
import {expect} from '@open-wc/testing';
import '../../src/pex-conference.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import type {PexEvent} from '../../src/events.js';
import {participantsOf, selfOf} from '../../src/session/selectors.js';
import {createRoom, devRoomState, setFaults, waitFor} from '../helpers/dev-node.js';
import {deepQuery} from '../helpers/dom.js';
import {joinCall, untilPhase, useMeetingFixture} from '../helpers/meeting.js';

// The side panel's lists lay out through ResizeObservers: their benign loop errors would fail a test.
ignoreResizeObserverLoopErrors();

function shadowPart<T extends HTMLElement = HTMLElement>(el: PexConference, part: string): T | null {
  return deepQuery<T>(el.shadowRoot!, `[part~="${part}"]`);
}

interface DevParticipant {
  readonly display_name: string;
  readonly flags: {readonly client_muted: boolean};
  readonly dtmf: string;
}

async function devParticipant(alias: string, name: string): Promise<DevParticipant | undefined> {
  const room = await devRoomState<{participants: DevParticipant[]} | undefined>(alias);
  return room?.participants.find(({display_name}) => display_name === name);
}

describe('issue 14 signals (dev node)', () => {
  const meeting = useMeetingFixture();

  it('a guest waits until a host starts the meeting; the host gets "Start meeting"', async () => {
    const alias = await createRoom({hostPin: '1234', hostMustStart: true});
    const host = await meeting.add({conference: alias, name: 'Hanne', pin: '1234', media: '1', audioonly: '1'});
    await joinCall(host);
    const guest = await meeting.add({conference: alias, name: 'Geir', role: 'guest', media: '1', audioonly: '1'});
    await guest.joinMeeting();
    await untilPhase(guest, 'waiting');
    await waitFor(
      `the guest to know the meeting has not started (${guest.state.waitingReason})`,
      () => guest.state.waitingReason === 'not-started',
      5000
    );
    await guest.updateComplete;
    expect(guest.shadowRoot!.textContent).to.contain('Waiting for the host to start the meeting');
    await waitFor('the start button', () => shadowPart(host, 'start-meeting-button'));
    shadowPart(host, 'start-meeting-button')!.click();
    await untilPhase(guest, 'in-call');
    await waitFor('the start button gone', () => !shadowPart(host, 'start-meeting-button'));
  });

  it("the theme's waiting-for-host splash screen shows on a guest's waiting screen until the meeting starts", async () => {
    const alias = await createRoom({
      hostPin: '1234',
      hostMustStart: true,
      theme: {waitingForHost: {text: 'The host will start the meeting soon'}},
    });
    const host = await meeting.add({conference: alias, name: 'Hedda', pin: '1234', media: '1', audioonly: '1'});
    await joinCall(host);
    const guest = await meeting.add({conference: alias, name: 'Gaute', role: 'guest', media: '1', audioonly: '1'});
    await guest.joinMeeting();
    await untilPhase(guest, 'waiting');
    const splash = await waitFor('the splash screen on the waiting screen', () => {
      const found = shadowPart(guest, 'splash');
      return found?.textContent.includes('The host will start the meeting soon') ? found : undefined;
    });
    expect(guest.state.waitingReason).to.equal('not-started');
    expect(guest.shadowRoot!.textContent).to.contain('Waiting for the host to start the meeting');
    // The theme's background, which the SDK loads with ?token= in the URL (an <img> sends no header).
    const background = splash.querySelector('img')!;
    expect(new URL(background.src).pathname).to.match(new RegExp(`/conferences/${alias}/theme/[^/]+$`));
    await waitFor('the background loaded', () => background.complete && background.naturalWidth > 0);
    await waitFor('the start button', () => shadowPart(host, 'start-meeting-button'));
    shadowPart(host, 'start-meeting-button')!.click();
    await untilPhase(guest, 'in-call');
    await waitFor('the waiting splash gone', () => !shadowPart(guest, 'splash'));
  });

  it('"Mute and keep muted": the guest cannot unmute until the host allows it', async () => {
    const alias = await createRoom({hostPin: '1234'});
    const host = await meeting.add({conference: alias, name: 'Hilde', pin: '1234', media: '1', audioonly: '1'});
    await joinCall(host);
    const guest = await meeting.add({conference: alias, name: 'Gunnar', role: 'guest', media: '1', audioonly: '1'});
    await joinCall(guest);
    const guestId = await waitFor('the guest in the host roster', () => participantsOf(host.state).find((p) => !p.isSelf)?.id);
    await host.session.clientMuteParticipant(guestId, true);
    await waitFor('the guest muted and locked', () => guest.state.media.microphoneMuted && selfOf(guest.state)?.clientMuted);
    await guest.updateComplete;
    const button = shadowPart<HTMLButtonElement>(guest, 'microphone-button')!;
    expect(button.getAttribute('aria-label')).to.equal('A host has muted you');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(guest.state.media.microphoneMuted, 'still muted').to.equal(true);
    expect(guest.state.media.local!.getAudioTracks()[0].enabled).to.equal(false);
    expect((await devParticipant(alias, 'Gunnar'))?.flags.client_muted).to.equal(true);

    await host.session.clientMuteParticipant(guestId, false);
    await waitFor('the guest released', () => selfOf(guest.state)?.clientMuted === false);
    expect(guest.state.media.microphoneMuted, 'released, still muted until the guest unmutes').to.equal(true);
    await guest.updateComplete;
    shadowPart<HTMLButtonElement>(guest, 'microphone-button')!.click();
    await waitFor('the guest unmuted', () => !guest.state.media.microphoneMuted);
  });

  it('chat switched off: no composer, a line; guests who may not present get no share button', async () => {
    const alias = await createRoom({hostPin: '1234', chatEnabled: false, guestsCanPresent: false});
    const host = await meeting.add({conference: alias, name: 'Hege', pin: '1234', media: '1', audioonly: '1'});
    await joinCall(host);
    const guest = await meeting.add({conference: alias, name: 'Gina', role: 'guest', media: '1', audioonly: '1'});
    await joinCall(guest);
    expect(guest.state.chatEnabled).to.equal(false);
    await guest.updateComplete;
    expect(shadowPart(guest, 'share-screen-button')).to.equal(null);
    const chat = document.createElement('pex-chat');
    guest.append(chat);
    await import('../../src/pex-chat.js');
    await waitFor('the chat-off line', () => chat.shadowRoot?.querySelector('[part~="chat-off"]'));
    expect(chat.shadowRoot!.querySelector('[part~="composer"]')).to.equal(null);
    expect(chat.shadowRoot!.textContent).to.contain('Chat is switched off for this meeting.');
    chat.remove();
  });

  it('the keypad sends tones on our own call', async () => {
    const alias = await createRoom();
    const caller = await meeting.add({conference: alias, name: 'Dagny', media: '1', audioonly: '1'});
    await joinCall(caller);
    // The keypad shows once the call's media is set up (tones go on the call).
    (await waitFor('the keypad button', () => shadowPart(caller, 'keypad-button'))).click();
    const keys = await waitFor('the keypad', () => {
      const keypad = caller.shadowRoot!.querySelector('pex-dtmf-keypad');
      const found = keypad?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="dtmf-key"]');
      return found?.length ? [...found] : undefined;
    });
    for (const digit of ['1', '2', '#']) keys.find((key) => key.textContent.trim() === digit)!.click();
    await waitFor('the node to get 12#', async () => (await devParticipant(alias, 'Dagny'))?.dtmf === '12#');
  });

  it('application messages reach the other pages as pex-application-message; the quality shows good', async () => {
    const alias = await createRoom();
    const ann = await meeting.add({conference: alias, name: 'Ann', media: '1', audioonly: '1'});
    await joinCall(ann);
    const bob = await meeting.add({conference: alias, name: 'Bob', media: '1', audioonly: '1'});
    await joinCall(bob);
    const received = new Promise<PexEvent<'pex-application-message'>>((resolve) =>
      bob.addEventListener('pex-application-message', resolve, {once: true})
    );
    await waitFor('Bob in the roster', () => participantsOf(ann.state).length === 2);
    expect(await ann.sendApplicationMessage({reaction: 'clap'})).to.equal(true);
    const {detail} = await received;
    expect(detail).to.include({senderName: 'Ann', direct: false});
    expect(detail.message).to.deep.equal({reaction: 'clap'});
    expect(bob.state.chat).to.have.length(0);
    expect(shadowPart(bob, 'call-quality')!.getAttribute('aria-label')).to.equal('Connection: good');
  });

  it('call quality: audio lost on the way to one participant turns its indicator to poor', async function () {
    // The SDK rates each second and shows the rounded mean of the last minute: poor comes once
    // the lossy seconds are as many as the good ones before them.
    this.timeout(120_000);
    const alias = await createRoom();
    const ann = await meeting.add({conference: alias, name: 'Aud', media: '1', audioonly: '1'});
    await joinCall(ann);
    const bob = await meeting.add({conference: alias, name: 'Lossy', media: '1', audioonly: '1'});
    await joinCall(bob);
    const indicator = () => shadowPart(bob, 'call-quality')?.getAttribute('aria-label');
    await waitFor('Aud in the roster', () => participantsOf(bob.state).length === 2);
    expect(indicator()).to.equal('Connection: good');
    // A third of the audio relayed to Lossy is left out (the SDK rates 10 % or more as terrible).
    await setFaults(alias, {loseAudio: {to: 'Lossy', share: 0.34}});
    await waitFor('the indicator to say poor', () => indicator() === 'Connection: poor', 100_000);
    expect(bob.state.callQuality).to.equal('bad');
    expect(shadowPart(ann, 'call-quality')?.getAttribute('aria-label'), 'the other call is not affected').to.equal(
      'Connection: good'
    );
    await setFaults(alias, {loseAudio: {to: 'Lossy', share: 0}});
  });

  it('closing the page releases the call at once: the others see it go within 2 s', async () => {
    const alias = await createRoom();
    const stay = await meeting.add({conference: alias, name: 'Stine', media: '1', audioonly: '1'});
    await joinCall(stay);
    const closing = await meeting.add({conference: alias, name: 'Kari', media: '1', audioonly: '1'});
    await joinCall(closing);
    await waitFor('Kari in the roster', () => participantsOf(stay.state).length === 2);
    // What the element does in `pagehide` (a test page cannot close itself).
    closing.session.leaveClosingPage();
    await waitFor('Kari gone from the roster', () => participantsOf(stay.state).length === 1, 2000);
  });
});
