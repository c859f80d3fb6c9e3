import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {validateParticipants200} from '@pexip/infinity-api/dist/conference/validation.js';
import {startDevNode} from '../src/index.js';
import {expectJson, joinWithEvents, leave, request, roomState, startTestNode} from './helpers.js';

type WireParticipant = {uuid: string; display_name: string; service_type: string; [key: string]: unknown};

describe('simulated participants', () => {
  it('fills a room with a mix of states, speakers and a chat script', async () => {
    const node = await startTestNode({
      rooms: [
        {
          aliases: ['sim.room'],
          simulated: {
            count: 60,
            participants: [{displayName: 'Narrator', role: 'chair', speaking: true}],
            chatScript: [
              {from: 'Narrator', text: 'Welcome'},
              {from: 'Stranger', text: 'Hi'},
            ],
            chatIntervalSeconds: 0.2,
          },
        },
      ],
    });
    try {
      const viewer = await joinWithEvents(node, 'sim.room', 'Viewer');
      const created = viewer.events.named('participant_create').map((entry) => entry.data as WireParticipant);
      assert.equal(created.length, 62);
      const states = new Set(created.map((participant) => participant.service_type));
      for (const state of ['conference', 'connecting', 'waiting_room']) assert.ok(states.has(state), `a ${state} participant`);
      assert.ok(created.some((participant) => participant.is_muted === 'YES'));
      assert.ok(created.some((participant) => participant.is_presenting === 'YES'));
      assert.ok(created.some((participant) => participant.is_streaming_conference === true && participant.protocol === 'rtmp'));
      assert.ok(created.some((participant) => Number(participant.buzz_time) > 0));
      assert.ok(created.some((participant) => participant.is_audio_only_call === 'YES'));
      const narrator = created.find((participant) => participant.display_name === 'Narrator')!;
      const stage = viewer.events.named('stage')[0]?.data as {participant_uuid: string; vad: number}[];
      assert.ok(stage.some((entry) => entry.participant_uuid === narrator.uuid && entry.vad === 100));

      const welcome = await viewer.events.next('message_received', (data) => data.payload === 'Welcome');
      assert.deepEqual(welcome, {origin: 'Narrator', uuid: narrator.uuid, type: 'text/plain', payload: 'Welcome', direct: false});
      const stranger = await viewer.events.next('message_received', (data) => data.payload === 'Hi');
      assert.equal(stranger.origin, 'Stranger');

      const roster = expectJson(
        await request(node, '/api/client/v2/conferences/sim.room/participants', {token: viewer.token}),
        200,
        validateParticipants200
      );
      assert.equal((roster.result as unknown[]).length, 62);
      await leave(node, viewer);
    } finally {
      await node.close();
    }
  });

  it('--simulated fills meet.busy with 1000 people that a client receives in its sync', async () => {
    const node = await startDevNode({port: 0, devApi: true, simulated: 1000});
    try {
      assert.equal((await roomState(node, 'meet.busy')).participants.length, 1000);
      const viewer = await joinWithEvents(node, 'meet.busy', 'Viewer');
      assert.equal(viewer.events.named('participant_create').length, 1001);
      await leave(node, viewer);
    } finally {
      await node.close();
    }
  });
});
