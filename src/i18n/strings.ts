import type {Message, StringKey} from './en.js';

/**
 * The page's own strings and the change notifications: kept apart from the catalogues so that
 * the bundle's entry can offer `setStrings` without carrying any catalogue.
 */
export type Strings = Partial<Record<StringKey, Message>>;

const pageStrings = new Map<string, Strings>();
const listeners = new Set<() => void>();
let revision = 0;

/**
 * Lets the page replace any string, for one language or (`'*'`) for all of them, for example
 * the text shown when Infinity Connect is disabled: `setStrings('*', {'reason.#pex127': '…'})`.
 * A string with a count may give its plural forms: `{one: '{count} person', other: '{count} people'}`.
 * Elements on the page re-render at once.
 */
export function setStrings(lang: string, strings: Strings): void {
  pageStrings.set(lang, {...pageStrings.get(lang), ...strings});
  notifyStringsChange();
}

/** The page's string for `key` in `lang` (exact language, then base language, then `'*'`). */
export function pageString(lang: string, base: string, key: StringKey): Message | undefined {
  return pageStrings.get(lang)?.[key] ?? pageStrings.get(base)?.[key] ?? pageStrings.get('*')?.[key];
}

/** The languages the page gave strings for (not `'*'`), such as `sv` after `setStrings('sv', {…})`. */
export function pageLanguages(): string[] {
  return [...pageStrings.keys()].filter((lang) => lang !== '*');
}

/** Called after every change of the strings; returns the unsubscribe function. */
export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Counts the changes of the strings, so that text rendered from them can be cached. */
export function stringsRevision(): number {
  return revision;
}

export function notifyStringsChange(): void {
  revision += 1;
  for (const listener of [...listeners]) listener();
}
