// The state of today's Pexip meeting features: live captions, layouts and breakout rooms.

/** One caption of the meeting's live captions, as the node sent it. */
export interface Caption {
  readonly text: string;
  /** The display names of who spoke it. */
  readonly speakers: readonly string[];
  /** The node will not revise it (an interim caption is replaced by the next). */
  readonly final: boolean;
}

/** A final caption kept in the transcript. */
export interface TranscriptLine {
  /** Milliseconds since the epoch, when it arrived. */
  readonly at: number;
  readonly speakers: readonly string[];
  readonly text: string;
}

/** Live captions: whether the node has them, whether we turned them on, and what was said. */
export interface CaptionsState {
  /** The node offers captions in the room our call is in (`liveCaptionsAvailable`). */
  readonly available: boolean;
  /** The node confirmed that it sends us captions. */
  readonly enabled: boolean;
  /** The latest caption, final or not. */
  readonly current?: Caption;
  /** Final captions, oldest first (the last `TRANSCRIPT_LIMIT`). */
  readonly transcript: readonly TranscriptLine[];
}

/** The meeting's layout that hosts chose, in the room our call is in. */
export interface LayoutState {
  /** What hosts and guests see (the same except in a Virtual Auditorium); none until the node says. */
  readonly requested?: {readonly host: string; readonly guest: string};
  /** The node shows participants' names over their video. */
  readonly overlayText: boolean;
}

/** A layout the node offers, with its own preview (SVG markup: render it as an image, never as markup). */
export interface LayoutOption {
  /** Pexip's name, such as `1:7` or `ac`. */
  readonly name: string;
  readonly svg?: string;
}

/** A breakout room as its conference status describes it. */
export interface BreakoutRoomInfo {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  /** When it closes by itself, Unix time in seconds; none: when a host closes it. */
  readonly endTime?: number;
  /** At its end, back to the main room (`transfer`) or the call ends (`disconnect`). */
  readonly endAction?: 'transfer' | 'disconnect';
  readonly guestsAllowedToLeave: boolean;
  /** Someone in the room asked for help (`participantId`: who, where the node says). */
  readonly help?: {readonly at: number; readonly participantId?: string};
}

/** Breakout rooms: the ones we know, the room our call is in, and our call moving. */
export interface BreakoutsState {
  /** The node lets hosts open breakout rooms in this meeting. */
  readonly enabled: boolean;
  /** The room our call is in: `MAIN_ROOM_ID` or a breakout room's id. */
  readonly currentRoomId: string;
  /** Our participant id in each breakout room we are in or observe (a node may give a new one per room). */
  readonly selfIds: Readonly<Record<string, string>>;
  /** The breakout rooms we know (hosts know every open room), keyed by id. */
  readonly rooms: Readonly<Record<string, BreakoutRoomInfo>>;
  /** A host moved us: our call is on its way to this room (`MAIN_ROOM_ID`: back). */
  readonly moving?: {readonly to: string; readonly name: string};
}

/** How participants go into the rooms being opened: by hand (ids per room, in order), or evenly at random. */
export type BreakoutAssignment =
  {readonly kind: 'manual'; readonly byRoom: readonly (readonly string[])[]} | {readonly kind: 'random'};

/** What a host asks for when opening breakout rooms. */
export interface BreakoutPlan {
  /** One entry per room, in order. */
  readonly rooms: readonly {readonly name: string}[];
  /** Minutes; none: until a host closes them. */
  readonly durationMinutes?: number;
  /** At the end, back to the main room (`transfer`) or their calls end (`disconnect`). */
  readonly endAction: 'transfer' | 'disconnect';
  readonly guestsAllowedToLeave: boolean;
  readonly assignment: BreakoutAssignment;
}
