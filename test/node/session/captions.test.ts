// Live captions: availability from the room's status, each caption, the transcript, and turning them on or off.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {eventsBetween} from '../../../src/session/derived-events.js';
import {setCaptions} from '../../../src/session/live-captions.js';
import {SessionActionError} from '../../../src/session/session.js';
import {onConferenceStatus, onLiveCaptions, TRANSCRIPT_LIMIT} from '../../../src/session/signals/captions.js';
import {fakeCore} from './fake-core.js';
import {BREAKOUT, inCall, MAIN, sdkStatus} from './sdk-fixtures.js';

const available = (state = inCall()) => onConferenceStatus(state, {id: MAIN, status: sdkStatus({liveCaptionsAvailable: true})});

describe('onConferenceStatus (captions)', () => {
  test('the room our call is in says whether captions are offered; another room does not', () => {
    const state = available();
    assert.equal(state.captions.available, true);
    const other = onConferenceStatus(inCall(), {id: BREAKOUT, status: sdkStatus({liveCaptionsAvailable: true})});
    assert.equal(other.captions.available, false);
    assert.equal(onConferenceStatus(state, {id: MAIN, status: sdkStatus({liveCaptionsAvailable: true})}), state);
  });

  test('no longer available: no longer enabled, and the caption shown goes', () => {
    let state = available();
    state = {...state, captions: {...state.captions, enabled: true, current: {text: 'Hi', speakers: [], final: true}}};
    state = onConferenceStatus(state, {id: MAIN, status: sdkStatus({liveCaptionsAvailable: false})});
    assert.deepEqual(state.captions, {available: false, enabled: false, current: undefined, transcript: []});
  });
});

describe('onLiveCaptions', () => {
  test('an interim caption replaces the current one; a final one joins the transcript with its speakers', () => {
    let state = onLiveCaptions(inCall(), {data: 'Hello wor', isFinal: false, speakers: ['Ann']}, 1000);
    assert.deepEqual(state.captions.current, {text: 'Hello wor', speakers: ['Ann'], final: false});
    assert.deepEqual(state.captions.transcript, []);
    state = onLiveCaptions(state, {data: 'Hello world', isFinal: true, speakers: ['Ann']}, 2000);
    assert.deepEqual(state.captions.current, {text: 'Hello world', speakers: ['Ann'], final: true});
    assert.deepEqual(state.captions.transcript, [{at: 2000, speakers: ['Ann'], text: 'Hello world'}]);
    assert.ok(Object.isFrozen(state.captions.transcript));
  });

  test('the transcript keeps the last TRANSCRIPT_LIMIT lines', () => {
    let state = inCall();
    for (let i = 0; i <= TRANSCRIPT_LIMIT; i++)
      state = onLiveCaptions(state, {data: `line ${i}`, isFinal: true, speakers: []}, i);
    assert.equal(state.captions.transcript.length, TRANSCRIPT_LIMIT);
    assert.equal(state.captions.transcript[0]?.text, 'line 1');
  });

  test('each caption is a `caption` notification', () => {
    const before = inCall();
    const after = onLiveCaptions(before, {data: 'Bob is speaking', isFinal: true, speakers: ['Bob']}, 1);
    assert.deepEqual(
      eventsBetween(before, after).filter(({type}) => type === 'caption'),
      [{type: 'caption', detail: {text: 'Bob is speaking', speakers: ['Bob'], final: true}}]
    );
    assert.deepEqual(eventsBetween(after, after), []);
  });
});

describe('setCaptions', () => {
  test('enabled only when the node answers; off clears the caption shown', async () => {
    const {core, sent} = fakeCore(available());
    const turningOn = setCaptions(core, true);
    assert.equal(sent[0]?.method, 'liveCaptions');
    assert.deepEqual(sent[0]?.options, {enable: true});
    assert.equal(core.store.state.captions.enabled, false);
    sent[0]?.answer(200, null);
    await turningOn;
    assert.equal(core.store.state.captions.enabled, true);
    core.store.update((state) => onLiveCaptions(state, {data: 'Hi', isFinal: true, speakers: []}, 1));
    const turningOff = setCaptions(core, false);
    sent[1]?.answer(200, null);
    await turningOff;
    assert.equal(core.store.state.captions.enabled, false);
    assert.equal(core.store.state.captions.current, undefined);
    assert.equal(core.store.state.captions.transcript.length, 1);
  });

  test('a refusal rejects and changes nothing; not offered: refused before anything is sent', async () => {
    const {core, sent} = fakeCore(available());
    const refused = setCaptions(core, true);
    sent[0]?.answer(403);
    await assert.rejects(refused, (error) => error instanceof SessionActionError && error.problem === 'refused');
    assert.equal(core.store.state.captions.enabled, false);
    const unavailable = fakeCore(inCall());
    await assert.rejects(setCaptions(unavailable.core, true), SessionActionError);
    assert.equal(unavailable.sent.length, 0);
  });
});
