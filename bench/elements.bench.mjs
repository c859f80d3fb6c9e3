// Roster and chat benchmarks: a <pex-roster> with many participants and a <pex-chat> with many
// messages (bench/elements-page.ts, bound to the element tests' fake session) in headless
// Chromium; one participant update or one new message at a time, timed to the painted frame.
//
//   import {runElementsBench} from './bench/elements.bench.mjs'
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../scripts/chromium.mjs';
import {bundlePage, mainThreadMs, round, serveDir, summarize, temporaryDir} from './support.mjs';

/** Where one update's main-thread time goes, averaged over every update of the run (set-up excluded). */
function perUpdate(before, after, updates) {
  return Object.fromEntries(Object.keys(before).map((key) => [key, round((after[key] - before[key]) / updates, 2)]));
}

function report(bench, size, timing, mainThread) {
  return {
    bench,
    size,
    updateToPaintMs: summarize(timing.samples),
    // Median of the updates shown in the frame of the change, and of those that needed more.
    oneFrameMedianMs: summarize(timing.samples.filter((_, index) => timing.frames[index] === 1)).median,
    laterFrameMedianMs: summarize(timing.samples.filter((_, index) => timing.frames[index] > 1)).median,
    mainThreadPerUpdateMs: mainThread,
    // Frames from the change to the one that showed it (1: the same frame).
    framesToPaint: {max: Math.max(...timing.frames), moreThanOne: timing.frames.filter((frames) => frames > 1).length},
    firstRenderMs: round(timing.firstRenderMs),
  };
}

/**
 * @param {{which?: ('roster' | 'chat')[], rosterSize?: number, rosterUpdates?: number,
 *   chatSize?: number, chatMessages?: number, warmup?: number}} options
 */
export async function runElementsBench({
  which = ['roster', 'chat'],
  rosterSize = 1000,
  rosterUpdates = 200,
  chatSize = 10_000,
  chatMessages = 200,
  warmup = 20,
} = {}) {
  const site = temporaryDir('pex-elements-bench-');
  await bundlePage('bench/elements-page.ts', site.dir);
  writeFileSync(
    join(site.dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>elements bench</title></head><body><script type="module" src="./elements-page.js"></script></body></html>'
  );
  const server = await serveDir(site.dir);
  const browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
  const results = {};
  try {
    // A fresh page per element, so one's garbage does not land in the other's numbers.
    for (const bench of which) {
      const page = await browser.newPage({viewport: {width: 800, height: 600}});
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      await page.waitForSelector('body[data-ready="yes"]', {state: 'attached'});
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      // The page calls back when set-up is done and again when the timed updates end.
      let before;
      let after;
      await page.exposeFunction('benchMark', async (phase) => {
        if (phase === 'start') before = await mainThreadMs(cdp);
        else after = await mainThreadMs(cdp);
      });
      const [size, count] = bench === 'roster' ? [rosterSize, rosterUpdates] : [chatSize, chatMessages];
      try {
        const timing = await page.evaluate(
          ([which, size, count, skip]) => window.elementsBench[which](size, count, skip),
          [bench, size, count, warmup]
        );
        results[bench] = report(bench, size, timing, perUpdate(before, after, count + warmup));
      } catch (error) {
        // One element failing should not cost the other's numbers.
        results[bench] = {bench, error: error instanceof Error ? error.message.split('\n')[0] : String(error)};
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
    site.remove();
  }
  return results;
}
