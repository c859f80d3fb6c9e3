// `npm run screenshots`: pictures of the main states, light and dark, for the README
// (docs/screenshots/). Builds the bundle, starts a dev node and drives the demo page in headless
// Chromium with a fake camera, as a user would.
import {spawnSync} from 'node:child_process';
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from './chromium.mjs';
import {startDevNodeProcess} from './dev-node-process.mjs';
import {repoRoot} from './paths.mjs';
import {ensureChromium, ensureDependencies} from './setup.mjs';

ensureDependencies();
if (!ensureChromium()) process.exit(1);
if (spawnSync('npm', ['run', '--silent', 'build'], {cwd: repoRoot, stdio: 'inherit'}).status !== 0) process.exit(1);

const outDir = join(repoRoot, 'docs/screenshots');
mkdirSync(outDir, {recursive: true});
const node = await startDevNodeProcess();
const browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
const wide = {width: 1180, height: 760};

async function open(colorScheme, viewport = wide, path = '/demo/') {
  const context = await browser.newContext({colorScheme, viewport, reducedMotion: 'reduce'});
  const page = await context.newPage();
  await page.goto(`${node.url}${path}`);
  return page;
}

async function joinAs(page, name, conference = 'meet.alice') {
  const element = page.locator('pex-conference').first();
  if (conference !== 'meet.alice') await element.evaluate((el, alias) => el.setAttribute('conference', alias), conference);
  await element.getByLabel('Your name').fill(name);
  await element.getByRole('button', {name: 'Join', exact: true}).click();
}

async function shot(page, name) {
  await page.waitForTimeout(1200);
  await page
    .locator('pex-conference')
    .first()
    .screenshot({path: join(outDir, `${name}.png`), animations: 'disabled'});
  console.log(`docs/screenshots/${name}.png`);
}

try {
  for (const scheme of ['light', 'dark']) {
    const prejoin = await open(scheme);
    await prejoin.waitForTimeout(1500);
    await shot(prejoin, `prejoin-${scheme}`);
    await prejoin.context().close();
  }
  // The other theme forced with the `theme` attribute (the demo's ?theme=), against the system's scheme.
  for (const [system, theme] of [
    ['light', 'dark'],
    ['dark', 'light'],
  ]) {
    const forced = await open(system, wide, `/demo/?theme=${theme}`);
    await forced.waitForTimeout(1500);
    await shot(forced, `prejoin-${theme}-forced`);
    await forced.context().close();
  }

  // Two people in a call, with the side panel (roster and chat), in both colour schemes.
  const bob = await open('dark');
  await joinAs(bob, 'Bob');
  const ann = await open('light');
  await joinAs(ann, 'Ann');
  await ann.getByRole('toolbar', {name: 'Call controls'}).waitFor();
  await ann.locator('pex-chat').getByRole('textbox').fill('Morning! The slides are coming up.');
  await ann.locator('pex-chat').getByRole('button', {name: 'Send'}).click();
  await bob.getByText('2 in the meeting').waitFor();
  await shot(ann, 'call-light');
  await shot(bob, 'call-dark');

  // Bob presents his screen: Ann sees it as the main view, the video as a thumbnail.
  await bob.getByRole('toolbar').getByRole('button', {name: 'Share screen'}).click();
  await ann.locator('pex-conference').first().locator('[part~="presentation"]').waitFor({timeout: 20000});
  await shot(ann, 'presentation-light');
  await ann.getByRole('button', {name: 'Meeting controls'}).click();
  await shot(ann, 'host-menu-light');
  await ann.keyboard.press('Escape');
  await bob.getByRole('button', {name: 'More'}).click();
  await bob.getByRole('menuitem', {name: 'Call statistics'}).click();
  await bob.waitForTimeout(2500);
  await bob.screenshot({path: join(outDir, 'statistics-dark.png')});
  console.log('docs/screenshots/statistics-dark.png');
  await Promise.all([ann.context().close(), bob.context().close()]);

  // A PIN prompt, and a narrow call in Norwegian, right to left.
  const guest = await open('light');
  await joinAs(guest, 'Gus', 'meet.pins');
  await guest.getByText('This meeting needs a PIN').waitFor();
  await shot(guest, 'pin-light');
  await guest.context().close();

  const narrow = await open('dark', {width: 420, height: 820});
  await narrow.locator('pex-conference').evaluate((el) => {
    el.setAttribute('lang', 'nb');
    el.setAttribute('dir', 'rtl');
  });
  await narrow.locator('pex-conference').getByLabel('Navnet ditt').fill('Nora');
  await narrow.locator('pex-conference').getByRole('button', {name: 'Bli med', exact: true}).click();
  await narrow.getByRole('toolbar', {name: 'Samtalekontroller'}).waitFor();
  await shot(narrow, 'narrow-nb-rtl-dark');
  await narrow.context().close();
} finally {
  await browser.close();
  await node.stop();
}
