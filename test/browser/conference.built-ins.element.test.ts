import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {expect, fixture, html} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import '../../src/pex-conference.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import type {PexPresenter} from '../../src/elements/presenter/presenter.js';
import {waitFor} from '../helpers/dev-node.js';
import {deepQuery} from '../helpers/dom.js';
import {FakeSession} from '../helpers/fake-session.js';
import {initialState} from '../../src/session/types.js';
import {participant} from '../helpers/fixtures.js';
import {makeBmp} from '../fixtures/slide-files.js';

// The side panel's roster and chat (built in now) lay out through ResizeObservers: their benign loop errors fail a test in Firefox.
ignoreResizeObserverLoopErrors();

const BUILT_IN_TAGS = ['pex-roster', 'pex-chat', 'pex-presenter'];

function inCall(): FakeSession {
  const self = participant({isSelf: true, displayName: 'Ann', role: 'host'});
  return new FakeSession({
    phase: 'in-call',
    conference: 'meet.alice',
    selfId: self.id,
    role: 'host',
    hostControls: true,
    participants: [self, participant({displayName: 'Bob'})],
    // The built-ins load once the meeting's media has arrived: here, a stream with nothing to wait for.
    media: {...initialState().media, remote: new MediaStream()},
  });
}

/** Renders the markup with the fake session in place before the conference connects. */
async function place(markup: TemplateResult, session = inCall()): Promise<{el: PexConference; container: HTMLElement}> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const template = document.createElement('template');
  render(markup, template.content);
  const el = template.content.querySelector('pex-conference')!;
  el.session = session;
  container.append(...template.content.childNodes);
  await el.updateComplete;
  return {el, container};
}

function builtIns(el: PexConference): string[] {
  return [...el.shadowRoot!.querySelectorAll('.side > .built-in')].map((element) => element.localName);
}

/** Waits until the built-in elements (loaded on demand) are the expected ones. */
async function builtInsAre(el: PexConference, expected: string[]): Promise<void> {
  await waitFor(`built-ins ${expected.join(', ') || 'none'}`, async () => {
    await el.updateComplete;
    return builtIns(el).join() === expected.join() || null;
  });
}

