// The roster's order and search (src/elements/roster/roster-order.ts: pure, no DOM).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {shownList} from '../../src/elements/roster/roster-order.js';
import {mergeParticipants, toParticipant} from '../../src/session/participants.js';
import type {Participant} from '../../src/session/types.js';
import {sdkParticipant} from './session/sdk-fixtures.js';

const people = (count: number): readonly Participant[] =>
  Object.freeze(Array.from({length: count}, (_, index) => toParticipant(sdkParticipant(`p${index}`), 'p3', false)));
const ids = (list: readonly Participant[]) => list.map(({id}) => id);
const updated = (list: readonly Participant[], id: string, change: Partial<Participant>) =>
  mergeParticipants(list, [Object.freeze({...list.find((one) => one.id === id)!, ...change})]);

test('shownList: you first, then join order; hands raised first, in the order they went up', () => {
  const list = updated(updated(people(6), 'p4', {handRaised: true, handRaisedAt: 20}), 'p1', {
    handRaised: true,
    handRaisedAt: 10,
  });
  assert.deepEqual(ids(shownList(undefined, list, '').items), ['p1', 'p4', 'p3', 'p0', 'p2', 'p5']);
});

test('shownList: an update that keeps everyone in place replaces the entry, without a new sort', () => {
  const list = people(6);
  const first = shownList(undefined, list, '');
  const next = updated(list, 'p2', {microphoneMuted: true});
  const order = ids(first.items);
  const second = shownList(first, next, '');
  assert.equal(second.items, first.items, 'the same array, changed in place');
  assert.deepEqual(ids(second.items), order);
  assert.equal(second.items.find(({id}) => id === 'p2')?.microphoneMuted, true);
  assert.deepEqual(second.items, shownList(undefined, next, '').items, 'as a fresh sort would make it');
  assert.equal(shownList(second, next, ''), second, 'the same list: nothing to do');
});

test('shownList: an update that moves someone (a hand up, a name out of the search) sorts again', () => {
  const list = people(6);
  const first = shownList(undefined, list, '');
  const hand = updated(list, 'p5', {handRaised: true, handRaisedAt: 5});
  assert.deepEqual(ids(shownList(first, hand, '').items), ['p5', 'p3', 'p0', 'p1', 'p2', 'p4']);

  const searching = shownList(undefined, list, 'name of p');
  const renamed = updated(list, 'p1', {displayName: 'Someone else'});
  assert.deepEqual(ids(shownList(searching, renamed, 'name of p').items), ['p3', 'p0', 'p2', 'p4', 'p5']);
  // One who does not match, updated, stays out.
  const unmatched = shownList(undefined, renamed, 'name of p');
  const mutedElsewhere = updated(renamed, 'p1', {microphoneMuted: true});
  assert.deepEqual(ids(shownList(unmatched, mutedElsewhere, 'name of p').items), ['p3', 'p0', 'p2', 'p4', 'p5']);
});

test('shownList: joins, leaves and a new search give a fresh list', () => {
  const list = people(3);
  const first = shownList(undefined, list, '');
  const joined = mergeParticipants(list, [toParticipant(sdkParticipant('p9'), 'p3', false)]);
  assert.deepEqual(ids(shownList(first, joined, '').items), ['p0', 'p1', 'p2', 'p9']);
  const left = mergeParticipants(list, [], new Set(['p1']));
  assert.deepEqual(ids(shownList(first, left, '').items), ['p0', 'p2']);
  assert.deepEqual(ids(shownList(first, list, 'p2').items), ['p2']);
});
