// The catalogues: every language has every key of the English reference, with the same
// parameters and every plural form its language uses; and plural forms are chosen by
// Intl.PluralRules.
import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath, pathToFileURL} from 'node:url';
import type {Catalogue, Message, StringKey} from '../../src/i18n/en.js';
import {addEnglish, loadCatalogue, shippedLanguages, translate} from '../../src/i18n/registry.js';
import {setStrings} from '../../src/i18n/strings.js';

const i18nDir = fileURLToPath(new URL('../../src/i18n', import.meta.url));

/** The English reference: every part in src/i18n/en/. */
async function english(): Promise<Record<string, Message>> {
  const parts = await Promise.all(
    readdirSync(join(i18nDir, 'en')).map(
      (file) => import(pathToFileURL(join(i18nDir, 'en', file)).href) as Promise<Record<string, unknown>>
    )
  );
  const catalogues = parts
    .flatMap((part) => Object.values(part))
    .filter((value): value is Record<string, Message> => typeof value === 'object' && value !== null);
  return Object.fromEntries(catalogues.flatMap((catalogue) => Object.entries(catalogue)));
}

async function catalogue(lang: string): Promise<Catalogue> {
  const module = (await import(pathToFileURL(join(i18nDir, `${lang}.ts`)).href)) as Record<string, Catalogue>;
  const found = module[lang];
  assert.ok(found, `src/i18n/${lang}.ts exports ${lang}`);
  return found;
}

const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));
const parameters = (text: string): string => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort().join(' ');

test('German, French, Spanish, Japanese and Norwegian are shipped beside English', () => {
  assert.deepEqual([...shippedLanguages].sort(), ['de', 'en', 'es', 'fr', 'ja', 'nb']);
});

test('English plural messages give the one and other forms', async () => {
  for (const [key, message] of Object.entries(await english())) {
    if (typeof message === 'string') continue;
    assert.deepEqual(Object.keys(message).sort(), ['one', 'other'], key);
  }
});

for (const lang of shippedLanguages.filter((candidate) => candidate !== 'en')) {
  test(`${lang}: every key, the same parameters, and every plural form of the language`, async () => {
    const reference = await english();
    const translated = await catalogue(lang);
    assert.deepEqual(Object.keys(translated).sort(), Object.keys(reference).sort(), `${lang} has exactly the English keys`);
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(translated)) {
      const expected = parameters(forms(reference[key]).at(-1)!);
      for (const text of forms(message)) {
        assert.ok(text.trim(), `${lang} ${key} is empty`);
        assert.equal(parameters(text), expected, `${lang} ${key}: the parameters of “${text}”`);
      }
      if (typeof message !== 'string') {
        assert.deepEqual(Object.keys(message).sort(), [...categories].sort(), `${lang} ${key}: the plural forms of ${lang}`);
      }
    }
  });
}

test('the count picks the plural form by the rules of the language', async () => {
  const {chat} = await import('../../src/i18n/en/chat.js');
  addEnglish(chat);
  const key: StringKey = 'chat.new-messages';
  assert.equal(translate('en', key, {count: 1}), '1 new message');
  assert.equal(translate('en', key, {count: 0}), '0 new messages');
  await Promise.all(['fr', 'ja', 'de'].map((lang) => loadCatalogue(lang)));
  // French counts 0 and 1 as singular, and a million takes "de".
  assert.equal(translate('fr-CA', key, {count: 0}), '0 nouveau message');
  assert.equal(translate('fr', key, {count: 2}), '2 nouveaux messages');
  assert.equal(translate('fr', key, {count: 1_000_000}), '1000000 de nouveaux messages');
  assert.equal(translate('de', key, {count: 1}), '1 neue Nachricht');
  assert.equal(translate('ja', key, {count: 1}), '新着メッセージ 1 件');
  // A language without a catalogue gets English, with English rules (Russian 21 is "one").
  assert.equal(translate('ru', key, {count: 21}), '21 new messages');
  // A page's own strings follow the page's language.
  setStrings('ru', {
    [key]: {
      one: '{count} новое сообщение',
      few: '{count} новых сообщения',
      many: '{count} новых сообщений',
      other: '{count} сообщения',
    },
  });
  assert.equal(translate('ru', key, {count: 21}), '21 новое сообщение');
  assert.equal(translate('ru', key, {count: 3}), '3 новых сообщения');
  // A malformed lang attribute is not a crash.
  assert.equal(translate('not a language!', key, {count: 1}), '1 new message');
});
