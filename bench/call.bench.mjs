// What a call costs while it runs: the CPU of the page's renderer (Chromium) or content process
// (Firefox) during a steady 3-person call, the widget page against the bare SDK page, measured
// side by side in the same window against one dev node. Room A: the widget page and two bare
// peers; room B: the bare page and two bare peers. Everyone uses the same fake camera and
// microphone; the peers run in a Chromium of their own, each measured page in a browser of its
// own (so that its page processes are its page's alone).
//
// Also the join benchmark's ratio (click → first remote frame, widget / bare) in Firefox ESR,
// which Playwright cannot drive: puppeteer-core over WebDriver BiDi, as the Firefox test suites.
//
//   import {runCallCpuBench, runFirefoxJoinBench} from './bench/call.bench.mjs'
import {chromium} from 'playwright-core';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, chromiumPath} from '../scripts/chromium.mjs';
import {firefoxPath, firefoxPrefs} from '../scripts/firefox.mjs';
import {alternateJoins, installFrameProbe, milestones} from './join.bench.mjs';
import {
  browserCpuBetween,
  browserProcessesCpu,
  buildBenchSite,
  REMOTE_VIDEO,
  round,
  sleep,
  startBenchNode,
  everyVideo,
  videoFramesShown,
  waitUntil,
} from './support.mjs';

/** Page loads and clicks may take long on a loaded machine (the benchmarks share it with anything running). */
const BROWSER_TIMEOUT_MS = 120_000;

const ROOMS = {widget: 'bench.call.widget', bare: 'bench.call.bare'};

/** Chromium's cumulative main-thread times of one page (CDP Performance domain), in seconds. */
async function chromiumMainThread(cdp) {
  const {metrics} = await cdp.send('Performance.getMetrics');
  const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return {
    task: value('TaskDuration'),
    script: value('ScriptDuration'),
    style: value('RecalcStyleDuration'),
    layout: value('LayoutDuration'),
  };
}

/**
 * One measured page in a browser of its own, in either engine. `side`: 'widget' or 'bare'.
 * Resolves once the camera preview shows; `join()` clicks Join as a user does.
 */
async function openMeasuredPage(engine, side, url) {
  if (engine === 'chromium') {
    // A browser server: its process id is that of the browser's process tree.
    const server = await chromium.launchServer({executablePath: chromiumPath, headless: true, args: chromiumArgs});
    const browser = await chromium.connect(server.wsEndpoint());
    const page = await browser.newPage();
    page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    return {
      pid: server.process().pid,
      join: () => page.getByRole('button', {name: 'Join', exact: true}).click(),
      evaluate: (fn, arg) => page.evaluate(fn, arg),
      mainThread: () => chromiumMainThread(cdp),
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: firefoxPrefs,
  });
  const page = await browser.newPage();
  page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
  await page.goto(url);
  return {
    pid: browser.process().pid,
    // puppeteer's pierce/ selectors reach into the widget's shadow roots; the click is a real one.
    join: () => page.locator(side === 'widget' ? 'pierce/[part~="join-button"]' : '#join').click(),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    mainThread: async () => undefined, // Firefox has no equivalent of Chromium's Performance.getMetrics
    close: () => browser.close(),
  };
}

/** The room's participants and the state of their calls (GET /dev/state). */
async function roomCalls(node, alias) {
  const participants = (await node.room(alias)).rooms[0]?.participants ?? [];
  return participants.map((one) => ({name: one.display_name, call: one.call?.connection_state ?? null}));
}

/** True once the room has `count` participants, each with a connected call. */
async function roomInCall(node, alias, count) {
  const calls = await roomCalls(node, alias);
  return calls.length === count && calls.every((one) => one.call === 'connected');
}

/**
 * @param {{engine?: 'chromium' | 'firefox', seconds?: number, settleSeconds?: number, peers?: number}} options
 *   seconds: the steady window measured; settleSeconds: wait after everyone is in the call;
 *   peers: bare peers in each room besides the measured page (2: a 3-person call).
 */
