import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {expect, html} from '@open-wc/testing';
import {render} from 'lit';
import '../../src/pex-chat.js';
import '../../src/pex-conference.js';
import '../../src/pex-roster.js';
import type {PexChat} from '../../src/elements/chat/chat.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import type {PexDtmfKeypad} from '../../src/elements/roster/dtmf-keypad.js';
import type {PexRoster} from '../../src/elements/roster/roster.js';
import type {PexRosterRow} from '../../src/elements/roster/roster-row.js';
import type {PexDialDialog} from '../../src/elements/shared/dial-dialog.js';
import type {PexDialog} from '../../src/elements/shared/dialog.js';
import {createRoom, devNodeUrl, devRoomState, waitFor} from '../helpers/dev-node.js';

// The virtualizer's ResizeObserver may report a benign loop error while rows are measured.
ignoreResizeObserverLoopErrors();

interface DevParticipant {
  readonly uuid: string;
  readonly display_name: string;
  readonly role: 'chair' | 'guest';
  readonly kind: 'client' | 'simulated' | 'dialout';
  readonly flags: {readonly muted: boolean};
  readonly dtmf: string;
}
interface DevChat {
  readonly from: string;
  readonly to_uuid: string | null;
  readonly payload: string;
}
interface DevRoom {
  readonly participants: readonly DevParticipant[];
  readonly chat: readonly DevChat[];
}

/** What the dev node itself saw (its dev-only `/dev/state`). */
function devRoom(alias: string): Promise<DevRoom> {
  return devRoomState<DevRoom>(alias);
}

function shadowPart(host: Element, name: string): HTMLElement | null {
  return host.shadowRoot!.querySelector(`[part~="${name}"]`);
}

function rows(roster: PexRoster): PexRosterRow[] {
  return [...roster.shadowRoot!.querySelectorAll('pex-roster-row')];
}

function rowOf(roster: PexRoster, name: string): PexRosterRow | undefined {
  return rows(roster).find((row) => row.participant?.displayName === name);
}

function names(roster: PexRoster): string[] {
  return rows(roster).map((row) => row.participant!.displayName);
}

/** Opens a row's actions menu; returns its items. */
async function openMenu(roster: PexRoster, name: string): Promise<HTMLElement[]> {
  const row = await waitFor(`${name} in the roster`, () => rowOf(roster, name));
  shadowPart(row, 'actions-button')!.click();
  const menu = roster.shadowRoot!.querySelector('pex-menu-popup')!;
  await waitFor('menu open', () => menu.isOpen);
  await menu.updateComplete;
  return [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
}

/** Opens a row's actions menu and picks an item by its text. */
async function choose(roster: PexRoster, name: string, label: string): Promise<void> {
  const items = await openMenu(roster, name);
  const item = items.find((candidate) => candidate.textContent.trim() === label);
  if (!item) throw new Error(`No "${label}" in ${items.map((candidate) => candidate.textContent.trim()).join(', ')}`);
  item.click();
}

function chatEntries(chat: PexChat): HTMLElement[] {
  return [...chat.shadowRoot!.querySelectorAll<HTMLElement>('[part~="messages"] [role="listitem"]')];
}

function chatTexts(chat: PexChat): string[] {
  return chatEntries(chat).map((entry) => entry.querySelector('[part~="text"]')?.textContent ?? '');
}

function entryWith(chat: PexChat, text: string): HTMLElement | undefined {
  return chatEntries(chat).find((entry) => entry.querySelector('[part~="text"]')?.textContent === text);
}

async function send(chat: PexChat, text: string): Promise<void> {
  const input = shadowPart(chat, 'input') as HTMLTextAreaElement;
  await waitFor('the composer enabled', () => !input.disabled);
  input.value = text;
  input.dispatchEvent(new InputEvent('input'));
  await chat.updateComplete;
  input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true, cancelable: true}));
}

async function inCall(conference: PexConference): Promise<void> {
  await waitFor(`${conference.name} in the call`, () => {
    const {phase, endReason} = conference.state;
    if (phase === 'failed' || phase === 'ended')
      throw new Error(`${conference.name}: ${endReason?.code} ${endReason?.detail ?? ''}`);
    return phase === 'in-call';
  });
}

function dialogOpen(host: Element): boolean {
  return host.shadowRoot?.querySelector('pex-dialog')?.shadowRoot?.querySelector('dialog')?.open ?? false;
}

