import { HttpError } from './reply.js';

/** A JSON object received from a client, before its fields are checked. */
export type JsonObject = Readonly<Record<string, unknown>>;

function badRequest(message: string): HttpError {
  return new HttpError(400, message);
}

/** The body as an object; an absent body is an empty object. */
export function objectBody(body: unknown): JsonObject {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw badRequest('Request body must be a JSON object');
  return body as JsonObject;
}

export function requiredString(obj: JsonObject, key: string): string {
  const value = obj[key];
  if (typeof value !== 'string') throw badRequest(`Field "${key}" is required and must be a string`);
  return value;
}

export function optionalString(obj: JsonObject, key: string): string | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badRequest(`Field "${key}" must be a string`);
  return value;
}

export function optionalBoolean(obj: JsonObject, key: string): boolean | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw badRequest(`Field "${key}" must be a boolean`);
  return value;
}

export function requiredBoolean(obj: JsonObject, key: string): boolean {
  const value = optionalBoolean(obj, key);
  if (value === undefined) throw badRequest(`Field "${key}" is required and must be a boolean`);
  return value;
}

export function optionalNumber(obj: JsonObject, key: string): number | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw badRequest(`Field "${key}" must be a number`);
  return value;
}

export function requiredOneOf<T extends string>(obj: JsonObject, key: string, allowed: readonly T[]): T {
  const value = obj[key];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw badRequest(`Field "${key}" must be one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

export function optionalOneOf<T extends string>(obj: JsonObject, key: string, allowed: readonly T[]): T | undefined {
  return obj[key] === undefined || obj[key] === null ? undefined : requiredOneOf(obj, key, allowed);
}
