import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {MediaStreamTrack, RTCRtpCodecParameters, RTCRtpSender, type RTCDtlsTransport, RtpHeader, RtpPacket} from 'werift';
import {Forwarder} from '../src/media/forwarder.js';
import {type RtpSink, type RtpSource, SinkSet, TrackSource} from '../src/media/source.js';

/** A VP8 payload: descriptor with S=1 and partition 0, then the frame tag (P bit 0 = key frame). */
const vp8 = (keyframe: boolean, tag: string): Buffer =>
  Buffer.concat([Buffer.from([0x10, keyframe ? 0x00 : 0x01, 0, 0]), Buffer.from(tag)]);

/** A browser's stream as the forwarder sees it: frames of three packets, the last with the marker bit. */
class FakeSource implements RtpSource {
  readonly kind = 'video';
  readonly clockRate = 90_000;
  flowing = true;
  keyframeRequests = 0;
  private readonly sinks = new SinkSet();
  private sequenceNumber: number;
  private timestamp: number;
  private frame = 0;

  constructor(readonly label: string) {
    // Unrelated numbering per source, as from two browsers; near the wrap-around on purpose.
    this.sequenceNumber = label === 'A' ? 65_530 : 1_000;
    this.timestamp = label === 'A' ? 4_294_960_000 : 123_456;
  }

  subscribe(sink: RtpSink): void {
    this.sinks.add(sink);
  }

  unsubscribe(sink: RtpSink): void {
    this.sinks.delete(sink);
  }

  requestKeyframe(): void {
    this.keyframeRequests++;
  }

  isFlowing(): boolean {
    return this.flowing;
  }

  /** Sends the packets `from`…`to` (of 0, 1, 2) of the next frame; the frame advances after packet 2. */
  emit(keyframe: boolean, from = 0, to = 2): void {
    for (let index = from; index <= to; index++) {
      const tag = `${this.label}${this.frame}${keyframe ? 'K' : 'D'}${index}`;
      const header = new RtpHeader({
        sequenceNumber: this.sequenceNumber,
        timestamp: this.timestamp,
        marker: index === 2,
        payloadType: 96,
      });
      this.sequenceNumber = (this.sequenceNumber + 1) & 0xffff;
      this.sinks.deliver(this, new RtpPacket(header, vp8(keyframe && index === 0, tag)), keyframe && index === 0);
    }
    if (to === 2) {
      this.frame++;
      this.timestamp = (this.timestamp + 6000) >>> 0;
    }
  }
}

interface Sent {
  readonly sequenceNumber: number;
  readonly timestamp: number;
  readonly marker: boolean;
  /** Source, frame number, K(ey) or D(elta), packet index. */
  readonly tag: string;
}

/** A real werift sender (its seq/timestamp rewriting is what is under test) on a recording transport. */
function viewerSender(): {sender: RTCRtpSender; sent: Sent[]; transport: {state: string}} {
  const sent: Sent[] = [];
  const transport = {
    state: 'connected',
    onStateChange: {subscribe: () => ({unSubscribe: () => undefined})},
    sendRtp: (payload: Buffer, header: RtpHeader) => {
      sent.push({
        sequenceNumber: header.sequenceNumber,
        timestamp: header.timestamp,
        marker: header.marker,
        tag: payload.subarray(4).toString(),
      });
      return Promise.resolve(payload.length);
    },
    sendRtcp: () => Promise.resolve(),
  };
  const sender = new RTCRtpSender('video');
  sender.setDtlsTransport(transport as unknown as RTCDtlsTransport);
  sender.codec = new RTCRtpCodecParameters({mimeType: 'video/VP8', clockRate: 90_000, payloadType: 96});
  return {sender, sent, transport};
}

/** What a viewer's packet buffer would make of the stream: no gaps, no timestamp going back, whole frames only. */
function assertContinuous(sent: readonly Sent[]): void {
  for (let index = 1; index < sent.length; index++) {
    const [previous, packet] = [sent[index - 1]!, sent[index]!];
    assert.equal(packet.sequenceNumber, (previous.sequenceNumber + 1) & 0xffff, `sequence gap before ${packet.tag}`);
    const advance = (packet.timestamp - previous.timestamp) >>> 0;
    assert.ok(advance < 2 ** 31, `timestamp went back before ${packet.tag}`);
    if (advance !== 0) assert.ok(previous.marker, `${previous.tag} ends a frame that was cut short`);
    else assert.equal(packet.tag.slice(0, -1), previous.tag.slice(0, -1), `${packet.tag} shares a timestamp with another frame`);
  }
}

interface Scene {
  readonly forwarder: Forwarder;
  readonly a: FakeSource;
  readonly b: FakeSource;
  readonly sent: Sent[];
  readonly transport: {state: string};
}

