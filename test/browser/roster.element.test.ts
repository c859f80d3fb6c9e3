import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {aTimeout, expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/pex-conference.js';
import '../../src/pex-roster.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import type {PexDtmfKeypad} from '../../src/elements/roster/dtmf-keypad.js';
import type {PexDialDialog} from '../../src/elements/shared/dial-dialog.js';
import type {PexMenuPopup} from '../../src/elements/shared/menu-popup.js';
import type {PexRoster} from '../../src/elements/roster/roster.js';
import {PexRosterRow} from '../../src/elements/roster/roster-row.js';
import type {Participant} from '../../src/session/types.js';
import {waitFor} from '../helpers/dev-node.js';
import {FakeSession, type FakeStateChange} from '../helpers/fake-session.js';
import {participant} from '../helpers/fixtures.js';
import {participantsOf} from '../../src/session/selectors.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** A page element that owns a session, as `<pex-conference>` does, for `for="…"` binding. */
async function rosterFor(state: FakeStateChange, id = `owner-${Math.random().toString(36).slice(2)}`) {
  const session = new FakeSession({phase: 'in-call', ...state});
  const owner = document.createElement('div');
  owner.id = id;
  Object.assign(owner, {session});
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 420px"><pex-roster for=${id} style="height: 480px"></pex-roster></div>`
  );
  wrapper.prepend(owner);
  const roster = wrapper.querySelector('pex-roster')!;
  roster.requestUpdate();
  await settle(roster);
  return {session, roster};
}

/** Waits for the roster and its visible rows (the virtualizer renders rows a frame later). */
async function settle(roster: PexRoster): Promise<void> {
  await roster.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await Promise.all(rows(roster).map((row) => row.updateComplete));
  await roster.updateComplete;
}

function part(roster: PexRoster, name: string): HTMLElement | null {
  return roster.shadowRoot!.querySelector(`[part~="${name}"]`);
}

function rows(roster: PexRoster): PexRosterRow[] {
  return [...roster.shadowRoot!.querySelectorAll('pex-roster-row')];
}

function rowOf(roster: PexRoster, name: string): PexRosterRow {
  const row = rows(roster).find((candidate) => candidate.participant?.displayName === name);
  if (!row) throw new Error(`No row for ${name}`);
  return row;
}

function rowPart(row: PexRosterRow, name: string): HTMLElement | null {
  return row.shadowRoot!.querySelector(`[part~="${name}"]`);
}

function menuOf(roster: PexRoster): PexMenuPopup {
  return roster.shadowRoot!.querySelector('pex-menu-popup')!;
}

function menuLabels(roster: PexRoster): string[] {
  return [...menuOf(roster).shadowRoot!.querySelectorAll('[role^="menuitem"]')].map((item) => item.textContent.trim());
}

async function openMenu(roster: PexRoster, name: string): Promise<PexMenuPopup> {
  rowPart(rowOf(roster, name), 'actions-button')!.click();
  const menu = menuOf(roster);
  await waitFor('menu open', () => menu.isOpen);
  await menu.updateComplete;
  return menu;
}

async function choose(roster: PexRoster, name: string, label: string): Promise<void> {
  const menu = await openMenu(roster, name);
  const item = [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role^="menuitem"]')].find(
    (candidate) => candidate.textContent.trim() === label
  );
  if (!item) throw new Error(`No menu item "${label}" in ${menuLabels(roster).join(', ')}`);
  item.click();
  await roster.updateComplete;
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function key(target: Element, keyName: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', {key: keyName, bubbles: true, composed: true, cancelable: true}));
}

// The virtualizer's ResizeObserver may report a benign loop error while rows are measured.
ignoreResizeObserverLoopErrors();

const ann = (overrides: Partial<Participant> = {}) =>
  participant({id: 'ann', displayName: 'Ann', isSelf: true, role: 'host', ...overrides});
const bob = (overrides: Partial<Participant> = {}) => participant({id: 'bob', displayName: 'Bob', ...overrides});

