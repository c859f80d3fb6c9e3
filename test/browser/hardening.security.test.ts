import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
// Host actions are for hosts, through the widget and at the node, and a token works only in the
// conference that issued it. (No secrets in logs, URLs, storage or events: test/e2e/hardening.test.ts.)
import {expect} from '@open-wc/testing';
import '../../src/pex-conference.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import {SessionActionError, type Session} from '../../src/session/session.js';
import {createRoom, devNodeUrl, waitFor} from '../helpers/dev-node.js';
import {part} from '../helpers/hardening.js';
import {joinCall, useMeetingFixture} from '../helpers/meeting.js';
import {participantsOf, statusOf} from '../../src/session/selectors.js';

// The side panel's lists lay out through ResizeObservers: their benign loop errors would fail a test.
ignoreResizeObserverLoopErrors();

const HOST_PIN = '2468';

/** Every host action of the session API, aimed at `target` where it takes a participant. */
function hostActions(session: Session, target: string): [string, () => Promise<void>][] {
  return [
    ['lock', () => session.lock(true)],
    ['muteAllGuests', () => session.muteAllGuests(true)],
    ['setGuestsCanUnmute', () => session.setGuestsCanUnmute(false)],
    ['disconnectAll', () => session.disconnectAll()],
    ['dial', () => session.dial({destination: 'alice@example.com', protocol: 'sip', role: 'guest'})],
    ['muteParticipant', () => session.muteParticipant(target, true)],
    ['muteParticipantVideo', () => session.muteParticipantVideo(target, true)],
    ['setRole', () => session.setRole(target, 'guest')],
    ['setPresentationReceiving', () => session.setPresentationReceiving(target, false)],
    ['spotlight', () => session.spotlight(target, true)],
    ['admit', () => session.admit(target)],
    ['disconnectParticipant', () => session.disconnectParticipant(target)],
    ['sendDtmf', () => session.sendDtmf(target, '1')],
    ['lowerAllHands', () => session.lowerAllHands()],
  ];
}

async function expectNotHost(name: string, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    expect(error, name).to.be.instanceOf(SessionActionError);
    expect((error as SessionActionError).problem, name).to.equal('not-host');
    return;
  }
  expect.fail(`${name} was not refused`);
}

interface ApiAnswer {
  readonly status: number;
  readonly result: unknown;
}

/** A request to the node's client API, as a page could make it without the widget. */
async function api(
  alias: string,
  path: string,
  options: {token?: string; pin?: string; body?: unknown; method?: string} = {}
): Promise<ApiAnswer> {
  const headers: Record<string, string> = {'content-type': 'application/json'};
  if (options.token) headers.token = options.token;
  if (options.pin) headers.pin = options.pin;
  const response = await fetch(`${devNodeUrl}/api/client/v2/conferences/${encodeURIComponent(alias)}/${path}`, {
    method: options.method ?? 'POST',
    headers,
    ...(options.method === 'GET' ? {} : {body: JSON.stringify(options.body ?? {})}),
  });
  return {status: response.status, result: ((await response.json()) as {result: unknown}).result};
}

async function requestToken(alias: string, name: string, pin?: string): Promise<{token: string; uuid: string}> {
  const {status, result} = await api(alias, 'request_token', {pin, body: {display_name: name}});
  expect(status, `request_token for ${name}`).to.equal(200);
  const {token, participant_uuid: uuid} = result as {token: string; participant_uuid: string};
  return {token, uuid};
}

