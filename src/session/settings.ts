import {BANDWIDTH_MAX, BANDWIDTH_MIN, defaultSettings, type Settings} from './types.js';

/** The localStorage key; one set of settings per origin, shared by every conference element. */
export const SETTINGS_KEY = 'pex-connect:settings';

/** The subset of the Web Storage API the settings need (tests pass their own). */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function clampBandwidth(kbps: number): number {
  return Math.min(BANDWIDTH_MAX, Math.max(BANDWIDTH_MIN, Math.round(kbps)));
}

/** Keeps only known keys with the right types, so a damaged or foreign entry cannot break us. */
function sanitize(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) return defaultSettings;
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {...defaultSettings};
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    if (typeof source[key] === typeof defaultSettings[key]) result[key] = source[key];
  }
  result['bandwidth'] = clampBandwidth(result['bandwidth'] as number);
  return Object.freeze(result as unknown as Settings);
}

/** The browser's localStorage, or none where it is blocked (some privacy modes throw). */
export function browserStorage(): SettingsStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function loadSettings(storage: SettingsStorage | undefined): Settings {
  try {
    const text = storage?.getItem(SETTINGS_KEY);
    return text ? sanitize(JSON.parse(text)) : defaultSettings;
  } catch {
    return defaultSettings;
  }
}

export function saveSettings(storage: SettingsStorage | undefined, settings: Settings): void {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Storage full or blocked: settings then last for this page only.
  }
}

export function mergeSettings(current: Settings, change: Partial<Settings>): Settings {
  return sanitize({...current, ...change});
}
