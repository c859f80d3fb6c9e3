// Effects benchmark: background blur (strong) on Chromium's fake camera at 640×360, through the
// real processor, worker, WebAssembly and model. Reports the time until the first processed frame,
// the per-frame cost and frames per second over the first second (what applyEffects judges), and
// the frames per second held over a longer run. Prints one JSON line.
//
//   node bench/effects.bench.mjs [seconds]
//
// or `import {runEffectsBench} from './bench/effects.bench.mjs'`. Not a test: headless Chromium
// renders WebGL on the CPU (SwiftShader), so the numbers are a floor, far below a real GPU's.
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../scripts/chromium.mjs';
import {effectsAssetFiles} from '../scripts/effects-assets.mjs';
import {bundlePage, serveDir, temporaryDir} from './support.mjs';

export async function runEffectsBench({seconds = 5} = {}) {
  const {dir, remove} = temporaryDir('pex-effects-bench-');
  await bundlePage('bench/effects-page.ts', dir);
  // Where src/effects/assets.ts looks by default: `effects-assets/` beside the page's script.
  for (const [name, {contents}] of Object.entries(effectsAssetFiles())) {
    const target = join(dir, 'effects-assets', name);
    mkdirSync(dirname(target), {recursive: true});
    writeFileSync(target, contents());
  }
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><body><script type="module" src="./effects-page.js"></script></body>'
  );
  const server = await serveDir(dir);
  const browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForSelector('body[data-ready="yes"]', {state: 'attached'});
    return {bench: 'effects', ...(await page.evaluate((s) => window.effectsBench.run(s), seconds))};
  } finally {
    await browser.close();
    server.close();
    remove();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await runEffectsBench({seconds: Number(process.argv[2] ?? 5)})));
}
