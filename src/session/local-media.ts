import type {JoinMode, MediaProblem} from './types.js';

/** A failure to open the camera or microphone, with a code the view can word. */
export class LocalMediaError extends Error {
  constructor(
    readonly code: MediaProblem,
    cause: unknown
  ) {
    super(code, {cause});
    this.name = 'LocalMediaError';
  }
}

export interface DeviceChoice {
  readonly cameraId?: string;
  readonly microphoneId?: string;
}

function constraintFor(deviceId: string | undefined): MediaTrackConstraints | boolean {
  return deviceId ? {deviceId: {exact: deviceId}} : true;
}

function toLocalMediaError(error: unknown): LocalMediaError {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return new LocalMediaError('media-denied', error);
  if (name === 'NotReadableError' || name === 'AbortError') return new LocalMediaError('media-busy', error);
  return new LocalMediaError('media-unavailable', error);
}

/**
 * Opens the camera and/or microphone that a join mode needs. Resolves to `undefined` for
 * control-only mode, where nothing is captured.
 */
export async function openLocalMedia(mode: Exclude<JoinMode, 'control-only'>, devices?: DeviceChoice): Promise<MediaStream>;
export async function openLocalMedia(mode: JoinMode, devices?: DeviceChoice): Promise<MediaStream | undefined>;
export async function openLocalMedia(mode: JoinMode, devices: DeviceChoice = {}): Promise<MediaStream | undefined> {
  if (mode === 'control-only') return undefined;
  // Absent outside secure contexts; the DOM types say it is always there.
  if (!(navigator.mediaDevices as Partial<MediaDevices> | undefined)?.getUserMedia) {
    throw new LocalMediaError('media-unavailable', new Error('getUserMedia is not available (is the page served over HTTPS?)'));
  }
  try {
    return await navigator.mediaDevices.getUserMedia({
      audio: constraintFor(devices.microphoneId),
      video: mode === 'audio-video' ? constraintFor(devices.cameraId) : false,
    });
  } catch (error) {
    throw toLocalMediaError(error);
  }
}

export interface OpenedMedia {
  /** The mode whose devices could be opened. */
  readonly mode: JoinMode;
  readonly stream?: MediaStream;
  /** Why the mode above it could not be used, when it is less than what was asked for. */
  readonly problem?: MediaProblem;
}

/**
 * Opens what `mode` needs or, when that fails, what the next lesser mode needs: camera and
 * microphone, then the microphone only, then nothing (presentation and control), so that a
 * missing, refused or busy device never keeps anyone out of a meeting.
 */
export async function openBestLocalMedia(mode: JoinMode, devices: DeviceChoice = {}): Promise<OpenedMedia> {
  const attempts: JoinMode[] =
    mode === 'audio-video' ? ['audio-video', 'audio-only'] : mode === 'audio-only' ? ['audio-only'] : [];
  let problem: MediaProblem | undefined;
  for (const attempt of attempts) {
    try {
      return {mode: attempt, stream: await openLocalMedia(attempt, devices), problem};
    } catch (error) {
      problem = error instanceof LocalMediaError ? error.code : 'media-unavailable';
    }
  }
  return {mode: 'control-only', problem};
}

/** Streams with background effects or noise suppression: the camera's own stream behind each, and what stops the processing. */
const processedStreams = new WeakMap<MediaStream, {readonly raw: MediaStream; readonly release: () => Promise<void>}>();

/** `processed` is made from `raw` by effects that `release` stops. */
export function linkProcessedStream(processed: MediaStream, raw: MediaStream, release: () => Promise<void>): void {
  processedStreams.set(processed, {raw, release});
}

/** The camera's and microphone's own stream behind a processed one (or the stream itself). */
export function rawStreamOf(stream: MediaStream): MediaStream {
  return processedStreams.get(stream)?.raw ?? stream;
}

/** Stops the effects that made `stream`, leaving the camera's own tracks running. */
export async function releaseProcessing(stream: MediaStream): Promise<void> {
  const processed = processedStreams.get(stream);
  processedStreams.delete(stream);
  await processed?.release();
}

/** Stops every track of a stream, and of the camera's stream behind a processed one (turns the camera light off). */
export function stopStream(stream: MediaStream | undefined): void {
  if (!stream) return;
  const raw = rawStreamOf(stream);
  void releaseProcessing(stream);
  for (const track of [...stream.getTracks(), ...raw.getTracks()]) track.stop();
}
