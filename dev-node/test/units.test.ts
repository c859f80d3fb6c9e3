import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {redactUrl} from '../src/log.js';
import {mediaSections, repairAnswer} from '../src/media/sdp.js';
import {SpeakerTracker} from '../src/media/speakers.js';
import {resolveInRoot, staticRoots} from '../src/http/static.js';

const OFFER = [
  'v=0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111',
  'a=mid:0',
  'a=content:main',
  'a=sendrecv',
  'm=video 9 UDP/TLS/RTP/SAVPF 96',
  'a=mid:1',
  'a=content:main',
  'a=sendrecv',
  'm=video 9 UDP/TLS/RTP/SAVPF 96',
  'a=mid:2',
  'a=content:slides',
  'a=inactive',
  '',
].join('\r\n');

describe('SDP helpers', () => {
  it('reads roles and directions from the offer', () => {
    assert.deepEqual(
      mediaSections(OFFER).map(({kind, mid, content, direction}) => [kind, mid, content, direction]),
      [
        ['audio', '0', 'main', 'sendrecv'],
        ['video', '1', 'main', 'sendrecv'],
        ['video', '2', 'slides', 'inactive'],
      ]
    );
  });

  it('repairs werift answers: no port 0, content attributes echoed', () => {
    const answer = [
      'v=0',
      'm=audio 9 UDP/TLS/RTP/SAVPF 111',
      'a=mid:0',
      'm=video 9 UDP/TLS/RTP/SAVPF 96',
      'a=mid:1',
      'm=video 0 UDP/TLS/RTP/SAVPF 96',
      'a=mid:2',
      'a=inactive',
      '',
    ].join('\r\n');
    const repaired = repairAnswer(answer, OFFER);
    assert.doesNotMatch(repaired, /^m=video 0 /m);
    assert.match(repaired, /m=video 9 UDP\/TLS\/RTP\/SAVPF 96\r\na=mid:2\r\na=content:slides/);
    assert.equal(repaired.match(/a=content:main/g)?.length, 2);
  });
});

describe('voice switching', () => {
  const loud = (entries: Record<string, number>): Map<string, number> => new Map(Object.entries(entries));

  it('takes the first speaker at once and switches only after a sustained lead', () => {
    const speakers = new SpeakerTracker();
    for (const uuid of ['a', 'b', 'c']) speakers.add(uuid);
    for (let tick = 0; tick < 5; tick++) speakers.update(loud({b: 100}));
    assert.equal(speakers.recency[0], 'b');
    // A short burst from c does not take the floor …
    speakers.update(loud({b: 60, c: 120}));
    speakers.update(loud({b: 60, c: 120}));
    assert.equal(speakers.recency[0], 'b');
    // … a sustained lead does.
    for (let tick = 0; tick < 10; tick++) speakers.update(loud({c: 120}));
    assert.deepEqual(speakers.recency.slice(0, 2), ['c', 'b']);
    assert.equal(speakers.isSpeaking('c'), true);
    assert.equal(speakers.isSpeaking('a'), false);
  });

  /** Chromium's fake microphone as the audio-level extension reports it: a beep every 500 ms, then its decay. */
  const BEEP = [118, 93, 72, 50, 0];
  const beeping = (tick: number, phase: number): number => BEEP[(tick + phase) % BEEP.length]!;

  it('keeps the floor where it is while everyone is equally loud, whatever the phase of their bursts', () => {
    const speakers = new SpeakerTracker();
    for (const uuid of ['a', 'b', 'c', 'd']) speakers.add(uuid);
    let changes = 0;
    for (let tick = 0; tick < 300; tick++) {
      // Uneven: a starved node's tick may see two bursts of one participant, or none.
      const skew = tick % 7 === 0 ? 1 : 0;
      if (
        speakers.update(loud({a: beeping(tick, 0), b: beeping(tick + skew, 1) - 2, c: beeping(tick, 2) + 2, d: beeping(tick, 4)}))
      )
        changes++;
    }
    assert.equal(changes, 1, 'only the first speaker is taken');
    assert.equal(speakers.recency[0], 'a');
    assert.deepEqual(
      ['a', 'b', 'c', 'd'].map((uuid) => speakers.isSpeaking(uuid)),
      [true, true, true, true]
    );
  });

  it('hands the floor over once when one speaker stops and another starts', () => {
    const speakers = new SpeakerTracker();
    for (const uuid of ['a', 'b', 'c']) speakers.add(uuid);
    for (let tick = 0; tick < 30; tick++) speakers.update(loud({a: beeping(tick, 0)}));
    assert.equal(speakers.recency[0], 'a');
    let changedAt: number[] = [];
    for (let tick = 0; tick < 50; tick++) if (speakers.update(loud({b: beeping(tick, 3)}))) changedAt = [...changedAt, tick];
    assert.equal(changedAt.length, 1);
    // The previous speaker's last second must pass, then the lead must last: about two seconds.
    assert.ok(changedAt[0]! >= 10 && changedAt[0]! <= 25, `switched after ${changedAt[0]} ticks`);
    assert.deepEqual(speakers.recency, ['b', 'a', 'c']);
    assert.equal(speakers.isSpeaking('a'), false);
  });

  it('ignores silence and forgets people who leave', () => {
    const speakers = new SpeakerTracker();
    speakers.add('a');
    speakers.add('b');
    for (let tick = 0; tick < 10; tick++) speakers.update(loud({a: 5, b: 3}));
    assert.deepEqual(speakers.recency, ['a', 'b']);
    speakers.remove('a');
    assert.deepEqual(speakers.recency, ['b']);
  });
});

describe('static files and logging', () => {
  it('never resolves outside the root', () => {
    const [root] = staticRoots({'/demo/': '/srv/demo'});
    assert.equal(resolveInRoot(root!, '/demo/index.html'), '/srv/demo/index.html');
    assert.equal(resolveInRoot(root!, '/demo/../secret'), undefined);
    assert.equal(resolveInRoot(root!, '/demo/a/../../secret'), undefined);
    assert.equal(resolveInRoot(root!, '/other/x'), undefined);
  });

  it('redacts tokens and PINs from logged URLs', () => {
    assert.equal(redactUrl('/x/events?token=abc&y=1&pin=1234'), '/x/events?token=<redacted>&y=1&pin=<redacted>');
  });
});