/** Runs a scenario: one viewer's forwarder over a recording werift sender, and two browsers' streams. */
function scene(run: (scene: Scene) => void): void {
  const {sender, sent, transport} = viewerSender();
  const forwarder = new Forwarder(sender, 'video');
  try {
    run({forwarder, a: new FakeSource('A'), b: new FakeSource('B'), sent, transport});
  } finally {
    forwarder.close();
    sender.stop();
  }
}

describe('forwarder: switching the video a viewer receives', () => {
  it('starts on a key frame, and keeps the old source flowing until the new key frame is whole and the old frame has ended', () =>
    scene(({forwarder, a, b, sent}) => {
      forwarder.setSource(a, Date.now());
      a.emit(false); // a delta frame cannot be decoded by a viewer who has nothing yet
      a.emit(true);
      a.emit(false);
      assert.deepEqual(
        sent.map((packet) => packet.tag.slice(0, 3)),
        ['A1K', 'A1K', 'A1K', 'A2D', 'A2D', 'A2D']
      );

      forwarder.setSource(b, Date.now());
      assert.equal(b.keyframeRequests, 1);
      assert.equal(forwarder.forwarding, a);
      assert.equal(forwarder.switchingTo, b);
      b.emit(false); // not a key frame: ignored
      a.emit(false, 0, 0); // the old source starts a frame …
      b.emit(true, 0, 1); // … the new key frame is not whole yet …
      a.emit(false, 1, 1);
      b.emit(true, 2, 2); // … now it is, but the old frame is still in progress …
      assert.equal(forwarder.forwarding, a);
      a.emit(false, 2, 2); // … and ends: the switch happens here
      assert.equal(forwarder.forwarding, b);
      assert.equal(forwarder.switchingTo, undefined);
      a.emit(false);
      b.emit(false);
      assert.deepEqual(
        sent.slice(6).map((packet) => packet.tag),
        ['A3D0', 'A3D1', 'A3D2', 'B1K0', 'B1K1', 'B1K2', 'B2D0', 'B2D1', 'B2D2']
      );
      assertContinuous(sent);
      assert.equal(forwarder.switches, 1);
    }));

  it('switches at once, on the next key frame, away from a source that stopped', () =>
    scene(({forwarder, a, b, sent}) => {
      forwarder.setSource(a, Date.now());
      a.emit(true);
      a.emit(false, 0, 1); // stops in the middle of a frame
      a.flowing = false;
      forwarder.setSource(b, Date.now());
      assert.equal(forwarder.forwarding, b);
      b.emit(false);
      b.emit(true);
      assert.deepEqual(
        sent.map((packet) => packet.tag),
        ['A0K0', 'A0K1', 'A0K2', 'A1D0', 'A1D1', 'B1K0', 'B1K1', 'B1K2']
      );
      // The frame cut short leaves no gap in the numbering (nothing to NACK): the viewer drops it
      // and decodes the key frame, which comes later in time.
      assertContinuous(sent.slice(0, 5));
      assertContinuous(sent.slice(5));
      assert.equal(sent[5]!.sequenceNumber, (sent[4]!.sequenceNumber + 1) & 0xffff);
      assert.ok((sent[5]!.timestamp - sent[4]!.timestamp) >>> 0 > 0);
    }));

  it('a loss fault (lossShare) leaves out that share of the packets, evenly, as gaps in the numbering', () =>
    scene(({forwarder, a, sent}) => {
      forwarder.setSource(a, Date.now());
      a.emit(true);
      forwarder.lossShare = 0.25;
      for (let frame = 0; frame < 4; frame++) a.emit(false);
      const afterFault = sent.slice(3);
      assert.deepEqual(
        afterFault.map((packet) => packet.tag),
        ['A1D0', 'A1D1', 'A1D2', 'A2D0', 'A2D1', 'A2D2', 'A3D0', 'A3D1', 'A3D2', 'A4D0', 'A4D1', 'A4D2'].filter(
          (_, index) => index % 4 !== 3
        )
      );
      assert.equal(forwarder.lostPackets, 3);
      // The viewer sees 12 sequence numbers go by with 9 packets: 3 lost.
      assert.equal((afterFault.at(-1)!.sequenceNumber - sent[2]!.sequenceNumber) & 0xffff, 12 - 1);
      forwarder.lossShare = 0;
      a.emit(false);
      assert.equal(forwarder.lostPackets, 3);
      assertContinuous(sent.slice(-3));
    }));

  it('sends nothing before the viewer’s DTLS is up, then starts from a key frame', () =>
    scene(({forwarder, a, sent, transport}) => {
      transport.state = 'connecting';
      forwarder.setSource(a, Date.now());
      a.emit(true);
      assert.equal(sent.length, 0);
      transport.state = 'connected';
      a.emit(false);
      assert.equal(sent.length, 0);
      a.emit(true);
      assert.deepEqual(
        sent.map((packet) => packet.tag),
        ['A2K0', 'A2K1', 'A2K2']
      );
    }));

  it('goes back to the current source when a switch is called off, without a key frame wait', () =>
    scene(({forwarder, a, b, sent}) => {
      forwarder.setSource(a, Date.now());
      a.emit(true);
      forwarder.setSource(b, Date.now());
      b.emit(true, 0, 1);
      forwarder.setSource(a, Date.now());
      b.emit(true, 2, 2);
      a.emit(false);
      assert.equal(forwarder.forwarding, a);
      assert.equal(forwarder.switchingTo, undefined);
      assert.deepEqual(
        sent.map((packet) => packet.tag),
        ['A0K0', 'A0K1', 'A0K2', 'A1D0', 'A1D1', 'A1D2']
      );
      assert.equal(forwarder.switches, 0);
    }));
});