describe('<pex-roster> binding', () => {
  it('says so when it is bound to nothing, and is accessible', async () => {
    const roster = await fixture<PexRoster>(html`<pex-roster></pex-roster>`);
    expect(part(roster, 'message')!.textContent).to.contain('Not connected to a meeting');
    await expect(roster).to.be.accessible();
  });

  it('says so when `for` names an id that is not on the page', async () => {
    const roster = await fixture<PexRoster>(html`<pex-roster for="nowhere"></pex-roster>`);
    expect(part(roster, 'message')!.textContent).to.contain('There is no <pex-conference id="nowhere">');
  });

  it('binds when the named conference appears later', async () => {
    const roster = await fixture<PexRoster>(html`<pex-roster for="late-conference"></pex-roster>`);
    const session = new FakeSession({phase: 'in-call', participants: [ann()]});
    const owner = Object.assign(document.createElement('div'), {id: 'late-conference', session});
    document.body.append(owner);
    try {
      await waitFor('bound roster', () => part(roster, 'count')?.textContent === '1');
    } finally {
      owner.remove();
    }
  });

  it('uses the session of the <pex-conference> it is placed in', async () => {
    const conference = await fixture<PexConference>(html`<pex-conference><pex-roster></pex-roster></pex-conference>`);
    conference.session = new FakeSession({phase: 'in-call', participants: [ann(), bob()]});
    const roster = conference.querySelector('pex-roster')!;
    await waitFor('rows', () => rows(roster).length === 2);
    expect(part(roster, 'count')!.textContent).to.equal('2');
    expect(rows(roster).map((row) => row.participant!.displayName)).to.deep.equal(['Ann', 'Bob']);
  });

  it('keeps two conferences apart', async () => {
    const first = await rosterFor({participants: [ann(), bob()]});
    const second = await rosterFor({participants: [participant({displayName: 'Zoe', isSelf: true})]});
    expect(rows(first.roster).map((row) => row.participant!.displayName)).to.deep.equal(['Ann', 'Bob']);
    expect(rows(second.roster).map((row) => row.participant!.displayName)).to.deep.equal(['Zoe']);
  });

  it('asks to join first while not in the meeting', async () => {
    const {roster} = await rosterFor({phase: 'idle'});
    expect(part(roster, 'empty')!.textContent).to.contain('Join the meeting');
    await expect(roster).to.be.accessible();
  });
});

