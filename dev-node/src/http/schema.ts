import {HttpError} from './reply.js';
import type {RouteContext} from './router.js';

/** One of the request-body validators shipped in @pexip/infinity-api (Ajv, compiled). */
export type BodyValidator = (data: unknown) => boolean;

interface AjvError {
  readonly instancePath?: string;
  readonly message?: string;
  readonly params?: {readonly allowedValues?: readonly unknown[]};
}

/**
 * Checks a request body with the SDK's own schema for that endpoint, so the node accepts exactly
 * what the SDK may send. A failure is a 400 naming the field; unknown fields are dropped.
 */
function validBody<T>(validator: BodyValidator, body: unknown): T {
  const data = body ?? {};
  if (validator(data)) return data as T;
  const error = (validator as BodyValidator & {errors?: readonly AjvError[] | null}).errors?.[0];
  const where = error?.instancePath ? `Field "${error.instancePath.slice(1)}"` : 'Request body';
  const allowed = error?.params?.allowedValues ? ` (${error.params.allowedValues.join(', ')})` : '';
  throw new HttpError(400, `${where} ${error?.message ?? 'is invalid'}${allowed}`);
}

/** The request's JSON body checked with the SDK's schema for the endpoint (see `validBody`). */
export async function checkedBody<T>(ctx: RouteContext, validator: BodyValidator): Promise<T> {
  return validBody<T>(validator, await ctx.body());
}