export async function runCallCpuBench({engine = 'chromium', seconds = 60, settleSeconds = 10, peers = 2} = {}) {
  const site = await buildBenchSite(ROOMS.widget);
  const node = await startBenchNode(
    Object.values(ROOMS).map((alias) => ({aliases: [alias], name: `CPU benchmark ${alias}`})),
    site.dir
  );
  const peerBrowser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
  const measured = {};
  try {
    // The peers first, then the two measured pages join, both at once.
    for (const alias of Object.values(ROOMS))
      for (let index = 0; index < peers; index += 1) {
        const page = await peerBrowser.newPage();
        page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
        await page.goto(`${node.url}/bench/bare.html?conference=${alias}&name=Peer%20${index + 1}&join`);
      }
    for (const alias of Object.values(ROOMS))
      await waitUntil(() => roomInCall(node, alias, peers), `the peers in ${alias}`, 60_000);
    measured.widget = await openMeasuredPage(engine, 'widget', `${node.url}/bench/widget.html`);
    measured.bare = await openMeasuredPage(engine, 'bare', `${node.url}/bench/bare.html?conference=${ROOMS.bare}&name=Bench`);
    await Promise.all(Object.values(measured).map((page) => page.join()));
    for (const alias of Object.values(ROOMS))
      // Long: on a machine short of CPU a peer's call can fail meanwhile and come back (the SDK restarts ICE).
      await waitUntil(() => roomInCall(node, alias, peers + 1), `the measured page in ${alias}`, 180_000).catch(async (error) => {
        throw new Error(`${error.message}; the calls: ${JSON.stringify(await roomCalls(node, alias))}`);
      });
    await waitUntil(
      async () =>
        (await Promise.all(Object.values(measured).map((page) => page.evaluate(videoFramesShown, REMOTE_VIDEO)))).every(
          (frames) => frames > 0
        ),
      'remote video on both measured pages',
      30_000
    );
    await sleep(settleSeconds * 1000);

    const read = async () => {
      const at = performance.now();
      const entries = await Promise.all(
        Object.entries(measured).map(async ([side, page]) => [
          side,
          {
            processes: browserProcessesCpu(page.pid),
            mainThread: await page.mainThread(),
            frames: await page.evaluate(videoFramesShown, REMOTE_VIDEO),
            videos: await page.evaluate(everyVideo),
          },
        ])
      );
      return {at, ...Object.fromEntries(entries)};
    };
    const before = await read();
    await sleep(seconds * 1000);
    const after = await read();
    const window = (after.at - before.at) / 1000;
    // On a machine short of CPU a peer's connection can fail (ICE consent): then the rooms differ.
    const callsAtEnd = Object.fromEntries(
      await Promise.all(Object.entries(ROOMS).map(async ([side, alias]) => [side, await roomCalls(node, alias)]))
    );

    const sides = Object.fromEntries(
      Object.keys(measured).map((side) => {
        const cpu = browserCpuBetween(before[side].processes, after[side].processes);
        const mainThread = after[side].mainThread && before[side].mainThread;
        return [
          side,
          {
            // CPU time of the processes that run pages, as a share of one core over the window.
            pageProcessesCpuPercent: round((cpu.pages / window) * 100),
            browserCpuPercent: round((cpu.total / window) * 100),
            mainThreadPercent: mainThread
              ? Object.fromEntries(
                  Object.keys(mainThread).map((key) => [
                    key,
                    round(((after[side].mainThread[key] - before[side].mainThread[key]) / window) * 100),
                  ])
                )
              : undefined,
            remoteFramesPerSecond: round((after[side].frames - before[side].frames) / window),
            // Every <video> of the page at the start and end of the window (which, frames shown, playing).
            videos: {before: before[side].videos, after: after[side].videos},
            processes: cpu.perProcess,
          },
        ];
      })
    );
    const ratio = (pick) => {
      const [widget, bare] = [pick(sides.widget), pick(sides.bare)];
      return widget !== undefined && bare ? round(widget / bare, 3) : undefined;
    };
    return {
      bench: engine === 'chromium' ? 'cpu' : 'cpu-firefox',
      engine,
      windowSeconds: round(window),
      peersPerRoom: peers,
      widget: sides.widget,
      bare: sides.bare,
      callsAtEnd,
      ratio: ratio((side) => side.pageProcessesCpuPercent),
      mainThreadRatio: ratio((side) => side.mainThreadPercent?.task),
      browserRatio: ratio((side) => side.browserCpuPercent),
    };
  } finally {
    for (const page of Object.values(measured)) await page.close().catch(() => undefined);
    await peerBrowser.close();
    await node.stop();
    site.remove();
  }
}

/** One join in Firefox on a fresh browser context (a first visit), alone in the room. */
async function firefoxJoinOnce(browser, node, side, idleMs) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
    await page.evaluateOnNewDocument(installFrameProbe, REMOTE_VIDEO);
    await page.goto(`${node.url}/bench/${side}.html${side === 'bare' ? `?conference=${ROOMS.widget}` : ''}`);
    await page.waitForFunction(() => window.__frameProbe.previewShown, {timeout: 30_000});
    await sleep(idleMs);
    await page.locator(side === 'widget' ? 'pierce/[part~="join-button"]' : '#join').click();
    await page.waitForFunction(() => window.__frameProbe.firstFrameAt !== undefined, {timeout: 30_000, polling: 50});
    const probe = await page.evaluate(() => window.__frameProbe);
    const steps = await page.evaluate(milestones, probe);
    if (side === 'widget') await page.locator('pierce/[part~="leave-button"]').click();
    else await page.evaluate(() => window.bareBench.leave());
    await waitUntil(async () => (await node.room(ROOMS.widget)).rooms[0].participants.length === 0, 'the room to empty', 15_000);
    return {ms: probe.firstFrameAt - probe.clickAt, presentedFrames: probe.presentedFrames, steps};
  } finally {
    await context.close();
  }
}

/**
 * The join benchmark (bench/join.bench.mjs) in Firefox ESR: click on Join → first frame of the
 * meeting's video, widget page / bare page, alternating, each on a fresh browser context.
 * @param {{runs?: number, warmups?: number, idleMs?: number}} options
 */
export async function runFirefoxJoinBench({runs = 10, warmups = 1, idleMs = 500} = {}) {
  const site = await buildBenchSite(ROOMS.widget);
  const node = await startBenchNode([{aliases: [ROOMS.widget], name: 'Join benchmark (Firefox)'}], site.dir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: firefoxPrefs,
  });
  try {
    return {
      bench: 'join-firefox',
      ...(await alternateJoins({
        runs,
        warmups,
        sides: ['widget', 'bare'],
        joinOnce: (side) => firefoxJoinOnce(browser, node, side, idleMs),
      })),
    };
  } finally {
    await browser.close();
    await node.stop();
    site.remove();
  }
}