describe('<pex-roster> list', () => {
  it('shows every badge with an accessible name', async () => {
    const everything = bob({
      calling: true,
      streaming: true,
      presenting: true,
      spotlight: true,
      handRaised: true,
      speaking: true,
      microphoneMuted: true,
      cameraMuted: true,
    });
    const {roster} = await rosterFor({participants: [ann(), everything, participant({displayName: 'Wanda', waiting: true})]});
    const labels = [...rowOf(roster, 'Bob').shadowRoot!.querySelectorAll('[part~="badge"]')].map((badge) => [
      badge.getAttribute('role'),
      badge.getAttribute('aria-label'),
    ]);
    expect(labels).to.deep.equal([
      ['img', 'Being called'],
      ['img', 'Streaming or recording'],
      ['img', 'Presenting'],
      ['img', 'Spotlighted'],
      ['img', 'Hand raised'],
      ['img', 'Speaking'],
      ['img', 'Microphone muted'],
      ['img', 'Camera off'],
    ]);
    expect(rowPart(rowOf(roster, 'Wanda'), 'badge-waiting')!.getAttribute('aria-label')).to.equal('Waiting to join');
    expect(rowPart(rowOf(roster, 'Ann'), 'role-host')!.textContent).to.contain('Host');
    expect(rowPart(rowOf(roster, 'Bob'), 'role')!.textContent).to.contain('Guest');
    expect(rowPart(rowOf(roster, 'Ann'), 'name')!.textContent).to.contain('(you)');
    await expect(roster).to.be.accessible();
  });

  it('lists waiting people first, then raised hands, then you, then the rest in join order', async () => {
    const {roster} = await rosterFor({
      participants: [
        bob(),
        ann(),
        participant({displayName: 'Hand', handRaised: true}),
        participant({displayName: 'Cleo'}),
        participant({displayName: 'Wait', waiting: true}),
      ],
    });
    expect(rows(roster).map((row) => row.participant!.displayName)).to.deep.equal(['Wait', 'Hand', 'Ann', 'Bob', 'Cleo']);
    expect(rows(roster).map((row) => row.getAttribute('aria-posinset'))).to.deep.equal(['1', '2', '3', '4', '5']);
  });

  it('counts everyone in the header and filters by name as you type', async () => {
    const {roster} = await rosterFor({
      participants: [ann(), bob(), participant({displayName: 'Åse Ødegård'}), participant({displayName: 'Bobby'})],
    });
    expect(part(roster, 'count')!.textContent).to.equal('4');
    const search = part(roster, 'search-input') as HTMLInputElement;
    search.value = 'bob';
    search.dispatchEvent(new InputEvent('input'));
    await settle(roster);
    expect(rows(roster).map((row) => row.participant!.displayName)).to.deep.equal(['Bob', 'Bobby']);
    expect(part(roster, 'status')!.textContent).to.equal('2 of 4 shown');
    search.value = 'ASE ØD';
    search.dispatchEvent(new InputEvent('input'));
    await settle(roster);
    expect(
      rows(roster).map((row) => row.participant!.displayName),
      'accents and case do not matter'
    ).to.deep.equal(['Åse Ødegård']);
    search.value = 'nobody';
    search.dispatchEvent(new InputEvent('input'));
    await settle(roster);
    expect(part(roster, 'empty')!.textContent).to.contain('No one matches “nobody”');
    await expect(roster).to.be.accessible();
  });

  it('shows names that look like markup as text, runs none of it, and keeps its width', async () => {
    window.__xss = undefined;
    const payloads = [
      '<script>window.__xss = 1</script>',
      '<img src=x onerror="window.__xss = 2">',
      '<svg onload="window.__xss = 3"><circle r="5"/></svg>',
      'javascript:window.__xss = 4',
      '\u202Egnp.exe Mallory',
      `Long${'x'.repeat(10000)}`,
    ];
    const {roster} = await rosterFor(
      {participants: [ann(), ...payloads.map((displayName) => participant({displayName}))]},
      'xss-owner'
    );
    const list = part(roster, 'list')!;
    list.scrollTop = list.scrollHeight;
    await settle(roster);
    await aTimeout(100);
    expect(window.__xss).to.equal(undefined);
    const names = rows(roster).map((row) => rowPart(row, 'name')!.textContent.trim());
    for (const payload of payloads) expect(names).to.include(payload);
    for (const row of rows(roster)) {
      expect(row.shadowRoot!.querySelector('img, script, svg:not(.icon)'), 'no element made from a name').to.equal(null);
    }
    expect(roster.scrollWidth).to.be.at.most(roster.clientWidth + 1);
    expect(list.scrollWidth).to.be.at.most(list.clientWidth + 1);
  });
});

