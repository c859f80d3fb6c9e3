import type {FaultSpec} from '../../dev-node/src/index.js';

/**
 * The dev node that web-test-runner starts for the browser tests (see web-test-runner.config.mjs),
 * and the dev-only endpoints the tests use to set up rooms and look at what the node saw.
 */
declare global {
  interface Window {
    __PEX_DEV_NODE__?: string;
  }
}

export const devNodeUrl = window.__PEX_DEV_NODE__ ?? '';
// The dev API (`/dev/…`) is fetched from the test page's own origin: web-test-runner forwards it
// to the node (scripts/dev-api-proxy.mjs), which refuses it from any other site.

/** A room as the dev node's config format describes it (see dev-node/README.md). */
export interface RoomSpec {
  readonly name?: string;
  readonly hostPin?: string;
  readonly guestPin?: string;
  readonly allowGuests?: boolean;
  readonly locked?: boolean;
  readonly hostTimeoutSeconds?: number;
  readonly participantLimit?: number;
  readonly callType?: 'video' | 'video-only' | 'audio';
  readonly captions?: {
    readonly available?: boolean;
    readonly script?: readonly {readonly from: string; readonly text: string}[];
    readonly intervalSeconds?: number;
    readonly speaking?: boolean;
  };
  /** Guests wait until a host starts the meeting. */
  readonly hostMustStart?: boolean;
  readonly chatEnabled?: boolean;
  readonly guestsCanPresent?: boolean;
  readonly sso?: {readonly providers: readonly {readonly name: string; readonly redirectFlow?: boolean}[]};
  readonly classification?: {readonly levels: Readonly<Record<string, string>>; readonly current: number};
  readonly endsAfterSeconds?: number;
  readonly theme?: {
    readonly welcome?: {readonly text: string; readonly seconds: number};
    readonly waitingForHost?: {readonly text: string; readonly seconds?: number};
  };
}

/** Changes a meeting as an administrator or its schedule would (the dev node's `/dev/status`). */
export async function setMeetingStatus(
  room: string,
  change: {readonly classification?: number; readonly endsInSeconds?: number | null}
): Promise<void> {
  const response = await fetch('/dev/status', {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({room, ...change}),
  });
  if (!response.ok) throw new Error(`/dev/status for ${room} failed: ${response.status} ${await response.text()}`);
}

let roomCounter = 0;

/** Creates a room that only this test uses, and returns its alias. */
export async function createRoom(spec: RoomSpec = {}): Promise<string> {
  roomCounter += 1;
  const alias = `test.${Date.now().toString(36)}.${roomCounter}`;
  const response = await fetch(`/dev/rooms`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({aliases: [alias], name: `Test room ${roomCounter}`, ...spec}),
  });
  if (!response.ok) throw new Error(`Creating room ${alias} failed: ${response.status} ${await response.text()}`);
  return alias;
}

/**
 * Polls `check` until it returns a truthy value, or fails with `what` after `timeout` ms. A
 * check that throws fails at once (use that for states that can never turn good).
 */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeout = 20000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A room as the dev node itself holds it (its dev-only `/dev/state`); `Room` names the fields the test reads. */
export async function devRoomState<Room>(alias: string): Promise<Room> {
  const response = await fetch(`/dev/state?room=${encodeURIComponent(alias)}`);
  const {rooms} = (await response.json()) as {rooms: Room[]};
  return rooms[0];
}

/**
 * The video packets the dev node has received from each caller's camera in a room. Remote frames
 * alone do not prove a camera gets through: the node shows a placeholder for one that sends nothing.
 */
export async function cameraPacketsReceived(alias: string): Promise<number[]> {
  const room = await devRoomState<{participants: {call: null | {packets: {received: {video: number}}}}[]}>(alias);
  return room.participants.flatMap(({call}) => (call ? [call.packets.received.video] : []));
}

/** Counts the frames a `<video>` presents during `ms` milliseconds. */
export function countVideoFrames(video: HTMLVideoElement, ms = 1500): Promise<number> {
  return new Promise((resolve) => {
    let frames = 0;
    let active = true;
    const onFrame = () => {
      if (!active) return;
      frames += 1;
      video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
    setTimeout(() => {
      active = false;
      resolve(frames);
    }, ms);
  });
}

/** Switches faults on for a room (and restarts its request counts): dev-node/README.md, `/dev/faults`. */
export async function setFaults(room: string, spec: FaultSpec): Promise<void> {
  const response = await fetch(`/dev/faults`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({room, ...spec}),
  });
  if (!response.ok) throw new Error(`Setting faults for ${room} failed: ${response.status} ${await response.text()}`);
}

/** The room's API requests per endpoint (`request_token`, `events`, …) since the faults were last set. */
export async function faultRequests(room: string): Promise<Record<string, number>> {
  const response = await fetch(`/dev/faults?room=${encodeURIComponent(room)}`);
  return ((await response.json()) as {result: {requests: Record<string, number>}}).result.requests;
}

export async function clearFaults(room: string): Promise<void> {
  await fetch(`/dev/faults?room=${encodeURIComponent(room)}`, {method: 'DELETE'});
}
