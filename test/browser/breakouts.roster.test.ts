import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {expect, html} from '@open-wc/testing';
import {render} from 'lit';
import '../../src/pex-conference.js';
import '../../src/pex-roster.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import type {PexRoster} from '../../src/elements/roster/roster.js';
import type {PexRosterRow} from '../../src/elements/roster/roster-row.js';
import {participantsOf} from '../../src/session/selectors.js';
import {MAIN_ROOM_ID} from '../../src/session/types.js';
import {createRoom, devNodeUrl, waitFor} from '../helpers/dev-node.js';
import {joinCall} from '../helpers/meeting.js';

// A host in the main room uses the roster's host controls on a guest who is in a breakout room
// (real dev node): the requests go to that room, and the room's roster shows the result.

ignoreResizeObserverLoopErrors();

interface DevRoomParticipant {
  readonly uuid: string;
  readonly display_name: string;
  readonly flags: {readonly muted: boolean; readonly spotlight?: unknown};
}

/** What the dev node itself has in the breakout rooms (its dev-only `/dev/breakouts`). */
async function devRooms(alias: string): Promise<{uuid: string; participants: DevRoomParticipant[]}[]> {
  const response = await fetch(`/dev/breakouts?room=${encodeURIComponent(alias)}`);
  return ((await response.json()) as {rooms: {uuid: string; participants: DevRoomParticipant[]}[]}).rooms;
}

function roomRow(roster: PexRoster, roomId: string, name: string): PexRosterRow | undefined {
  return [...roster.shadowRoot!.querySelectorAll<PexRosterRow>(`section[data-room="${roomId}"] pex-roster-row`)].find(
    (row) => row.participant?.displayName === name
  );
}

async function menuOf(roster: PexRoster, row: PexRosterRow): Promise<HTMLElement[]> {
  row.shadowRoot!.querySelector<HTMLButtonElement>('[part~="actions-button"]')!.click();
  const menu = roster.shadowRoot!.querySelector('pex-menu-popup')!;
  await waitFor('the menu open', () => menu.isOpen);
  await menu.updateComplete;
  return [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
}

const labels = (items: HTMLElement[]) => items.map((item) => item.textContent.trim());

describe('host controls on participants in breakout rooms (dev node)', function () {
  this.timeout(90000);
  const container = document.createElement('div');

  after(async () => {
    for (const el of container.querySelectorAll('pex-conference')) await el.leave();
    container.remove();
  });

  it('a host in the main room mutes, spotlights and disconnects a guest in a room from the roster', async () => {
    const alias = await createRoom({hostPin: '1234', allowGuests: true});
    document.body.append(container);
    render(
      html`<pex-roster id="ann-roster" for="ann" style="height: 320px; width: 300px"></pex-roster>
        <pex-conference id="ann" node=${devNodeUrl} conference=${alias} name="Ann" pin="1234"></pex-conference>
        <pex-conference id="bob" node=${devNodeUrl} conference=${alias} name="Bob" role="guest" media="1"></pex-conference>`,
      container
    );
    const ann = container.querySelector<PexConference>('#ann')!;
    const bob = container.querySelector<PexConference>('#bob')!;
    const roster = container.querySelector<PexRoster>('#ann-roster')!;
    await Promise.all([ann, bob, roster].map((el) => el.updateComplete));
    await ann.joinMeeting({mode: 'control-only'});
    await waitFor('Ann in the call', () => {
      if (ann.state.phase === 'failed' || ann.state.phase === 'ended') throw new Error(`Ann: ${ann.state.endReason?.code}`);
      return ann.state.phase === 'in-call';
    });
    await joinCall(bob);
    const bobId = await waitFor('Ann sees Bob', () => participantsOf(ann.state).find((p) => p.displayName === 'Bob')?.id);
    await waitFor('breakout rooms on', () => ann.state.breakouts.enabled);

    const [roomId] = await ann.session.openBreakouts({
      rooms: [{name: 'Workshop'}],
      endAction: 'transfer',
      guestsAllowedToLeave: false,
      assignment: {kind: 'manual', byRoom: [[bobId]]},
    });
    await waitFor("Bob's call in the room", () => bob.state.breakouts.currentRoomId === roomId && bob.state.phase === 'in-call');
    const row = await waitFor("Bob's row under the room", () => roomRow(roster, roomId, 'Bob'));
    expect(
      participantsOf(ann.state).some((p) => p.displayName === 'Bob'),
      'not in the main list'
    ).to.equal(false);

    // The room's menu: the per-room actions only (no roles, presentation rights or private messages).
    const items = await menuOf(roster, row);
    expect(labels(items)).to.include.members(['Mute participant', 'Spotlight', 'Disconnect']);
    expect(labels(items)).not.to.include('Make host');
    items.find((item) => item.textContent.trim() === 'Mute participant')!.click();
    await waitFor('Bob muted in the room (dev node)', async () =>
      (await devRooms(alias)).some((room) => room.participants.some((p) => p.display_name === 'Bob' && p.flags.muted))
    );
    await waitFor('Bob shown muted in the room', () =>
      participantsOf(ann.state, roomId).some((p) => p.displayName === 'Bob' && p.microphoneMuted)
    );
    await waitFor('Bob knows', () => bob.state.media.microphoneMuted);

    (await menuOf(roster, roomRow(roster, roomId, 'Bob')!)).find((item) => item.textContent.trim() === 'Spotlight')!.click();
    await waitFor('Bob spotlighted in the room', () =>
      participantsOf(ann.state, roomId).some((p) => p.displayName === 'Bob' && p.spotlight)
    );

    (await menuOf(roster, roomRow(roster, roomId, 'Bob')!)).find((item) => item.textContent.trim() === 'Disconnect')!.click();
    const confirm = roster.shadowRoot!.querySelector('pex-confirm-dialog')!;
    await waitFor(
      'the confirmation',
      () => confirm.shadowRoot?.querySelector('pex-dialog')?.shadowRoot?.querySelector('dialog')?.open
    );
    confirm.shadowRoot!.querySelector<HTMLButtonElement>('button.danger')!.click();
    await waitFor('Bob is out of the meeting', () => bob.state.phase === 'ended');
    await waitFor('the room empty', () => participantsOf(ann.state, roomId).length === 0);
    expect(participantsOf(ann.state, MAIN_ROOM_ID).map((p) => p.displayName)).to.deep.equal(['Ann']);
    expect(roster.shadowRoot!.querySelector('[part~="problem"]'), 'no refusal').to.equal(null);
  });
});
