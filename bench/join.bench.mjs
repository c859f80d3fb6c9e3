// Join benchmark: time from the click on Join to the first frame of the meeting's video, for the
// widget (<pex-conference> from dist/) and for a bare page that calls @pexip/infinity directly
// (bench/bare-page.ts), alternating runs (A B A B …) against one dev node in one Chromium. Alone
// in the room, the dev node sends a participant's own video back: that is the remote video.
// It also records every script the widget page downloads before Join and by the time it is in the call.
//
//   import {runJoinBench} from './bench/join.bench.mjs'
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../scripts/chromium.mjs';
import {sizeOfBytes} from './sizes.mjs';
import {buildBenchSite, REMOTE_VIDEO, round, startBenchNode, summarize, waitUntil} from './support.mjs';

const ROOM = 'bench.join';

/**
 * Runs in the page before its own scripts. Records the click's time and the first frame that a
 * video matching `selector` presents after it. The rVFC is registered the moment a stream is
 * attached (by hooking the srcObject setter), so no polling delay can skip the first frame; the
 * same hook works for the widget's videos inside shadow roots and for the bare page's.
 */
export function installFrameProbe(selector) {
  const probe = {
    clickAt: undefined,
    remoteAttachedAt: undefined,
    firstFrameAt: undefined,
    presentedFrames: undefined,
    previewShown: false,
  };
  window.__frameProbe = probe;
  window.addEventListener(
    'click',
    (event) => {
      if (event.isTrusted && probe.clickAt === undefined) probe.clickAt = event.timeStamp;
    },
    true
  );
  const watched = new WeakSet();
  const watch = (video) => {
    if (watched.has(video)) return;
    watched.add(video);
    const onFrame = (_now, metadata) => {
      if (!video.matches(selector)) probe.previewShown = true;
      else if (probe.clickAt !== undefined && probe.firstFrameAt === undefined) {
        // When the frame reached the compositor: callbacks run on the main thread and come late
        // while it is busy (the widget rendering its call view), the frame on screen does not.
        probe.firstFrameAt = metadata.presentationTime;
        probe.presentedFrames = metadata.presentedFrames;
        return;
      }
      video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
  };
  const native = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'srcObject');
  Object.defineProperty(HTMLMediaElement.prototype, 'srcObject', {
    configurable: true,
    enumerable: native.enumerable,
    get() {
      return native.get.call(this);
    },
    set(value) {
      native.set.call(this, value);
      if (!value || !(this instanceof HTMLVideoElement)) return;
      watch(this);
      // Lit may set the part attribute after the property: look once the template is committed.
      const at = performance.now();
      queueMicrotask(() => {
        if (probe.clickAt !== undefined && probe.remoteAttachedAt === undefined && this.matches(selector))
          probe.remoteAttachedAt = at;
      });
    },
  });
}

/**
 * Where the time went (ms after the click), from the page's resource timing: the SDK chunk
 * loaded (widget only), request_token sent, the call (offer) sent and answered, the ack sent;
 * then the remote stream attached to the <video>, and its first frame.
 */
export function milestones({clickAt, remoteAttachedAt, firstFrameAt}) {
  const entries = performance.getEntriesByType('resource').filter((entry) => entry.startTime >= clickAt);
  const find = (pattern) => entries.find((entry) => pattern.test(new URL(entry.name).pathname));
  const at = (entry, field) => (entry ? Math.round(entry[field] - clickAt) : undefined);
  return {
    sdkLoaded: at(find(/infinity-sdk-factory-[^/]*\.js$/), 'responseEnd'),
    requestToken: at(find(/\/request_token$/), 'startTime'),
    call: at(find(/\/calls$/), 'startTime'),
    answered: at(find(/\/calls$/), 'responseEnd'),
    ack: at(find(/\/ack$/), 'startTime'),
    remoteAttached: remoteAttachedAt === undefined ? undefined : Math.round(remoteAttachedAt - clickAt),
    firstFrame: Math.round(firstFrameAt - clickAt),
  };
}

const isScript = (request) => request.resourceType() === 'script' || /\.m?js$/.test(new URL(request.url()).pathname);

async function leave(page, side) {
  if (side === 'widget') await page.getByRole('button', {name: 'Disconnect'}).click();
  else await page.evaluate(() => window.bareBench.leave());
}

