import type {LayoutName} from './compose/layouts.js';
import type {Still} from './compose/stills.js';
import type {CallPeer} from './peer.js';
import type {RelayMember, StageEntry} from './relay.js';

// What the conference and both engines share, apart from the engines themselves (room-media.ts
// chooses one), so that an engine needs nothing from the module that creates it.

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
