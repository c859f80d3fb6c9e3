import type {ThemeMap} from '@pexip/infinity-api';
import type {ThemeConfig} from '../config/types.js';
import type {Participant} from './participant.js';

/** A client session, as far as its splash screens go. */
export interface SplashViewer {
  readonly participant: Pick<Participant, 'serviceType' | 'isAdmitted'>;
}

/** Where the session's events go: one event stream, or all of the session's. */
export interface SplashTarget {
  send(event: string, data: unknown): void;
}

type Theme = ThemeMap['200']['result'];
type ScreenKey = keyof Theme;

/** Served under `theme/` for every screen (the SDK turns `background.path` into a URL with the token). */
export const BACKGROUND_FILE = 'splash-background.svg';

export const BACKGROUND_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720">' +
  '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0a2136"/>' +
  '<stop offset="1" stop-color="#1f5f8b"/></linearGradient></defs><rect width="1280" height="720" fill="url(#g)"/></svg>';

const WHITE = 0xffffff;
const DEFAULT_TEXTS: Record<ScreenKey, string> = {
  direct_media_welcome: 'Welcome',
  direct_media_waiting_for_host: 'Waiting for the host…',
  direct_media_other_participants_audio_only: 'The other participants are audio only',
  direct_media_escalate: 'Connecting video…',
  direct_media_deescalate: 'Video has stopped',
};

/**
 * The `GET theme/` result of a themed room: the screens the SDK's validator requires, with the
 * room's texts. The keys are Infinity's direct-media splash screens: the dev node, like a direct
 * media call, renders nothing into the video, so the client shows them.
 */
export function themeResult(theme: ThemeConfig): Theme {
  const texts: Record<ScreenKey, string> = {
    ...DEFAULT_TEXTS,
    ...(theme.welcome ? {direct_media_welcome: theme.welcome.text} : {}),
    ...(theme.waitingForHost ? {direct_media_waiting_for_host: theme.waitingForHost.text} : {}),
  };
  const screen = (text: string): Theme[ScreenKey] => ({
    layout_type: 'direct_media',
    background: {path: BACKGROUND_FILE},
    elements: [{type: 'text', color: WHITE, text}],
  });
  return {
    direct_media_welcome: screen(texts.direct_media_welcome),
    direct_media_waiting_for_host: screen(texts.direct_media_waiting_for_host),
    direct_media_other_participants_audio_only: screen(texts.direct_media_other_participants_audio_only),
    direct_media_escalate: screen(texts.direct_media_escalate),
    direct_media_deescalate: screen(texts.direct_media_deescalate),
  };
}

/** Sessions that saw the welcome screen (once per session, not on every event-stream reconnect). */
const welcomed = new WeakSet<SplashViewer>();
const showingWaiting = new WeakSet<SplashViewer>();

/**
 * After a session's sync (its stream opened, or it was let in): a waiting participant sees the
 * waiting-for-host screen; once in, the welcome screen (once), or the waiting screen is cleared
 * (`splash_screen` with `null`).
 */
export function splashAfterSync(theme: ThemeConfig | undefined, session: SplashViewer, target: SplashTarget): void {
  if (!theme) return;
  if (session.participant.serviceType === 'waiting_room') {
    if (!theme.waitingForHost) return;
    showingWaiting.add(session);
    target.send('splash_screen', {screen_key: 'direct_media_waiting_for_host', display_duration: theme.waitingForHost.seconds});
    return;
  }
  if (!session.participant.isAdmitted) return;
  if (theme.welcome && !welcomed.has(session)) {
    welcomed.add(session);
    showingWaiting.delete(session);
    target.send('splash_screen', {screen_key: 'direct_media_welcome', display_duration: theme.welcome.seconds});
  } else if (showingWaiting.delete(session)) {
    target.send('splash_screen', null);
  }
}
