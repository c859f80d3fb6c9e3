import type {AddressInfo} from 'node:net';
import {tokenOf} from './api/auth.js';
import {registerBreakoutRoutes, registerDevBreakoutRoutes} from './api/breakout-routes.js';
import {registerCallRoutes} from './api/call-routes.js';
import {registerConferenceRoutes} from './api/conference-routes.js';
import {faultGate, registerDevRoutes} from './api/dev-routes.js';
import {registerEventRoutes} from './api/event-routes.js';
import {registerParticipantRoutes} from './api/participant-routes.js';
import {registerDevSignalRoutes, registerSignalRoutes} from './api/signal-routes.js';
import {registerPresentationRoutes} from './api/presentation-routes.js';
import {registerTokenRoutes} from './api/token-routes.js';
import {App} from './app.js';
import {loadConfig, withSimulatedCount} from './config/load.js';
import type {DevNodeConfig} from './config/types.js';
import type {RouteContext} from './http/router.js';
import {lastSegment, Router} from './http/router.js';
import {devApiExposureWarning, devOriginGate} from './http/origin-guard.js';
import {createDevServer} from './http/server.js';
import {staticRoots} from './http/static.js';
import {createLogger} from './log.js';
import type {MediaEngineKind} from './media/room-media.js';
import {populate} from './simulation/population.js';

export type {DevNodeConfig} from './config/types.js';
export type {FaultSpec} from './conference/faults.js';

export interface DevNodeOptions {
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 8080; 0 picks a free port. */
  readonly port?: number;
  /** A config file path or a config object; default: the built-in rooms (README). */
  readonly config?: string | object;
  /** Log one line per request on stderr (tokens and PINs redacted). */
  readonly verbose?: boolean;
  /** Sets the number of simulated participants of every room that has a `simulated` section. */
  readonly simulated?: number;
  /**
   * Serve the dev-only API (`/dev/state`, `/dev/rooms`, `/dev/faults`) for tests and benchmarks.
   * Off by default: it shows every room's chat and replaces rooms (README "Security").
   */
  readonly devApi?: boolean;
  /** URL prefix → directory, e.g. `{ '/demo/': 'demo' }`. With a `/demo/` root, `/` redirects there. */
  readonly staticRoots?: Readonly<Record<string, string>>;
  /** `forward` (default): one speaker relayed per viewer; `compose`: layouts and mixed sound (README). */
  readonly media?: MediaEngineKind;
}

export interface DevNode {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Requests that keep a session alive are never rate-limited (protocol notes §1.2). */
const UNLIMITED_ENDPOINTS = new Set(['refresh_token', 'release_token', 'events']);

function rateLimitGate(app: App): (ctx: RouteContext) => boolean {
  return (ctx) => {
    const endpoint = lastSegment(ctx.url.pathname);
    if (!ctx.url.pathname.startsWith('/api/') || UNLIMITED_ENDPOINTS.has(endpoint)) return true;
    const session = app.tokens.lookup(tokenOf(ctx));
    return app.limiter.take(session ? session.id : `address:${ctx.req.socket.remoteAddress ?? ''}`);
  };
}

let rejectionsGuarded = false;

/**
 * werift rejects promises internally (for example on sockets of closed connections); in Node an
 * unhandled rejection ends the process, so they are logged instead.
 */
function guardRejections(): void {
  if (rejectionsGuarded) return;
  rejectionsGuarded = true;
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(
      `[dev-node] unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`
    );
  });
}

export async function startDevNode(options: DevNodeOptions = {}): Promise<DevNode> {
  guardRejections();
  let config: DevNodeConfig = await loadConfig(options.config);
  if (options.simulated !== undefined) config = withSimulatedCount(config, options.simulated);
  if (options.media !== undefined) config = {...config, mediaEngine: options.media};
  const logger = createLogger(options.verbose ?? false);
  const app = new App(config, logger, populate);

  const router = new Router();
  registerTokenRoutes(router, app);
  registerEventRoutes(router, app);
  registerCallRoutes(router, app);
  registerParticipantRoutes(router, app);
  registerConferenceRoutes(router, app);
  registerBreakoutRoutes(router, app);
  registerSignalRoutes(router, app);
  registerPresentationRoutes(router, app);
  if (options.devApi) {
    registerDevRoutes(router, app);
    registerDevSignalRoutes(router, app);
    registerDevBreakoutRoutes(router, app);
  }

  const host = options.host ?? '127.0.0.1';
  const devGate = devOriginGate(host);
  const faults = faultGate(app);
  const roots = staticRoots(options.staticRoots ?? {});
  const server = createDevServer({
    router,
    staticRoots: roots,
    logger,
    maxBodyBytes: config.limits.maxBodyBytes,
    ...(roots.some((root) => root.prefix === '/demo/') ? {rootRedirect: '/demo/'} : {}),
    admit: rateLimitGate(app),
    intercept: async (ctx) => devGate(ctx.req) ?? (await faults(ctx)),
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const exposure = options.devApi ? devApiExposureWarning(host) : undefined;
  if (exposure) logger.warn(exposure);
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}/`,
    port,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        app.close();
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}
