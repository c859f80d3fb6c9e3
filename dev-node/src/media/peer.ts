import {Socket} from 'node:dgram';
import {
  DtlsClient,
  type MediaStreamTrack,
  PictureLossIndication,
  RTCPeerConnection,
  RTCRtpCodecParameters,
  type RTCDtlsTransport,
  type RTCRtpTransceiver,
  type RtcpPacket,
  RtcpPayloadSpecificFeedback,
  useAbsSendTime,
  useAudioLevelIndication,
  useSdesMid,
} from 'werift';
import {Forwarder} from './forwarder.js';
import {
  type Direction,
  type MediaRole,
  type MediaSection,
  mediaSections,
  repairAnswer,
  roleOf,
  unbundleOnlyPorts,
} from './sdp.js';
import {TrackSource} from './source.js';

const ROLES: readonly MediaRole[] = ['audio', 'main', 'slides'];
const MAX_EARLY_CANDIDATES = 50;
/** A candidate whose address is an mDNS name: `candidate:0 1 UDP 2122187007 <uuid>.local 49222 typ host`. */
const MDNS_HOST = /^candidate:\S+ \d+ \S+ \d+ \S+\.local /i;

/** A candidate from `new_candidate`; an empty `candidate` is end-of-candidates. */
export interface TrickledCandidate {
  readonly candidate: string;
  readonly mid?: string | undefined;
  readonly ufrag?: string | undefined;
}
const GATHERING_TIMEOUT_MS = 5000;
/**
 * UDP receive buffer of the node's sockets. The default (about 200 KB, some 90 packets counting the
 * kernel's overhead) overflows when the node is starved of CPU for a few hundred milliseconds on a
 * machine shared with the browsers; the lost packets then come back a second later through NACKs,
 * and every viewer of that stream freezes meanwhile. Linux caps this at net.core.rmem_max.
 */
const RECEIVE_BUFFER_BYTES = 1 << 20;
/** A DTLS flight number past the last one of either side (werift's client sets 7 once connected). */
const PAST_LAST_FLIGHT = 7;

/** The part of werift's ICE connection that holds its sockets (private in werift's types). */
interface IceSockets {
  readonly protocols?: readonly {readonly transport?: {readonly socket?: unknown}}[];
}

export type ConnectionState = RTCPeerConnection['connectionState'];
export type PerRole<T> = Record<MediaRole, T>;

/** What `/dev/state` shows of a call's media (see `MediaPeer.report`). */
export interface MediaReport {
  readonly stalled: boolean;
  readonly received: PerRole<number>;
  readonly forwarded: PerRole<number>;
  readonly forwarding: PerRole<string | null>;
  readonly switchingTo: PerRole<string | null>;
  readonly switches: PerRole<number>;
  readonly keyframeRequests: PerRole<number>;
}

/** What the conference and the routes use of a call's media, whichever engine serves it. */
export interface CallPeer {
  readonly connectionState: ConnectionState;
  /** The browser's direction per role in its latest offer. */
  readonly offered: Partial<PerRole<Direction>>;
  /** Answers an offer (first call and every renegotiation); candidates are in the answer. */
  answer(offer: string): Promise<string>;
  addCandidate(candidate: TrickledCandidate): Promise<void>;
  report(): MediaReport;
  /** A dev-node fault: nothing reaches the browser until it restarts ICE. */
  stallUntilIceRestart(): void;
  /**
   * A dev-node fault: this share (0–1, 0 stops it) of the audio packets relayed to the browser is
   * left out. Returns false where the engine cannot (the composing one encodes its own audio).
   */
  loseAudio(share: number): boolean;
  close(): Promise<void>;
}

/**
 * werift's DTLS client starts its handshake 100 ms after ICE connects without checking whether the
 * connection was closed meanwhile, and retransmits an unanswered flight for up to 33 s on
 * `timers/promises` timers that closing does not cancel: a call ended at that moment kept the
 * process alive. So a handshake not yet started never starts, and one under way (either side's)
 * stops at its next retransmission, as when it completes.
 */
