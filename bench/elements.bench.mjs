// Roster and chat benchmarks: a <pex-roster> with many participants and a <pex-chat> with many
// messages (bench/elements-page.ts, bound to the element tests' fake session) in headless
// Chromium; one participant update or one new message at a time, timed to the painted frame.
//
//   import {runElementsBench} from './bench/elements.bench.mjs'
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../scripts/chromium.mjs';
import {bundlePage, round, serveDir, summarize, temporaryDir} from './support.mjs';

function report(bench, size, timing) {
  return {
    bench,
    size,
    updateToPaintMs: summarize(timing.samples),
    // Frames from the change to the one that showed it (1: the same frame).
    framesToPaint: {max: Math.max(...timing.frames), moreThanOne: timing.frames.filter((frames) => frames > 1).length},
    firstRenderMs: round(timing.firstRenderMs),
  };
}

/**
 * @param {{which?: ('roster' | 'chat')[], rosterSize?: number, rosterUpdates?: number,
 *   chatSize?: number, chatMessages?: number, warmup?: number}} options
 */
export async function runElementsBench({which = ['roster', 'chat'], rosterSize = 1000, rosterUpdates = 200, chatSize = 10_000, chatMessages = 200, warmup = 20} = {}) {
  const site = temporaryDir('pex-elements-bench-');
  await bundlePage('bench/elements-page.ts', site.dir);
  writeFileSync(join(site.dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>elements bench</title></head><body><script type="module" src="./elements-page.js"></script></body></html>');
  const server = await serveDir(site.dir);
  const browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
  const results = {};
  try {
    // A fresh page per element, so one's garbage does not land in the other's numbers.
    for (const bench of which) {
      const page = await browser.newPage({viewport: {width: 800, height: 600}});
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      await page.waitForSelector('body[data-ready="yes"]', {state: 'attached'});
      if (bench === 'roster') {
        const timing = await page.evaluate(([size, updates, skip]) => window.elementsBench.roster(size, updates, skip), [rosterSize, rosterUpdates, warmup]);
        results.roster = report('roster', rosterSize, timing);
      } else {
        const timing = await page.evaluate(([size, messages, skip]) => window.elementsBench.chat(size, messages, skip), [chatSize, chatMessages, warmup]);
        results.chat = report('chat', chatSize, timing);
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
