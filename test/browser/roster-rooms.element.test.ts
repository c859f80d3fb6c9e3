import {expect, fixture, html} from '@open-wc/testing';
import '../../src/pex-roster.js';
import {MAIN_ROOM_ID} from '../../src/session/types.js';
import {waitFor} from '../helpers/dev-node.js';
import {FakeSession} from '../helpers/fake-session.js';
import {participant} from '../helpers/fixtures.js';
import type {PexRosterRow} from '../../src/elements/roster/roster-row.js';

// The roster groups participants by breakout room for hosts (rendering with the fake session).

const ROOM = 'b0f1c2d3-0000-4000-8000-000000000001';
const ann = participant({isSelf: true, displayName: 'Ann', role: 'host'});
const cat = participant({displayName: 'Cat'});

/** The fake session of the latest roster. */
let session: FakeSession;

async function rosterWith(host: boolean) {
  session = new FakeSession({
    phase: 'in-call',
    selfId: ann.id,
    hostControls: host,
    participants: [ann],
    breakouts: {
      enabled: true,
      currentRoomId: MAIN_ROOM_ID,
      selfIds: {},
      rooms: {
        [ROOM]: {id: ROOM, name: 'Workshop', guestsAllowedToLeave: true},
        other: {id: 'other', name: 'Quiet', guestsAllowedToLeave: true},
      },
    },
  });
  const rooms = session.state.rooms;
  session.setState({rooms: {...rooms, [ROOM]: {id: ROOM, participants: [cat], status: rooms[MAIN_ROOM_ID].status}}});
  const id = `owner-${Math.random().toString(36).slice(2)}`;
  const owner = document.createElement('div');
  owner.id = id;
  Object.assign(owner, {session});
  const wrapper = await fixture<HTMLDivElement>(html`<div><pex-roster for=${id}></pex-roster></div>`);
  wrapper.prepend(owner);
  const roster = wrapper.querySelector('pex-roster')!;
  roster.requestUpdate();
  await roster.updateComplete;
  return roster;
}

describe('roster by breakout room (rendering)', () => {
  it('shows hosts each room with its participants', async () => {
    const roster = await rosterWith(true);
    const rooms = await waitFor('the rooms', () => roster.shadowRoot!.querySelector('[part~="rooms"]'));
    const sections = [...rooms.querySelectorAll('section')];
    expect(sections.map((section) => section.getAttribute('aria-label'))).to.deep.equal(['Workshop', 'Quiet']);
    const rows = [...sections[0].querySelectorAll<PexRosterRow>('pex-roster-row')];
    expect(rows.map((row) => row.participant?.displayName)).to.deep.equal(['Cat']);
    expect(sections[1].textContent).to.include('Nobody in this room.');
    await expect(roster).to.be.accessible();
  });

  it('offers hosts the actions a breakout room takes, and sends them with the participant', async () => {
    const roster = await rosterWith(true);
    const row = await waitFor("Cat's row", () =>
      roster.shadowRoot!.querySelector<PexRosterRow>(`section[data-room="${ROOM}"] pex-roster-row`)
    );
    await row.updateComplete;
    row.shadowRoot!.querySelector<HTMLButtonElement>('[part~="actions-button"]')!.click();
    const menu = roster.shadowRoot!.querySelector('pex-menu-popup')!;
    await waitFor('the menu open', () => menu.isOpen);
    await menu.updateComplete;
    const items = [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
    const labels = items.map((item) => item.textContent.trim());
    expect(labels).to.include.members(['Mute participant', 'Spotlight', 'Disconnect']);
    expect(labels).not.to.include.members(['Make host']);
    expect(labels).not.to.include('Send a private message');
    items.find((item) => item.textContent.trim() === 'Mute participant')!.click();
    await waitFor('the mute sent', () => session.callsOf('muteParticipant').length === 1);
    expect(session.callsOf('muteParticipant')[0]).to.deep.equal([cat.id, true]);
  });

  it('not to guests', async () => {
    const roster = await rosterWith(false);
    expect(roster.shadowRoot!.querySelector('[part~="rooms"]')).to.equal(null);
  });
});
