import {en, type Catalogue, type StringKey} from './en.js';
import {nb} from './nb.js';

export type Strings = Partial<Record<StringKey, string>>;
export type StringParams = Readonly<Record<string, string | number>>;

const catalogues = new Map<string, Strings>([
  ['en', en],
  ['nb', nb],
]);
const pageStrings = new Map<string, Strings>();
const listeners = new Set<() => void>();

/** Languages that have a catalogue of their own. */
export const shippedLanguages: readonly string[] = [...catalogues.keys()];

/**
 * Lets the page replace any string, for one language or (`'*'`) for all of them, for example
 * the text shown when Infinity Connect is disabled: `setStrings('*', {'reason.#pex127': '…'})`.
 * Elements on the page re-render at once.
 */
export function setStrings(lang: string, strings: Strings): void {
  pageStrings.set(lang, {...pageStrings.get(lang), ...strings});
  for (const listener of [...listeners]) listener();
}

/** Called after every `setStrings`; returns the unsubscribe function. */
export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `nb-NO` → `nb`; Norwegian without a written standard (`no`) and Nynorsk fall back to Bokmål. */
export function catalogueLanguage(lang: string): string {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'no' || base === 'nn') return 'nb';
  return catalogues.has(base) ? base : 'en';
}

export function isStringKey(key: string): key is StringKey {
  return key in en;
}

function lookup(lang: string, key: StringKey): string {
  const base = catalogueLanguage(lang);
  return (
    pageStrings.get(lang)?.[key] ??
    pageStrings.get(base)?.[key] ??
    pageStrings.get('*')?.[key] ??
    catalogues.get(base)?.[key] ??
    (en as Catalogue)[key]
  );
}

/** The string for `key` in `lang`, with `{name}` parameters filled in. */
export function translate(lang: string, key: StringKey, params: StringParams = {}): string {
  return lookup(lang, key).replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match
  );
}