function abandonHandshakes(transports: readonly RTCDtlsTransport[]): void {
  for (const transport of transports) {
    const socket = transport.dtls;
    if (!socket || transport.state === 'connected') continue;
    if (socket instanceof DtlsClient) socket.connect = () => Promise.resolve();
    socket.dtls.flight = PAST_LAST_FLIGHT;
  }
}

/**
 * werift configuration from werift-relay.md: one codec per kind so every peer negotiates the
 * same payload format, no RTX, and no transport-cc (werift's TWCC feedback is malformed).
 * Extension objects are created per connection because werift numbers them in place.
 */
function createConnection(): RTCPeerConnection {
  return new RTCPeerConnection({
    iceServers: [],
    iceUseIpv6: false,
    bundlePolicy: 'max-bundle',
    codecs: {
      audio: [new RTCRtpCodecParameters({mimeType: 'audio/opus', clockRate: 48_000, channels: 2})],
      video: [
        new RTCRtpCodecParameters({
          mimeType: 'video/VP8',
          clockRate: 90_000,
          rtcpFeedback: [{type: 'nack'}, {type: 'nack', parameter: 'pli'}, {type: 'goog-remb'}],
        }),
      ],
    },
    headerExtensions: {audio: [useSdesMid(), useAudioLevelIndication()], video: [useSdesMid(), useAbsSendTime()]},
  });
}

/**
 * The server side of one participant's WebRTC call: answers the browser's offers (first call and
 * every renegotiation), exposes what the browser sends as sources and what it receives as
 * forwarders, one per m-line role.
 */
export class MediaPeer implements CallPeer {
  private readonly pc = createConnection();
  private readonly roleByTransceiver = new Map<RTCRtpTransceiver, MediaRole>();
  private readonly hookedTransports = new Set<RTCDtlsTransport>();
  private readonly enlargedSockets = new WeakSet<Socket>();
  /** The m-sections of the offer being (or last) negotiated. */
  private sections: MediaSection[] = [];
  readonly sources: Partial<PerRole<TrackSource>> = {};
  readonly forwarders: Partial<PerRole<Forwarder>> = {};
  /** The browser's direction per role in its latest offer. */
  offered: Partial<PerRole<Direction>> = {};
  private negotiation: Promise<unknown> = Promise.resolve();
  private remoteUfrag: string | undefined;
  private earlyCandidates: TrickledCandidate[] = [];
  private closed = false;

  /** `onChange` runs whenever routing may need to change (tracks, directions, connection). */
  constructor(
    private readonly owner: string,
    private readonly onChange: () => void
  ) {
    this.pc.ontrack = ({track, transceiver}) => this.onRemoteTrack(track, transceiver);
    this.pc.connectionStateChange.subscribe(() => this.onChange());
  }

  get connectionState(): ConnectionState {
    return this.pc.connectionState;
  }

  /** The browser sends media on this role's m-line. */
  sends(role: MediaRole): boolean {
    const direction = this.offered[role];
    return (direction === 'sendrecv' || direction === 'sendonly') && this.sources[role] !== undefined;
  }

  /** The browser wants to receive media on this role's m-line. */
  receives(role: MediaRole): boolean {
    const direction = this.offered[role];
    return (direction === 'sendrecv' || direction === 'recvonly') && this.forwarders[role] !== undefined;
  }

  /** Answers an offer (serialised: renegotiations never overlap). Candidates are in the answer. */
  answer(offer: string): Promise<string> {
    const result = this.negotiation.then(() => this.negotiate(offer));
    this.negotiation = result.catch(() => undefined);
    return result;
  }

  /**
   * A trickled candidate. One for an ICE generation we have not negotiated yet (an ICE restart
   * whose `update` is still on its way) is kept until that offer arrives.
   */
  async addCandidate(candidate: TrickledCandidate): Promise<void> {
    await this.negotiation;
    if (this.closed) return;
    if (candidate.ufrag !== undefined && candidate.ufrag !== this.remoteUfrag) {
      this.earlyCandidates = [...this.earlyCandidates.slice(1 - MAX_EARLY_CANDIDATES), candidate];
      return;
    }
    await this.applyCandidate(candidate);
  }