describe('<pex-roster> and <pex-chat> beside two conferences, bound by for (real dev node)', () => {
  // The elements live across the tests of this block (fixture() would remove them after each).
  const container = document.createElement('div');
  let alias = '';
  let ann: PexConference;
  let bob: PexConference;
  let cleo: PexConference;
  let annRoster: PexRoster;
  let bobRoster: PexRoster;
  let cleoRoster: PexRoster;
  let annChat: PexChat;
  let bobChat: PexChat;

  before(async () => {
    // A locked room with a host PIN: Ann (PIN) enters, Bob (guest) waits to be admitted.
    const spec = {hostPin: '1234', allowGuests: true, locked: true, dialOut: {connectDelayMs: 300, failedVisibleMs: 300}};
    alias = await createRoom(spec);
    const otherAlias = await createRoom();
    // All of them inside the viewport: a virtual list renders only what is on screen.
    const size = 'height: 280px';
    render(
      html`<div style="display: grid; grid-template-columns: repeat(3, 260px); gap: 4px">
          <pex-roster id="ann-roster" for="ann" style=${size}></pex-roster>
          <pex-roster id="bob-roster" for="bob" style=${size}></pex-roster>
          <pex-roster id="cleo-roster" for="cleo" style=${size}></pex-roster>
          <pex-chat id="ann-chat" for="ann" style=${size}></pex-chat>
          <pex-chat id="bob-chat" for="bob" style=${size}></pex-chat>
        </div>
        <pex-conference id="ann" node=${devNodeUrl} conference=${alias} name="Ann" pin="1234"></pex-conference>
        <pex-conference id="bob" node=${devNodeUrl} conference=${alias} name="Bob" role="guest"></pex-conference>
        <pex-conference id="cleo" node=${devNodeUrl} conference=${otherAlias} name="Cleo"></pex-conference>`,
      container
    );
    document.body.append(container);
    const byId = <T extends Element>(id: string) => container.querySelector<T>(`#${id}`)!;
    [ann, bob, cleo] = [byId<PexConference>('ann'), byId<PexConference>('bob'), byId<PexConference>('cleo')];
    [annRoster, bobRoster, cleoRoster] = [
      byId<PexRoster>('ann-roster'),
      byId<PexRoster>('bob-roster'),
      byId<PexRoster>('cleo-roster'),
    ];
    [annChat, bobChat] = [byId<PexChat>('ann-chat'), byId<PexChat>('bob-chat')];
    await Promise.all([ann, bob, cleo, annRoster, bobRoster, annChat, bobChat].map((el) => el.updateComplete));
  });

  after(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- before() may have failed before setting them
    await Promise.all([ann?.leave(), bob?.leave(), cleo?.leave()]);
    container.remove();
  });

  it('shows, before joining, that there is nothing to list yet, accessibly', async () => {
    expect(shadowPart(annRoster, 'empty')!.textContent).to.contain('Join the meeting');
    expect(shadowPart(annChat, 'empty')!.textContent).to.contain('Join the meeting to chat');
    await expect(annRoster).to.be.accessible();
    await expect(annChat).to.be.accessible();
  });

  it('lets the host admit a participant who waits outside the locked room', async () => {
    await ann.joinMeeting({mode: 'control-only'});
    await inCall(ann);
    await bob.joinMeeting({mode: 'control-only'});
    await waitFor('Bob waiting', () => bob.state.phase === 'waiting');
    const waiting = await waitFor("Bob waiting in Ann's roster", () => rowOf(annRoster, 'Bob'));
    await waitFor('waiting badge', () => shadowPart(waiting, 'badge-waiting'));
    await expect(annRoster).to.be.accessible();
    shadowPart(waiting, 'admit-button')!.click();
    await inCall(bob);
    await waitFor(
      "Bob admitted in Ann's roster",
      () => rowOf(annRoster, 'Bob') && !shadowPart(rowOf(annRoster, 'Bob')!, 'badge-waiting')
    );
  });

  it('gives each conference on the page its own roster', async () => {
    await cleo.joinMeeting({mode: 'control-only'});
    await inCall(cleo);
    await waitFor('Ann and Bob in both rosters', () => names(annRoster).length === 2 && names(bobRoster).length === 2);
    await waitFor('Cleo alone in hers', () => names(cleoRoster).join() === 'Cleo');
    expect(shadowPart(rowOf(annRoster, 'Ann')!, 'name')!.textContent).to.contain('(you)');
    expect(shadowPart(rowOf(bobRoster, 'Bob')!, 'name')!.textContent).to.contain('(you)');
    expect(shadowPart(rowOf(annRoster, 'Bob')!, 'name')!.textContent).not.to.contain('(you)');
    expect(shadowPart(annRoster, 'count')!.textContent).to.equal('2');
    expect(shadowPart(cleoRoster, 'count')!.textContent).to.equal('1');
  });

  it('never shows host actions to a guest', async () => {
    expect(shadowPart(bobRoster, 'add-button')).to.equal(null);
    expect(shadowPart(rowOf(bobRoster, 'Bob')!, 'actions-button'), 'nothing to do with himself').to.equal(null);
    const items = await openMenu(bobRoster, 'Ann');
    expect(items.map((item) => item.textContent.trim())).to.deep.equal(['Send a private message']);
    bobRoster.shadowRoot!.querySelector('pex-menu-popup')!.close();
    await expect(bobRoster).to.be.accessible();
  });

  it('carries public chat both ways', async () => {
    await send(annChat, 'Hello Bob, can you hear me?');
    const received = await waitFor('Bob receives', () => entryWith(bobChat, 'Hello Bob, can you hear me?'));
    expect(received.querySelector('[part~="sender"]')!.textContent).to.equal('Ann');
    await send(bobChat, 'Loud and clear https://example.com/notes');
    const reply = await waitFor('Ann receives', () => entryWith(annChat, 'Loud and clear https://example.com/notes'));
    expect((reply.querySelector('[part~="link"]') as HTMLAnchorElement).href).to.equal('https://example.com/notes');
    const {chat} = await devRoom(alias);
    expect(chat.map(({from, to_uuid, payload}) => [from, to_uuid, payload])).to.deep.equal([
      ['Ann', null, 'Hello Bob, can you hear me?'],
      ['Bob', null, 'Loud and clear https://example.com/notes'],
    ]);
    expect(chatTexts(annChat)).to.deep.equal(chatTexts(bobChat));
    await expect(annChat).to.be.accessible();
  });

  it('sends a private message to the participant chosen in the roster', async () => {
    await choose(bobRoster, 'Ann', 'Send a private message');
    await waitFor(
      'recipient shown',
      () => (shadowPart(bobChat, 'recipient-select') as HTMLSelectElement).selectedOptions.item(0)?.textContent === 'Ann'
    );
    await send(bobChat, 'Just between us');
    const received = await waitFor('Ann receives it privately', () => entryWith(annChat, 'Just between us'));
    expect(received.querySelector('[part~="private-label"]')!.textContent).to.equal('Private to you');
    const sent = await waitFor('Bob sees it as private', () => entryWith(bobChat, 'Just between us'));
    expect(sent.querySelector('[part~="private-label"]')!.textContent).to.equal('Private to Ann');
    const annId = ann.state.selfId;
    const {chat} = await devRoom(alias);
    expect(chat.at(-1)).to.deep.include({from: 'Bob', to_uuid: annId, payload: 'Just between us'});
    bob.session.setChatRecipient(undefined);
  });

  it('lets the host mute and unmute a participant, who sees it', async () => {
    await choose(annRoster, 'Bob', 'Mute participant');
    await waitFor('Bob sees himself muted', () => rowOf(bobRoster, 'Bob') && shadowPart(rowOf(bobRoster, 'Bob')!, 'badge-muted'));
    expect((await devRoom(alias)).participants.find(({display_name}) => display_name === 'Bob')!.flags.muted).to.equal(true);
    await choose(annRoster, 'Bob', 'Unmute participant');
    await waitFor('Bob sees himself unmuted', () => !shadowPart(rowOf(bobRoster, 'Bob')!, 'badge-muted'));
  });

  it("lets the host change a participant's role, who then gets host controls", async () => {
    await choose(annRoster, 'Bob', 'Make host');
    await waitFor('Bob is a host in his roster', () => shadowPart(rowOf(bobRoster, 'Bob')!, 'role-host'));
    await waitFor('Bob gets host controls', () => shadowPart(bobRoster, 'add-button'));
    expect((await devRoom(alias)).participants.find(({display_name}) => display_name === 'Bob')!.role).to.equal('chair');
    await choose(annRoster, 'Bob', 'Make guest');
    await waitFor(
      'Bob is a guest again',
      () => !shadowPart(rowOf(bobRoster, 'Bob')!, 'role-host') && !shadowPart(bobRoster, 'add-button')
    );
  });

  it('dials out from the roster header, admits the call into the locked room and sends it DTMF', async () => {
    shadowPart(annRoster, 'add-button')!.click();
    const dial = annRoster.shadowRoot!.querySelector('pex-dial-dialog') as PexDialDialog;
    await waitFor('dial dialog', () => dialogOpen(dial));
    const destination = dial.shadowRoot!.querySelector<HTMLInputElement>('input[name="destination"]')!;
    destination.value = 'bridge@example.com';
    destination.dispatchEvent(new InputEvent('input'));
    await dial.updateComplete;
    dial.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await waitFor('dial dialog closed', () => !dialogOpen(dial));
    // A guest dialled into a locked room is held like anyone else (the guide's locking rules).
    const bridge = await waitFor('the call is answered and held', () => {
      const row = rowOf(annRoster, 'bridge@example.com');
      return row && shadowPart(row, 'badge-waiting') && row;
    });
    shadowPart(bridge, 'admit-button')!.click();
    await waitFor(
      'the call is in',
      () => rowOf(annRoster, 'bridge@example.com') && !shadowPart(rowOf(annRoster, 'bridge@example.com')!, 'badge-waiting')
    );
    await waitFor('Bob sees the new participant', () => rowOf(bobRoster, 'bridge@example.com'));

    await choose(annRoster, 'bridge@example.com', 'Keypad (DTMF tones)');
    const keypad = annRoster.shadowRoot!.querySelector<PexDtmfKeypad>('pex-dtmf-keypad')!;
    await waitFor('keypad open', () => dialogOpen(keypad));
    const keys = [...keypad.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="dtmf-key"]')];
    for (const label of ['1', '2', 'Hash']) keys.find((key) => key.getAttribute('aria-label') === label)!.click();
    await waitFor(
      'the node received 12#',
      async () => (await devRoom(alias)).participants.find(({kind}) => kind === 'dialout')?.dtmf === '12#'
    );
    expect(keypad.shadowRoot!.querySelector('output')!.textContent).to.equal('12#');
    keypad.shadowRoot!.querySelector<PexDialog>('pex-dialog')!.hide();
  });

  it('says so when a dial-out is not answered', async () => {
    shadowPart(annRoster, 'add-button')!.click();
    const dial = annRoster.shadowRoot!.querySelector('pex-dial-dialog') as PexDialDialog;
    await waitFor('dial dialog', () => dialogOpen(dial));
    const destination = dial.shadowRoot!.querySelector<HTMLInputElement>('input[name="destination"]')!;
    destination.value = 'busy@example.com';
    destination.dispatchEvent(new InputEvent('input'));
    await dial.updateComplete;
    dial.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await waitFor(
      'ringing',
      () => rowOf(annRoster, 'busy@example.com') && shadowPart(rowOf(annRoster, 'busy@example.com')!, 'badge-calling')
    );
    await waitFor('gone', () => !rowOf(annRoster, 'busy@example.com'));
    await waitFor('the host is told', () =>
      shadowPart(annRoster, 'problem')?.textContent.includes('The call to busy@example.com was not answered')
    );
    expect(shadowPart(bobRoster, 'problem'), 'a guest did not dial').to.equal(null);
    shadowPart(annRoster, 'problem')!.querySelector('button')!.click();
  });

  it('lets the host disconnect a participant after confirming', async () => {
    await choose(annRoster, 'Bob', 'Disconnect');
    const confirm = annRoster.shadowRoot!.querySelector('pex-confirm-dialog')!;
    await waitFor('confirmation', () => dialogOpen(confirm));
    confirm.shadowRoot!.querySelector<HTMLButtonElement>('button.danger')!.click();
    await waitFor('Bob is out', () => bob.state.phase === 'ended');
    await waitFor("Bob gone from Ann's roster", () => !rowOf(annRoster, 'Bob'));
    await waitFor('announced', () =>
      annRoster.shadowRoot!.querySelector('[role="status"]:not([part])')!.textContent.includes('Bob left the meeting.')
    );
    expect(shadowPart(annRoster, 'problem'), 'an expected leave is no failure').to.equal(null);
  });
});