describe('<pex-conference> built-in side panel (fake session)', () => {
  it('alone shows the participant list, the chat and file sharing in its side panel', async () => {
    const {el} = await place(html`<pex-conference conference="meet.alice"></pex-conference>`);
    await builtInsAre(el, BUILT_IN_TAGS);
    const roster = el.shadowRoot!.querySelector('.side > pex-roster')!;
    await waitFor('the roster lists Bob', () => (deepQuery(roster.shadowRoot!, 'pex-roster-row') ? true : null));
    expect(el.shadowRoot!.querySelector<HTMLElement>('.side')!.hidden).to.equal(false);
    expect(deepQuery(el.shadowRoot!, '[part~="side-panel-button"]')).to.exist;
    // The built-in presenter offers file sharing, so the toolbar has the button.
    await waitFor('the share-files button', () => deepQuery(el.shadowRoot!, '[part~="share-files-button"]'));
    await expect(el).to.be.accessible();
  });

  it('does not load them before the call', async () => {
    const {el} = await place(html`<pex-conference conference="meet.alice"></pex-conference>`, new FakeSession());
    expect(builtIns(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('pex-roster, pex-chat, pex-presenter')).to.equal(null);
  });

  it('replaces a built-in one with the element the page nests', async () => {
    const {el} = await place(html`<pex-conference conference="meet.alice"><pex-chat></pex-chat></pex-conference>`);
    await builtInsAre(el, ['pex-roster', 'pex-presenter']);
  });

  it('replaces a built-in one with the element the page binds with for=', async () => {
    const {el, container} = await place(
      html`<pex-conference id="standup" conference="meet.alice"></pex-conference><pex-roster for="standup"></pex-roster>`
    );
    await builtInsAre(el, ['pex-chat', 'pex-presenter']);
    container.querySelector('pex-roster')!.remove();
    await builtInsAre(el, BUILT_IN_TAGS);
  });

  it('leaves them all out with no-built-ins', async () => {
    const {el} = await place(html`<pex-conference conference="meet.alice" no-built-ins></pex-conference>`);
    await el.updateComplete;
    expect(builtIns(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.side')!.hidden).to.equal(true);
    expect(deepQuery(el.shadowRoot!, '[part~="side-panel-button"]')).to.equal(null);
  });

  it('in the narrow layout the roster and the chat share the panel without it scrolling', async () => {
    const {el} = await place(html`<pex-conference conference="meet.alice" style="width: 30rem"></pex-conference>`);
    await builtInsAre(el, BUILT_IN_TAGS);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const side = el.shadowRoot!.querySelector<HTMLElement>('.side')!;
    const roster = el.shadowRoot!.querySelector<HTMLElement>('.side > pex-roster')!;
    const chat = el.shadowRoot!.querySelector<HTMLElement>('.side > pex-chat')!;
    expect(side.scrollHeight).to.be.at.most(side.clientHeight + 1);
    expect(roster.getBoundingClientRect().height).to.be.above(100);
    expect(chat.getBoundingClientRect().height).to.be.above(100);
  });

  it('collapses the chat to its heading (the roster takes the room) and expands it; the tab remembers it', async () => {
    sessionStorage.removeItem('pex-connect.chat-collapsed');
    const session = inCall();
    const {el, container} = await place(
      html`<pex-conference conference="meet.alice" style="width: 30rem"></pex-conference>`,
      session
    );
    await builtInsAre(el, BUILT_IN_TAGS);
    const roster = el.shadowRoot!.querySelector<HTMLElement>('.side > pex-roster')!;
    const chat = el.shadowRoot!.querySelector<HTMLElement & {collapsed: boolean; updateComplete: Promise<boolean>}>(
      '.side > pex-chat'
    )!;
    await chat.updateComplete;
    const toggle = chat.shadowRoot!.querySelector<HTMLButtonElement>('[part~="collapse-button"]')!;
    const body = chat.shadowRoot!.querySelector<HTMLElement>('#chat-body')!;
    expect(toggle.closest('h2'), 'the disclosure button is the heading').to.exist;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.getAttribute('aria-controls')).to.equal(body.id);
    expect(body.hidden).to.equal(false);
    const rosterBefore = roster.getBoundingClientRect().height;

    toggle.click();
    await chat.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(body.hidden).to.equal(true);
    expect(chat.hasAttribute('collapsed')).to.equal(true);
    expect(chat.shadowRoot!.querySelector('textarea')!.checkVisibility()).to.equal(false);
    expect(roster.getBoundingClientRect().height, 'the roster takes the room').to.be.above(rosterBefore);
    expect(chat.getBoundingClientRect().height).to.be.below(toggle.getBoundingClientRect().height * 3);
    await expect(el).to.be.accessible();

    // A message that arrives meanwhile is counted on the heading.
    const message = {id: 'm1', senderId: 'bob', senderName: 'Bob', text: 'Hi', at: Date.now(), fromSelf: false};
    session.setState({chat: [message]});
    session.emit('chat-message', {message});
    await waitFor(
      'the unread badge',
      () => chat.shadowRoot!.querySelector('[part~="unread-badge"]')?.textContent.trim() === '1 unread' || null
    );

    // The tab remembers it: a chat rendered again (the next call) starts collapsed.
    container.remove();
    const again = await place(html`<pex-conference conference="meet.alice"></pex-conference>`);
    await builtInsAre(again.el, BUILT_IN_TAGS);
    const chatAgain = again.el.shadowRoot!.querySelector<HTMLElement & {updateComplete: Promise<boolean>}>('.side > pex-chat')!;
    await chatAgain.updateComplete;
    const toggleAgain = chatAgain.shadowRoot!.querySelector<HTMLButtonElement>('[part~="collapse-button"]')!;
    expect(toggleAgain.getAttribute('aria-expanded')).to.equal('false');

    // Expanding it shows the messages and the message field, and clears the count.
    toggleAgain.click();
    await chatAgain.updateComplete;
    expect(toggleAgain.getAttribute('aria-expanded')).to.equal('true');
    expect(chatAgain.shadowRoot!.querySelector('textarea')!.checkVisibility()).to.equal(true);
    expect(chatAgain.shadowRoot!.querySelector('[part~="unread-badge"]')).to.equal(null);
    expect(sessionStorage.getItem('pex-connect.chat-collapsed')).to.equal(null);
  });

  it('shares files dropped anywhere on the stage through the built-in presenter', async () => {
    const session = inCall();
    const {el} = await place(html`<pex-conference conference="meet.alice"></pex-conference>`, session);
    await builtInsAre(el, BUILT_IN_TAGS);
    await waitFor('file sharing offered', () => deepQuery(el.shadowRoot!, '[part~="share-files-button"]'));
    const stage = el.shadowRoot!.querySelector('pex-stage')!;
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(makeBmp('red.bmp', [200, 0, 0]));
    const over = new DragEvent('dragover', {dataTransfer, bubbles: true, composed: true, cancelable: true});
    stage.dispatchEvent(over);
    expect(over.defaultPrevented, 'the stage takes the drop').to.equal(true);
    stage.dispatchEvent(new DragEvent('drop', {dataTransfer, bubbles: true, composed: true, cancelable: true}));
    // The dropped picture opens for review in the side panel (shown for it); nothing is presented before Start presenting.
    const presenter = el.shadowRoot!.querySelector('.side > pex-presenter')!;
    const start = await waitFor(
      'the slides to review',
      () => presenter.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start-button"]:enabled'),
      15_000
    );
    expect(el.shadowRoot!.querySelector<HTMLElement>('.side')!.hidden).to.equal(false);
    expect(session.callsOf('present')).to.deep.equal([]);
    start.click();
    await waitFor('the dropped picture presented', () => session.callsOf('present').length > 0 || null, 15_000);
  });

  it('shows the side panel when slides open for review while it is hidden', async () => {
    const session = inCall();
    const {el} = await place(html`<pex-conference conference="meet.alice"></pex-conference>`, session);
    await builtInsAre(el, BUILT_IN_TAGS);
    deepQuery<HTMLButtonElement>(el.shadowRoot!, '[part~="side-panel-button"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLElement>('.side')!.hidden).to.equal(true);
    const presenter = el.shadowRoot!.querySelector<PexPresenter>('.side > pex-presenter')!;
    await presenter.openFiles([makeBmp('red.bmp', [200, 0, 0])]);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLElement>('.side')!.hidden).to.equal(false);
    expect(presenter.shadowRoot!.activeElement).to.equal(presenter.shadowRoot!.querySelector('.stage'));
    // The slides were scrolled into view: the roster's virtualized list renders its rows once it is in view again.
    const roster = el.shadowRoot!.querySelector('.side > pex-roster')!;
    roster.scrollIntoView();
    await waitFor('the roster lists Bob', () => (deepQuery(roster.shadowRoot!, 'pex-roster-row') ? true : null));
    await expect(el).to.be.accessible();
  });
});