  private applyCandidate(candidate: TrickledCandidate): Promise<void> {
    const added = this.pc.addIceCandidate({
      candidate: candidate.candidate,
      sdpMid: candidate.mid ?? '0',
      ...(candidate.ufrag === undefined ? {} : {usernameFragment: candidate.ufrag}),
    });
    // Firefox hides host addresses behind mDNS names (`<uuid>.local`). werift looks them up over
    // multicast and waits 10 s when nothing answers, and the SDK sends everything else (the
    // presentation's `update` too) only after this request: let the lookup finish on its own.
    if (MDNS_HOST.test(candidate.candidate)) {
      added.catch(() => undefined);
      return Promise.resolve();
    }
    return added;
  }

  /**
   * Packet counts per role, whose media each outgoing m-line carries now and which source it is
   * switching to (waiting for a key frame), completed switches, and the PLIs the node sent.
   */
  report(): MediaReport {
    const perRole = <T>(pick: (role: MediaRole) => T): PerRole<T> =>
      Object.fromEntries(ROLES.map((role) => [role, pick(role)])) as PerRole<T>;
    return {
      stalled: ROLES.some((role) => this.forwarders[role]?.isPaused),
      received: perRole((role) => this.sources[role]?.packets ?? 0),
      forwarded: perRole((role) => this.forwarders[role]?.forwardedPackets ?? 0),
      forwarding: perRole((role) => this.forwarders[role]?.forwarding?.label ?? null),
      switchingTo: perRole((role) => this.forwarders[role]?.switchingTo?.label ?? null),
      switches: perRole((role) => this.forwarders[role]?.switches ?? 0),
      keyframeRequests: perRole((role) => this.sources[role]?.keyframeRequests ?? 0),
    };
  }

  /**
   * A dev-node fault: the path to the browser breaks. Nothing is sent until the browser restarts
   * ICE (the SDK does when inbound video stops), as if the restart found a working path.
   */
  stallUntilIceRestart(): void {
    for (const role of ROLES) this.forwarders[role]?.pause();
  }

