// What Firefox ESR sends that Chromium does not, replayed without a browser: its first offer
// (taken from Firefox 153 ESR through the SDK) and its mDNS host candidates.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join as joinPath} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {validateAck200, validateNewCandidate200} from '@pexip/infinity-api/dist/call/validation.js';
import {validateCallsWebrtcParticipant200} from '@pexip/infinity-api/dist/participant/validation.js';
import {RTCPeerConnection, RTCRtpCodecParameters} from 'werift';
import type {DevNode} from '../src/index.js';
import {unbundleOnlyPorts} from '../src/media/sdp.js';
import {conf, createRoom, expectJson, FIXTURES, join, roomState, startTestNode} from './helpers.js';

/** Bundle-only m-lines on port 0, VP8 with RTX, AV1, ulpfec and red, extmaps with a direction, no candidates. */
const FIREFOX_OFFER = readFileSync(joinPath(FIXTURES, 'firefox-offer.sdp'), 'utf8').replace(/\r?\n/g, '\r\n');

describe('Firefox ESR as a participant', () => {
  let node: DevNode;
  before(async () => (node = await startTestNode()));
  after(() => node.close());

  /** Joins a new room and places a call with Firefox's offer. */
  async function firefoxCall(name: string) {
    const alias = await createRoom(node);
    const joined = await join(node, alias, name);
    const calls = `participants/${joined.uuid}/calls`;
    const result = expectJson(
      await conf(node, alias, calls, {
        token: joined.token,
        json: {call_type: 'WEBRTC', sdp: FIREFOX_OFFER, media_type: 'video', fecc_supported: false},
      }),
      200,
      validateCallsWebrtcParticipant200
    ).result as {call_uuid: string; sdp: string};
    return {
      alias,
      answer: result.sdp,
      post: (endpoint: string, json: unknown) =>
        conf(node, alias, `${calls}/${result.call_uuid}/${endpoint}`, {token: joined.token, json}),
      release: () => conf(node, alias, 'release_token', {token: joined.token, json: {}}),
    };
  }

  it('answers its offer: every m-line kept and bundled, VP8 chosen, content restored, a video call in the roster', async () => {
    const {alias, answer, release} = await firefoxCall('Fiona');
    try {
      assert.match(answer, /^a=group:BUNDLE 0 1 2\r$/m);
      assert.doesNotMatch(answer, /^m=\S+ 0 /m, 'no m-line is answered as rejected');
      const video = answer.split(/\r\n(?=m=)/).filter((section) => section.startsWith('m=video'));
      assert.equal(video.length, 2);
      for (const section of video) assert.match(section, /^m=video \d+ \S+ 120\r$/m, "VP8 only, at Firefox's payload type");
      assert.match(answer, /a=content:main[\s\S]*a=content:main[\s\S]*a=content:slides/);
      // Port 0 with a=bundle-only is Firefox's way of bundling, not a rejected (audio-only) video m-line.
      assert.equal((await roomState(node, alias)).participants[0]!.flags.media, 'video');
    } finally {
      await release();
    }
  });

  it('reports the tracks it sends on its port-0 bundle-only m-lines (werift alone reports only audio)', async () => {
    const tracksFrom = async (offer: string): Promise<string[]> => {
      const pc = new RTCPeerConnection({
        iceServers: [],
        codecs: {
          audio: [new RTCRtpCodecParameters({mimeType: 'audio/opus', clockRate: 48_000, channels: 2})],
          video: [new RTCRtpCodecParameters({mimeType: 'video/VP8', clockRate: 90_000})],
        },
      });
      const kinds: string[] = [];
      pc.onTrack.subscribe((track) => kinds.push(track.kind));
      await pc.setRemoteDescription({type: 'offer', sdp: offer});
      await pc.close();
      return kinds;
    };
    assert.deepEqual(await tracksFrom(FIREFOX_OFFER), ['audio']);
    assert.deepEqual(await tracksFrom(unbundleOnlyPorts(FIREFOX_OFFER)), ['audio', 'video']);
    assert.equal(unbundleOnlyPorts(FIREFOX_OFFER).match(/^m=\S+ 0 /gm), null);
    const rejected = 'v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\nm=video 0 UDP/TLS/RTP/SAVPF 96\r\na=mid:1\r\n';
    assert.equal(unbundleOnlyPorts(rejected), rejected, 'port 0 without bundle-only stays rejected');
  });

  it('takes its mDNS host candidates at once (werift waits up to 10 s for each lookup)', async () => {
    const {post, release} = await firefoxCall('Finn');
    try {
      expectJson(await post('ack', {}), 200, validateAck200);
      const started = Date.now();
      for (const candidate of [
        'candidate:0 1 UDP 2122187007 811deec3-1a34-4b7b-8df0-f50502c29860.local 53378 typ host',
        'candidate:2 1 TCP 2105458943 811deec3-1a34-4b7b-8df0-f50502c29860.local 9 typ host tcptype active',
      ]) {
        expectJson(await post('new_candidate', {candidate, mid: '0', ufrag: '67201b2d'}), 200, validateNewCandidate200);
      }
      assert.ok(Date.now() - started < 2000, `two mDNS candidates took ${Date.now() - started} ms`);
    } finally {
      await release();
    }
  });
});
