// Helpers shared by the benchmarks: statistics, CPU and memory of process trees (from /proc),
// bundling a bench page, a dev node with the bench rooms, and the machine's state.
import {build} from 'esbuild';
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {cpus, freemem, loadavg, tmpdir, totalmem} from 'node:os';
import {extname, join} from 'node:path';
import {startDevNodeProcess} from '../scripts/dev-node-process.mjs';
import {repoRoot} from '../scripts/paths.mjs';

/** Linux's clock ticks per second for /proc/<pid>/stat times (USER_HZ, 100 on every common build). */
const TICKS_PER_SECOND = 100;

export const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Nearest-rank percentile (p in 0…1) of a list of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))];
}

/** Median, p95, min, max and count, rounded to 0.1. */
export function summarize(values) {
  if (values.length === 0) return {n: 0};
  return {
    n: values.length,
    median: round(percentile(values, 0.5)),
    p95: round(percentile(values, 0.95)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
  };
}

function parentsByPid() {
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
  return parents;
}

/** A process and all its descendants (Chromium's browser, renderer, GPU and utility processes). */
export function processTree(rootPid) {
  const parents = parentsByPid();
  const tree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return tree;
}

/** Proportional memory (PSS, MB) of a process and all its descendants. */
export function treeMemoryMB(rootPid) {
  let kilobytes = 0;
  for (const pid of processTree(rootPid)) {
    try {
      const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      kilobytes += Number(match?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return round(kilobytes / 1024);
}

/**
 * CPU seconds (user + system) used so far by a process and its descendants. Processes that
 * ended in between are not counted, so take both readings while the tree is stable.
 */
export function treeCpuSeconds(rootPid) {
  let ticks = 0;
  for (const pid of processTree(rootPid)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    } catch {
      // gone meanwhile
    }
  }
  return ticks / TICKS_PER_SECOND;
}

/** The load and size of this machine, to print next to every set of numbers. */
export function machineState() {
  const [one, five, fifteen] = loadavg();
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverage: {one: round(one, 2), five: round(five, 2), fifteen: round(fifteen, 2)},
    memoryMB: {total: Math.round(totalmem() / 2 ** 20), free: Math.round(freemem() / 2 ** 20)},
  };
}

/** A temporary folder, removed by the returned function. */
export function temporaryDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {dir, remove: () => rmSync(dir, {recursive: true, force: true})};
}

/** Bundles a bench page (TypeScript) for the browser into `outdir`, as `<name>.js`. */
export async function bundlePage(entry, outdir) {
  await build({
    entryPoints: [join(repoRoot, entry)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outdir,
    tsconfig: join(repoRoot, 'tsconfig.json'),
    logLevel: 'error',
  });
}

/** Serves a folder on 127.0.0.1 (any free port); `/` is its index.html. */
export function serveDir(dir) {
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.wasm': 'application/wasm',
    '.svg': 'image/svg+xml',
    '.tflite': 'application/octet-stream',
  };
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

/**
 * A dev node in its own process (as `npm start` runs it, so its CPU and memory are its own) with
 * the given rooms, no request rate limit (the benchmarks join quickly and often), serving the
 * built bundle under /dist/ and `siteDir` under /bench/.
 */
/** `extraArgs`: more dev node flags (`--media compose`). */
export async function startBenchNode(rooms, siteDir, extraArgs = []) {
  const config = temporaryDir('pex-bench-node-');
  const configFile = join(config.dir, 'rooms.json');
  writeFileSync(configFile, JSON.stringify({rooms, limits: {requestsPerSecond: 1_000_000, burst: 1_000_000}}));
  const node = await startDevNodeProcess([
    '--config',
    configFile,
    '--static',
    `/dist/=${join(repoRoot, 'dist')}`,
    '--static',
    `/bench/=${siteDir}`,
    ...extraArgs,
  ]);
  return {
    url: node.url,
    pid: node.process.pid,
    /** GET /dev/state for one room. */
    async room(alias) {
      const response = await fetch(`${node.url}/dev/state?room=${encodeURIComponent(alias)}`);
      return response.json();
    },
    async stop() {
      await node.stop();
      config.remove();
    },
  };
}

/** Waits until `check()` resolves truthy, polling every `intervalMs`. */
export async function waitUntil(check, what, timeoutMs = 30_000, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/**
 * The pages of the join and media benchmarks, served by the bench node under /bench/: the widget
 * page (the built bundle and one `<pex-conference>`) and the bare SDK page (bench/bare-page.ts).
 * Both put the meeting's video in a `<video>` that matches REMOTE_VIDEO.
 */
export async function buildBenchSite(conference) {
  const site = temporaryDir('pex-bench-site-');
  await bundlePage('bench/bare-page.ts', site.dir);
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pex-connect bench</title></head>';
  writeFileSync(
    join(site.dir, 'widget.html'),
    `${head}<body><pex-conference conference="${conference}" name="Bench"></pex-conference><script type="module" src="/dist/pex-connect.js"></script></body></html>`
  );
  writeFileSync(
    join(site.dir, 'bare.html'),
    `${head}<body><video id="preview" autoplay playsinline muted></video><video id="remote" autoplay playsinline></video><button id="join" disabled>Join</button><script type="module" src="./bare-page.js"></script></body></html>`
  );
  return site;
}

/** The meeting's video on either page: the widget's (inside its shadow roots) or the bare page's. */
export const REMOTE_VIDEO = 'video[part~="remote-video"], video#remote';

/**
 * The kind of one browser process: Chromium's `--type=` (renderer, gpu-process, utility, …;
 * 'browser' without one) or Firefox's main thread name (/proc/<pid>/comm: 'Isolated Web Co'
 * and 'Web Content' for the processes that run pages, 'RDD Process', 'Socket Process', …).
 */
function processKind(pid) {
  try {
    // Chromium rewrites its children's command lines into one string: no \0 between arguments.
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const type = /(?:^|[\s\0])--type=([\w-]+)/.exec(commandLine);
    if (type) return type[1];
    if (/chrom/i.test(commandLine.split(/[\s\0]/)[0])) return 'browser';
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return undefined; // gone meanwhile
  }
}

/** Whether a process of `processKind` runs web pages: Chromium's renderers, Firefox's content processes. */
export const runsPages = (kind) => kind === 'renderer' || kind === 'Isolated Web Co' || kind === 'Web Content';

/** CPU seconds (user + system) used so far by each process of a browser's tree, with its kind. */
export function browserProcessesCpu(rootPid) {
  const processes = [];
  for (const pid of processTree(rootPid)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const kind = processKind(pid);
      if (kind !== undefined)
        processes.push({pid, kind, cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND});
    } catch {
      // gone meanwhile
    }
  }
  return processes;
}

/**
 * CPU seconds between two `browserProcessesCpu` readings: the processes that run pages, the
 * whole tree, and per process (those alive at both readings).
 */
export function browserCpuBetween(before, after) {
  const then = new Map(before.map((one) => [one.pid, one.cpuSeconds]));
  const perProcess = after
    .filter((one) => then.has(one.pid))
    .map((one) => ({pid: one.pid, kind: one.kind, cpuSeconds: round(one.cpuSeconds - then.get(one.pid), 2)}))
    .filter((one) => one.cpuSeconds > 0);
  const sum = (list) =>
    round(
      list.reduce((total, one) => total + one.cpuSeconds, 0),
      2
    );
  return {pages: sum(perProcess.filter((one) => runsPages(one.kind))), total: sum(perProcess), perProcess};
}

/** Runs in a page: every <video> (shadow roots included), its part or id, frames shown and state. */
export function everyVideo() {
  const videos = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'video')
        videos.push({
          name: element.getAttribute('part') ?? element.id,
          frames: element.getVideoPlaybackQuality().totalVideoFrames,
          presented: element.benchFramesPresented,
          paused: element.paused,
          width: element.videoWidth,
        });
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return videos;
}

/**
 * Runs in a page: frames presented so far by the first video matching `selector` in the document
 * or any open shadow root (the widget's are inside its elements'), -1 when there is none. Counted
 * with requestVideoFrameCallback from the first call on (Firefox's getVideoPlaybackQuality does
 * not count a MediaStream's frames), so the first call answers 0.
 */
export function videoFramesShown(selector) {
  const find = (root) => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const element of root.querySelectorAll('*')) {
      const inside = element.shadowRoot && find(element.shadowRoot);
      if (inside) return inside;
    }
    return null;
  };
  const video = find(document);
  if (!video) return -1;
  if (video.benchFramesPresented === undefined) {
    video.benchFramesPresented = 0;
    const onFrame = () => {
      video.benchFramesPresented += 1;
      video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
  }
  return video.benchFramesPresented;
}

/** Opens `<pex-conference>`'s side panel (participants and chat) in a Playwright page, once in the call. */
export async function openSidePanel(page, timeout = 120_000) {
  const button = page.locator('[part~="side-panel-button"]');
  await button.waitFor({timeout});
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
}

/** Chromium's cumulative main-thread times (CDP Performance domain), in ms. */
export async function mainThreadMs(cdp) {
  const {metrics} = await cdp.send('Performance.getMetrics');
  const value = (name) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return {
    script: value('ScriptDuration'),
    style: value('RecalcStyleDuration'),
    layout: value('LayoutDuration'),
    task: value('TaskDuration'),
  };
}