describe('track source: liveness and key frame requests', () => {
  const packet = (keyframe: boolean, sequenceNumber: number): RtpPacket =>
    new RtpPacket(
      new RtpHeader({sequenceNumber, timestamp: sequenceNumber * 3000, marker: true, payloadType: 96}),
      vp8(keyframe, 'x')
    );

  function source(): {track: MediaStreamTrack; plis: number[]; source: TrackSource} {
    const track = new MediaStreamTrack({kind: 'video', ssrc: 1234});
    const plis: number[] = [];
    const receiver = {
      sendRtcpPLI: (ssrc: number) => {
        plis.push(ssrc);
        return Promise.resolve();
      },
    };
    return {track, plis, source: new TrackSource('video', 'someone', track, receiver)};
  }

  it('aggregates the key frame requests of many viewers and rate-limits PLIs', () => {
    const {track, plis, source: video} = source();
    try {
      const start = 1_000_000;
      for (let viewer = 0; viewer < 10; viewer++) video.requestKeyframe(start);
      assert.equal(plis.length, 1, 'ten viewers asking at once: one PLI');
      // Viewers keep asking every tick while they wait: the outstanding PLI is only repeated after a second.
      for (let at = start + 100; at < start + 1000; at += 100) {
        video.requestKeyframe(at);
        video.endTick(true, at);
      }
      assert.equal(plis.length, 1);
      video.endTick(true, start + 1000);
      assert.equal(plis.length, 2, 'no key frame after a second: asked again');
      track.onReceiveRtp.execute(packet(true, 1));
      // A key frame answered everyone; a new request right after it waits for the minimum interval …
      video.requestKeyframe(start + 1200);
      video.endTick(true, start + 1300);
      assert.equal(plis.length, 2);
      // … and is then sent once, without anyone asking again.
      video.endTick(true, start + 1500);
      assert.equal(plis.length, 3);
      assert.equal(video.keyframeRequests, 3);
      assert.deepEqual(new Set(plis), new Set([1234]));
    } finally {
      video.close();
    }
  });

  it('stops counting as flowing only after ticks in which the rest of the room did send', () => {
    const {track, source: video} = source();
    try {
      assert.equal(video.isFlowing(), false, 'nothing received yet');
      track.onReceiveRtp.execute(packet(true, 1));
      video.endTick(true, 0);
      assert.equal(video.isFlowing(), true);
      // The node itself starved of CPU: its timer runs before the queued packets are read, so
      // nobody seems to send. That is not the source stopping.
      for (let tick = 0; tick < 20; tick++) video.endTick(false, 0);
      assert.equal(video.isFlowing(), true);
      track.onReceiveRtp.execute(packet(false, 2));
      video.endTick(true, 0);
      // Silent while others send (a camera turned off): stopped after about a second.
      for (let tick = 0; tick < 9; tick++) video.endTick(true, 0);
      assert.equal(video.isFlowing(), true);
      video.endTick(true, 0);
      assert.equal(video.isFlowing(), false);
      track.onReceiveRtp.execute(packet(false, 3));
      video.endTick(true, 0);
      assert.equal(video.isFlowing(), true);
    } finally {
      video.close();
    }
  });

  it('is not flowing once its call has ended (nobody ticks it any more)', () => {
    const {track, source: video} = source();
    track.onReceiveRtp.execute(packet(true, 1));
    video.endTick(true, 0);
    assert.equal(video.isFlowing(), true);
    video.close();
    assert.equal(video.isFlowing(), false);
  });
});
