// `node --import tsx scripts/screenshots-languages.mjs [OUTDIR]`: the narrow (phone) layout in
// every shipped language, to check by eye that no translation breaks it: the pre-join screen,
// and the call with the side panel (roster and chat) open, with two people and a chat message.
// Uses the built bundle (`npm run build:bundle` first). Default OUTDIR: test-results/languages.
import {mkdirSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from './chromium.mjs';
import {startDevNodeProcess} from './dev-node-process.mjs';
import {repoRoot} from './paths.mjs';

const outDir = process.argv[2] ?? join(repoRoot, 'test-results/languages');
mkdirSync(outDir, {recursive: true});
const {shippedLanguages} = await import('../src/i18n/registry.ts');
const narrow = {width: 360, height: 780};

/** The English reference: every part in src/i18n/en/. */
async function english() {
  const files = readdirSync(join(repoRoot, 'src/i18n/en'));
  const parts = await Promise.all(files.map((file) => import(`../src/i18n/en/${file}`)));
  return Object.assign({}, ...parts.flatMap((part) => Object.values(part).filter((value) => typeof value === 'object')));
}

/** A language's strings (its catalogue, else English). */
async function strings(lang) {
  const reference = await english();
  if (lang === 'en') return reference;
  const module = await import(`../src/i18n/${lang}.ts`);
  return {...reference, ...module[lang]};
}

const node = await startDevNodeProcess();
const browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
try {
  // Someone already in meet.alice, so the call has a roster and a chat message to show.
  const other = await (await browser.newContext()).newPage();
  await other.goto(`${node.url}/demo/`);
  await other.getByLabel('Your name').fill('Ann Other-Participant');
  await other.getByRole('button', {name: 'Join', exact: true}).click();
  await other.getByRole('toolbar', {name: 'Call controls'}).waitFor({timeout: 30000});

  for (const lang of shippedLanguages) {
    const t = await strings(lang);
    const context = await browser.newContext({viewport: narrow, reducedMotion: 'reduce', locale: lang});
    const page = await context.newPage();
    await page.goto(`${node.url}/demo/`);
    const conference = page.locator('pex-conference');
    await conference.evaluate((el, value) => el.setAttribute('lang', value), lang);
    await conference.getByLabel(t['prejoin.name-label'], {exact: true}).fill('Maximilian Mustermann-Schmidt');
    await page.waitForTimeout(800);
    await conference.screenshot({path: join(outDir, `narrow-prejoin-${lang}.png`), animations: 'disabled'});
    await conference.getByRole('button', {name: t['prejoin.join'], exact: true}).click();
    await page.getByRole('toolbar', {name: t['toolbar.label']}).waitFor({timeout: 30000});
    await other.locator('pex-chat').getByRole('textbox').fill(`Hello ${lang}`);
    await other.locator('pex-chat').getByRole('button', {name: 'Send'}).click();
    const sidePanel = page.getByRole('button', {name: t['toolbar.side-panel']});
    if ((await sidePanel.getAttribute('aria-pressed')) !== 'true') await sidePanel.click();
    await page.waitForTimeout(1200);
    await conference.screenshot({path: join(outDir, `narrow-call-${lang}.png`), animations: 'disabled'});
    console.log(`${outDir}/narrow-{prejoin,call}-${lang}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  await node.stop();
}
