import {ComposingEngine} from './compose/engine.js';
import {type CallPeer, MediaPeer} from './peer.js';
import {MediaRelay, type StageEntry} from './relay.js';
import type {MediaMember, RoomMedia, RoomMediaOptions} from './room-media-types.js';

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

export type {MediaMember, RoomMedia, RoomMediaOptions} from './room-media-types.js';

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
