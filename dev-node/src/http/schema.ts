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
 * The request's JSON body, checked with the SDK's own schema for that endpoint, so the node accepts
 * exactly what the SDK may send. A failure is a 400 naming the field; unknown fields are dropped.
 */
export async function checkedBody<T>(ctx: RouteContext, validator: BodyValidator): Promise<T> {
  const data = (await ctx.body()) ?? {};
  if (validator(data)) return data as T;
  const error = (validator as BodyValidator & {errors?: readonly AjvError[] | null}).errors?.[0];
  const where = error?.instancePath ? `Field "${error.instancePath.slice(1)}"` : 'Request body';
  const allowed = error?.params?.allowedValues ? ` (${error.params.allowedValues.join(', ')})` : '';
  throw new HttpError(400, `${where} ${error?.message ?? 'is invalid'}${allowed}`);
}
