// Layouts: the requested layout and overlay text from their signals, the node's options, and asking for a layout.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {InfinityClient, Layout} from '@pexip/infinity';
import {eventsBetween} from '../../../src/session/derived-events.js';
import {layoutNames, loadLayouts, setLayout} from '../../../src/session/layouts.js';
import {SessionActionError} from '../../../src/session/session.js';
import {onLayoutOverlayTextEnabled, onRequestedLayout} from '../../../src/session/signals/layouts.js';
import {fakeCore} from './fake-core.js';
import {inCall} from './sdk-fixtures.js';

const requested = (hostLayout: string, guestLayout = hostLayout) => ({
  primaryScreen: {hostLayout: hostLayout as Layout, guestLayout: guestLayout as Layout},
});

describe('onRequestedLayout', () => {
  test('keeps what hosts and guests see, and tells the change once', () => {
    const before = inCall('me', 'host');
    const after = onRequestedLayout(before, requested('1:7'));
    assert.deepEqual(after.layout.requested, {host: '1:7', guest: '1:7'});
    assert.deepEqual(
      eventsBetween(before, after).filter(({type}) => type === 'layout-change'),
      [{type: 'layout-change', detail: {host: '1:7', guest: '1:7'}}]
    );
    assert.equal(onRequestedLayout(after, requested('1:7')), after);
    assert.deepEqual(onRequestedLayout(after, requested('ac', '1:0')).layout.requested, {host: 'ac', guest: '1:0'});
  });
});

describe('onLayoutOverlayTextEnabled', () => {
  test('whether names show over the video', () => {
    const state = onLayoutOverlayTextEnabled(inCall(), true);
    assert.equal(state.layout.overlayText, true);
    assert.equal(onLayoutOverlayTextEnabled(state, true), state);
  });
});

describe('layoutNames', () => {
  test('plain and annotated names; nothing else', () => {
    assert.deepEqual(layoutNames(['1:0', {name: '4:0', tags: ['grid']}, {}, null, 3, '']), ['1:0', '4:0']);
  });
});

describe('loadLayouts', () => {
  function coreWith(client: Partial<InfinityClient>, role: 'host' | 'guest' = 'host') {
    const {core} = fakeCore(inCall('me', role));
    return {...core, client: client as InfinityClient, requireCall: () => client as InfinityClient};
  }

  test('each layout with its preview, asked once per call; a failure is asked again', async () => {
    let asked = 0;
    let fail = true;
    const core = coreWith({
      availableLayouts: () => {
        asked += 1;
        return Promise.resolve(fail ? undefined : ['1:7', '4:0']);
      },
      layoutSvgs: () => Promise.resolve({'1:7': '<svg/>'}),
    });
    await assert.rejects(loadLayouts(core), SessionActionError);
    fail = false;
    const layouts = await loadLayouts(core);
    assert.deepEqual(layouts, [
      {name: '1:7', svg: '<svg/>'},
      {name: '4:0', svg: undefined},
    ]);
    assert.equal(await loadLayouts(core), layouts);
    assert.equal(asked, 2);
  });

  test('hosts only', () => {
    const core = coreWith({}, 'guest');
    assert.throws(
      () => loadLayouts(core),
      (error) => error instanceof SessionActionError && error.problem === 'not-host'
    );
  });
});

describe('setLayout', () => {
  test('asks the node; the state waits for its layout event; a refusal rejects', async () => {
    const {core, sent} = fakeCore(inCall('me', 'host'));
    const asking = setLayout(core, '4:0');
    assert.deepEqual(sent[0]?.options, {transforms: {layout: '4:0'}});
    sent[0]?.answer(200);
    await asking;
    assert.equal(core.store.state.layout.requested, undefined);
    const refused = setLayout(core, 'nonsense');
    sent[1]?.answer(400);
    await assert.rejects(refused, (error) => error instanceof SessionActionError && error.problem === 'refused');
    await assert.rejects(setLayout(fakeCore(inCall('me', 'guest')).core, '1:0'), SessionActionError);
  });
});
