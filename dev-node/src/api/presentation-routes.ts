import type {App} from '../app.js';
import {corsHeaders, HANDLED, HttpError, type Reply} from '../http/reply.js';
import type {RouteContext, Router} from '../http/router.js';
import {authenticate} from './auth.js';

/**
 * GET presentation.jpeg / presentation_high.jpeg ?id=…&token=… (or the same as headers): the
 * presentation's latest still, as a Conferencing Node serves it after a `presentation_frame`
 * event whose id is given. Only the composing engine decodes slides; otherwise there is none.
 */
function still(app: App, ctx: RouteContext, size: 'low' | 'high'): Reply {
  const {conference, self} = authenticate(app, ctx);
  const header = ctx.req.headers.id;
  const id = ctx.url.searchParams.get('id') ?? (Array.isArray(header) ? header[0] : header);
  if (!id) throw new HttpError(400, 'Missing the presentation_frame event id');
  if (!self.isAdmitted || !self.receivesPresentation) throw new HttpError(403, 'Not receiving the presentation');
  const frame = conference.relay.presentationStill();
  if (!frame) throw new HttpError(404, 'No presentation frame');
  const body = size === 'high' ? frame.high : frame.low;
  ctx.res.writeHead(200, {
    ...corsHeaders(ctx.req),
    'Content-Type': 'image/jpeg',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
  });
  ctx.res.end(body);
  return HANDLED;
}

export function registerPresentationRoutes(router: Router, app: App): void {
  const base = '/api/client/v2/conferences/:alias';
  router
    .add('GET', `${base}/presentation.jpeg`, (ctx) => still(app, ctx, 'low'))
    .add('GET', `${base}/presentation_high.jpeg`, (ctx) => still(app, ctx, 'high'));
}
