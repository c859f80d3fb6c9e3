import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/pex-conference.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import type {JoinOptions} from '../../src/session/types.js';
import {FakeSession} from '../helpers/fake-session.js';
import {participant} from '../helpers/fixtures.js';

async function conferenceWith(session: FakeSession, markup = html`<pex-conference conference="meet.alice" name="Ann"></pex-conference>`) {
  const el = await fixture<PexConference>(markup);
  el.session = session;
  await el.updateComplete;
  return el;
}

function part(el: PexConference, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

describe('<pex-conference> rendering (fake session)', () => {
  it('shows a pre-join form with the name filled in, and is accessible', async () => {
    const el = await conferenceWith(new FakeSession());
    const input = part(el, 'name-input') as HTMLInputElement;
    expect(input.value).to.equal('Ann');
    expect(el.shadowRoot!.textContent).to.contain('Join meet.alice');
    expect(part(el, 'conference-input')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('asks for the meeting address when no conference attribute is set', async () => {
    const el = await conferenceWith(new FakeSession(), html`<pex-conference></pex-conference>`);
    expect(part(el, 'conference-input')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('joins with the attributes and the typed name', async () => {
    const session = new FakeSession();
    const el = await conferenceWith(session, html`<pex-conference conference="meet.alice" node="https://node.example.com/"></pex-conference>`);
    const input = part(el, 'name-input') as HTMLInputElement;
    input.value = 'Bea';
    input.dispatchEvent(new InputEvent('input'));
    part(el, 'join-button')!.click();
    await el.updateComplete;
    const join = session.calls.find(({action}) => action === 'join');
    expect(join, 'join called').to.exist;
    const options = join!.args[0] as JoinOptions;
    expect(options).to.include({conference: 'meet.alice', displayName: 'Bea', node: 'https://node.example.com', mode: 'audio-video'});
  });

  it('does not join without a name and says why', async () => {
    const session = new FakeSession();
    const el = await conferenceWith(session, html`<pex-conference conference="meet.alice"></pex-conference>`);
    part(el, 'join-button')!.click();
    await el.updateComplete;
    expect(session.calls.some(({action}) => action === 'join')).to.equal(false);
    expect(el.shadowRoot!.textContent).to.contain('Enter your name');
    expect(part(el, 'name-input')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('shows the call with toolbar, and is accessible', async () => {
    const self = participant({isSelf: true, displayName: 'Ann'});
    const session = new FakeSession({phase: 'in-call', conference: 'meet.alice', participants: [self, participant()]});
    const el = await conferenceWith(session);
    expect(part(el, 'stage')).to.exist;
    expect(part(el, 'toolbar')!.textContent).to.contain('2 in the meeting');
    expect(el.shadowRoot!.textContent).to.contain('Waiting for video');
    await expect(el).to.be.accessible();
  });

  it('mutes the microphone and turns off the camera through the session', async () => {
    const session = new FakeSession({phase: 'in-call'});
    const el = await conferenceWith(session);
    part(el, 'microphone-button')!.click();
    part(el, 'camera-button')!.click();
    expect(session.calls.map(({action, args}) => [action, ...args])).to.deep.include.members([
      ['setMicrophoneMuted', true],
      ['setCameraOff', true],
    ]);
    session.setState({media: {...session.state.media, microphoneMuted: true}});
    await el.updateComplete;
    expect(part(el, 'microphone-button')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('explains a failure in plain words', async () => {
    const session = new FakeSession({phase: 'failed', conference: 'meet.nobody', endReason: {code: '#pex154', detail: 'Neither conference nor gateway found'}});
    const el = await conferenceWith(session);
    expect(part(el, 'message')!.textContent).to.contain('There is no meeting called meet.nobody');
    await expect(el).to.be.accessible();
  });

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
  });
});
