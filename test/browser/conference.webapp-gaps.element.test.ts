import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
// Web App controls of <pex-conference> (fake session: what is rendered and what is asked of the session).
import {expect, fixture, html} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import '../../src/pex-conference.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import {setStrings} from '../../src/i18n/strings.js';
import type {JoinOptions} from '../../src/session/types.js';
import {waitFor} from '../helpers/dev-node.js';
import {deepQuery, typeInto} from '../helpers/dom.js';
import {FakeSession} from '../helpers/fake-session.js';
import {participant} from '../helpers/fixtures.js';
import {expectCallAccessible} from '../helpers/accessible.js';

// The side panel's roster and chat (built in now) lay out through ResizeObservers: their benign loop errors fail a test in Firefox.
ignoreResizeObserverLoopErrors();

async function place(session: FakeSession, markup: TemplateResult): Promise<PexConference> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const template = document.createElement('template');
  render(markup, template.content);
  const el = template.content.querySelector('pex-conference')!;
  el.session = session;
  container.append(el);
  await el.updateComplete;
  return el;
}

function inCall(): FakeSession {
  const self = participant({isSelf: true, displayName: 'Ann', role: 'host'});
  return new FakeSession({
    phase: 'in-call',
    conference: 'meet.alice',
    selfId: self.id,
    role: 'host',
    participants: [self, participant({displayName: 'Bob'})],
    media: {mode: 'audio-video', local: new MediaStream(), microphoneMuted: false, cameraOff: false},
  });
}

function part(el: PexConference, name: string): HTMLElement | null {
  return deepQuery(el.shadowRoot!, `[part~="${name}"]`);
}

