import type {JoinMode} from './types.js';

/** A failure to open the camera or microphone, with a code the view can word. */
export class LocalMediaError extends Error {
  constructor(
    readonly code: 'media-denied' | 'media-unavailable' | 'media-busy',
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
export async function openLocalMedia(mode: JoinMode, devices: DeviceChoice = {}): Promise<MediaStream | undefined> {
  if (mode === 'control-only') return undefined;
  if (!navigator.mediaDevices?.getUserMedia) {
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

/** Stops every track of a stream (turns the camera light off). */
export function stopStream(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