describe('hardening: security', () => {
  const meeting = useMeetingFixture('suite');
  let alias: string;
  let host: PexConference;
  before(async () => {
    alias = await createRoom({hostPin: HOST_PIN});
    host = await meeting.add({conference: alias, name: 'Host', pin: HOST_PIN, media: ''});
    await joinCall(host);
  });

  it('a guest cannot perform a host action through the widget: every one rejects with not-host, and nothing happens', async () => {
    const guest = await meeting.add({conference: alias, name: 'Guest', role: 'guest', media: ''});
    await joinCall(guest);
    // The host learns of the guest through its own event stream, which may lag the guest's join.
    await waitFor('the host to see the guest', () => participantsOf(host.state).some(({displayName}) => displayName === 'Guest'));
    expect(guest.state.role).to.equal('guest');
    expect(part(guest, 'host-menu'), 'no host menu').to.equal(null);
    for (const [name, action] of hostActions(guest.session, host.state.selfId!)) await expectNotHost(name, action);
    await expectNotHost('dial() of the element', () =>
      guest.dial({destination: 'alice@example.com', protocol: 'sip', role: 'guest'})
    );
    await guest.lock();
    await guest.updateComplete;
    expect(part(guest, 'notices')!.textContent).to.contain('Only hosts can do that.');
    expect(statusOf(host.state).locked).to.equal(false);
    expect(
      participantsOf(host.state)
        .map(({displayName}) => displayName)
        .sort()
    ).to.deep.equal(['Guest', 'Host']);
    await guest.leave();
  });

  it('a host who joined with forceguest gets no host actions either', async () => {
    const quiet = await meeting.add({conference: alias, name: 'Quiet host', pin: HOST_PIN, forceguest: '', media: ''});
    await joinCall(quiet);
    expect(quiet.state.role).to.equal('host');
    expect(part(quiet, 'host-menu')).to.equal(null);
    for (const [name, action] of hostActions(quiet.session, host.state.selfId!)) await expectNotHost(name, action);
    await quiet.leave();
  });

  it('a guest calling the node directly gets 403 for every host action', async () => {
    const guest = await requestToken(alias, 'Direct guest', 'none');
    const target = `participants/${host.state.selfId}`;
    const attempts: [string, unknown?][] = [
      ['lock'],
      ['unlock'],
      ['muteguests'],
      ['unmuteguests'],
      ['set_guests_can_unmute', {setting: false}],
      ['disconnect'],
      ['clearallbuzz'],
      ['dial', {destination: 'alice@example.com', role: 'GUEST', protocol: 'sip'}],
      ['transform_layout', {transforms: {layout: '1:7'}}],
      [`${target}/mute`],
      [`${target}/video_muted`],
      [`${target}/role`, {role: 'guest'}],
      [`${target}/spotlighton`],
      [`${target}/denyrxpresentation`],
      [`${target}/unlock`],
      [`${target}/disconnect`],
      [`${target}/dtmf`, {digits: '1'}],
    ];
    for (const [path, body] of attempts) {
      const {status, result} = await api(alias, path, {token: guest.token, body});
      expect(status, path).to.equal(403);
      expect(String(result), path).to.match(/host role/);
    }
    expect(statusOf(host.state).locked).to.equal(false);
    expect(host.state.phase).to.equal('in-call');
    await api(alias, 'release_token', {token: guest.token});
  });

  it('a token from one conference cannot act in another', async () => {
    const other = await createRoom();
    const visitor = await requestToken(other, 'Visitor');
    expect((await api(other, 'lock', {token: visitor.token})).status, 'the token works where it was issued').to.equal(200);
    const attempts: [string, {body?: unknown; method?: string}][] = [
      ['lock', {}],
      ['message', {body: {type: 'text/plain', payload: 'hello from elsewhere'}}],
      ['participants', {method: 'GET'}],
      ['conference_status', {method: 'GET'}],
      ['refresh_token', {}],
      [`participants/${host.state.selfId}/disconnect`, {}],
      [`participants/${visitor.uuid}/buzz`, {}],
    ];
    for (const [path, options] of attempts) {
      const {status, result} = await api(alias, path, {token: visitor.token, ...options});
      expect(status, path).to.equal(403);
      expect(result, path).to.equal('Invalid token');
    }
    const events = await fetch(`${devNodeUrl}/api/client/v2/conferences/${alias}/events?token=${visitor.token}`);
    expect(events.status, 'the event stream').to.equal(403);
    expect(host.state.phase).to.equal('in-call');
    expect(host.state.chat, 'no message arrived').to.deep.equal([]);
    await api(other, 'release_token', {token: visitor.token});
  });
});
