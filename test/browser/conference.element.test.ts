import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {render} from 'lit';
import '../../src/pex-conference.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import {setStrings} from '../../src/i18n/strings.js';
import {initialState, type JoinOptions} from '../../src/session/types.js';
import {waitFor} from '../helpers/dev-node.js';
import {deepQuery, deepText, typeInto} from '../helpers/dom.js';
import {FakeSession, type FakeStateChange} from '../helpers/fake-session.js';
import {participant} from '../helpers/fixtures.js';

// The side panel's roster and chat (built in now) lay out through ResizeObservers: their benign loop errors fail a test in Firefox.
ignoreResizeObserverLoopErrors();

/** Renders the markup with the fake session in place before the element connects (so `join` uses it). */
async function conferenceWith(
  session: FakeSession,
  markup = html`<pex-conference conference="meet.alice" name="Ann"></pex-conference>`
) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const template = document.createElement('template');
  render(markup, template.content);
  const el = template.content.querySelector('pex-conference')!;
  el.session = session;
  container.append(el);
  await el.updateComplete;
  await nextFrame();
  return el;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function part(el: PexConference, name: string): HTMLElement | null {
  return deepQuery(el.shadowRoot!, `[part~="${name}"]`);
}

/** Chooses an item of the toolbar's More menu and waits for the dialog it opens (loaded on demand). */
async function openFromMoreMenu(el: PexConference, label: string, tag: string): Promise<HTMLElement> {
  const popup = deepQuery(el.shadowRoot!, '[part~="more-menu"]')!.shadowRoot!.querySelector('pex-menu-popup')!;
  [...popup.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')]
    .find((item) => item.textContent.trim() === label)!
    .click();
  return waitFor(`the ${tag}`, () => {
    const dialog = deepQuery(el.shadowRoot!, tag);
    return dialog?.shadowRoot && deepQuery<HTMLDialogElement>(dialog.shadowRoot, 'dialog')?.open ? dialog : null;
  });
}

function inCall(overrides: FakeStateChange = {}): FakeSession {
  const self = participant({isSelf: true, displayName: 'Ann', role: 'host'});
  return new FakeSession({
    phase: 'in-call',
    conference: 'meet.alice',
    conferenceName: "Alice's room",
    selfId: self.id,
    role: 'host',
    hostControls: true,
    participants: [self, participant({displayName: 'Bob'})],
    ...overrides,
  });
}

describe('<pex-conference> rendering (fake session)', () => {
  describe('pre-join', () => {
    it('shows the form with the name filled in, and is accessible', async () => {
      const el = await conferenceWith(new FakeSession());
      expect((part(el, 'name-input') as HTMLInputElement).value).to.equal('Ann');
      expect(deepText(el.shadowRoot!)).to.contain('Join meet.alice');
      expect(part(el, 'conference-input')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('asks for the meeting address when no conference attribute is set', async () => {
      const el = await conferenceWith(new FakeSession(), html`<pex-conference></pex-conference>`);
      expect(part(el, 'conference-input')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('joins with the attributes and what the user chose', async () => {
      const session = new FakeSession();
      const el = await conferenceWith(
        session,
        html`<pex-conference
          conference="meet.alice"
          node="https://node.example.com/"
          bw="1264"
          extension="1001"
          forceguest
        ></pex-conference>`
      );
      typeInto(part(el, 'name-input') as HTMLInputElement, 'Bea');
      (deepQuery(el.shadowRoot!, 'input[value="audio-only"]') as HTMLInputElement).click();
      part(el, 'join-button')!.click();
      await el.updateComplete;
      const [options] = session.callsOf('join').at(-1) as [JoinOptions];
      expect(options).to.include({
        conference: 'meet.alice',
        displayName: 'Bea',
        node: 'https://node.example.com',
        mode: 'audio-only',
        bandwidth: 1264,
        extension: '1001',
        forceGuest: true,
      });
    });

    it('does not join without a name and says why', async () => {
      const session = new FakeSession();
      const el = await conferenceWith(session, html`<pex-conference conference="meet.alice"></pex-conference>`);
      part(el, 'join-button')!.click();
      await el.updateComplete;
      expect(session.callsOf('join')).to.have.length(0);
      expect(deepText(el.shadowRoot!)).to.contain('Enter your name');
      expect(part(el, 'name-input')!.getAttribute('aria-invalid')).to.equal('true');
    });

    it('joins at once with join="1", presentation-and-control mode for media=""', async () => {
      const session = new FakeSession();
      const el = await conferenceWith(
        session,
        html`<pex-conference conference="meet.alice" name="Ann" join="1" media="" role="guest"></pex-conference>`
      );
      const [options] = session.callsOf('join').at(-1) as [JoinOptions];
      expect(options).to.include({mode: 'control-only', role: 'guest', displayName: 'Ann'});
      // role="guest" is not an ARIA role: the element takes it off itself once read.
      expect(el.hasAttribute('role')).to.equal(false);
      expect(el.joinRole).to.equal('guest');
    });

    it('lets the page replace the pre-join screen through the prejoin slot', async () => {
      const el = await conferenceWith(
        new FakeSession(),
        html`<pex-conference conference="meet.alice"><div slot="prejoin">Our own form</div></pex-conference>`
      );
      expect(deepQuery(el.shadowRoot!, 'pex-prejoin')).to.equal(null);
      expect(el.shadowRoot!.querySelector('slot[name="prejoin"]')).to.exist;
    });
  });

  describe('bad attributes', () => {
    it('clamps bw="9999" to 1864, shows why and warns naming the attribute', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const session = new FakeSession();
        const el = await conferenceWith(
          session,
          html`<pex-conference conference="meet.alice" name="Ann" bw="9999" role="chief"></pex-conference>`
        );
        expect(part(el, 'notices')!.textContent).to.contain('1864');
        expect(part(el, 'notices')!.textContent).to.contain('role');
        expect(warnings.some((line) => line.includes('"bw"') && line.includes('9999'))).to.equal(true);
        part(el, 'join-button')!.click();
        const [options] = session.callsOf('join').at(-1) as [JoinOptions];
        expect(options.bandwidth).to.equal(1864);
        // The page's role="chief" is itself an ARIA violation, so check only what the element renders.
        await expect(part(el, 'notices')).to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });

    it('falls back to the page origin for a node that is not an http(s) URL', async () => {
      const session = new FakeSession();
      const el = await conferenceWith(
        session,
        html`<pex-conference conference="meet.alice" name="Ann" node="javascript:alert(1)"></pex-conference>`
      );
      expect(part(el, 'notices')!.textContent).to.contain('node');
      await el.joinMeeting();
      const [options] = session.callsOf('join').at(-1) as [JoinOptions];
      expect(options.node).to.equal(location.origin);
    });
  });

  describe('joining prompts', () => {
    it('asks for a host PIN and offers "I am a guest" when guests need none', async () => {
      const session = new FakeSession({phase: 'pin-required', pinRequest: {hostPin: true, guestPin: false, invalid: false}});
      const el = await conferenceWith(session);
      expect(deepText(el.shadowRoot!)).to.contain('Host PIN');
      await expect(el).to.be.accessible();
      typeInto(part(el, 'pin-input') as HTMLInputElement, '1234');
      (part(el, 'pin-input') as HTMLInputElement).form!.requestSubmit();
      expect(session.callsOf('submitPin')).to.deep.equal([['1234']]);
      [...el.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent.includes('I am a guest'))!.click();
      expect(session.callsOf('joinAsGuest')).to.have.length(1);
    });

    it('says when the PIN was wrong', async () => {
      const el = await conferenceWith(
        new FakeSession({phase: 'pin-required', pinRequest: {hostPin: true, guestPin: true, invalid: true}})
      );
      expect(el.shadowRoot!.textContent).to.contain('That PIN is not valid');
      expect(el.shadowRoot!.textContent).not.to.contain('I am a guest');
      await expect(el).to.be.accessible();
    });

    it('asks a Virtual Reception caller for the extension', async () => {
      const session = new FakeSession({phase: 'extension-required', extensionRequest: {type: 'standard', invalid: true}});
      const el = await conferenceWith(session);
      expect(el.shadowRoot!.textContent).to.contain('Virtual Reception');
      expect(el.shadowRoot!.textContent).to.contain('no meeting with that extension');
      typeInto(part(el, 'extension-input') as HTMLInputElement, '1001');
      (part(el, 'extension-input') as HTMLInputElement).form!.requestSubmit();
      expect(session.callsOf('submitExtension')).to.deep.equal([['1001']]);
      await expect(el).to.be.accessible();
    });

    for (const reason of ['host', 'locked'] as const) {
      it(`shows a waiting screen (${reason}) with a cancel button`, async () => {
        const session = new FakeSession({phase: 'waiting', waitingReason: reason});
        const el = await conferenceWith(session);
        expect(el.shadowRoot!.textContent).to.contain(reason === 'locked' ? 'This meeting is locked' : 'Waiting for the host');
        [...el.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent.includes('Cancel'))!.click();
        expect(session.callsOf('leave')).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('in the call', () => {
    it('shows stage and toolbar with the host menu for a host, and is accessible', async () => {
      const el = await conferenceWith(inCall());
      expect(part(el, 'stage')).to.exist;
      expect(part(el, 'toolbar')!.textContent).to.contain('2 in the meeting');
      expect(part(el, 'host-menu')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('hides host controls from a guest and with forceguest (hostControls false)', async () => {
      const el = await conferenceWith(inCall({role: 'host', hostControls: false}));
      expect(part(el, 'host-menu')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('mutes the microphone and turns off the camera through the session', async () => {
      const session = inCall();
      const el = await conferenceWith(session);
      part(el, 'microphone-button')!.click();
      part(el, 'camera-button')!.click();
      expect(session.callsOf('setMicrophoneMuted')).to.deep.equal([[true]]);
      expect(session.callsOf('setCameraOff')).to.deep.equal([[true]]);
      session.setState({media: {...session.state.media, microphoneMuted: true}});
      await el.updateComplete;
      expect(part(el, 'microphone-button')!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('runs host menu actions, and shows a refusal from the node', async () => {
      const session = inCall();
      session.refuse.add('lock');
      const el = await conferenceWith(session);
      const items = () => [
        ...deepQuery(el.shadowRoot!, '[part~="host-menu"]')!
          .shadowRoot!.querySelector('pex-menu-popup')!
          .shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]'),
      ];
      items()
        .find((item) => item.textContent.trim() === 'Mute all guests')!
        .click();
      expect(session.callsOf('muteAllGuests')).to.deep.equal([[true]]);
      items()
        .find((item) => item.textContent.trim() === 'Lock meeting')!
        .click();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(part(el, 'notices')!.textContent).to.contain('refused');
    });

    it('shows a host control as busy while the node has not answered, and does not send it again', async () => {
      const session = inCall();
      const el = await conferenceWith(session);
      session.setState({pending: {lock: {action: 'lock', value: true, answered: false}}});
      // The conference, its toolbar, the menu and its popup each render in turn.
      await new Promise((resolve) => setTimeout(resolve));
      const popup = deepQuery(el.shadowRoot!, '[part~="host-menu"]')!.shadowRoot!.querySelector('pex-menu-popup')!;
      await popup.updateComplete;
      const lock = [...popup.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')].find(
        (item) => item.textContent.trim() === 'Lock meeting'
      )!;
      expect(lock.getAttribute('aria-busy')).to.equal('true');
      lock.click();
      expect(session.callsOf('lock')).to.deep.equal([]);
    });

    it('offers to connect audio and video in presentation-and-control mode', async () => {
      const session = inCall({media: {...initialState().media, mode: 'control-only'}});
      const el = await conferenceWith(session);
      expect(part(el, 'microphone-button')).to.equal(null);
      expect(part(el, 'toolbar')!.textContent).to.contain('Connect with audio and video');
      await expect(el).to.be.accessible();
    });

    it('shows a presentation as the main view with the video as a thumbnail', async () => {
      const canvas = document.createElement('canvas');
      const stream = canvas.captureStream();
      const session = inCall({
        presentation: {sending: 'idle', remote: stream, presenterId: 'p', presenterName: 'Bob'},
        media: {...initialState().media, remote: canvas.captureStream()},
      });
      const el = await conferenceWith(session);
      expect(part(el, 'presentation')!.classList.contains('main')).to.equal(true);
      expect(part(el, 'remote-video')!.classList.contains('thumbnail')).to.equal(true);
      (deepQuery(el.shadowRoot!, 'button.swap') as HTMLButtonElement).click();
      await deepQuery<PexConference>(el.shadowRoot!, 'pex-stage')!.updateComplete;
      expect(part(el, 'remote-video')!.classList.contains('main')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('says so when a host stopped sending the presentation to us', async () => {
      const self = participant({isSelf: true, receivesPresentation: false});
      const el = await conferenceWith(
        inCall({participants: [self], selfId: self.id, presentation: {sending: 'idle', presenterId: 'p', presenterName: 'Bob'}})
      );
      expect(el.shadowRoot!.textContent).to.contain('stopped sending the presentation to you');
    });

    it('opens call statistics with the server version and numbers', async () => {
      const session = inCall({
        serverVersion: '37 dev',
        stats: {
          at: Date.now(),
          inbound: {
            audio: {packets: 500, packetsLost: 2, bitrate: 32000, jitter: 0.004},
            video: {packets: 900, packetsLost: 0, bitrate: 480000, resolution: '640x360', framesPerSecond: 15},
          },
          outbound: {},
        },
      });
      const el = await conferenceWith(session);
      const dialog = await openFromMoreMenu(el, 'Call statistics', 'pex-stats-dialog');
      const text = deepText(dialog.shadowRoot!);
      expect(text).to.contain('37 dev');
      expect(text).to.contain('640x360');
      expect(text).to.contain('480 kbps');
      await expect(dialog).to.be.accessible();
    });

    it('opens settings, and a change goes to the session', async () => {
      const session = inCall();
      const el = await conferenceWith(session);
      const dialog = await openFromMoreMenu(el, 'Settings', 'pex-settings-dialog');
      const toggle = deepQuery<HTMLInputElement>(dialog.shadowRoot!, 'input[name="confirmDisconnect"]')!;
      toggle.click();
      expect(session.callsOf('updateSettings')).to.deep.include([{confirmDisconnect: true}]);
      await expect(dialog).to.be.accessible();
    });

    it('asks before disconnecting when confirm-disconnect is set', async () => {
      const session = inCall();
      const el = await conferenceWith(
        session,
        html`<pex-conference conference="meet.alice" confirm-disconnect></pex-conference>`
      );
      part(el, 'leave-button')!.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(session.callsOf('leave')).to.have.length(0);
      const confirm = deepQuery(el.shadowRoot!, 'pex-confirm-dialog')!;
      [...confirm.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Disconnect')!.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(session.callsOf('leave')).to.have.length(1);
    });
    it('asks before switching to another conference during a call, and switches when told to', async () => {
      const session = inCall();
      // Leaving and resetting move the phase on, as the real session does.
      session.leave = () => {
        session.calls.push({action: 'leave', args: []});
        session.setState({phase: 'ended'});
        return Promise.resolve();
      };
      session.reset = () => {
        session.setState({phase: 'idle'});
      };
      const el = await conferenceWith(session);
      el.conference = 'meet.bob';
      const confirm = deepQuery(el.shadowRoot!, 'pex-confirm-dialog')!;
      await waitFor('the question', () => deepText(confirm.shadowRoot!).includes('Switch meetings?'));
      expect(el.conference, 'kept while asking').to.equal('meet.alice');
      expect(session.callsOf('leave')).to.have.length(0);
      [...confirm.shadowRoot!.querySelectorAll('button')]
        .find((button) => button.textContent.trim() === 'Leave and switch')!
        .click();
      await waitFor('the switch', () => el.conference === 'meet.bob');
      expect(session.callsOf('leave')).to.have.length(1);
    });
  });

  describe('ended and failed', () => {
    it('explains a failure in plain words', async () => {
      const session = new FakeSession({
        phase: 'failed',
        conference: 'meet.nobody',
        endReason: {code: '#pex154', detail: 'Neither conference nor gateway found'},
      });
      const el = await conferenceWith(session);
      expect(part(el, 'message')!.textContent).to.contain('There is no meeting called meet.nobody');
      await expect(el).to.be.accessible();
    });

    for (const code of ['media-denied', 'node-unreachable', '#pex124', '#pex126', 'connection-lost']) {
      it(`words the reason ${code}`, async () => {
        const el = await conferenceWith(
          new FakeSession({phase: code.startsWith('#') || code === 'connection-lost' ? 'ended' : 'failed', endReason: {code}})
        );
        expect(part(el, 'message')!.textContent.trim().length).to.be.greaterThan(20);
        expect(part(el, 'message')!.textContent).not.to.contain(code);
      });
    }

    it('lets the page override any string, such as "Call Failed: Disabled"', async () => {
      setStrings('*', {'reason.#pex127': 'Video meetings are switched off today.'});
      try {
        const el = await conferenceWith(new FakeSession({phase: 'failed', endReason: {code: '#pex127', detail: 'Disabled'}}));
        expect(part(el, 'message')!.textContent).to.contain('Video meetings are switched off today.');
      } finally {
        setStrings('*', {'reason.#pex127': 'Call Failed: Disabled'});
      }
    });
  });

  describe('language', () => {
    it('switches live with lang, and works right to left', async () => {
      const el = await conferenceWith(
        inCall(),
        html`<pex-conference conference="meet.alice" lang="en" dir="rtl"></pex-conference>`
      );
      expect(part(el, 'leave-button')!.textContent).to.contain('Disconnect');
      el.lang = 'nb';
      // The Norwegian catalogue is its own chunk: it arrives, then the element re-renders.
      await waitFor('Norwegian', () => part(el, 'leave-button')!.textContent.includes('Legg på'));
      expect(getComputedStyle(part(el, 'toolbar')!).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('forwards session notifications as pex- events', async () => {
      const session = new FakeSession();
      const el = await conferenceWith(session);
      const joined = oneEvent(el, 'pex-joined');
      session.emit('joined', {conference: 'meet.alice', selfId: 'me'});
      expect((await joined).detail).to.deep.equal({conference: 'meet.alice', selfId: 'me'});
      const changed = oneEvent(el, 'pex-state-change');
      session.setState({phase: 'connecting'});
      const event = await changed;
      expect(event.detail).to.deep.equal({phase: 'connecting', previousPhase: 'idle'});
      expect(event.bubbles && event.composed).to.equal(true);
      const chat = oneEvent<HTMLElementEventMap['pex-chat-message']>(el, 'pex-chat-message');
      const message = {id: 'm1', senderId: 'b', senderName: 'Bob', text: 'Hi', at: Date.now(), fromSelf: false};
      session.emit('chat-message', {message});
      expect((await chat).detail.message).to.deep.equal(message);
      const stats = oneEvent<HTMLElementEventMap['pex-stats']>(el, 'pex-stats');
      session.emit('stats', {stats: {at: Date.now(), inbound: {}, outbound: {}}});
      expect((await stats).detail.stats.inbound).to.deep.equal({});
    });
  });
});
