import type {Catalogue, CataloguePart, Message, StringKey} from './en.js';
import {common} from './en/common.js';
import {notifyStringsChange, pageString} from './strings.js';

export type StringParams = Readonly<Record<string, string | number>>;

/**
 * Catalogues other than English are separate chunks, loaded the first time an element needs
 * them; until then English is shown, and elements re-render when the catalogue arrives.
 */
const catalogueLoaders: Readonly<Partial<Record<string, () => Promise<Catalogue>>>> = {
  nb: () => import('./nb.js').then((module) => module.nb),
  de: () => import('./de.js').then((module) => module.de),
  fr: () => import('./fr.js').then((module) => module.fr),
  es: () => import('./es.js').then((module) => module.es),
  ja: () => import('./ja.js').then((module) => module.ja),
};
const catalogues = new Map<string, Partial<Catalogue>>();
/** The English strings of the elements loaded so far (each registers its own part). */
const english = new Map<string, Message>(Object.entries(common));
const loading = new Set<string>();

/** Languages that have a catalogue of their own. */
export const shippedLanguages: readonly string[] = ['en', ...Object.keys(catalogueLoaders)];

/** `nb-NO` → `nb`; Norwegian without a written standard (`no`) and Nynorsk fall back to Bokmål. */
export function catalogueLanguage(lang: string): string {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'no' || base === 'nn') return 'nb';
  return shippedLanguages.includes(base) ? base : 'en';
}

/** Loads a language's catalogue (once); resolves when it can be used. */
export async function loadCatalogue(lang: string): Promise<void> {
  const base = catalogueLanguage(lang);
  const load = catalogueLoaders[base];
  if (!load || catalogues.has(base) || loading.has(base)) return;
  loading.add(base);
  try {
    catalogues.set(base, await load());
    notifyStringsChange();
  } finally {
    loading.delete(base);
  }
}

/** Adds an element's English strings (once is enough; again is harmless). */
export function addEnglish(part: CataloguePart): void {
  for (const [key, text] of Object.entries(part)) english.set(key, text);
}

export function isStringKey(key: string): key is StringKey {
  return english.has(key);
}

/** The message for `key`, and the language whose plural rules it follows. */
function lookup(lang: string, key: StringKey): {message: Message; rulesLang: string} {
  const base = catalogueLanguage(lang);
  if (base !== 'en' && !catalogues.has(base)) void loadCatalogue(base);
  const page = pageString(lang, base, key);
  if (page !== undefined) return {message: page, rulesLang: lang};
  const translated = catalogues.get(base)?.[key];
  if (translated !== undefined) return {message: translated, rulesLang: base};
  // The key itself is a last resort that a test sees at once, rather than an empty label.
  return {message: english.get(key) ?? key, rulesLang: 'en'};
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in `lang` (`one`, `few`, `other`, …). */
function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(lang);
    } catch {
      rules = new Intl.PluralRules('en'); // a malformed lang attribute
    }
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/** The form of a message for the `count` parameter (`other` without one). */
function pluralForm(lang: string, message: Message, params: StringParams): string {
  if (typeof message === 'string') return message;
  const {count} = params;
  return typeof count === 'number' ? (message[pluralCategory(lang, count)] ?? message.other) : message.other;
}

/** The string for `key` in `lang`, in the plural form for `count`, with `{name}` parameters filled in. */
export function translate(lang: string, key: StringKey, params: StringParams = {}): string {
  const {message, rulesLang} = lookup(lang, key);
  const text = pluralForm(rulesLang, message, params);
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
