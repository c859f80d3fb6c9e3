import type {ServerResponse} from 'node:http';
import type {App} from '../app.js';
import {corsHeaders, HANDLED, HttpError, type Reply} from '../http/reply.js';
import type {RouteContext, Router} from '../http/router.js';

/** The placeholder the SDK puts into `sso_redirect_target` (inf/dist/utils.js `buildSsoTargetUrl`). */
const TOKEN_PLACEHOLDER = '__pexip-sso-token__';
const DEFAULT_USER = 'Signed-in user';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function page(ctx: RouteContext, status: number, title: string, body: string): Reply {
  const res: ServerResponse = ctx.res;
  res.writeHead(status, {
    ...corsHeaders(ctx.req),
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
      '<meta name="viewport" content="width=device-width,initial-scale=1">' +
      '<style>body{font:16px system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}' +
      'label,input,button{display:block;margin:.5rem 0}input{padding:.4rem;width:100%}</style></head>' +
      `<body>${body}</body></html>`
  );
  return HANDLED;
}

function signIn(app: App, ctx: RouteContext) {
  const id = ctx.url.searchParams.get('request') ?? '';
  const request = app.grants.signIns.peek(id);
  if (!request || request.provider.uuid !== ctx.params.idp) throw new HttpError(404, 'Unknown or expired sign-in request');
  return {id, request};
}

/** GET /idp/{uuid}?request=… : the fake identity provider's sign-in form. */
function signInPage(app: App, ctx: RouteContext): Reply {
  const {id, request} = signIn(app, ctx);
  const name = escapeHtml(request.provider.name);
  return page(
    ctx,
    200,
    `${request.provider.name}: sign in`,
    `<h1>${name}</h1><p>Fake identity provider of the pex-connect dev node, for <strong>${escapeHtml(
      request.conference.name
    )}</strong>. Any user name signs in.</p>` +
      `<form method="get" action="${escapeHtml(`/idp/${encodeURIComponent(request.provider.uuid)}/complete`)}">` +
      `<input type="hidden" name="request" value="${escapeHtml(id)}">` +
      `<label for="user">User name</label><input id="user" name="user" value="${escapeHtml(DEFAULT_USER)}" autocomplete="username">` +
      '<button type="submit" name="action" value="signin">Sign in</button>' +
      '<button type="submit" name="action" value="cancel">Cancel</button></form>'
  );
}

/**
 * GET /idp/{uuid}/complete : the end of the sign-in. In a pop-up the page posts the SDK's
 * `SSOdMessage` to its opener (`{result:'success', token}` or `{result:'forbidden', code:403}`) and
 * closes; in the redirect flow it goes back to the client's `sso_redirect_target` with the token.
 */
function complete(app: App, ctx: RouteContext): Reply {
  const {id, request} = signIn(app, ctx);
  app.grants.signIns.take(id);
  const signedIn = ctx.url.searchParams.get('action') !== 'cancel';
  const user = ctx.url.searchParams.get('user')?.trim() || DEFAULT_USER;
  const token = signedIn
    ? app.grants.ssoTokens.issue({conference: request.conference, provider: request.provider, user})
    : undefined;
  const message = token ? {result: 'success', token} : {result: 'forbidden', code: 403};
  let targetOrigin = '*';
  let redirectTo: string | null = null;
  if (request.target) {
    try {
      targetOrigin = new URL(request.target).origin;
      if (token) redirectTo = request.target.replace(TOKEN_PLACEHOLDER, encodeURIComponent(token));
    } catch {
      // A target that is no URL: the pop-up flow still works (posted to any origin).
    }
  }
  const script =
    `const message=${scriptJson(message)};` +
    `if(window.opener){window.opener.postMessage(message,${scriptJson(targetOrigin)});window.close();}` +
    `else if(${scriptJson(redirectTo)}){location.replace(${scriptJson(redirectTo)});}`;
  return page(
    ctx,
    200,
    signedIn ? 'Signed in' : 'Sign-in cancelled',
    `<p>${signedIn ? `Signed in as ${escapeHtml(user)}.` : 'Sign-in cancelled.'} You may close this window.</p><script>${script}</script>`
  );
}

export function registerSsoRoutes(router: Router, app: App): void {
  router.add('GET', '/idp/:idp', (ctx) => signInPage(app, ctx)).add('GET', '/idp/:idp/complete', (ctx) => complete(app, ctx));
}
