// The wiring: each SDK signal reaches its handler; arrivals and departures are told; an ending ends.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {CallSignals, EventSignals, InfinityClient, InfinitySignals, ParticipantID, RoomID} from '@pexip/infinity';
import {ConnectionHealth} from '../../../src/session/connection-health.js';
import {Emitter} from '../../../src/session/emitter.js';
import {PresentationReceiving} from '../../../src/session/presentation-receiving.js';
import {Presenting} from '../../../src/session/presenting.js';
import {participantsOf} from '../../../src/session/selectors.js';
import {connectSignals} from '../../../src/session/signal-wiring.js';
import {CRITICAL_ACTION_FAILED, type Ending} from '../../../src/session/signals/joining.js';
import type {SessionEventMap} from '../../../src/session/types.js';
import {fakeCore} from './fake-core.js';
import {inCall, MAIN, quality, sdkParticipant} from './sdk-fixtures.js';

interface FakeSignal {
  add(observer: (value: unknown) => void): () => void;
  emit(value?: unknown): void;
  readonly observers: number;
}

/** Signals made on first use; each keeps its observers. */
function fakeSignals<T extends object>(): T {
  const made = new Map<string, FakeSignal>();
  return new Proxy({} as T, {
    get: (_target, name: string) => {
      if (!made.has(name)) {
        const observers = new Set<(value: unknown) => void>();
        made.set(name, {
          add: (observer) => (observers.add(observer), () => void observers.delete(observer)),
          emit: (value) => observers.forEach((observer) => observer(value)),
          get observers() {
            return observers.size;
          },
        });
      }
      return made.get(name);
    },
  });
}

const fake = (signal: unknown) => signal as FakeSignal;

