// Slides benchmark: time to the first slide and next-slide time for a 100-page PDF, and memory
// with a 200-page PDF, through the real slides pipeline in headless Chromium. Prints one JSON line.
//
//   node bench/slides.bench.mjs
//
// or `import {runSlidesBench} from './bench/slides.bench.mjs'` (resolves with the same object).
// Not a test: the numbers depend on the machine.
import {build} from 'esbuild';
import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../scripts/chromium.mjs';
import {repoRoot} from '../scripts/paths.mjs';
import {serveDir, treeMemoryMB} from './support.mjs';

async function bundlePage() {
  const dir = mkdtempSync(join(tmpdir(), 'pex-slides-bench-'));
  await build({
    entryPoints: [join(repoRoot, 'bench/slides-page.ts')],
    bundle: true,
    splitting: true, // pdf.js stays a lazy chunk, as in the real bundle
    format: 'esm',
    target: 'es2022',
    outdir: dir,
    tsconfig: join(repoRoot, 'tsconfig.json'),
    logLevel: 'error',
  });
  cpSync(join(repoRoot, 'node_modules/pdfjs-dist/build/pdf.worker.min.mjs'), join(dir, 'pdf.worker.min.mjs'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><body><script type="module" src="./slides-page.js"></script></body>'
  );
  return dir;
}

export async function runSlidesBench() {
  const dir = await bundlePage();
  const server = await serveDir(dir);
  const browserServer = await chromium.launchServer({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, '--enable-precise-memory-info'],
  });
  try {
    const browser = await chromium.connect(browserServer.wsEndpoint());
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForSelector('body[data-ready="yes"]', {state: 'attached'});
    const memory = () => treeMemoryMB(browserServer.process().pid);
    const baselineMB = memory();
    const hundred = await page.evaluate(() => window.slidesBench.hundredPages());
    const afterHundredMB = memory(); // pdf.js loaded, its first document closed
    const opened = await page.evaluate(() => window.slidesBench.openTwoHundred());
    const afterOpenMB = memory();
    const stepped = await page.evaluate(() => window.slidesBench.stepThroughAll());
    const afterAllPagesMB = memory();
    const jsHeapMB = await page.evaluate(() => window.slidesBench.jsHeapMB());
    await page.evaluate(() => window.slidesBench.close());
    await page.waitForTimeout(1000);
    const afterClosingMB = memory();
    await browser.close();
    return {
      bench: 'slides',
      hundredPages: hundred,
      twoHundredPages: {
        ...opened,
        ...stepped,
        chromiumMemoryMB: {
          beforeAnyPdf: baselineMB,
          beforeOpening: afterHundredMB,
          afterOpening: afterOpenMB,
          afterShowingAllPages: afterAllPagesMB,
          afterClosing: afterClosingMB,
        },
        jsHeapMB,
      },
    };
  } finally {
    await browserServer.close();
    server.close();
    rmSync(dir, {recursive: true, force: true});
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await runSlidesBench()));
}
