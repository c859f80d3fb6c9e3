import type { App } from '../app.js';
import { REASONS } from '../conference/conference.js';
import { type Reply, success } from '../http/reply.js';
import type { RouteContext, Router } from '../http/router.js';
import { authenticate, requireHost, targetParticipant } from './auth.js';

/**
 * participants/{uuid}/disconnect: leaving oneself, or (hosts only) removing someone else —
 * which is also how a host rejects a participant waiting to enter a locked room.
 */
function disconnectParticipant(app: App, ctx: RouteContext): Reply {
  const auth = authenticate(app, ctx);
  const target = targetParticipant(auth, ctx);
  if (target === auth.self) {
    auth.conference.leave(target.uuid);
    return success(true);
  }
  requireHost(auth);
  auth.conference.leave(target.uuid, REASONS.byParticipant);
  return success(true);
}

export function registerParticipantRoutes(router: Router, app: App): void {
  const participant = '/api/client/v2/conferences/:alias/participants/:participant';
  router.add('POST', `${participant}/disconnect`, (ctx) => disconnectParticipant(app, ctx));
}
