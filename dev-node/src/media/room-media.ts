import {ComposingEngine} from './compose/engine.js';
import type {LayoutName} from './compose/layouts.js';
import type {Still} from './compose/stills.js';
import {type CallPeer, MediaPeer} from './peer.js';
import {MediaRelay, type RelayMember, type StageEntry} from './relay.js';

/**
 * How the node serves a room's media: `forward` relays one speaker's packets to each viewer
 * (werift, no codecs); `compose` decodes everyone and sends each participant a composed
 * picture in the room's layout and a mix of the others' sound (libwebrtc).
 */
export type MediaEngineKind = 'forward' | 'compose';
export const MEDIA_ENGINES: readonly MediaEngineKind[] = ['forward', 'compose'];

export function isMediaEngine(value: string): value is MediaEngineKind {
  return (MEDIA_ENGINES as readonly string[]).includes(value);
}

/** A participant with a call, as the room's media sees it. */
export interface MediaMember extends Omit<RelayMember, 'peer'> {
  readonly peer: CallPeer;
  /** The name drawn on their tile. */
  displayName(): string;
  /** Camera turned off (`video_muted`): a placeholder tile instead of their picture. */
  isVideoMuted(): boolean;
}

/** A room's media, whichever engine: the conference only talks to this. */
export interface RoomMedia {
  createPeer(owner: string, onChange: () => void): CallPeer;
  add(member: MediaMember): void;
  remove(uuid: string): void;
  setPresenter(uuid: string | undefined): void;
  /** Re-evaluates who gets what now (after joins, leaves, mutes, renegotiations). */
  route(): void;
  /** Speakers by recency, with voice activity. */
  stage(): StageEntry[];
  /** Engine figures for /dev/state (encoder, mixer), or null when there is nothing to report. */
  figures(): Record<string, unknown> | null;
  /** The presentation's latest still image (composing engine only: it decodes the slides). */
  presentationStill(): Still | undefined;
  close(): void;
}

export interface RoomMediaOptions {
  readonly onStageChange: () => void;
  /** The room's layout now (a host may change it at any time). */
  readonly layout: () => LayoutName;
  /** A new presentation still is ready (the `presentation_frame` event). */
  readonly onPresentationFrame?: (id: string) => void;
}

class ForwardingMedia implements RoomMedia {
  private readonly relay: MediaRelay;

  constructor(onStageChange: () => void) {
    this.relay = new MediaRelay(onStageChange);
  }

  createPeer(owner: string, onChange: () => void): CallPeer {
    return new MediaPeer(owner, onChange);
  }

  add(member: MediaMember): void {
    const peer = member.peer;
    if (!(peer instanceof MediaPeer)) throw new Error('a forwarding room needs werift peers');
    this.relay.add({...member, peer});
  }

  remove(uuid: string): void {
    this.relay.remove(uuid);
  }

  setPresenter(uuid: string | undefined): void {
    this.relay.setPresenter(uuid);
  }

  route(): void {
    this.relay.route();
  }

  stage(): StageEntry[] {
    return this.relay.stage();
  }

  figures(): null {
    return null;
  }

  presentationStill(): undefined {
    return undefined;
  }

  close(): void {
    this.relay.close();
  }
}

export function createRoomMedia(kind: MediaEngineKind, options: RoomMediaOptions): RoomMedia {
  return kind === 'compose' ? new ComposingEngine(options) : new ForwardingMedia(options.onStageChange);
}
