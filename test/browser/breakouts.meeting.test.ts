import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {expect, oneEvent} from '@open-wc/testing';
import '../../src/pex-conference.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import {MAIN_ROOM_ID} from '../../src/session/types.js';
import {createRoom, waitFor} from '../helpers/dev-node.js';
import {deepQuery} from '../helpers/dom.js';
import {joinCall, menuItem, useMeetingFixture} from '../helpers/meeting.js';

// The side panel's lists lay out through ResizeObservers: their benign loop errors would fail a test.
ignoreResizeObserverLoopErrors();

// A breakout session against the dev node: a host opens a room with a guest in it; the guest's call follows, asks for help, and comes back when the host closes it.

const banner = (el: PexConference) => deepQuery(el.shadowRoot!, '[part~="breakout"]');

describe('breakout rooms (dev node)', function () {
  this.timeout(60000);
  const meeting = useMeetingFixture();

  it('a host opens a room with a guest in it; the call follows, asks for help, and comes back when the room closes', async () => {
    const room = await createRoom({hostPin: '1234', allowGuests: true});
    const ann = await meeting.add({conference: room, name: 'Ann', pin: '1234', media: ''});
    const bob = await meeting.add({conference: room, name: 'Bob', role: 'guest', media: '1'});
    await joinCall(ann);
    await joinCall(bob);
    await waitFor('Ann sees Bob', () => ann.state.rooms[MAIN_ROOM_ID].participants.some((p) => p.displayName === 'Bob'));
    await waitFor('breakout rooms on', () => ann.state.breakouts.enabled);

    (await menuItem(ann, 'host-menu', 'Breakout rooms')).click();
    const dialog = await waitFor('the breakout dialog', () => {
      const found = deepQuery(ann.shadowRoot!, 'pex-breakout-dialog');
      return found?.shadowRoot?.querySelector('form.setup') ? found.shadowRoot : null;
    });
    const count = dialog.querySelector<HTMLInputElement>('input[name="count"]')!;
    count.value = '1';
    count.dispatchEvent(new Event('input'));
    const name = await waitFor('one room name', () =>
      dialog.querySelectorAll('input.room-name').length === 1 ? dialog.querySelector<HTMLInputElement>('input.room-name') : null
    );
    name.value = 'Workshop';
    name.dispatchEvent(new Event('input'));
    dialog.querySelector<HTMLInputElement>('input[name="duration"]')!.value = '10';
    dialog.querySelector<HTMLInputElement>('input[name="guests-may-leave"]')!.click(); // guests may not leave
    dialog.querySelector<HTMLInputElement>('input[value="manual"]')!.click();
    const assign = await waitFor("Bob's room select", () => dialog.querySelector<HTMLSelectElement>('select.assign'));
    expect(assign.getAttribute('aria-label')).to.equal('Room for Bob');
    assign.value = '0';
    assign.dispatchEvent(new Event('change'));

    const moved = oneEvent<HTMLElementEventMap['pex-breakout-move']>(bob, 'pex-breakout-move');
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const {detail} = await moved;
    expect(detail.from).to.equal(MAIN_ROOM_ID);
    expect(detail.name).to.equal('Workshop');
    expect(bob.state.phase).to.equal('in-call');
    const inRoom = await waitFor("Bob's banner", () => (banner(bob)?.textContent.includes('You are in') ? banner(bob) : null));
    const endTime = bob.state.breakouts.rooms[detail.to].endTime ?? 0;
    expect(endTime * 1000 - Date.now(), 'the room ends in 10 minutes').to.be.within(590_000, 600_000);
    expect(inRoom.textContent).to.match(/You are in Workshop · 10 min left/);
    expect(inRoom.querySelector('button.return')).to.equal(null);

    // The host sees the room with Bob in it.
    const card = await waitFor('the room card', () => {
      const found = dialog.querySelector(`section[data-room="${detail.to}"]`);
      return found?.textContent.includes('Bob') ? found : null;
    });

    // The room's chat is its own: the host sees it with the room, not in the main room's chat.
    await bob.session.sendMessage('Hello, room');
    expect(bob.state.chat.map(({text}) => text)).to.include('Hello, room');
    await waitFor("the room's chat at the host", () =>
      (ann.state.roomChats[detail.to] ?? []).some(({text}) => text === 'Hello, room')
    );
    expect(ann.state.chat.map(({text}) => text)).not.to.include('Hello, room');

    const help = oneEvent<HTMLElementEventMap['pex-breakout-help']>(ann, 'pex-breakout-help');
    inRoom.querySelector<HTMLButtonElement>('button.ask-help')!.click();
    expect((await help).detail.roomId).to.equal(detail.to);
    await waitFor('the help badge', () => card.querySelector('.help')?.textContent.includes('Bob asked for help in Workshop'));
    await waitFor(
      'Bob sees his request',
      () => banner(bob)?.querySelector('button.ask-help')?.getAttribute('aria-pressed') === 'true'
    );

    const back = oneEvent<HTMLElementEventMap['pex-breakout-move']>(bob, 'pex-breakout-move');
    const ended = oneEvent<HTMLElementEventMap['pex-breakout-end']>(ann, 'pex-breakout-end');
    card.querySelector<HTMLButtonElement>('button.close-room')!.click();
    expect((await back).detail).to.include({from: detail.to, to: MAIN_ROOM_ID});
    expect((await ended).detail.roomId).to.equal(detail.to);
    await waitFor('Bob back in the main room', () => !banner(bob)?.textContent.trim());
    expect(bob.state.phase).to.equal('in-call');
    await waitFor('Ann sees Bob again', () => ann.state.rooms[MAIN_ROOM_ID].participants.some((p) => p.displayName === 'Bob'));
  });

  it('evenly at random, a move between rooms, a message to all rooms, and everyone brought back', async () => {
    const room = await createRoom({hostPin: '1234', allowGuests: true});
    const ann = await meeting.add({conference: room, name: 'Ann', pin: '1234', media: ''});
    const bob = await meeting.add({conference: room, name: 'Bob', role: 'guest', media: '1'});
    const cat = await meeting.add({conference: room, name: 'Cat', role: 'guest', media: '1'});
    for (const el of [ann, bob, cat]) await joinCall(el);
    await waitFor('Ann sees both guests', () => ann.state.rooms[MAIN_ROOM_ID].participants.length === 3);
    await waitFor('breakout rooms on', () => ann.state.breakouts.enabled);

    (await menuItem(ann, 'host-menu', 'Breakout rooms')).click();
    const dialog = await waitFor('the breakout dialog', () => {
      const found = deepQuery(ann.shadowRoot!, 'pex-breakout-dialog');
      return found?.shadowRoot?.querySelector('form.setup') ? found.shadowRoot : null;
    });
    const bobMoved = oneEvent<HTMLElementEventMap['pex-breakout-move']>(bob, 'pex-breakout-move');
    const catMoved = oneEvent<HTMLElementEventMap['pex-breakout-move']>(cat, 'pex-breakout-move');
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const [bobRoom, catRoom] = [(await bobMoved).detail, (await catMoved).detail];
    expect([bobRoom.name, catRoom.name].sort()).to.deep.equal(['Room 1', 'Room 2']);

    // Ann moves Bob into Cat's room.
    const bobCard = await waitFor("Bob's room card", () => {
      const found = dialog.querySelector(`section[data-room="${bobRoom.to}"]`);
      return found?.textContent.includes('Bob') ? found : null;
    });
    const again = oneEvent<HTMLElementEventMap['pex-breakout-move']>(bob, 'pex-breakout-move');
    const move = bobCard.querySelector<HTMLSelectElement>('select.move')!;
    move.value = catRoom.to;
    move.dispatchEvent(new Event('change'));
    expect((await again).detail).to.include({from: bobRoom.to, to: catRoom.to});
    await waitFor("Bob in Cat's room", () => banner(bob)?.textContent.includes(`You are in ${catRoom.name}`));

    // A message to all rooms reaches the guests' chats.
    const text = dialog.querySelector<HTMLInputElement>('input.message-all')!;
    text.value = 'Two minutes left';
    dialog.querySelector<HTMLButtonElement>('form.row button[type="submit"]')!.click();
    await waitFor("the message in Cat's chat", () => cat.state.chat.some((message) => message.text === 'Two minutes left'));

    const bobBack = oneEvent<HTMLElementEventMap['pex-breakout-move']>(bob, 'pex-breakout-move');
    const catBack = oneEvent<HTMLElementEventMap['pex-breakout-move']>(cat, 'pex-breakout-move');
    dialog.querySelector<HTMLButtonElement>('button.bring-back')!.click();
    expect((await bobBack).detail.to).to.equal(MAIN_ROOM_ID);
    expect((await catBack).detail.to).to.equal(MAIN_ROOM_ID);
    await waitFor('both back with the host', () => ann.state.rooms[MAIN_ROOM_ID].participants.length === 3);
    expect([bob.state.phase, cat.state.phase]).to.deep.equal(['in-call', 'in-call']);
  });
});