/** One join on a fresh browser context (cold HTTP cache, empty storage: a first visit). */
async function joinOnce(browser, node, side, idleMs) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(installFrameProbe, REMOTE_VIDEO);
    const page = await context.newPage();
    // Script bodies as the page received them: sized later, and immune to dist/ being rebuilt meanwhile.
    const scripts = new Map();
    page.on('response', (response) => {
      if (isScript(response.request()))
        scripts.set(
          new URL(response.url()).pathname,
          response.body().catch(() => undefined)
        );
    });
    await page.goto(`${node.url}/bench/${side}.html`);
    // Both pages show the camera preview before Join, as the widget does by default.
    await page.waitForFunction(() => window.__frameProbe.previewShown, null, {timeout: 30_000});
    await page.waitForTimeout(idleMs);
    const scriptsBeforeJoin = [...scripts.keys()];
    await page.getByRole('button', {name: 'Join', exact: true}).click();
    await page.waitForFunction(() => window.__frameProbe.firstFrameAt !== undefined, null, {timeout: 30_000, polling: 50});
    const probe = await page.evaluate(() => window.__frameProbe);
    const steps = await page.evaluate(milestones, probe);
    // Those whose response had ended by the first frame's presentation time (the same clock): the
    // page may fetch more while the probe is read, and they did not delay the frame.
    const scriptsInCall = await page.evaluate(
      (firstFrameAt) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => /\.m?js$/.test(new URL(entry.name).pathname) && entry.responseEnd <= firstFrameAt)
          .map((entry) => new URL(entry.name).pathname),
      probe.firstFrameAt
    );
    const bodies = new Map(await Promise.all([...scripts].map(async ([path, body]) => [path, await body])));
    await leave(page, side);
    await waitUntil(async () => (await node.room(ROOM)).rooms[0].participants.length === 0, 'the bench room to empty', 15_000);
    return {
      ms: probe.firstFrameAt - probe.clickAt,
      presentedFrames: probe.presentedFrames,
      steps,
      scriptsBeforeJoin,
      scriptsInCall,
      bodies,
    };
  } finally {
    await context.close();
  }
}

function medianSteps(list) {
  const names = [...new Set(list.flatMap((steps) => Object.keys(steps)))];
  return Object.fromEntries(
    names.map((name) => [name, summarize(list.map((steps) => steps[name]).filter((value) => value !== undefined)).median])
  );
}

/**
 * The join benchmark's runs, in either engine: `warmups` untimed rounds, then `runs` timed ones,
 * each joining once per side in turn (A B A B …) with `joinOnce(side)`, which resolves to
 * `{ms, steps, presentedFrames}`. A failed join is listed and the runs go on.
 */
export async function alternateJoins({runs, warmups, sides, joinOnce}) {
  const times = Object.fromEntries(sides.map((side) => [side, []]));
  const steps = Object.fromEntries(sides.map((side) => [side, []]));
  const latePresentedFrames = [];
  const failures = [];
  for (let run = -warmups; run < runs; run += 1) {
    for (const side of sides) {
      try {
        const result = await joinOnce(side);
        if (run < 0) continue;
        times[side].push(result.ms);
        steps[side].push(result.steps);
        if (result.presentedFrames > 1) latePresentedFrames.push(`${side} run ${run}: ${result.presentedFrames}`);
      } catch (error) {
        failures.push(`${side} run ${run}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
  }
  const stats = Object.fromEntries(
    Object.entries(times).map(([side, values]) => [side, {...summarize(values), all: values.map((ms) => round(ms))}])
  );
  return {
    runsPerSide: runs,
    warmupsPerSide: warmups,
    clickToFirstFrameMs: stats,
    ratio: stats.widget?.median && stats.bare?.median ? round(stats.widget.median / stats.bare.median, 3) : undefined,
    // Medians of the milestones (ms after the click) where the page reached them.
    medianStepsMs: Object.fromEntries(Object.entries(steps).map(([side, list]) => [side, medianSteps(list)])),
    // Runs whose first callback came after more than one frame was presented (their time is
    // that of a later frame: an overestimate). Should be rare; see installFrameProbe.
    latePresentedFrames,
    failures,
  };
}

/**
 * @param {{runs?: number, warmups?: number, idleMs?: number, sides?: ('widget' | 'bare')[]}} options
 *   runs: timed joins per side; warmups: untimed joins per side first; idleMs: pause on the
 *   page before clicking; sides: both by default (the sizes figure alone needs only 'widget').
 */
export async function runJoinBench({runs = 10, warmups = 1, idleMs = 500, sides = ['widget', 'bare']} = {}) {
  const site = await buildBenchSite(ROOM);
  const node = await startBenchNode([{aliases: [ROOM], name: 'Join benchmark'}], site.dir);
  const browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
  const widgetScripts = {beforeJoin: new Set(), inCall: new Set()};
  const scriptSizes = new Map();
  try {
    const joins = await alternateJoins({
      runs,
      warmups,
      sides,
      joinOnce: async (side) => {
        const result = await joinOnce(browser, node, side, idleMs);
        if (side === 'widget') {
          for (const script of result.scriptsBeforeJoin) widgetScripts.beforeJoin.add(script);
          for (const script of result.scriptsInCall) widgetScripts.inCall.add(script);
          for (const [path, body] of result.bodies) if (body) scriptSizes.set(path, sizeOfBytes(body));
        }
        return result;
      },
    });
    return {
      bench: 'join',
      ...joins,
      // Every script the widget page received before Join, and by its first remote frame, with its size.
      widgetScripts: Object.fromEntries(
        Object.entries(widgetScripts).map(([when, paths]) => [
          when,
          [...paths].sort().map((path) => ({path, ...(scriptSizes.get(path) ?? {rawKB: 0, gzipKB: 0})})),
        ])
      ),
    };
  } finally {
    await browser.close();
    await node.stop();
    site.remove();
  }
}
