import type {Aliases} from './types.js';

/** A configuration value that does not fit the format; the message names the offending path. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type Json = Readonly<Record<string, unknown>>;

const PIN = /^\d{4,10}#?$/;
const ALIAS = /^[^\s/?#]{1,100}$/;

/** Typed readers over one JSON object; every error message carries the object's path. */
export class Reader {
  constructor(
    private readonly obj: Json,
    private readonly path: string
  ) {}

  static of(value: unknown, path: string): Reader {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ConfigError(`${path} must be an object`);
    }
    return new Reader(value as Json, path);
  }

  private fail(key: string, what: string): never {
    throw new ConfigError(`${this.path}.${key} must be ${what}`);
  }

  has(key: string): boolean {
    return this.obj[key] !== undefined;
  }

  raw(key: string): unknown {
    return this.obj[key];
  }

  sub(key: string): string {
    return `${this.path}.${key}`;
  }

  string(key: string): string {
    const value = this.obj[key];
    if (typeof value !== 'string' || value.trim() === '') this.fail(key, 'a non-empty string');
    return value;
  }

  optString(key: string): string | undefined {
    return this.has(key) ? this.string(key) : undefined;
  }

  optBoolean(key: string): boolean | undefined {
    const value = this.obj[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') this.fail(key, 'true or false');
    return value;
  }

  optNumber(key: string, min: number, max: number): number | undefined {
    const value = this.obj[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      this.fail(key, `a number from ${min} to ${max}`);
    }
    return value;
  }

  optOneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const value = this.obj[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(key, `one of ${allowed.join(', ')}`);
    }
    return value as T;
  }

  optArray<T>(key: string, item: (value: unknown, path: string) => T): T[] | undefined {
    const value = this.obj[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) this.fail(key, 'an array');
    return value.map((entry, index) => item(entry, `${this.path}.${key}[${index}]`));
  }

  aliases(key: string): Aliases {
    const list = this.optArray(key, (value, path) => {
      if (typeof value !== 'string' || !ALIAS.test(value)) {
        throw new ConfigError(`${path} must be an alias without spaces, '/', '?' or '#'`);
      }
      return value;
    });
    const [first, ...rest] = list ?? [];
    if (first === undefined) this.fail(key, 'a non-empty array of aliases');
    return [first, ...rest];
  }

  pin(key: string): string | undefined {
    const value = this.optString(key);
    if (value !== undefined && !PIN.test(value)) this.fail(key, '4 to 10 digits, optionally ending with #');
    return value;
  }
}

/** Drops `undefined` members so optional properties are absent rather than present-but-undefined. */
export function omitUndefined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, value]) => value !== undefined)) as T;
}
