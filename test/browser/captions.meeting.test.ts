import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {expect, oneEvent} from '@open-wc/testing';
import '../../src/pex-conference.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import {createRoom, waitFor} from '../helpers/dev-node.js';
import {deepQuery} from '../helpers/dom.js';
import {joinCall, useMeetingFixture} from '../helpers/meeting.js';

// The side panel's lists lay out through ResizeObservers: their benign loop errors would fail a test.
ignoreResizeObserverLoopErrors();

// Live captions against the dev node: its scripted captions reach the stage, the transcript and pex-caption.

const part = (el: PexConference, name: string) => deepQuery(el.shadowRoot!, `[part~="${name}"]`);

describe('live captions (dev node)', function () {
  this.timeout(40000);
  const meeting = useMeetingFixture();

  it('turns captions on: the caption shows with its speaker, is forwarded, and joins the transcript; off: no more', async () => {
    const room = await createRoom({
      captions: {script: [{from: 'Ada', text: 'Welcome, everyone'}], intervalSeconds: 1, speaking: false},
    });
    const ada = await meeting.add({conference: room, name: 'Ada', media: ''});
    await joinCall(ada);
    const button = await waitFor('the captions button', () => part(ada, 'captions-button'));
    expect(button.getAttribute('aria-pressed')).to.equal('false');

    const caption = oneEvent<HTMLElementEventMap['pex-caption']>(ada, 'pex-caption');
    button.click();
    await waitFor('captions on', () => button.getAttribute('aria-pressed') === 'true');
    expect((await caption).detail).to.deep.equal({text: 'Welcome, everyone', speakers: ['Ada'], final: true});
    const overlay = await waitFor('the caption over the stage', () =>
      part(ada, 'captions')?.textContent.includes('Welcome') ? part(ada, 'captions') : null
    );
    expect(overlay.textContent.replace(/\s+/g, ' ').trim()).to.equal('Ada: Welcome, everyone');
    expect(overlay.getAttribute('aria-live')).to.equal('polite');
    expect(ada.state.captions.transcript[0]).to.include({text: 'Welcome, everyone'});

    button.click();
    await waitFor('captions off', () => button.getAttribute('aria-pressed') === 'false');
    expect(part(ada, 'captions')).to.equal(null);
    const lines = ada.state.captions.transcript.length;
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(ada.state.captions.transcript.length).to.equal(lines);
  });

  it('offers no captions where the room has none', async () => {
    const room = await createRoom({captions: {available: false}});
    const bob = await meeting.add({conference: room, name: 'Bob', media: ''});
    await joinCall(bob);
    expect(part(bob, 'toolbar')).to.exist;
    expect(part(bob, 'captions-button')).to.equal(null);
    await expectRejected(bob.session.setCaptions(true));
  });
});

async function expectRejected(promise: Promise<unknown>): Promise<void> {
  const outcome = await promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof Error ? error.name : 'rejected')
  );
  expect(outcome).to.equal('SessionActionError');
}
