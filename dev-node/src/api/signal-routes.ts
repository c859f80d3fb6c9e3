import type {App} from '../app.js';
import {BACKGROUND_FILE, BACKGROUND_SVG} from '../conference/splash.js';
import {corsHeaders, HANDLED, HttpError, type Reply, success} from '../http/reply.js';
import type {RouteContext, Router} from '../http/router.js';
import {authenticate} from './auth.js';
import {registerSsoRoutes} from './sso-routes.js';

const SPLASH_KEYS = [
  'direct_media_welcome',
  'direct_media_waiting_for_host',
  'direct_media_other_participants_audio_only',
  'direct_media_escalate',
  'direct_media_deescalate',
];
const STATUS_FIELDS = new Set(['room', 'classification', 'endsInSeconds', 'splash']);

/** GET theme/{file} : the splash screens' background (the SDK's URL carries `?token=`). */
function themeFile(app: App, ctx: RouteContext): Reply {
  authenticate(app, ctx);
  if (ctx.params.file !== BACKGROUND_FILE) throw new HttpError(404, 'No such theme file');
  ctx.res.writeHead(200, {...corsHeaders(ctx.req), 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-cache'});
  ctx.res.end(BACKGROUND_SVG);
  return HANDLED;
}

/**
 * POST /dev/status : what an administrator (or the schedule) changes during a meeting, for tests
 * and demos: the classification level, the end time, and a splash screen shown to everyone in it.
 */
async function changeStatus(app: App, ctx: RouteContext): Promise<Reply> {
  const body = await ctx.body();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'Body must be a JSON object');
  const spec = body as Record<string, unknown>;
  const unknown = Object.keys(spec).find((key) => !STATUS_FIELDS.has(key));
  if (unknown !== undefined) throw new HttpError(400, `Unknown field "${unknown}"`);
  const conference = typeof spec.room === 'string' ? app.registry.room(spec.room) : undefined;
  if (!conference) throw new HttpError(typeof spec.room === 'string' ? 404 : 400, 'Field "room" must be the alias of a room');
  const {classification, endsInSeconds, splash} = spec;
  if (
    classification !== undefined &&
    (typeof classification !== 'number' || !conference.meeting.setClassification(classification))
  ) {
    throw new HttpError(400, 'Field "classification" must be one of the room\'s classification levels');
  }
  if (endsInSeconds !== undefined) {
    if (endsInSeconds !== null && (typeof endsInSeconds !== 'number' || !(endsInSeconds > 0) || endsInSeconds > 7 * 86_400)) {
      throw new HttpError(400, 'Field "endsInSeconds" must be a positive number of seconds or null');
    }
    conference.meeting.endIn(endsInSeconds ?? undefined);
  }
  if (splash !== undefined) {
    const screen = splashOf(splash);
    conference.publish('splash_screen', screen && {screen_key: screen.screen, display_duration: screen.seconds});
  }
  return success(conference.status());
}

/** The "splash" field: null for none, else a splash screen of the room's theme for some seconds. */
function splashOf(value: unknown): {screen: string; seconds: number} | null {
  if (value === null) return null;
  if (typeof value === 'object' && 'screen' in value && 'seconds' in value) {
    const {screen, seconds} = value;
    if (typeof screen === 'string' && SPLASH_KEYS.includes(screen) && typeof seconds === 'number' && seconds >= 0) {
      return {screen, seconds};
    }
  }
  throw new HttpError(400, `Field "splash" must be null or {"screen": one of ${SPLASH_KEYS.join(', ')}, "seconds": number}`);
}

export function registerSignalRoutes(router: Router, app: App): void {
  router.add('GET', '/api/client/v2/conferences/:alias/theme/:file', (ctx) => themeFile(app, ctx));
  registerSsoRoutes(router, app);
}

/** Dev API (`--dev-api` only): change a meeting's classification, end time or splash screen. */
export function registerDevSignalRoutes(router: Router, app: App): void {
  router.add('POST', '/dev/status', (ctx) => changeStatus(app, ctx));
}
