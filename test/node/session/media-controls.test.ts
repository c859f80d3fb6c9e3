// Our own microphone: muting is instant; unmuting in a call waits for the node, which may refuse.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {MediaControls} from '../../../src/session/media-controls.js';
import {pendingOf} from '../../../src/session/selectors.js';
import {SessionActionError} from '../../../src/session/session.js';
import {onMyselfMuted} from '../../../src/session/signals/meeting.js';
import {onParticipants} from '../../../src/session/signals/rooms.js';
import {fakeCore} from './fake-core.js';
import {inCall, MAIN, sdkParticipant} from './sdk-fixtures.js';

const mutedGuest = () => onMyselfMuted(inCall('me', 'guest'), true);

describe('our microphone', () => {
  test('an unmute the node refuses (403) leaves the microphone muted and says why', async () => {
    const {core, sent} = fakeCore(mutedGuest());
    const media = new MediaControls(core);
    const done = media.setMicrophoneMuted(false);
    assert.equal(pendingOf(core.store.state, 'setMicrophoneMuted')?.value, false);
    assert.equal(core.store.state.media.microphoneMuted, true);
    assert.deepEqual(sent[0]?.options, {mute: false});
    sent[0].answer(403, 'Guests may not unmute themselves in this meeting');
    await assert.rejects(done, (error: unknown) => {
      assert.ok(error instanceof SessionActionError);
      assert.equal(error.problem, 'refused');
      assert.equal(error.detail, 'Guests may not unmute themselves in this meeting');
      return true;
    });
    assert.equal(core.store.state.media.microphoneMuted, true);
    assert.equal(pendingOf(core.store.state, 'setMicrophoneMuted'), undefined);
  });

  test('an unmute the node accepts unmutes', async () => {
    const {core, sent} = fakeCore(mutedGuest());
    const done = new MediaControls(core).setMicrophoneMuted(false);
    sent[0].answer(200);
    await done;
    assert.equal(core.store.state.media.microphoneMuted, false);
    assert.deepEqual(core.store.state.pending, {});
  });

  test('muting is at once, and then told to the node', async () => {
    const {core, sent} = fakeCore(inCall());
    const done = new MediaControls(core).setMicrophoneMuted(true);
    assert.equal(core.store.state.media.microphoneMuted, true);
    assert.deepEqual(sent[0]?.options, {mute: true});
    sent[0].answer(200);
    await done;
  });

  test("a host's client mute mutes us at once, and our unmute is refused without asking the node", async () => {
    const {core, sent} = fakeCore(inCall('me', 'guest'));
    const media = new MediaControls(core);
    core.store.update((state) =>
      onParticipants(state, {id: MAIN, participants: [sdkParticipant('me', {isClientMuted: true})]}, undefined, false)
    );
    assert.equal(core.store.state.media.microphoneMuted, true);
    assert.deepEqual(sent[0]?.options, {mute: true});
    sent[0].answer(200);
    await assert.rejects(media.setMicrophoneMuted(false), (error: SessionActionError) => error.detail === 'client-muted');
    assert.equal(sent.length, 1);
    assert.equal(core.store.state.media.microphoneMuted, true);
  });

  test('before the call, only the local state changes', async () => {
    const {core, sent} = fakeCore({...mutedGuest(), phase: 'idle'});
    await new MediaControls(core).setMicrophoneMuted(false);
    assert.equal(core.store.state.media.microphoneMuted, false);
    assert.equal(sent.length, 0);
  });
});
