// Slides benchmark: time to the first slide and next-slide time for a 100-page PDF, and memory
// with a 200-page PDF, through the real slides pipeline in headless Chromium. Prints one JSON line.
//
//   node bench/slides.bench.mjs
//
// or `import {runSlidesBench} from './bench/slides.bench.mjs'` (resolves with the same object).
// Not a test: the numbers depend on the machine.
import {build} from 'esbuild';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../scripts/chromium.mjs';
import {repoRoot} from '../scripts/paths.mjs';

/** Proportional memory (PSS, MB) of a process and all its descendants: Chromium's browser, renderer, GPU and utility processes. */
function treeMemoryMB(rootPid) {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let kilobytes = 0;
  for (const pid of tree) {
    try {
      const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      kilobytes += Number(match?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return Math.round(kilobytes / 102.4) / 10;
}

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
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><body><script type="module" src="./slides-page.js"></script></body>');
  return dir;
}

function serve(dir) {
  const types = {'.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript'};
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    try {
      const body = readFileSync(join(dir, path === '/' ? 'index.html' : path.slice(1)));
      response.writeHead(200, {'content-type': types[extname(path)] ?? 'text/html'});
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function runSlidesBench() {
  const dir = await bundlePage();
  const server = await serve(dir);
  const browserServer = await chromium.launchServer({executablePath: chromiumPath, headless: true, args: [...chromiumArgs, '--enable-precise-memory-info']});
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
