import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
// Missing, refused and lost devices: <pex-conference> joins with what works (microphone only, or
// presentation and control), says why, and never shows a blank view.
import {expect} from '@open-wc/testing';
import '../../src/pex-conference.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import {createRoom, waitFor} from '../helpers/dev-node.js';
import {part, refuseDevices, shows} from '../helpers/hardening.js';
import {joinCall, untilPhase, useMeetingFixture} from '../helpers/meeting.js';

// The side panel's lists lay out through ResizeObservers: their benign loop errors would fail a test.
ignoreResizeObserverLoopErrors();

/** The call view is there, says what happened, and shows something in the stage. */
async function expectExplainedCall(el: PexConference, message: string): Promise<void> {
  await el.updateComplete;
  expect(part(el, 'notices')?.textContent, 'the notice').to.contain(message);
  expect(part(el, 'toolbar'), 'the call controls').to.exist;
  const stage = part(el, 'stage')!;
  expect(stage.getBoundingClientRect().height, 'a visible stage').to.be.greaterThan(0);
}

describe('hardening: devices', () => {
  let restore: (() => void) | undefined;
  let alias: string;
  before(async () => {
    alias = await createRoom();
  });
  // Registered before the fixture's: the devices come back before the calls end.
  afterEach(() => {
    restore?.();
    restore = undefined;
  });
  const meeting = useMeetingFixture();

  it('no camera (a microphone only): joins with the microphone and says why', async () => {
    restore = refuseDevices(['video'], 'NotFoundError');
    const ann = await meeting.add({conference: alias, name: 'Ann', media: '1'});
    await joinCall(ann);
    expect(ann.state.media.mode).to.equal('audio-only');
    expect(ann.state.media.fallback).to.deep.equal({from: 'audio-video', reason: 'media-unavailable'});
    expect(ann.state.media.local!.getAudioTracks()).to.have.length(1);
    await expectExplainedCall(ann, 'No camera was found, so you joined with your microphone only.');
    expect(part(ann, 'self-view'), 'no empty self-view').to.equal(null);
    expect(part(ann, 'microphone-button')).to.exist;
  });

  it('camera refused: joins with the microphone and says why', async () => {
    restore = refuseDevices(['video'], 'NotAllowedError');
    const ann = await meeting.add({conference: alias, name: 'Ann', media: '1'});
    await joinCall(ann);
    expect(ann.state.media.mode).to.equal('audio-only');
    await expectExplainedCall(ann, 'The camera was not allowed, so you joined with your microphone only.');
  });

  it('camera and microphone refused: joins for presentation and control, and says why', async () => {
    restore = refuseDevices(['audio', 'video'], 'NotAllowedError');
    const ann = await meeting.add({conference: alias, name: 'Ann', media: '1'});
    await joinCall(ann);
    expect(ann.state.media.mode).to.equal('control-only');
    expect(ann.state.media.local).to.equal(undefined);
    await expectExplainedCall(ann, 'The camera and microphone were not allowed, so you joined for presentation and control only');
    expect(shows(ann, 'Presentation and control only: you are not sending or receiving audio and video.')).to.equal(true);
    expect(shows(ann, 'Connect with audio and video'), 'offers to connect media later').to.equal(true);
  });

  it('no devices at all: joins for presentation and control, and says why', async () => {
    restore = refuseDevices(['audio', 'video'], 'NotFoundError');
    const ann = await meeting.add({conference: alias, name: 'Ann', audioonly: '1', media: '1'});
    await joinCall(ann);
    expect(ann.state.media.mode).to.equal('control-only');
    expect(ann.state.media.fallback).to.deep.equal({from: 'audio-only', reason: 'media-unavailable'});
    await expectExplainedCall(ann, 'No microphone was found, so you joined for presentation and control only');
  });

  it('camera unplugged in a call: carries on with sound only, says so, and can connect a camera again', async () => {
    const ann = await meeting.add({conference: alias, name: 'Ann', media: '1'});
    await joinCall(ann);
    await waitFor('the self-view', () => part(ann, 'self-view'));
    const [camera] = ann.state.media.local!.getVideoTracks();
    // What the browser does when a camera goes away: the track ends and says so.
    camera.stop();
    camera.dispatchEvent(new Event('ended'));
    await waitFor('the switch to sound only', () => ann.state.media.mode === 'audio-only');
    expect(ann.state.media.fallback).to.deep.equal({from: 'audio-video', reason: 'camera-ended'});
    await expectExplainedCall(ann, 'Your camera stopped (was it unplugged?), so you are now sending sound only.');
    expect(part(ann, 'self-view'), 'no frozen self-view').to.equal(null);
    expect(ann.state.phase).to.equal('in-call');

    const connect = [...ann.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')].find(
      (button) => button.getAttribute('aria-label') === 'Connect with audio and video'
    )!;
    connect.click();
    await waitFor(
      'the camera back',
      () => ann.state.media.mode === 'audio-video' && ann.state.media.local?.getVideoTracks()[0]?.readyState === 'live',
      30000
    );
    await ann.updateComplete;
    expect(ann.state.media.fallback).to.equal(undefined);
    expect(part(ann, 'notices'), 'the notice is gone once the camera is back').to.equal(null);
  });

  it('camera refused before joining: the preview says why instead of staying blank', async () => {
    restore = refuseDevices(['video'], 'NotAllowedError');
    const ann = await meeting.add({conference: alias, name: 'Ann'});
    await ann.session.startPreview('audio-video');
    const prejoin = part(ann, 'prejoin')!;
    await waitFor('the preview problem', () => ann.state.media.problem === 'media-denied');
    await untilPhase(ann, 'idle');
    const form = prejoin.querySelector('pex-prejoin')!;
    await (form as HTMLElement & {updateComplete: Promise<boolean>}).updateComplete;
    expect(form.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'Access to your camera or microphone was refused.'
    );
  });
});
