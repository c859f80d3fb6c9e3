import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/pex-conference.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import type {CaptionsState} from '../../src/session/types.js';
import {waitFor} from '../helpers/dev-node.js';
import {deepQuery} from '../helpers/dom.js';
import {expectCallAccessible} from '../helpers/accessible.js';
import {FakeSession} from '../helpers/fake-session.js';
import {participant} from '../helpers/fixtures.js';

// The side panel's roster and chat (built in now) lay out through ResizeObservers: their benign loop errors fail a test in Firefox.
ignoreResizeObserverLoopErrors();

// Live captions in <pex-conference>, rendered from the session's state (the dev node's captions are in captions.meeting.test.ts).

const self = participant({isSelf: true, displayName: 'Ann'});

function inCall(captions: Partial<CaptionsState> = {}): FakeSession {
  return new FakeSession({
    phase: 'in-call',
    conference: 'meet.alice',
    conferenceName: "Alice's room",
    selfId: self.id,
    participants: [self],
    captions: {available: true, enabled: false, transcript: [], ...captions},
  });
}

async function conferenceWith(session: FakeSession): Promise<PexConference> {
  const el = await fixture<PexConference>(html`<pex-conference conference="meet.alice" name="Ann"></pex-conference>`);
  el.session = session;
  await el.updateComplete;
  // The toolbar's menus render in the next frame.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

const part = (el: PexConference, name: string) => deepQuery(el.shadowRoot!, `[part~="${name}"]`);

describe('live captions (rendering)', () => {
  it('has no captions button where the meeting has no captions', async () => {
    const el = await conferenceWith(inCall({available: false}));
    expect(part(el, 'toolbar')).to.exist;
    expect(part(el, 'captions-button')).to.equal(null);
  });

  it('the toggle asks the session; pressed only once captions are on', async () => {
    const session = inCall();
    const el = await conferenceWith(session);
    const button = part(el, 'captions-button')!;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(button.getAttribute('aria-label')).to.equal('Turn captions on');
    button.click();
    expect(session.callsOf('setCaptions')).to.deep.equal([[true]]);
    expect(part(el, 'captions')).to.equal(null);
    session.setState({captions: {...session.state.captions, enabled: true}});
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    // The captions' overlay is a chunk of its own, loaded when the call first shows it.
    const captions = await waitFor('the captions', () => part(el, 'captions'));
    expect(captions.getAttribute('aria-live')).to.equal('polite');
  });

  it('shows the caption over the stage with its speaker, in a live region', async () => {
    const session = inCall({enabled: true});
    const el = await conferenceWith(session);
    session.setState({captions: {...session.state.captions, current: {text: 'Good morning', speakers: ['Bob'], final: true}}});
    await el.updateComplete;
    const captions = await waitFor('the caption', () =>
      part(el, 'captions')?.textContent.includes('Good') ? part(el, 'captions') : null
    );
    expect(captions.getAttribute('role')).to.equal('status');
    expect(captions.textContent.replace(/\s+/g, ' ').trim()).to.equal('Bob: Good morning');
    expect(parseFloat(getComputedStyle(captions).fontSize)).to.be.at.least(17);
    await expectCallAccessible(el);
  });

  it('a refusal is said, not swallowed', async () => {
    const session = inCall();
    session.refuse.add('setCaptions');
    const el = await conferenceWith(session);
    part(el, 'captions-button')!.click();
    await waitFor('the notice', () => (part(el, 'notices')?.textContent.trim() ? true : null));
  });

  it('forwards each caption as pex-caption', async () => {
    const session = inCall({enabled: true});
    const el = await conferenceWith(session);
    const event = oneEvent<HTMLElementEventMap['pex-caption']>(el, 'pex-caption');
    session.emit('caption', {text: 'Hello', speakers: ['Bob'], final: true});
    const {detail, bubbles, composed} = await event;
    expect(detail).to.deep.equal({text: 'Hello', speakers: ['Bob'], final: true});
    expect(bubbles && composed).to.equal(true);
  });

  it('opens the transcript in the side panel from the More menu, with time, speaker, Save as text and Close', async () => {
    const at = new Date(2026, 0, 5, 9, 3, 7).getTime();
    const session = inCall({enabled: true, transcript: [{at, speakers: ['Bob'], text: 'Bob is speaking'}]});
    const el = await conferenceWith(session);
    const popup = part(el, 'more-menu')!.shadowRoot!.querySelector('pex-menu-popup')!;
    [...popup.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')]
      .find((item) => item.textContent.trim() === 'Transcript')!
      .click();
    const dialog = await waitFor('the transcript in the side panel', () => {
      const found = el.shadowRoot!.querySelector<HTMLElement>('[part~="side"] pex-transcript-panel[part~="transcript"]');
      return found?.shadowRoot?.querySelector('li') ? found : null;
    });
    expect(part(el, 'side')!.hidden).to.equal(false);
    expect(el.shadowRoot!.querySelector('dialog[open]'), 'no dialog').to.equal(null);
    await waitFor('focus on the transcript', () => dialog.shadowRoot!.activeElement?.tagName === 'H2');
    await expect(dialog).to.be.accessible();
    const item = dialog.shadowRoot!.querySelector('li')!;
    expect(item.textContent.replace(/\s+/g, ' ').trim()).to.equal('09:03:07Bob: Bob is speaking');
    await expectCallAccessible(el);
    const save = [...dialog.shadowRoot!.querySelectorAll('button')].find(
      (button) => button.textContent.trim() === 'Save as text'
    )!;
    // Catch the download: the link clicked, and the file behind it.
    const clicked: HTMLAnchorElement[] = [];
    const files: Blob[] = [];
    const {click} = HTMLAnchorElement.prototype;
    const {createObjectURL} = URL;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    URL.createObjectURL = (file: Blob) => (files.push(file), createObjectURL(file));
    try {
      save.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = createObjectURL;
    }
    expect(clicked[0]?.download).to.match(/^transcript-Alice_s_room-\d{4}-\d\d-\d\d\.txt$/);
    expect(files[0]?.type).to.equal('text/plain');
    expect(await files[0]?.text()).to.equal('09:03:07 Bob: Bob is speaking\n');
    // New captions join the open transcript; Close takes it out of the side panel.
    session.setState({
      captions: {
        ...session.state.captions,
        transcript: [...session.state.captions.transcript, {at, speakers: [], text: 'Thanks'}],
      },
    });
    await waitFor('the new line', () => dialog.shadowRoot!.querySelectorAll('li').length === 2);
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
    await waitFor('the transcript closed', () => !el.shadowRoot!.querySelector('pex-transcript-panel'));
  });
});
