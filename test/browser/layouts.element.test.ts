import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/pex-conference.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import {waitFor} from '../helpers/dev-node.js';
import {deepQuery} from '../helpers/dom.js';
import {expectCallAccessible} from '../helpers/accessible.js';
import {FakeSession} from '../helpers/fake-session.js';
import {participant} from '../helpers/fixtures.js';

// The side panel's roster and chat (built in now) lay out through ResizeObservers: their benign loop errors fail a test in Firefox.
ignoreResizeObserverLoopErrors();

// The meeting layout picker in <pex-conference>, rendered from the session's state (the dev node's layouts are in layouts.meeting.test.ts).

const self = participant({isSelf: true, displayName: 'Ann', role: 'host'});

function inCall(host = true): FakeSession {
  const session = new FakeSession({
    phase: 'in-call',
    conference: 'meet.alice',
    selfId: self.id,
    role: host ? 'host' : 'guest',
    hostControls: host,
    participants: [self],
    layout: {requested: {host: '1:7', guest: '1:7'}, overlayText: false},
  });
  session.layouts = [
    {name: '1:7', svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90"><rect width="160" height="90"/></svg>'},
    {name: '4:0', svg: '<svg xmlns="http://www.w3.org/2000/svg" onload="window.pwned=1"><script>window.pwned=1</script></svg>'},
    {name: 'custom'},
  ];
  return session;
}

async function conferenceWith(session: FakeSession): Promise<PexConference> {
  const el = await fixture<PexConference>(html`<pex-conference conference="meet.alice" name="Ann"></pex-conference>`);
  el.session = session;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

function menuItems(el: PexConference, menu: string): HTMLButtonElement[] {
  const popup = deepQuery(el.shadowRoot!, `[part~="${menu}"]`)?.shadowRoot?.querySelector('pex-menu-popup');
  return [...(popup?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
}

async function openLayouts(el: PexConference): Promise<ShadowRoot> {
  menuItems(el, 'host-menu')
    .find((item) => item.textContent.trim() === 'Layout')!
    .click();
  const dialog = await waitFor('the layout dialog', () => {
    const found = deepQuery(el.shadowRoot!, 'pex-layout-dialog');
    return found?.shadowRoot?.querySelector('input[type="radio"]') ? found : null;
  });
  return dialog.shadowRoot!;
}

const radios = (root: ShadowRoot) => [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];

describe('layout picker (rendering)', () => {
  it('is a host control', async () => {
    const el = await conferenceWith(inCall(false));
    expect(deepQuery(el.shadowRoot!, '[part~="host-menu"]')).to.equal(null);
  });

  it("shows the node's layouts as images of their previews, the current one selected", async () => {
    const el = await conferenceWith(inCall());
    const root = await openLayouts(el);
    expect(radios(root).map((radio) => radio.getAttribute('aria-label'))).to.deep.equal([
      'Main speaker and 7 (1:7)',
      'Equal, 2 × 2 (4:0)',
      'custom',
    ]);
    expect(radios(root).map((radio) => radio.checked)).to.deep.equal([true, false, false]);
    await expectCallAccessible(el);
    const images = [...root.querySelectorAll('img')];
    expect(images).to.have.length(2);
    expect(images.every((image) => image.src.startsWith('data:image/svg+xml') && image.alt === '')).to.equal(true);
    // The node's markup is never inserted as markup.
    expect(root.querySelector('svg, script')).to.equal(null);
    expect((window as {pwned?: number}).pwned).to.equal(undefined);
  });

  it('asks for a layout; the selection moves only when the session says so', async () => {
    const session = inCall();
    const el = await conferenceWith(session);
    const root = await openLayouts(el);
    radios(root)[1].click();
    expect(session.callsOf('setLayout')).to.deep.equal([['4:0']]);
    await waitFor('the selection kept', () => radios(root)[0].checked);
    const change = oneEvent<HTMLElementEventMap['pex-layout-change']>(el, 'pex-layout-change');
    session.setState({layout: {requested: {host: '4:0', guest: '4:0'}, overlayText: false}});
    session.emit('layout-change', {host: '4:0', guest: '4:0'});
    expect((await change).detail).to.deep.equal({host: '4:0', guest: '4:0'});
    await waitFor('the new selection', () => radios(root)[1].checked);
  });

  it('says when the node refuses, and when hosts and guests see different layouts', async () => {
    const session = inCall();
    session.refuse.add('setLayout');
    session.setState({layout: {requested: {host: 'ac', guest: '1:0'}, overlayText: false}});
    const el = await conferenceWith(session);
    const root = await openLayouts(el);
    expect(root.textContent).to.include('Hosts see: Adaptive composition');
    expect(root.textContent).to.include('Guests see: Main speaker only');
    radios(root)[0].click();
    const alert = await waitFor('the refusal', () => root.querySelector('[role="alert"]'));
    expect(alert.textContent).to.include('Refused by the fake node');
    expect(radios(root).some((radio) => radio.checked)).to.equal(false);
  });
});