const ROOM = 'room-1' as RoomID;
const HOST = 'host' as ParticipantID;
/** Lets the promise callbacks queued so far run (a move's steps are a few of them). */
const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What `wired` calls on the SDK client besides `getMe` (a breakout move's). */
type FakeClient = Partial<Pick<InfinityClient, 'joinBreakoutRoom' | 'roomId' | 'liveCaptions'>>;

function wired(client: FakeClient = {}) {
  const {core} = fakeCore(inCall('me'));
  const signals = fakeSignals<InfinitySignals>();
  const callSignals = fakeSignals<CallSignals>();
  const eventSignals = fakeSignals<EventSignals>();
  const events = new Emitter<SessionEventMap>();
  const told: string[] = [];
  events.on('participant-join', ({participant}) => told.push(`join ${participant.id}`));
  events.on('participant-leave', ({participant}) => told.push(`leave ${participant.id}`));
  const endings: Ending[] = [];
  const asked: string[] = [];
  const applicationMessages: SessionEventMap['application-message'][] = [];
  events.on('application-message', (message) => applicationMessages.push(message));
  const health = new ConnectionHealth(core, () => undefined);
  const receiving = new PresentationReceiving(core, () => health.token);
  const sdkClient = Object.assign(client, {getMe: () => undefined}) as unknown as InfinityClient;
  const detach: (() => void)[] = connectSignals(
    {client: sdkClient, signals, callSignals, eventSignals},
    {
      store: core.store,
      events,
      health,
      presenting: new Presenting(core, receiving),
      receiving,
      forceGuest: false,
      badAnswer: () => false,
      // As the session does: the call ends, and its signals are detached.
      end: (ending) => {
        endings.push(ending);
        core.store.update({phase: ending.phase, endReason: ending.reason});
        for (const off of detach) off();
      },
      chooseIdentityProvider: (id) => asked.push(`choose ${id}`),
      followTransfer: (alias, token) => asked.push(`follow ${alias} ${token}`),
    }
  );
  return {core, signals, callSignals, eventSignals, told, endings, detach, health, asked, applicationMessages};
}

describe('connectSignals', () => {
  test('participants joining and leaving are told; a whole list is no news', () => {
    const {core, signals, told} = wired();
    signals.onParticipants.emit({id: MAIN, participants: [sdkParticipant('me'), sdkParticipant('ann')]});
    assert.deepEqual(told, []);
    // Batched signals: observers get the events of a batch together.
    fake(signals.onParticipantJoined).emit([{id: MAIN, participant: sdkParticipant('bob')}]);
    fake(signals.onParticipantLeft).emit([{id: MAIN, participant: sdkParticipant('ann')}]);
    assert.deepEqual(told, ['join bob', 'leave ann']);
    assert.deepEqual(
      participantsOf(core.store.state).map(({id}) => id),
      ['me', 'bob']
    );
  });

  test('a disconnect ends the meeting with its reason', () => {
    const {signals, endings} = wired();
    signals.onDisconnected.emit({error: 'Disconnected by an administrator', errorCode: '#pex120'});
    assert.deepEqual(endings, [{phase: 'ended', reason: {code: '#pex120', detail: 'Disconnected by an administrator'}}]);
  });

  test("a host's move: the call follows it into the room", async () => {
    let joined = (): void => undefined;
    const client = {
      roomId: MAIN,
      joinBreakoutRoom: () => new Promise<void>((resolve) => (joined = resolve)),
    };
    const {core, signals} = wired(client);
    signals.onBreakoutRefer.emit({breakoutUuid: ROOM, breakoutName: 'Workshop', requesterUuid: HOST});
    assert.deepEqual(core.store.state.breakouts.moving, {to: ROOM, name: 'Workshop'});
    await settled();
    client.roomId = ROOM;
    joined();
    await settled();
    assert.equal(core.store.state.breakouts.currentRoomId, ROOM);
    assert.equal(core.store.state.breakouts.moving, undefined);
  });

  test('a move during which the SDK ended the session (a request of the old call failed) is no move', async () => {
    let joined = (): void => undefined;
    const captions: unknown[] = [];
    const client = {
      roomId: MAIN,
      joinBreakoutRoom: () => new Promise<void>((resolve) => (joined = resolve)),
      liveCaptions: (options: unknown) => (captions.push(options), Promise.resolve(undefined)),
    };
    const {core, signals, endings} = wired(client);
    core.store.update({captions: {...core.store.state.captions, enabled: true}});
    signals.onBreakoutRefer.emit({breakoutUuid: ROOM, breakoutName: 'Workshop', requesterUuid: HOST});
    await settled();
    // The old call's ack fails while the SDK leaves it: a critical request, so the SDK disconnects.
    signals.onDisconnected.emit({error: CRITICAL_ACTION_FAILED, errorCode: '#pex117'});
    assert.equal(endings.length, 1);
    // Its move still goes on (it sets the room after its cleanup) and resolves.
    client.roomId = ROOM;
    joined();
    await settled();
    assert.equal(core.store.state.phase, 'ended');
    assert.equal(core.store.state.breakouts.currentRoomId, MAIN, 'an ended call moved nowhere');
    assert.deepEqual(captions, [], 'nor are captions asked for in the room');
  });

  test("the token and the room's name; the media streams and stats reach the state", () => {
    const {core, signals, callSignals, health} = wired();
    signals.onAuthenticatedWithConference.emit({token: 't1', conferenceAlias: 'meet.alice', conferenceName: 'Alice'});
    signals.onTokenRefreshed.emit({token: 't2'});
    assert.equal(health.token, 't2');
    assert.equal(core.store.state.conferenceName, 'Alice');
    const remote = {id: 'remote'} as unknown as MediaStream;
    callSignals.onRemoteStream.emit(remote);
    assert.equal(core.store.state.media.remote, remote);
    callSignals.onReconnecting.emit();
    assert.equal(core.store.state.reconnecting, true);
    callSignals.onReconnected.emit();
    assert.equal(core.store.state.reconnecting, false);
  });

  test('a single sign-on room with one identity provider chooses it at once; with several, the user does', () => {
    const {core, signals, asked} = wired();
    signals.onIdp.emit([
      {name: 'Example Corp', uuid: 'idp-1'},
      {name: 'Other', uuid: 'idp-2'},
    ]);
    assert.equal(core.store.state.phase, 'sso-required');
    assert.deepEqual(asked, []);
    signals.onIdp.emit([{name: 'Example Corp', uuid: 'idp-1'}]);
    assert.deepEqual(asked, ['choose idp-1']);
  });

  test('a transfer is followed with its token; an application message is told, not stored', () => {
    const {core, signals, asked, applicationMessages} = wired();
    signals.onTransfer.emit({alias: 'meet.other', token: 'one-time'});
    assert.deepEqual(core.store.state.transfer, {alias: 'meet.other'});
    assert.deepEqual(asked, ['follow meet.other one-time']);
    const at = new Date(1_700_000_000_000);
    signals.onApplicationMessage.emit({
      at,
      id: 'm1',
      displayName: 'Ann',
      userId: sdkParticipant('ann').uuid,
      direct: false,
      message: {reaction: 'clap'},
    });
    assert.deepEqual(applicationMessages, [
      {message: {reaction: 'clap'}, senderId: 'ann', senderName: 'Ann', direct: false, at: at.getTime()},
    ]);
    assert.deepEqual(core.store.state.chat, []);
  });

  test('call quality and splash screens reach the state', () => {
    const {core, signals, callSignals} = wired();
    callSignals.onCallQuality.emit(quality(0, 2));
    assert.equal(core.store.state.callQuality, 'bad');
    signals.onSplashScreen.emit({
      screenKey: 'direct_media_welcome',
      text: 'Welcome',
      background: 'http://n/bg.svg',
      displayDuration: 0,
    });
    assert.deepEqual(core.store.state.splash, {text: 'Welcome', background: 'http://n/bg.svg'});
    signals.onSplashScreen.emit(undefined as never);
    assert.equal(core.store.state.splash, undefined);
  });

  test("the event stream's presentation_frame reaches the state", () => {
    const {core, eventSignals} = wired();
    eventSignals.onPresentationFrame.emit('frame-1');
    assert.equal(core.store.state.presentation.frameId, 'frame-1');
  });

  test('detaching leaves no observer behind', () => {
    const {signals, eventSignals, detach} = wired();
    assert.equal(fake(signals.onStage).observers, 1);
    assert.equal(fake(eventSignals.onPresentationFrame).observers, 1);
    for (const off of detach) off();
    assert.equal(fake(signals.onStage).observers, 0);
    assert.equal(fake(signals.onParticipants).observers, 0);
    assert.equal(fake(eventSignals.onPresentationFrame).observers, 0);
  });
});
