import type {Session} from '../session/session.js';

/** Why the screen is not shared: the browser cannot capture it, or the user (or browser) did not start it. */
export class ScreenCaptureError extends Error {
  constructor(
    readonly problem: 'unsupported' | 'not-started',
    cause?: unknown
  ) {
    super(
      cause instanceof Error
        ? cause.message
        : problem === 'unsupported'
          ? 'this browser cannot capture the screen'
          : 'the screen was not shared',
      {cause}
    );
    this.name = 'ScreenCaptureError';
  }
}

function stopTracks(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/**
 * Presents `stream` in the session, replacing what we presented before (whose tracks stop once
 * the session took the new one). A stream the session refuses is stopped, and the refusal thrown.
 */
export async function presentStream(session: Session, stream: MediaStream): Promise<void> {
  const previous = session.state.presentation.local;
  try {
    await session.present(stream);
  } catch (error) {
    stopTracks(stream);
    throw error;
  }
  if (previous && previous !== stream) stopTracks(previous);
}

/**
 * The one way the elements share the screen (the conference's toolbar and `startScreenShare()`,
 * `<pex-presenter>`): asks the browser for a screen or window, tuned for sharp text, and
 * presents it. Call it from a user's action: the capture is asked for before anything is awaited,
 * as browsers allow it only within the gesture.
 */
export function shareScreen(session: Session): Promise<void> {
  return captureScreen().then((stream) => presentStream(session, stream));
}

function captureScreen(): Promise<MediaStream> {
  // Absent outside secure contexts and in some mobile browsers; the DOM types say neither.
  if (!(navigator.mediaDevices as Partial<MediaDevices> | undefined)?.getDisplayMedia)
    return Promise.reject(new ScreenCaptureError('unsupported'));
  let capture: Promise<MediaStream>;
  try {
    capture = navigator.mediaDevices.getDisplayMedia({video: true, audio: false});
  } catch (error) {
    capture = Promise.reject(error);
  }
  return capture.then(
    (stream) => {
      for (const track of stream.getVideoTracks()) track.contentHint = 'detail'; // sharp text rather than smooth motion
      return stream;
    },
    (error: unknown) => {
      throw new ScreenCaptureError('not-started', error);
    }
  );
}
