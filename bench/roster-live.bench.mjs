// The roster benchmark with the real session: the widget page joins a room of the dev node that
// holds thousands of simulated participants (`--simulated N`), its side panel open on the
// participant list, and a host (another client, over the REST API) mutes or unmutes one
// participant that the list shows. The time is measured as bench/elements.bench.mjs measures it:
// the page delivers that `participant_update` event from the node to the SDK at the start of a
// frame (in requestAnimationFrame; the wait for the next vsync is not counted), and the time runs
// to the end of the first frame whose roster row shows the change (a message posted from the
// callback runs once the frame's style, layout and paint are done).
//
//   import {runLiveRosterBench} from './bench/roster-live.bench.mjs'
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../scripts/chromium.mjs';
import {buildBenchSite, mainThreadMs, openSidePanel, round, startBenchNode, summarize, waitUntil} from './support.mjs';

/** Page loads and clicks may take long on a loaded machine (the benchmarks share it with anything running). */
const BROWSER_TIMEOUT_MS = 120_000;

const ROOM = 'bench.roster';

/**
 * Runs in the page before its scripts. Every `participant_update` event of the conference's
 * event stream is handed to the SDK's listener in the next animation frame; when it is the one
 * the benchmark armed (`__rosterProbe.target`), the time from that callback to the end of the
 * first frame whose roster row shows the new microphone state is recorded.
 */
function installRosterProbe() {
  const rows = () => {
    const found = [];
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName === 'pex-roster-row') found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return found;
  };
  const probe = {target: undefined, results: [], rows};
  window.__rosterProbe = probe;
  const shown = ({uuid, muted}) =>
    rows().some((row) => row.participant?.id === uuid && row.participant.microphoneMuted === muted && !row.isUpdatePending);
  const native = EventSource.prototype.addEventListener;
  EventSource.prototype.addEventListener = function (type, listener, options) {
    if (type !== 'participant_update') return native.call(this, type, listener, options);
    const deferred = (event) =>
      requestAnimationFrame(() => {
        const target = probe.target;
        const start = performance.now();
        listener.call(this, event);
        if (!target || JSON.parse(event.data).uuid !== target.uuid) return;
        probe.target = undefined;
        let frames = 1;
        const afterFrame = () => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const ms = performance.now() - start;
            if (shown(target) || ms > 10_000) probe.results.push({...target, ms, frames, shown: shown(target)});
            else {
              frames += 1;
              requestAnimationFrame(afterFrame);
            }
          };
          channel.port2.postMessage(undefined);
        };
        afterFrame();
      });
    return native.call(this, type, deferred, options);
  };
}

/** A host over the client REST API (the room has no host PIN: everyone is a host). */
async function restHost(node) {
  const api = `${node.url}/api/client/v2/conferences/${ROOM}/`;
  const post = async (path, token) => {
    const response = await fetch(api + path, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', ...(token ? {token} : {})},
      body: JSON.stringify(path === 'request_token' ? {display_name: 'Bench host'} : {}),
    });
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    return (await response.json()).result;
  };
  let {token} = await post('request_token');
  return {
    setMuted: (uuid, muted) => post(`participants/${uuid}/${muted ? 'mute' : 'unmute'}`, token),
    refresh: async () => ({token} = await post('refresh_token', token)),
    leave: () => post('release_token', token),
  };
}

/**
 * @param {{size?: number, updates?: number, warmup?: number, profile?: boolean}} options
 *   size: simulated participants; updates: timed updates; warmup: updates not counted first;
 *   profile: also record a CPU profile of the page over the timed updates (CDP `Profiler`),
 *   returned as `cpuProfile` (see bench/profile-summary.mjs).
 */
export async function runLiveRosterBench({size = 10_000, updates = 100, warmup = 20, profile = false} = {}) {
  const site = await buildBenchSite(ROOM);
  const node = await startBenchNode([{aliases: [ROOM], name: 'Roster benchmark', simulated: {count: 1}}], site.dir, [
    '--simulated',
    String(size),
  ]);
  const browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
  let host;
  let refresh;
  try {
    const page = await browser.newPage({viewport: {width: 1280, height: 720}});
    page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
    await page.addInitScript(installRosterProbe);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${node.url}/bench/widget.html`);
    const joinStarted = performance.now();
    await page.getByRole('button', {name: 'Join', exact: true}).click();
    await openSidePanel(page);
    await waitUntil(() => page.evaluate(() => window.__rosterProbe.rows().length > 1), 'the roster rows', 120_000);
    const joinToRosterMs = round(performance.now() - joinStarted);
    host = await restHost(node);
    refresh = setInterval(() => host.refresh().catch(() => undefined), 30_000);

    const samples = [];
    const frames = [];
    let before;
    for (let step = 0; step < warmup + updates; step += 1) {
      if (step === warmup) {
        before = await mainThreadMs(cdp);
        if (profile) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', {interval: 100});
          await cdp.send('Profiler.start');
        }
      }
      // One of the rows the list shows (not yourself, not the host), its microphone flipped.
      const candidates = await page.evaluate(() =>
        window.__rosterProbe
          .rows()
          .map((row) => row.participant)
          .filter((one) => one && !one.isSelf && one.displayName !== 'Bench host')
          .map((one) => ({uuid: one.id, muted: one.microphoneMuted}))
      );
      if (candidates.length === 0) throw new Error('no roster rows to update');
      const pick = candidates[step % candidates.length];
      const target = {uuid: pick.uuid, muted: !pick.muted};
      await page.evaluate((armed) => (window.__rosterProbe.target = armed), target);
      await host.setMuted(target.uuid, target.muted);
      const result = await waitUntil(
        () => page.evaluate((uuid) => window.__rosterProbe.results.find((one) => one.uuid === uuid), target.uuid),
        `the roster row of ${target.uuid}`,
        30_000,
        20
      );
      await page.evaluate(() => (window.__rosterProbe.results = []));
      if (!result.shown) throw new Error(`the roster row of ${target.uuid} did not show the change within 10 s`);
      if (step >= warmup) {
        samples.push(result.ms);
        frames.push(result.frames);
      }
    }
    const after = await mainThreadMs(cdp);
    const cpuProfile = profile ? (await cdp.send('Profiler.stop')).profile : undefined;
    return {
      bench: 'roster-live',
      size,
      joinToRosterMs,
      updateToPaintMs: summarize(samples),
      framesToPaint: {max: Math.max(...frames), moreThanOne: frames.filter((count) => count > 1).length},
      // Per update, from the first timed update to the last: the roster's work, but also everything
      // else the page's main thread did meanwhile (the call's video and audio, the REST round trips'
      // events), so an upper bound on the roster's own share.
      mainThreadPerUpdateMs: Object.fromEntries(
        Object.keys(after).map((key) => [key, round((after[key] - before[key]) / updates, 2)])
      ),
      ...(cpuProfile ? {cpuProfile} : {}),
    };
  } finally {
    clearInterval(refresh);
    await host?.leave().catch(() => undefined);
    await browser.close();
    await node.stop();
    site.remove();
  }
}
