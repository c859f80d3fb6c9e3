import type {RequestTokenMap} from '@pexip/infinity-api';
import type {App} from '../app.js';
import type {Conference} from '../conference/conference.js';
import type {IdentityProviderConfig, ParticipantRole} from '../config/types.js';
import {failure, type Reply, success} from '../http/reply.js';
import type {RouteContext} from '../http/router.js';
import {INVALID_TOKEN} from './auth.js';

/** The SDK sends "none" for an absent IdP choice and SSO token (protocol notes §1.1). */
const NONE = 'none';
/** The string Infinity answers for a failed sign-in; the SDK maps it to an error code. */
export const SSO_FAILED = 'SSO Authentication Failed';

/**
 * What request_token learns before the PIN rules: a refusal or a question to answer, or a grant
 * (a transfer fixes the role and skips PINs and SSO; SSO marks the participant authenticated).
 */
export type JoinCheck =
  {readonly reply: Reply} | {readonly role?: ParticipantRole; readonly idpUuid?: string; readonly joined?: () => void};

function given(value: string | undefined): string | undefined {
  return value === undefined || value === '' || value === NONE ? undefined : value;
}

function redirect(
  app: App,
  ctx: RouteContext,
  conference: Conference,
  provider: IdentityProviderConfig,
  body: RequestTokenMap['Body'],
  version: object
): Reply {
  const request = app.grants.signIns.issue({conference, provider, target: body.sso_redirect_target});
  const origin = `http://${ctx.req.headers.host ?? '127.0.0.1'}`;
  const url = new URL(`/idp/${encodeURIComponent(provider.uuid)}`, origin);
  url.searchParams.set('request', request);
  return success(
    {
      redirect_url: url.toString(),
      redirect_idp: {name: provider.name, uuid: provider.uuid},
      version,
      disable_popup_flow: provider.redirectFlow ?? false,
    },
    403
  );
}

/**
 * SSO rooms (protocol notes §1.1): without an SSO token the node lists the providers (several)
 * or answers with the redirect to the chosen (or only) one; a valid SSO token of this room passes.
 */
function checkSso(
  app: App,
  ctx: RouteContext,
  conference: Conference,
  body: RequestTokenMap['Body'],
  version: object
): JoinCheck {
  const sso = conference.config.sso;
  if (!sso) return {};
  const ssoToken = given(body.sso_token);
  if (ssoToken !== undefined) {
    const identity = app.grants.ssoTokens.peek(ssoToken);
    if (!identity || identity.conference !== conference) return {reply: failure(403, SSO_FAILED)};
    return {idpUuid: identity.provider.uuid};
  }
  const chosen = given(body.chosen_idp);
  const provider = chosen === undefined ? undefined : sso.providers.find((candidate) => candidate.uuid === chosen);
  if (chosen !== undefined && !provider) return {reply: failure(403, SSO_FAILED)};
  const target = provider ?? (sso.providers.length === 1 ? sso.providers[0] : undefined);
  if (target) {
    return {reply: redirect(app, ctx, conference, target, body, version)};
  }
  const idp = sso.providers.map((entry) => ({
    name: entry.name,
    uuid: entry.uuid,
    ...(entry.img === undefined ? {} : {img: entry.img}),
    ...(entry.redirectFlow ? {disable_popup_flow: true} : {}),
  }));
  return {reply: success({idp, version}, 403)};
}

/**
 * A transfer's token (`token` in the body, from the `refer` event) joins the target room with the
 * role the host chose; the participant's old session ends as it arrives, if it was not released.
 */
function checkTransfer(app: App, conference: Conference, token: string): JoinCheck {
  const grant = app.grants.transfers.take(token);
  if (!grant || grant.conference !== conference) return {reply: failure(403, INVALID_TOKEN)};
  return {
    role: grant.role,
    joined: () => {
      if (!grant.from.ended) app.release(grant.from);
    },
  };
}

export function checkJoin(
  app: App,
  ctx: RouteContext,
  conference: Conference,
  body: RequestTokenMap['Body'],
  version: object
): JoinCheck {
  const token = given(body.token);
  if (token !== undefined) return checkTransfer(app, conference, token);
  return checkSso(app, ctx, conference, body, version);
}
