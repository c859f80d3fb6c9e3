import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/pex-join-button.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import type {PexJoinButton} from '../../src/elements/join-button/join-button.js';
import {createRoom, devNodeUrl, waitFor} from '../helpers/dev-node.js';
import {untilPhase} from '../helpers/meeting.js';

// The side panel's roster and chat (built in now) lay out through ResizeObservers: their benign loop errors fail a test in Firefox.
ignoreResizeObserverLoopErrors();

function part(el: PexJoinButton, name: string): HTMLElement {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
}

describe('<pex-join-button>', () => {
  it('is an accessible button labelled with the meeting', async () => {
    const el = await fixture<PexJoinButton>(html`<pex-join-button conference="meet.alice"></pex-join-button>`);
    expect(part(el, 'button').textContent).to.contain('Join meet.alice');
    await expect(el).to.be.accessible();
  });

  it('takes its label and icon from slots', async () => {
    const el = await fixture<PexJoinButton>(
      html`<pex-join-button conference="meet.alice"><span slot="icon">📹</span>Team meeting</pex-join-button>`
    );
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
    expect(
      slot
        .assignedNodes()
        .map((node) => node.textContent)
        .join('')
    ).to.equal('Team meeting');
  });

  it('gives a pexip: link for the desktop client', async () => {
    const el = await fixture<PexJoinButton>(
      html`<pex-join-button target="desktop" conference="meet.alice@example.com"></pex-join-button>`
    );
    expect(part(el, 'button').getAttribute('href')).to.equal('pexip:meet.alice@example.com');
  });

  it('links to the Web App page with the link parameters for target="window"', async () => {
    const el = await fixture<PexJoinButton>(
      html`<pex-join-button
        target="window"
        webapp="https://video.example.com/webapp/"
        conference="meet.alice"
        name="Bob"
        role="guest"
        join
        bw="9999"
      ></pex-join-button>`
    );
    const link = part(el, 'button') as HTMLAnchorElement;
    expect(link.href).to.equal('https://video.example.com/webapp/?conference=meet.alice&name=Bob&bw=1864&join=1&role=guest');
    expect(link.target).to.equal('_blank');
    expect(el.hasAttribute('role'), 'role="guest" is not left as an ARIA role').to.equal(false);
    expect(link.rel).to.contain('noopener');
  });

  it('says so when it has no conference', async () => {
    const el = await fixture<PexJoinButton>(html`<pex-join-button></pex-join-button>`);
    expect(el.shadowRoot!.textContent).to.contain('set its conference attribute');
    expect((part(el, 'button') as HTMLButtonElement).disabled).to.equal(true);
  });

  it('opens a working meeting in a dialog on the page, and leaves it when closed', async () => {
    const alias = await createRoom();
    const el = await fixture<PexJoinButton>(
      html`<pex-join-button node=${devNodeUrl} conference=${alias} name="Dina" join></pex-join-button>`
    );
    part(el, 'button').click();
    const conference = await waitFor('the conference', () => el.shadowRoot!.querySelector<PexConference>('pex-conference'));
    await untilPhase(conference, 'in-call');
    expect(conference.state.conference).to.equal(alias);
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector('dialog')!.close();
    await waitFor('the meeting to be left', () => conference.state.phase === 'ended');
  });
});
