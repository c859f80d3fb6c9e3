import {createHash} from 'node:crypto';
import {ConfigError, omitUndefined, Reader} from './reader.js';
import type {ClassificationConfig, IdentityProviderConfig, RoomConfig, SplashConfig, SsoConfig, ThemeConfig} from './types.js';

/** The room settings behind issue 14's signals: SSO, meeting start, classification, end time, theme. */
export type RoomSignalSettings = Pick<
  RoomConfig,
  'guestsCanUnmute' | 'sso' | 'hostMustStart' | 'classification' | 'endsAfterSeconds' | 'theme' | 'transferTimeoutSeconds'
>;

/** A stable UUID-shaped id from a provider's name, so configs need not invent one. */
function uuidFromName(name: string): string {
  const hex = createHash('sha256').update(`dev-node idp ${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function parseProvider(value: unknown, path: string): IdentityProviderConfig {
  const r = Reader.of(value, path);
  const name = r.string('name');
  return omitUndefined({
    name,
    uuid: r.optString('uuid') ?? uuidFromName(name),
    img: r.optString('img'),
    redirectFlow: r.optBoolean('redirectFlow'),
  });
}

function parseSso(value: unknown, path: string): SsoConfig {
  const providers = Reader.of(value, path).optArray('providers', parseProvider);
  if (!providers || providers.length === 0) throw new ConfigError(`${path}.providers must list at least one provider`);
  if (new Set(providers.map((provider) => provider.uuid)).size !== providers.length) {
    throw new ConfigError(`${path}.providers must have distinct names and uuids`);
  }
  return {providers};
}

function parseClassification(value: unknown, path: string): ClassificationConfig {
  const r = Reader.of(value, path);
  const levelsReader = Reader.of(r.raw('levels'), r.sub('levels'));
  const levels: Record<string, string> = {};
  for (const key of Object.keys(r.raw('levels') as object)) {
    if (!/^\d{1,3}$/.test(key)) throw new ConfigError(`${r.sub('levels')} key "${key}" must be a level number`);
    levels[key] = levelsReader.string(key);
  }
  const current = r.optNumber('current', 0, 999) ?? Number(Object.keys(levels)[0]);
  if (levels[String(current)] === undefined) throw new ConfigError(`${path}.current must be one of the levels`);
  return {levels, current};
}

function parseSplash(value: unknown, path: string): SplashConfig {
  const r = Reader.of(value, path);
  return {text: r.string('text'), seconds: r.optNumber('seconds', 0, 3600) ?? 0};
}

function parseTheme(value: unknown, path: string): ThemeConfig {
  const r = Reader.of(value, path);
  return omitUndefined({
    welcome: r.has('welcome') ? parseSplash(r.raw('welcome'), r.sub('welcome')) : undefined,
    waitingForHost: r.has('waitingForHost') ? parseSplash(r.raw('waitingForHost'), r.sub('waitingForHost')) : undefined,
  });
}

export function parseRoomSignals(r: Reader): RoomSignalSettings {
  return omitUndefined({
    guestsCanUnmute: r.optBoolean('guestsCanUnmute'),
    sso: r.has('sso') ? parseSso(r.raw('sso'), r.sub('sso')) : undefined,
    hostMustStart: r.optBoolean('hostMustStart'),
    classification: r.has('classification') ? parseClassification(r.raw('classification'), r.sub('classification')) : undefined,
    endsAfterSeconds: r.optNumber('endsAfterSeconds', 1, 7 * 86_400),
    theme: r.has('theme') ? parseTheme(r.raw('theme'), r.sub('theme')) : undefined,
    transferTimeoutSeconds: r.optNumber('transferTimeoutSeconds', 0.1, 3600),
  });
}