describe('<pex-roster> actions', () => {
  it('offers a guest only private messages, never host actions', async () => {
    const {roster} = await rosterFor({
      hostControls: false,
      participants: [ann({role: 'guest'}), bob(), participant({displayName: 'Wanda', waiting: true})],
    });
    expect(rowPart(rowOf(roster, 'Ann'), 'actions-button'), 'no menu for yourself as guest').to.equal(null);
    expect(rowPart(rowOf(roster, 'Wanda'), 'admit-button')).to.equal(null);
    expect(rowPart(rowOf(roster, 'Wanda'), 'actions-button')).to.equal(null);
    expect(part(roster, 'add-button')).to.equal(null);
    await openMenu(roster, 'Bob');
    expect(menuLabels(roster)).to.deep.equal(['Send a private message']);
    await expect(roster).to.be.accessible();
  });

  it('offers a host every action the participant supports', async () => {
    const {roster} = await rosterFor({
      hostControls: true,
      participants: [
        ann(),
        bob(),
        participant({displayName: 'Phone', external: true, callType: 'audio', role: 'host', microphoneMuted: true}),
      ],
    });
    await openMenu(roster, 'Bob');
    expect(menuLabels(roster)).to.deep.equal([
      'Send a private message',
      'Mute participant',
      'Mute and keep muted',
      'Stop their video',
      'Make host',
      'View presentation on endpoint',
      'Spotlight',
      'Move to another meeting…',
      'Keypad (DTMF tones)',
      'Disconnect',
    ]);
    const presentation = menuOf(roster).shadowRoot!.querySelector('[data-id="presentation"]')!;
    expect(presentation.getAttribute('role')).to.equal('menuitemcheckbox');
    expect(presentation.getAttribute('aria-checked')).to.equal('true');
    await expect(roster).to.be.accessible();
    menuOf(roster).close();
    await openMenu(roster, 'Phone');
    expect(menuLabels(roster)).to.deep.equal([
      'Send a private message',
      'Unmute participant',
      'Mute and keep muted',
      'Make guest',
      'View presentation on endpoint',
      'Spotlight',
      'Move to another meeting…',
      'Keypad (DTMF tones)',
      'Disconnect',
    ]);
    menuOf(roster).close();
    await openMenu(roster, 'Ann');
    expect(menuLabels(roster), 'no role change or disconnect for yourself').to.deep.equal([
      'Mute participant',
      'Stop their video',
      'Spotlight',
    ]);
  });

  it('a host lowers a raised hand, releases a client mute; no private message to a client without it', async () => {
    const {roster} = await rosterFor({
      hostControls: true,
      participants: [
        ann(),
        participant({displayName: 'Kept', clientMuted: true, handRaised: true, handRaisedAt: 1_700_000_100}),
        participant({displayName: 'Sip', supportsDirectChat: false, canTransfer: false}),
      ],
    });
    await openMenu(roster, 'Kept');
    const kept = menuLabels(roster);
    expect(kept).to.include('Allow to unmute');
    expect(kept).to.include('Lower hand');
    menuOf(roster).close();
    await openMenu(roster, 'Sip');
    expect(menuLabels(roster)).to.not.include('Send a private message');
    expect(menuLabels(roster)).to.not.include('Move to another meeting…');
    menuOf(roster).close();
  });

  it('"Move to another meeting…" asks where and with what role, then asks the session', async () => {
    const guest = participant({displayName: 'Mover'});
    const {roster, session} = await rosterFor({hostControls: true, participants: [ann(), guest]});
    await choose(roster, 'Mover', 'Move to another meeting…');
    const dialog = roster.shadowRoot!.querySelector('pex-transfer-dialog')!;
    await waitFor(
      'the dialog open',
      () => dialog.shadowRoot!.querySelector('pex-dialog')!.shadowRoot!.querySelector('dialog')!.open
    );
    const form = dialog.shadowRoot!.querySelector('form')!;
    (form.elements.namedItem('alias') as HTMLInputElement).value = ' meet.bob ';
    (form.elements.namedItem('role') as HTMLSelectElement).value = 'host';
    await expect(dialog).to.be.accessible();
    form.requestSubmit();
    await waitFor('the transfer asked for', () => session.callsOf('transferParticipant').length === 1);
    expect(session.callsOf('transferParticipant')[0]).to.deep.equal([guest.id, 'meet.bob', 'host', undefined]);
  });

  it('closes the menu of someone who leaves while it is open', async () => {
    const {session, roster} = await rosterFor({hostControls: true, participants: [ann(), bob()]});
    const menu = await openMenu(roster, 'Bob');
    session.setState({participants: [ann()]});
    await waitFor('menu closed', () => !menu.isOpen);
  });

  it('runs host actions through the session', async () => {
    const {session, roster} = await rosterFor({hostControls: true, participants: [ann(), bob()]});
    await choose(roster, 'Bob', 'Mute participant');
    await choose(roster, 'Bob', 'Stop their video');
    await choose(roster, 'Bob', 'Make host');
    await choose(roster, 'Bob', 'View presentation on endpoint');
    await choose(roster, 'Bob', 'Spotlight');
    expect(session.calls.map(({action, args}) => [action, ...args])).to.deep.equal([
      ['muteParticipant', 'bob', true],
      ['muteParticipantVideo', 'bob', true],
      ['setRole', 'bob', 'host'],
      ['setPresentationReceiving', 'bob', false],
      ['spotlight', 'bob', true],
    ]);
    session.setState({
      participants: [
        ann(),
        bob({microphoneMuted: true, cameraMuted: true, role: 'host', receivesPresentation: false, spotlight: true}),
      ],
    });
    await settle(roster);
    await openMenu(roster, 'Bob');
    expect(menuLabels(roster)).to.include.members(['Unmute participant', 'Start their video', 'Make guest', 'Remove spotlight']);
    expect(menuOf(roster).shadowRoot!.querySelector('[data-id="presentation"]')!.getAttribute('aria-checked')).to.equal('false');
  });

  it('asks before disconnecting someone', async () => {
    const {session, roster} = await rosterFor({hostControls: true, participants: [ann(), bob()]});
    await choose(roster, 'Bob', 'Disconnect');
    const confirm = roster.shadowRoot!.querySelector('pex-confirm-dialog')!;
    const dialog = () => confirm.shadowRoot!.querySelector('pex-dialog')!.shadowRoot!.querySelector('dialog')!;
    await waitFor('confirmation', () => dialog().open);
    expect(confirm.shadowRoot!.textContent).to.contain('Bob will be removed from the meeting');
    confirm.shadowRoot!.querySelector<HTMLButtonElement>('button:not(.danger)')!.click();
    await waitFor('closed', () => !dialog().open);
    expect(session.callsOf('disconnectParticipant')).to.deep.equal([]);
    await choose(roster, 'Bob', 'Disconnect');
    await waitFor('confirmation again', () => dialog().open);
    confirm.shadowRoot!.querySelector<HTMLButtonElement>('button.danger')!.click();
    await waitFor('disconnect', () => session.callsOf('disconnectParticipant').length === 1);
    expect(session.callsOf('disconnectParticipant')).to.deep.equal([['bob']]);
  });

  it('lets a host admit or reject a waiting participant from the row', async () => {
    const {session, roster} = await rosterFor({hostControls: true, participants: [ann(), bob({waiting: true})]});
    expect(rowPart(rowOf(roster, 'Bob'), 'admit-button')!.getAttribute('aria-label')).to.equal('Let Bob in');
    await expect(roster).to.be.accessible();
    rowPart(rowOf(roster, 'Bob'), 'admit-button')!.click();
    rowPart(rowOf(roster, 'Bob'), 'reject-button')!.click();
    await openMenu(roster, 'Bob');
    expect(menuLabels(roster)).to.deep.equal(['Let in', 'Reject']);
    expect(session.calls.map(({action, args}) => [action, ...args])).to.deep.equal([
      ['admit', 'bob'],
      ['disconnectParticipant', 'bob'],
    ]);
  });

  it('shows a refusal from the node instead of swallowing it', async () => {
    const {session, roster} = await rosterFor({hostControls: true, participants: [ann(), bob()]});
    session.refuse.add('muteParticipant');
    await choose(roster, 'Bob', 'Mute participant');
    await waitFor('problem shown', () => part(roster, 'problem'));
    expect(part(roster, 'problem')!.getAttribute('role')).to.equal('alert');
    expect(part(roster, 'problem')!.textContent).to.contain('the meeting server refused it (Refused by the fake node)');
    await expect(roster).to.be.accessible();
    part(roster, 'problem')!.querySelector('button')!.click();
    await roster.updateComplete;
    expect(part(roster, 'problem')).to.equal(null);
  });

  it('tells a host when a dial-out leaves before it was answered, but not when a host ended it', async () => {
    const carol = participant({id: 'carol', displayName: 'carol@example.com', calling: true, external: true});
    const {session, roster} = await rosterFor({hostControls: true, participants: [ann(), carol]});
    session.emit('participant-leave', {participant: carol});
    await roster.updateComplete;
    expect(part(roster, 'problem')!.textContent).to.contain(
      'The call to carol@example.com was not answered or could not be connected.'
    );
    part(roster, 'problem')!.querySelector('button')!.click();
    await choose(roster, 'carol@example.com', 'Disconnect');
    const confirm = roster.shadowRoot!.querySelector('pex-confirm-dialog')!;
    await waitFor(
      'confirmation',
      () => confirm.shadowRoot!.querySelector('pex-dialog')!.shadowRoot!.querySelector('dialog')!.open
    );
    confirm.shadowRoot!.querySelector<HTMLButtonElement>('button.danger')!.click();
    await waitFor('disconnect', () => session.callsOf('disconnectParticipant').length === 1);
    session.emit('participant-leave', {participant: carol});
    await roster.updateComplete;
    expect(part(roster, 'problem')).to.equal(null);
  });

  it('starts a private message and tells the page', async () => {
    const {session, roster} = await rosterFor({hostControls: false, participants: [ann(), bob()]});
    const event = oneEvent<HTMLElementEventMap['pex-private-chat']>(roster, 'pex-private-chat');
    await choose(roster, 'Bob', 'Send a private message');
    expect(session.callsOf('setChatRecipient')).to.deep.equal([['bob']]);
    const {detail, bubbles, composed} = await event;
    expect(detail.participant.id).to.equal('bob');
    expect(bubbles && composed).to.equal(true);
  });

  it('raises your hand and lets a host lower all hands', async () => {
    const {session, roster} = await rosterFor({hostControls: true, participants: [ann(), bob({handRaised: true})]});
    const hand = part(roster, 'hand-button')!;
    expect(hand.getAttribute('aria-pressed')).to.equal('false');
    hand.click();
    part(roster, 'lower-hands-button')!.click();
    expect(session.calls.map(({action, args}) => [action, ...args])).to.deep.equal([['raiseHand', true], ['lowerAllHands']]);
    session.setState({participants: [ann({handRaised: true}), bob()]});
    await settle(roster);
    expect(part(roster, 'hand-button')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('adds a participant from the header', async () => {
    const {session, roster} = await rosterFor({hostControls: true, participants: [ann()]});
    part(roster, 'add-button')!.click();
    const dial = roster.shadowRoot!.querySelector('pex-dial-dialog') as PexDialDialog;
    await waitFor('dial dialog', () => dial.shadowRoot?.querySelector('pex-dialog')?.shadowRoot?.querySelector('dialog')?.open);
    const input = dial.shadowRoot!.querySelector<HTMLInputElement>('input[name="destination"]')!;
    input.value = 'carol@example.com';
    input.dispatchEvent(new InputEvent('input'));
    const select = dial.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
    select.value = 'h323';
    select.dispatchEvent(new Event('change'));
    dial.shadowRoot!.querySelector<HTMLInputElement>('input[value="host"]')!.click();
    await dial.updateComplete;
    dial.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await waitFor('dial', () => session.callsOf('dial').length === 1);
    expect(session.callsOf('dial')).to.deep.equal([[{destination: 'carol@example.com', protocol: 'h323', role: 'host'}]]);
  });

  it('sends DTMF tones from the keypad, by click and by keyboard, in order', async () => {
    const {session, roster} = await rosterFor({
      hostControls: true,
      participants: [ann(), bob({external: true, protocol: 'sip', callType: 'audio'})],
    });
    await choose(roster, 'Bob', 'Keypad (DTMF tones)');
    const keypad = roster.shadowRoot!.querySelector<PexDtmfKeypad>('pex-dtmf-keypad')!;
    await waitFor('keypad open', () => keypad.shadowRoot!.querySelector('pex-dialog')!.shadowRoot!.querySelector('dialog')!.open);
    const keys = [...keypad.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="dtmf-key"]')];
    expect(keys.map((button) => button.getAttribute('aria-label'))).to.deep.equal([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      'Star',
      '0',
      'Hash',
    ]);
    keys[0].click();
    keys[11].click();
    key(keys[4], '9');
    key(keys[4], 'x');
    await waitFor('three tones', () => session.callsOf('sendDtmf').length === 3);
    expect(session.callsOf('sendDtmf')).to.deep.equal([
      ['bob', '1'],
      ['bob', '#'],
      ['bob', '9'],
    ]);
    await keypad.updateComplete;
    expect(keypad.shadowRoot!.querySelector('output')!.textContent).to.equal('1#9');
    await expect(keypad).to.be.accessible();
    session.refuse.add('sendDtmf');
    keys[1].click();
    await waitFor('refusal', () => keypad.shadowRoot!.querySelector('[role="alert"]'));
    expect(keypad.shadowRoot!.querySelector('output')!.textContent).to.equal('1#9');
  });
});

describe('<pex-roster> keyboard', () => {
  it('opens a row menu as a menu button, moves with arrows and returns focus on Escape', async () => {
    const {roster} = await rosterFor({hostControls: true, participants: [ann(), bob()]});
    const button = rowPart(rowOf(roster, 'Bob'), 'actions-button')!;
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    button.focus();
    button.click();
    const menu = menuOf(roster);
    await waitFor('menu open', () => menu.isOpen);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActiveElement()!.textContent.trim()).to.equal('Send a private message');
    key(deepActiveElement()!, 'ArrowDown');
    expect(deepActiveElement()!.textContent.trim()).to.equal('Mute participant');
    key(deepActiveElement()!, 'End');
    expect(deepActiveElement()!.textContent.trim()).to.equal('Disconnect');
    key(deepActiveElement()!, 'ArrowDown');
    expect(deepActiveElement()!.textContent.trim(), 'wraps around').to.equal('Send a private message');
    key(deepActiveElement()!, 'm');
    expect(deepActiveElement()!.textContent.trim(), 'type-ahead').to.equal('Mute participant');
    key(deepActiveElement()!, 'Escape');
    expect(menu.isOpen).to.equal(false);
    expect(deepActiveElement()).to.equal(button);
    await waitFor('collapsed', () => button.getAttribute('aria-expanded') === 'false');
  });

  it('is one tab stop, with arrow keys moving between rows, also to rows not rendered yet', async () => {
    const people = [ann(), ...Array.from({length: 300}, (_, index) => participant({displayName: `Person ${index + 1}`}))];
    const {roster} = await rosterFor({hostControls: true, participants: people});
    const tabbable = rows(roster).filter((row) => row.shadowRoot!.querySelector('[tabindex="0"]'));
    expect(tabbable.map((row) => row.participant!.displayName)).to.deep.equal(['Ann']);
    rowOf(roster, 'Ann').focus();
    key(deepActiveElement()!, 'ArrowDown');
    await waitFor(
      'Person 1 focused',
      () => (deepActiveElement()?.getRootNode() as ShadowRoot).host === rowOf(roster, 'Person 1')
    );
    key(deepActiveElement()!, 'End');
    await waitFor('last row focused', () => {
      const row = (deepActiveElement()?.getRootNode() as ShadowRoot).host;
      return row instanceof PexRosterRow && row.participant?.displayName === 'Person 300';
    });
    key(deepActiveElement()!, 'Home');
    await waitFor('first row focused', () => {
      const row = (deepActiveElement()?.getRootNode() as ShadowRoot).host;
      return row instanceof PexRosterRow && row.participant?.displayName === 'Ann';
    });
  });
});

describe('<pex-roster> announcements', () => {
  it('announces joins and leaves politely, a batch as one sentence', async () => {
    const {session, roster} = await rosterFor({participants: [ann()]});
    const live = roster.shadowRoot!.querySelector('[role="status"]:not([part])')!;
    session.emit('participant-join', {participant: bob()});
    await roster.updateComplete;
    expect(live.textContent).to.equal('Bob joined the meeting.');
    for (const name of ['Cleo', 'Dan', 'Eve']) session.emit('participant-join', {participant: participant({displayName: name})});
    session.emit('participant-leave', {participant: bob()});
    await roster.updateComplete;
    expect(live.textContent).to.equal('3 people joined the meeting. Bob left the meeting.');
  });

  it('announces raised hands (the session tells hosts only), several as one sentence', async () => {
    const {session, roster} = await rosterFor({participants: [ann(), bob()]});
    const live = roster.shadowRoot!.querySelector('[role="status"]:not([part])')!;
    session.emit('hand-raise', {participant: bob()});
    await roster.updateComplete;
    expect(live.textContent).to.equal('Bob raised a hand.');
    for (const name of ['Cleo', 'Dan']) session.emit('hand-raise', {participant: participant({displayName: name})});
    await roster.updateComplete;
    expect(live.textContent).to.equal('2 people raised a hand.');
  });
});

describe('<pex-roster> with 1000 participants', () => {
  it('renders only the visible rows, and an update re-renders only the changed row', async () => {
    const people = [
      ann(),
      ...Array.from({length: 999}, (_, index) => participant({id: `p${index}`, displayName: `Person ${index}`})),
    ];
    const {session, roster} = await rosterFor({participants: people});
    expect(part(roster, 'count')!.textContent).to.equal('1000');
    const rendered = rows(roster);
    expect(rendered.length).to.be.greaterThan(5);
    expect(rendered.length).to.be.lessThan(60);
    await expect(roster).to.be.accessible();

    const renders = new Map<PexRosterRow, number>();
    const original = PexRosterRow.prototype.render;
    PexRosterRow.prototype.render = function (this: PexRosterRow) {
      renders.set(this, (renders.get(this) ?? 0) + 1);
      return original.call(this);
    };
    try {
      const changed = participantsOf(session.state).map((person) => (person.id === 'p3' ? {...person, speaking: true} : person));
      session.setState({participants: changed});
      await settle(roster);
      expect([...renders.entries()].map(([row, count]) => [row.participant!.id, count])).to.deep.equal([['p3', 1]]);
      expect(rowPart(rowOf(roster, 'Person 3'), 'badge-speaking')).to.exist;
    } finally {
      PexRosterRow.prototype.render = original;
    }
  });
});
