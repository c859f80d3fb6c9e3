// The conference-wide signals: splash screens, call quality, transfers, application messages.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {
  callQualityOf,
  enterTransferredConference,
  onCallQuality,
  onCancelTransfer,
  onSplashScreen,
  onTransfer,
  toApplicationMessage,
} from '../../../src/session/signals/conference.js';
import {participantsOf} from '../../../src/session/selectors.js';
import {onParticipantJoined} from '../../../src/session/signals/rooms.js';
import {initialState} from '../../../src/session/types.js';
import {inCall, MAIN, quality, sdkParticipant} from './sdk-fixtures.js';

describe('splash screens', () => {
  test('shown until cleared, or for their duration', () => {
    const screen = {screenKey: 'direct_media_welcome' as const, text: 'Welcome', background: 'http://n/bg.svg?token=t'};
    const held = onSplashScreen(inCall(), {...screen, displayDuration: 0}, 1000);
    assert.deepEqual(held.splash, {text: 'Welcome', background: 'http://n/bg.svg?token=t'});
    const timed = onSplashScreen(inCall(), {...screen, displayDuration: 5000}, 1000);
    assert.equal(timed.splash?.until, 6000);
    assert.equal(onSplashScreen(timed, undefined, 2000).splash, undefined);
    const none = inCall();
    assert.equal(onSplashScreen(none, undefined, 0), none);
  });
});

describe('call quality', () => {
  test("the worse of inbound and outbound audio; the SDK's TERRIBLE counts as bad", () => {
    assert.equal(callQualityOf(quality(0, 0)), 'good');
    assert.equal(callQualityOf(quality(1, 0)), 'ok');
    assert.equal(callQualityOf(quality(0, 2)), 'bad');
    assert.equal(callQualityOf(quality(3, 1)), 'bad');
    const state = inCall();
    assert.equal(onCallQuality(state, quality(0, 0)), state);
    assert.equal(onCallQuality(state, quality(1, 1)).callQuality, 'ok');
  });
});

describe('transfers', () => {
  test('moving, called off; the new conference keeps media, devices and settings only', () => {
    const joined = onParticipantJoined(inCall('me', 'guest', {conferenceName: 'Alice'}), [
      {id: MAIN, participant: sdkParticipant('ann')},
    ]);
    const moving = onTransfer(joined, {alias: 'meet.bob', token: 'one-time'});
    assert.deepEqual(moving.transfer, {alias: 'meet.bob'});
    assert.equal(onCancelTransfer(moving).transfer, undefined);
    const local = {id: 'camera'} as unknown as MediaStream;
    const withMedia = {...moving, media: {...moving.media, local, microphoneMuted: true}};
    const next = enterTransferredConference(withMedia, 'meet.bob', initialState('meet.bob', withMedia.settings));
    assert.equal(next.phase, 'connecting');
    assert.equal(next.conference, 'meet.bob');
    assert.deepEqual(participantsOf(next), []);
    assert.equal(next.media.local, local);
    assert.equal(next.media.microphoneMuted, true);
    assert.equal(next.transfer?.alias, 'meet.bob');
    assert.equal(next.selfId, undefined);
  });
});

describe('application messages', () => {
  test('as the public event gives them', () => {
    const at = new Date(1_700_000_000_000);
    const message = toApplicationMessage({
      at,
      id: 'x',
      displayName: 'Ann',
      userId: sdkParticipant('ann').uuid,
      direct: true,
      message: {poll: 'yes'},
    });
    assert.deepEqual(message, {message: {poll: 'yes'}, senderId: 'ann', senderName: 'Ann', direct: true, at: at.getTime()});
  });
});
