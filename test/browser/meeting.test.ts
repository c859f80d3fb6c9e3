import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import '../../src/pex-conference.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import {deepQuery} from '../helpers/dom.js';
import {cameraPacketsReceived, countVideoFrames, createRoom, devNodeUrl, waitFor} from '../helpers/dev-node.js';
import {participantsOf} from '../../src/session/selectors.js';

// The side panel's roster and chat (built in now) lay out through ResizeObservers: their benign loop errors fail a test in Firefox.
ignoreResizeObserverLoopErrors();

function remoteVideo(el: PexConference): HTMLVideoElement | null {
  return deepQuery(el.shadowRoot!, '[part~="remote-video"]');
}

async function inCall(el: PexConference): Promise<void> {
  await waitFor(`${el.name} in the call`, () => {
    if (el.state.phase === 'failed' || el.state.phase === 'ended') throw new Error(`${el.name}: ${el.state.endReason?.code}`);
    return el.state.phase === 'in-call';
  });
}

describe('two <pex-conference> elements in one meeting (real dev node, real WebRTC)', () => {
  // The elements live across the tests of this block (fixture() would remove them after each).
  const container = document.createElement('div');
  let ann: PexConference;
  let bob: PexConference;
  let alias: string;

  before(async () => {
    alias = await createRoom();
    render(
      html`<pex-conference id="ann" node=${devNodeUrl} conference=${alias} name="Ann"></pex-conference>
        <pex-conference id="bob" node=${devNodeUrl} conference=${alias} name="Bob"></pex-conference>`,
      container
    );
    document.body.append(container);
    ann = container.querySelector('#ann')!;
    bob = container.querySelector('#bob')!;
    await Promise.all([ann.updateComplete, bob.updateComplete]);
  });

  after(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- before() may have failed before setting them
    await Promise.all([ann?.leave(), bob?.leave()]);
    container.remove();
  });

  it('shows an accessible pre-join screen', async () => {
    await expect(ann).to.be.accessible();
  });

  it('both join and each sees two participants', async () => {
    await ann.joinMeeting();
    await inCall(ann);
    await bob.joinMeeting();
    await inCall(bob);
    await waitFor('two participants for Ann', () => participantsOf(ann.state).length === 2);
    await waitFor('two participants for Bob', () => participantsOf(bob.state).length === 2);
    expect(
      participantsOf(ann.state)
        .map(({displayName}) => displayName)
        .sort()
    ).to.deep.equal(['Ann', 'Bob']);
    expect(
      participantsOf(ann.state)
        .filter(({isSelf}) => isSelf)
        .map(({displayName}) => displayName)
    ).to.deep.equal(['Ann']);
  });

  it("each shows the other one's video with frames advancing", async () => {
    for (const el of [ann, bob]) {
      const video = await waitFor(`${el.name}'s remote video`, () => {
        const candidate = remoteVideo(el);
        return candidate && candidate.videoWidth > 0 ? candidate : null;
      });
      expect(await countVideoFrames(video), `${el.name} decodes frames`).to.be.greaterThan(5);
    }
    await waitFor(
      'both cameras to reach the node',
      async () => (await cameraPacketsReceived(alias)).filter((packets) => packets > 50).length === 2
    );
  });

  it('each receives audio packets', async () => {
    for (const el of [ann, bob]) {
      const first = await waitFor(`${el.name}'s inbound audio stats`, () => el.state.stats?.inbound.audio?.packets);
      await waitFor(`${el.name}'s audio packets to grow`, () => (el.state.stats?.inbound.audio?.packets ?? 0) > first + 20);
    }
  });

  it('is accessible in the call', async () => {
    await expect(ann).to.be.accessible();
  });

  it("when one leaves, the other's participant list shrinks", async () => {
    const left = new Promise((resolve) => ann.addEventListener('pex-participant-leave', resolve, {once: true}));
    await bob.leave();
    expect(bob.state.phase).to.equal('ended');
    await left;
    await waitFor('Ann alone', () => participantsOf(ann.state).length === 1);
    expect(participantsOf(ann.state)[0].displayName).to.equal('Ann');
  });
});

describe('<pex-conference> errors against the real dev node', () => {
  it('says so when the conference does not exist', async () => {
    const el = await fixture<PexConference>(
      html`<pex-conference node=${devNodeUrl} conference="meet.nobody-here" name="Ann"></pex-conference>`
    );
    await el.joinMeeting();
    await waitFor('failure', () => el.state.phase === 'failed');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="message"]')!.textContent).to.contain(
      'There is no meeting called meet.nobody-here'
    );
    await expect(el).to.be.accessible();
  });

  it('says so when the node cannot be reached', async () => {
    const el = await fixture<PexConference>(
      html`<pex-conference node="http://127.0.0.1:9" conference="meet.alice" name="Ann"></pex-conference>`
    );
    await el.joinMeeting();
    await waitFor('failure', () => el.state.phase === 'failed');
    await el.updateComplete;
    expect(el.state.endReason?.code).to.equal('node-unreachable');
    expect(el.shadowRoot!.querySelector('[part~="message"]')!.textContent).to.contain(
      'Could not reach the conferencing server at http://127.0.0.1:9'
    );
  });
});

describe('<pex-conference join> as React 19 and Vue 3 set it (real dev node)', () => {
  it('joins at once: the element has no `join` member, so the framework sets the attribute, not a property', async () => {
    const alias = await createRoom();
    const el = document.createElement('pex-conference');
    el.node = devNodeUrl;
    el.conference = alias;
    el.name = 'Ann';
    // What React 19 and Vue 3 do with a custom element's prop: a property if `prop in element`, else the attribute.
    if ('join' in el) Object.assign(el, {join: true});
    else el.setAttribute('join', '');
    expect('join' in el).to.equal(false);
    document.body.append(el);
    try {
      await inCall(el);
    } finally {
      await el.leave();
      el.remove();
    }
  });

  it("reflects the call's phase as the host's phase attribute, for the page's styles", async () => {
    const alias = await createRoom();
    const el = document.createElement('pex-conference');
    el.node = devNodeUrl;
    el.conference = alias;
    el.name = 'Ann';
    expect(el.hasAttribute('phase')).to.equal(false);
    document.body.append(el);
    try {
      expect(el.getAttribute('phase')).to.equal('idle');
      expect(el.matches('pex-conference[phase=idle]')).to.equal(true);
      await el.updateComplete;
      await el.joinMeeting();
      await inCall(el);
      expect(el.getAttribute('phase')).to.equal('in-call');
      await el.leave();
      expect(el.getAttribute('phase')).to.equal('ended');
    } finally {
      el.remove();
    }
    expect(el.hasAttribute('phase')).to.equal(false);
  });
});