describe('<pex-conference> Web App controls (fake session)', () => {
  it('completes a bare alias typed on the pre-join screen with default-domain', async () => {
    const session = new FakeSession();
    const el = await place(session, html`<pex-conference name="Ann" default-domain="example.com"></pex-conference>`);
    typeInto(part(el, 'conference-input') as HTMLInputElement, 'meet.bob');
    part(el, 'join-button')!.click();
    await el.updateComplete;
    const [options] = session.callsOf('join').at(-1) as [JoinOptions];
    expect(options.conference).to.equal('meet.bob@example.com');
  });

  it('joins muted when "Mute my microphone" is ticked on the pre-join screen', async () => {
    const session = new FakeSession();
    const el = await place(session, html`<pex-conference conference="meet.alice" name="Ann"></pex-conference>`);
    const mute = deepQuery<HTMLInputElement>(el.shadowRoot!, 'input[name="mute"]')!;
    mute.click();
    part(el, 'join-button')!.click();
    await el.updateComplete;
    const [options] = session.callsOf('join').at(-1) as [JoinOptions];
    expect(options.muteMicrophone).to.equal(true);
    expect(
      session.callsOf('updateSettings').some(([change]) => (change as {muteMicrophoneOnJoin?: boolean}).muteMicrophoneOnJoin)
    ).to.equal(true);
  });

  it('the side panel button hides and shows the side panel', async () => {
    const el = await place(inCall(), html`<pex-conference conference="meet.alice"></pex-conference>`);
    const side = el.shadowRoot!.querySelector<HTMLElement>('.side')!;
    const button = await waitFor('the side panel button', () => part(el, 'side-panel-button'));
    expect(side.hidden).to.equal(false);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    button.click();
    await el.updateComplete;
    expect(side.hidden).to.equal(true);
    expect(part(el, 'side-panel-button')!.getAttribute('aria-pressed')).to.equal('false');
    part(el, 'side-panel-button')!.click();
    await el.updateComplete;
    expect(side.hidden).to.equal(false);
  });

  it('hides the self view and shows it again', async () => {
    const el = await place(inCall(), html`<pex-conference conference="meet.alice"></pex-conference>`);
    expect(part(el, 'self-view')).to.exist;
    deepQuery<HTMLButtonElement>(el.shadowRoot!, 'button[aria-label="Hide self view"]')!.click();
    await waitFor('the self view hidden', () => part(el, 'self-view') === null);
    deepQuery<HTMLButtonElement>(el.shadowRoot!, 'button[aria-label="Show self view"]')!.click();
    await waitFor('the self view back', () => part(el, 'self-view'));
  });

  it("offers the languages the page added with setStrings in the settings' language list", async () => {
    setStrings('sv', {'toolbar.leave': 'Lämna'});
    const el = await place(inCall(), html`<pex-conference conference="meet.alice"></pex-conference>`);
    // More → Settings loads the dialog on demand.
    const settingsItem = await waitFor('the Settings menu item', () => {
      const popup = deepQuery(el.shadowRoot!, '[part~="more-menu"]')?.shadowRoot?.querySelector('pex-menu-popup');
      const items = popup?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [];
      return [...items].find((item) => item.textContent.trim() === 'Settings') ?? null;
    });
    settingsItem.click();
    const dialog = deepQuery(el.shadowRoot!, 'pex-settings-dialog')!;
    const select = await waitFor('the language list', () =>
      dialog.shadowRoot?.querySelector<HTMLSelectElement>('select[name="language"]')
    );
    const options = [...select.options].map((option) => [option.value, option.textContent.trim()]);
    expect(options.map(([value]) => value)).to.include.members(['en', 'nb', 'de', 'fr', 'es', 'ja', 'sv']);
    expect(options.find(([value]) => value === 'sv')![1]).to.equal('svenska');
  });

  it('tells a host someone is waiting, with the side panel closed: a notice with Admit and Reject, a badge', async () => {
    const self = participant({isSelf: true, displayName: 'Ann', role: 'host'});
    const waiting = participant({displayName: 'Wendy', waiting: true});
    const session = new FakeSession({
      phase: 'in-call',
      conference: 'meet.alice',
      selfId: self.id,
      role: 'host',
      hostControls: true,
      participants: [self, waiting],
    });
    const el = await place(session, html`<pex-conference conference="meet.alice"></pex-conference>`);
    const sideButton = await waitFor('the side panel button', () => part(el, 'side-panel-button'));
    sideButton.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLElement>('.side')!.hidden).to.equal(true);
    const notice = part(el, 'waiting-notice')!;
    expect(notice.textContent).to.contain('Wendy is waiting to join the meeting.');
    const badge = part(el, 'waiting-badge')!;
    expect(badge.textContent.trim()).to.equal('1');
    expect(part(el, 'side-panel-button')!.getAttribute('aria-label')).to.equal('Participants and chat, Waiting to join: 1');
    const [admit, reject] = notice.querySelectorAll('button');
    admit.click();
    expect(session.callsOf('admit').at(-1)).to.deep.equal([waiting.id]);
    reject.click();
    expect(session.callsOf('disconnectParticipant').at(-1)).to.deep.equal([waiting.id]);
    await expect(el).to.be.accessible();
    // A guest is not asked.
    session.setState({hostControls: false});
    await el.updateComplete;
    expect(part(el, 'waiting-notice')).to.equal(null);
  });

  it('escalates from presentation and control to audio only', async () => {
    const session = inCall();
    session.setState({media: {mode: 'control-only', microphoneMuted: false, cameraOff: false}});
    const el = await place(session, html`<pex-conference conference="meet.alice"></pex-conference>`);
    await el.updateComplete;
    expect(part(el, 'microphone-button')).to.equal(null);
    deepQuery<HTMLButtonElement>(el.shadowRoot!, 'button.escalate')!.click();
    const dialog = el.shadowRoot!.querySelector<HTMLElement>('.escalate-dialog')!;
    await waitFor('the escalate dialog', () => dialog.shadowRoot?.querySelector('dialog')?.open || null);
    [...dialog.querySelectorAll<HTMLButtonElement>('button')]
      .find((button) => button.textContent.trim() === 'Microphone only')!
      .click();
    await waitFor('escalate asked for', () => session.callsOf('escalate').length > 0 || null);
    expect(session.callsOf('escalate').at(-1)![0]).to.equal('audio-only');
  });

  for (const menu of ['host-menu', 'more-menu']) {
    it(`is accessible with the ${menu === 'host-menu' ? 'host' : 'More'} menu open`, async () => {
      const session = inCall();
      session.setState({hostControls: true});
      const el = await place(session, html`<pex-conference conference="meet.alice"></pex-conference>`);
      const trigger = await waitFor(
        menu,
        () => part(el, menu)?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="trigger"]') ?? null
      );
      trigger.click();
      await waitFor('the menu open', () => (trigger.getAttribute('aria-expanded') === 'true' ? true : null));
      const items = part(el, menu)!
        .shadowRoot!.querySelector('pex-menu-popup')!
        .shadowRoot!.querySelectorAll('[role="menuitem"]');
      expect(items.length).to.be.above(1);
      await expectCallAccessible(el);
    });
  }

  it('goes full screen from the More menu', async () => {
    const el = await place(inCall(), html`<pex-conference conference="meet.alice"></pex-conference>`);
    let requested = 0;
    el.requestFullscreen = () => {
      requested++;
      return Promise.resolve();
    };
    const item = await waitFor('the full screen item', () => {
      const popup = deepQuery(el.shadowRoot!, '[part~="more-menu"]')?.shadowRoot?.querySelector('pex-menu-popup');
      const items = popup?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [];
      return [...items].find((candidate) => candidate.textContent.trim() === 'Go full screen') ?? null;
    });
    item.click();
    expect(requested).to.equal(1);
  });

  it('opens every setting before joining, and "Don\'t show these options again" turns the device options off', async () => {
    const session = new FakeSession();
    const el = await place(session, html`<pex-conference conference="meet.alice" name="Ann"></pex-conference>`);
    deepQuery<HTMLInputElement>(el.shadowRoot!, 'input[name="hide-device-options"]')!.click();
    expect(session.callsOf('updateSettings').at(-1)).to.deep.equal([{showDeviceOptions: false}]);
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.setup-link button')]
      .find((b) => b.textContent.trim() === 'Settings')!
      .click();
    const dialog = deepQuery(el.shadowRoot!, 'pex-settings-dialog')!;
    await waitFor(
      'the settings dialog open',
      () => dialog.shadowRoot?.querySelector('pex-dialog')?.shadowRoot?.querySelector('dialog')?.open || null
    );
    for (const name of [
      'display-name',
      'bandwidth',
      'showDeviceOptions',
      'muteMicrophoneOnJoin',
      'confirmDisconnect',
      'language',
    ]) {
      expect(dialog.shadowRoot!.querySelector(`[name="${name}"]`), name).to.exist;
    }
    // The way back: the setting itself.
    expect(dialog.shadowRoot!.querySelector('input[name="showDeviceOptions"]')).to.exist;
  });
});
