import {createRequire} from 'node:module';

/**
 * The part of `@roamhq/wrtc` (libwebrtc for Node) the composing engine uses, typed here: the
 * package's own declarations re-export DOM types that the dev node's Node-only `lib` lacks.
 */
export interface I420Frame {
  readonly width: number;
  readonly height: number;
  /** Y plane (width × height), then U and V (each width/2 × height/2). */
  readonly data: Uint8Array;
}

export interface PcmFrame {
  readonly samples: Int16Array;
  readonly sampleRate: number;
  readonly bitsPerSample?: number;
  readonly channelCount?: number;
  readonly numberOfFrames?: number;
}

export interface WrtcTrack {
  readonly kind: 'audio' | 'video';
  readonly id: string;
  stop(): void;
}

export interface WrtcSender {
  readonly track: WrtcTrack | null;
  replaceTrack(track: WrtcTrack | null): Promise<void>;
}

export interface WrtcReceiver {
  readonly track: WrtcTrack;
}

export interface WrtcTransceiver {
  readonly mid: string | null;
  direction: 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';
  readonly sender: WrtcSender;
  readonly receiver: WrtcReceiver;
}

export interface WrtcStats {
  forEach(callback: (entry: Record<string, unknown> & {type: string}) => void): void;
}

export interface WrtcPeerConnection {
  readonly connectionState: 'new' | 'connecting' | 'connected' | 'disconnected' | 'failed' | 'closed';
  readonly iceGatheringState: 'new' | 'gathering' | 'complete';
  readonly localDescription: {readonly sdp: string} | null;
  onconnectionstatechange: (() => void) | null;
  onicegatheringstatechange: (() => void) | null;
  setRemoteDescription(description: {type: 'offer'; sdp: string}): Promise<void>;
  createAnswer(): Promise<{type: 'answer'; sdp: string}>;
  setLocalDescription(description: {type: 'answer'; sdp: string}): Promise<void>;
  addIceCandidate(candidate: {candidate: string; sdpMid: string; usernameFragment?: string}): Promise<void>;
  getTransceivers(): WrtcTransceiver[];
  getStats(): Promise<WrtcStats>;
  close(): void;
}

export interface VideoSink {
  onframe: ((event: {frame: I420Frame}) => void) | null;
  stop(): void;
}

export interface AudioSink {
  ondata: ((data: PcmFrame) => void) | null;
  stop(): void;
}

export interface VideoSource {
  createTrack(): WrtcTrack;
  onFrame(frame: I420Frame): void;
}

export interface AudioSource {
  createTrack(): WrtcTrack;
  onData(data: PcmFrame): void;
}

interface Wrtc {
  RTCPeerConnection: new (configuration: {
    iceServers: readonly unknown[];
    bundlePolicy: 'max-bundle';
    sdpSemantics?: 'unified-plan';
  }) => WrtcPeerConnection;
  nonstandard: {
    RTCVideoSink: new (track: WrtcTrack) => VideoSink;
    RTCAudioSink: new (track: WrtcTrack) => AudioSink;
    RTCVideoSource: new (init?: {isScreencast?: boolean}) => VideoSource;
    RTCAudioSource: new () => AudioSource;
    i420ToRgba(i420: I420Frame, rgba: I420Frame): void;
  };
}

/** Loaded on first use, so the forwarding node never loads libwebrtc. */
let loaded: Wrtc | undefined;

/**
 * The addon crashes (SIGSEGV) in Node's environment cleanup at a natural exit (node-webrtc
 * issue 636, still so in 0.10.0); `process.exit` skips that cleanup. So once it is loaded, a
 * process whose event loop has emptied ends through `process.exit`, with its exit code.
 * Every track must be stopped before its peer connection closes, or the process never empties.
 */
export function wrtc(): Wrtc {
  if (!loaded) {
    loaded = createRequire(import.meta.url)('@roamhq/wrtc') as Wrtc;
    process.once('beforeExit', () => process.exit(process.exitCode ?? 0));
  }
  return loaded;
}