  loseAudio(share: number): boolean {
    const audio = this.forwarders.audio;
    if (audio) audio.lossShare = share;
    return true;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const role of ROLES) {
      this.forwarders[role]?.close();
      this.sources[role]?.close();
    }
    this.pc.ontrack = null;
    this.pc.connectionStateChange.allUnsubscribe();
    // werift's setLocalDescription starts ICE checks once gathering ends even if the connection was
    // closed meanwhile (gathering marks the closed ICE connection `completed` again), and those
    // checks then poll every 20 ms for ever: a negotiation under way ends (at its next step) first.
    await this.negotiation;
    abandonHandshakes(this.pc.dtlsTransports);
    await this.pc.close().catch(() => undefined);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('Call already disconnected');
  }

  private async negotiate(offer: string): Promise<string> {
    this.assertOpen();
    const sections = mediaSections(offer);
    if (!offer.startsWith('v=0') || !sections.some((section) => roleOf(section))) {
      throw new Error('the offer has no audio or video m-line');
    }
    this.sections = sections;
    const ufrag = /^a=ice-ufrag:(\S+)/m.exec(offer)?.[1];
    if (this.remoteUfrag !== undefined && ufrag !== this.remoteUfrag) {
      // An ICE restart. werift takes a new remote ufrag for "renomination" whenever an m-line is
      // inactive (as the slides m-line usually is), keeps its own credentials and then never
      // nominates a pair of the new candidate generation: outgoing media stops. Restart properly.
      for (const transport of this.pc.dtlsTransports) transport.iceTransport.restart();
      for (const role of ROLES) this.forwarders[role]?.resume(Date.now());
    }
    await this.pc.setRemoteDescription({type: 'offer', sdp: unbundleOnlyPorts(offer)});
    this.assertOpen();
    this.remoteUfrag = ufrag;
    const offered: Partial<PerRole<Direction>> = {};
    for (const transceiver of this.pc.getTransceivers()) {
      const role = this.roleOf(transceiver);
      const section = this.sections.find((candidate) => candidate.mid === transceiver.mid);
      if (!role || !section || offered[role] !== undefined) continue;
      offered[role] = section.direction;
      this.forwarders[role] ??= new Forwarder(transceiver.sender, role === 'audio' ? 'audio' : 'video');
      // werift mirrors the offered direction when its own side is sendrecv (werift-relay.md §7).
      transceiver.setDirection('sendrecv');
    }
    this.offered = offered;
    const answer = await this.pc.createAnswer();
    this.assertOpen();
    await this.pc.setLocalDescription(answer);
    await this.waitForGathering();
    this.assertOpen();
    this.enlargeReceiveBuffers();
    this.hookKeyframeRequests();
    const early = this.earlyCandidates.filter((candidate) => candidate.ufrag === this.remoteUfrag);
    this.earlyCandidates = [];
    for (const candidate of early) await this.applyCandidate(candidate).catch(() => undefined);
    this.onChange();
    return repairAnswer(this.pc.localDescription?.sdp ?? answer.sdp, offer);
  }

  private async waitForGathering(): Promise<void> {
    if (this.pc.iceGatheringState === 'complete') return;
    await this.pc.iceGatheringStateChange.watch((state) => state === 'complete', GATHERING_TIMEOUT_MS).catch(() => undefined);
  }

  private onRemoteTrack(track: MediaStreamTrack, transceiver: RTCRtpTransceiver): void {
    const role = this.roleOf(transceiver);
    if (!role || this.sources[role]?.isFor(track)) return;
    this.sources[role]?.close();
    this.sources[role] = new TrackSource(role === 'audio' ? 'audio' : 'video', this.owner, track, transceiver.receiver);
    this.onChange();
  }

  /**
   * A transceiver's role is fixed by its m-line when first seen. Tracks arrive inside
   * setRemoteDescription, so this is looked up from the offer being negotiated.
   */
  private roleOf(transceiver: RTCRtpTransceiver): MediaRole | undefined {
    const known = this.roleByTransceiver.get(transceiver);
    if (known) return known;
    const section = this.sections.find((candidate) => candidate.mid === transceiver.mid);
    const role = section && roleOf(section);
    const taken = [...this.roleByTransceiver.values()];
    if (!role || taken.includes(role)) return undefined;
    this.roleByTransceiver.set(transceiver, role);
    return role;
  }

  private enlargeReceiveBuffers(): void {
    for (const transport of this.pc.dtlsTransports) {
      for (const protocol of (transport.iceTransport.connection as unknown as IceSockets).protocols ?? []) {
        const socket = protocol.transport?.socket;
        if (!(socket instanceof Socket) || this.enlargedSockets.has(socket)) continue;
        this.enlargedSockets.add(socket);
        try {
          socket.setRecvBufferSize(RECEIVE_BUFFER_BYTES);
        } catch {
          // Not bound (gathering failed): there is nothing to receive on it anyway.
        }
      }
    }
  }

  /**
   * werift routes a viewer's PLI to a receiver, which ignores it, whenever the viewer also sends
   * media (werift-relay.md pitfall 2), so PLIs are taken from the transport directly.
   */
  private hookKeyframeRequests(): void {
    for (const transport of this.pc.dtlsTransports) {
      if (this.hookedTransports.has(transport)) continue;
      this.hookedTransports.add(transport);
      transport.onRtcp.subscribe((rtcp: RtcpPacket) => {
        if (rtcp.type !== RtcpPayloadSpecificFeedback.type) return;
        const feedback = rtcp.feedback;
        if (!(feedback instanceof PictureLossIndication)) return;
        const forwarder = ROLES.map((role) => this.forwarders[role]).find((f) => f?.ssrc === feedback.mediaSsrc);
        forwarder?.requestKeyframe(Date.now());
      });
    }
  }
}
