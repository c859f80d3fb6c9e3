// `npm run bench`: every benchmark in one run, a table on stdout and every number in
// bench/results.json. Not a test: nothing passes or fails, the numbers depend on the machine
// (the table says how loaded it was). Sizes and repetitions are flags, so that a development
// run can be small and the real numbers can be taken on a quiet machine.
//
//   npm run bench                          everything, full sizes
//   npm run bench -- --quick               small sizes and few repetitions (to try it out)
//   npm run bench -- --only join,roster    some benchmarks only
//   npm run bench -- --help                every flag
import {spawnSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {repoRoot} from './paths.mjs';
import {chromiumPath, ensureChromium, ensureDependencies, ensureFirefox} from './setup.mjs';

const BENCHES = [
  'sizes',
  'join',
  'roster',
  'chat',
  'links',
  'slides',
  'effects',
  'load',
  'media',
  'compose',
  'cpu',
  'firefox',
  'soak',
  'roster-live',
];

/** Flag → [default, value in --quick]. Numbers only; see USAGE for what they mean. */
const NUMBERS = {
  'join-runs': [10, 2],
  'join-warmups': [1, 0],
  'roster-size': [1000, 1000],
  'roster-updates': [200, 20],
  'chat-size': [10_000, 10_000],
  'chat-messages': [200, 20],
  'links-brackets': [20_000, 20_000],
  'element-warmups': [20, 3],
  'load-participants': [1000, 20],
  'load-messages': [20, 5],
  'media-start': [2, 2],
  'media-step': [2, 2],
  'media-max': [16, 4],
  'media-width': [320, 320],
  'media-height': [180, 180],
  'media-fps': [15, 15],
  'media-bandwidth': [256, 256],
  'media-settle': [5, 2],
  'media-seconds': [10, 4],
  'media-min-fps-ratio': [0.8, 0.8],
  'media-max-loss': [0.01, 0.01],
  'media-browsers': [1, 1],
  'compose-max': [12, 4],
  'compose-join-runs': [3, 1],
  'cpu-seconds': [60, 10],
  'cpu-settle': [10, 3],
  'cpu-peers': [2, 2],
  'firefox-join-runs': [10, 2],
  'soak-minutes': [10, 1],
  'soak-warmup': [60, 15],
  'soak-interval': [15, 5],
  'soak-churn': [20, 5],
  'soak-chat': [5, 2],
  'soak-history': [60, 60],
  'soak-peers': [2, 2],
  'live-roster-size': [10_000, 10_000],
  'live-roster-updates': [100, 10],
};

const USAGE = `Usage: npm run bench -- [options]

  --only LIST              comma-separated, from: ${BENCHES.join(', ')} (default: all)
  --quick                  small sizes and few repetitions, to try the benchmarks out
  --no-build               use dist/ as it is instead of running npm run build first
  --join-runs N            timed joins per side (widget, bare SDK), alternating  [10]
  --join-warmups N         untimed joins per side first (join and firefox)       [1]
  --roster-size N          participants in the roster                            [1000]
  --roster-updates N       participant updates timed                             [200]
  --chat-size N            messages in the chat                                  [10000]
  --chat-messages N        new messages timed                                    [200]
  --links-brackets N       ')' after a link in the chat link splitter's input    [20000]
  --element-warmups N      roster updates / chat messages not counted first (roster, chat, roster-live) [20]
  --load-participants N    signalling participants joining the dev node          [1000]
  --load-messages N        chat messages sent to all of them                     [20]
  --media-start N          media peers in the first step                         [2]
  --media-step N           peers added per step                                  [2]
  --media-max N            stop after this many peers                            [16]
  --media-width/--media-height/--media-fps N   fake camera capture               [320x180, 15]
  --media-bandwidth N      kbps each peer asks for (also the composing ladder's)   [256]
  --media-settle S         seconds to wait after adding peers                    [5]
  --media-seconds S        seconds measured per step                             [10]
  --media-min-fps-ratio R  a step holds while every peer receives ≥ R × fps      [0.8]
  --media-max-loss R       … and packet loss and dropped frames stay ≤ R         [0.01]
  --media-browsers N       Chromium processes the peers are spread over          [1]
  --media-no-audio         peers send no microphone (no voice switching)
  --compose-max N          composing node (--media compose): stop the ladder after this many peers [12]
  --compose-join-runs N    joins timed per engine for join → first frame, forward vs compose [3]
  --cpu-seconds S          cpu: the steady window measured, 3-person call        [60]
  --cpu-settle S           cpu: seconds in the call before the window            [10]
  --cpu-peers N            cpu: bare peers in each room besides the measured page [2]
                           (firefox runs the same with the measured pages in Firefox ESR)
  --firefox-join-runs N    firefox: timed joins per side in Firefox ESR          [10]
  --soak-minutes M         soak: length of the call                              [10]
  --soak-warmup S          soak: seconds before the first sample that counts     [60]
  --soak-interval S        soak: seconds between samples                         [15]
  --soak-churn S           soak: a participant joins or leaves every S seconds   [20]
  --soak-chat S            soak: a chat message every S seconds                  [5]
  --soak-history N         soak: chat messages posted before the warm-up         [60]
  --soak-peers N           soak: bare peers with camera and microphone in the call [2]
  --live-roster-size N     roster-live: simulated participants (--simulated N)   [10000]
  --live-roster-updates N  roster-live: participant updates timed                [100]
  --help                   this text

  --quick sets: cpu-seconds 10, cpu-settle 3, firefox-join-runs 2, soak-minutes 1,
  soak-warmup 15, soak-interval 5, soak-churn 5, soak-chat 2, live-roster-updates 10`;

function parseOptions() {
  const numberFlags = Object.fromEntries(Object.keys(NUMBERS).map((name) => [name, {type: 'string'}]));
  let values;
  try {
    ({values} = parseArgs({
      options: {
        ...numberFlags,
        only: {type: 'string'},
        quick: {type: 'boolean'},
        'no-build': {type: 'boolean'},
        'media-no-audio': {type: 'boolean'},
        help: {type: 'boolean'},
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const options = {};
  for (const [name, [full, quick]] of Object.entries(NUMBERS)) {
    const value = values[name] === undefined ? (values.quick ? quick : full) : Number(values[name]);
    if (!Number.isFinite(value) || value < 0) {
      console.error(`--${name} wants a number, got "${values[name]}"`);
      process.exit(2);
    }
    options[name] = value;
  }
  const only = values.only ? values.only.split(',').map((name) => name.trim()) : BENCHES;
  const unknown = only.filter((name) => !BENCHES.includes(name));
  if (unknown.length) {
    console.error(`Unknown benchmark: ${unknown.join(', ')} (choose from ${BENCHES.join(', ')})`);
    process.exit(2);
  }
  return {options, only, quick: Boolean(values.quick), build: !values['no-build'], audio: !values['media-no-audio']};
}

const {options, only, quick, build, audio} = parseOptions();

ensureDependencies();
if (!ensureChromium()) process.exit(1);
if (only.includes('firefox') && !ensureFirefox()) process.exit(1);

// Only now: these import packages that ensureDependencies may just have installed.
const {runJoinBench} = await import('../bench/join.bench.mjs');
const {measureSizes} = await import('../bench/sizes.mjs');
const {runElementsBench} = await import('../bench/elements.bench.mjs');
const {runSlidesBench} = await import('../bench/slides.bench.mjs');
const {runChatLinksBench} = await import('../bench/chat-links.bench.mjs');
const {runEffectsBench} = await import('../bench/effects.bench.mjs');
const {runMediaBench} = await import('../bench/media.bench.mjs');
const {runComposeBench} = await import('../bench/media-compose.bench.mjs');
const {runCallCpuBench, runFirefoxJoinBench} = await import('../bench/call.bench.mjs');
const {runSoakBench} = await import('../bench/soak.bench.mjs');
const {runLiveRosterBench} = await import('../bench/roster-live.bench.mjs');
const {machineState, round} = await import('../bench/support.mjs');

/** Benchmarks that load the built bundle (dist/). */
const USE_DIST = ['sizes', 'join', 'cpu', 'firefox', 'soak', 'roster-live'];
if (build && only.some((name) => USE_DIST.includes(name))) {
  console.log('Building the bundle (dist/)…');
  if (spawnSync('npm', ['run', '--silent', 'build'], {cwd: repoRoot, stdio: 'inherit'}).status !== 0) {
    console.error('The build failed: see the messages above.');
    process.exit(1);
  }
}

/** Runs one benchmark, noting the machine's load around it; a failure is recorded, not fatal. */
async function measure(name, run) {
  console.log(`\n=== ${name} ===`);
  const before = machineState().loadAverage.one;
  const started = Date.now();
  try {
    const result = await run();
    console.log(JSON.stringify(result));
    return {
      ...result,
      loadAverageBefore: before,
      loadAverageAfter: machineState().loadAverage.one,
      seconds: Math.round((Date.now() - started) / 1000),
    };
  } catch (error) {
    console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return {error: error instanceof Error ? error.message : String(error)};
  }
}

const machineBefore = machineState();
const results = {};

if (only.includes('join') || only.includes('sizes')) {
  // The sizes need only the widget page's network requests; one join records them.
  const joinOnly = !only.includes('join');
  const join = await measure(joinOnly ? 'sizes' : 'join and sizes', () =>
    runJoinBench(
      joinOnly ? {runs: 1, warmups: 0, sides: ['widget']} : {runs: options['join-runs'], warmups: options['join-warmups']}
    )
  );
  if (only.includes('join')) results.join = join;
  if (only.includes('sizes')) {
    try {
      results.sizes = join.error ? join : measureSizes(join.widgetScripts);
    } catch (error) {
      results.sizes = {error: `${error.message}${join.failures?.length ? `: ${join.failures.join('; ')}` : ''}`};
    }
  }
}
const elements = only.filter((name) => name === 'roster' || name === 'chat');
if (elements.length) {
  const measured = await measure(elements.join(' and '), () =>
    runElementsBench({
      which: elements,
      rosterSize: options['roster-size'],
      rosterUpdates: options['roster-updates'],
      chatSize: options['chat-size'],
      chatMessages: options['chat-messages'],
      warmup: options['element-warmups'],
    })
  );
  for (const name of elements)
    results[name] = measured.error
      ? measured
      : {...measured[name], loadAverageBefore: measured.loadAverageBefore, loadAverageAfter: measured.loadAverageAfter};
}
if (only.includes('links'))
  results.links = await measure('chat links', () => runChatLinksBench({brackets: options['links-brackets']}));
if (only.includes('slides')) results.slides = await measure('slides', () => runSlidesBench());
if (only.includes('effects')) results.effects = await measure('effects', () => runEffectsBench({seconds: quick ? 2 : 5}));
if (only.includes('load')) {
  results.load = await measure('dev node load', async () => {
    // The load test is TypeScript (dev-node/test/load.ts): tsx compiles it on import.
    const {tsImport} = await import('tsx/esm/api');
    const {loadTest} = await tsImport('../dev-node/test/load.ts', import.meta.url);
    return {bench: 'load', ...(await loadTest(options['load-participants'], options['load-messages']))};
  });
}
if (only.includes('media')) {
  results.media = await measure('media relay', () =>
    runMediaBench({
      start: options['media-start'],
      step: options['media-step'],
      max: options['media-max'],
      width: options['media-width'],
      height: options['media-height'],
      fps: options['media-fps'],
      bandwidth: options['media-bandwidth'],
      settleSeconds: options['media-settle'],
      measureSeconds: options['media-seconds'],
      minFpsRatio: options['media-min-fps-ratio'],
      maxLossRatio: options['media-max-loss'],
      browsers: options['media-browsers'],
      audio,
    })
  );
}

if (only.includes('compose')) {
  results.compose = await measure('composing node', () =>
    runComposeBench({
      width: options['media-width'],
      height: options['media-height'],
      fps: options['media-fps'],
      settleSeconds: options['media-settle'],
      measureSeconds: options['media-seconds'],
      ladderBandwidth: options['media-bandwidth'],
      max: options['compose-max'],
      joinRuns: options['compose-join-runs'],
      browsers: options['media-browsers'],
      audio,
    })
  );
}

const cpuOptions = {seconds: options['cpu-seconds'], settleSeconds: options['cpu-settle'], peers: options['cpu-peers']};
if (only.includes('cpu'))
  results.cpu = await measure('call CPU (Chromium)', () => runCallCpuBench({engine: 'chromium', ...cpuOptions}));
if (only.includes('firefox')) {
  results.firefoxJoin = await measure('join in Firefox', () =>
    runFirefoxJoinBench({runs: options['firefox-join-runs'], warmups: options['join-warmups']})
  );
  results.firefoxCpu = await measure('call CPU (Firefox)', () => runCallCpuBench({engine: 'firefox', ...cpuOptions}));
}
if (only.includes('soak'))
  results.soak = await measure('soak', () =>
    runSoakBench({
      minutes: options['soak-minutes'],
      warmupSeconds: options['soak-warmup'],
      intervalSeconds: options['soak-interval'],
      churnSeconds: options['soak-churn'],
      chatSeconds: options['soak-chat'],
      historyMessages: options['soak-history'],
      peers: options['soak-peers'],
    })
  );
if (only.includes('roster-live'))
  results.rosterLive = await measure('roster, live session', () =>
    runLiveRosterBench({
      size: options['live-roster-size'],
      updates: options['live-roster-updates'],
      warmup: options['element-warmups'],
    })
  );

// --- the table ---------------------------------------------------------------------------

const kb = (value) => `${value} KB`;
const ms = (value) => `${value} ms`;
const verdict = (met) => (met === undefined ? '' : met ? 'met' : 'missed');
const rows = [];
/** The 1-minute load average when the benchmark behind a row started and ended. */
let load = '';
const loadOf = (result) =>
  result?.loadAverageBefore === undefined ? '' : `${result.loadAverageBefore} → ${result.loadAverageAfter}`;
const row = (figure, measured, target = '—', met = undefined) =>
  rows.push({figure, measured, target, vsTarget: verdict(met), load});
const failed = (figure, result) => {
  load = loadOf(result);
  return result?.error && row(figure, `failed: ${result.error.split('\n')[0]}`);
};

/** Chromium's main-thread script + style + layout per change (elements.bench.mjs), against a target in ms. */
const mainThreadRow = (figure, perUpdate, target) => {
  if (!perUpdate) return;
  const work = round(perUpdate.script + perUpdate.style + perUpdate.layout, 2);
  row(
    `${figure} (script + style + layout)`,
    `${ms(work)} (${perUpdate.script} + ${perUpdate.style} + ${perUpdate.layout})`,
    `≤ ${target.toFixed(1)} ms`,
    work <= target
  );
};

const {sizes, join: joined, roster, chat, links, slides, effects, load: nodeLoad, media, compose} = results;
if (sizes && !failed('Sizes', sizes)) {
  load = ''; // sizes do not depend on the machine's load
  row('Entry module dist/pex-connect.js (gzip)', kb(sizes.entry.gzipKB), '≤ 25 KB', sizes.entry.gzipKB <= 25);
  row(`<pex-conference> page before Join: ${sizes.beforeJoin.files.length} scripts (gzip)`, kb(sizes.beforeJoin.gzipKB));
  row('Lazy SDK chunk (gzip)', kb(sizes.sdk.gzipKB));
  row('pdf.js chunk + worker (gzip), loaded only to share a PDF', kb(sizes.pdfjs.gzipKB));
  row(
    `Total at join: ${sizes.totalAtJoin.files.length} scripts downloaded by the first remote frame (gzip)`,
    kb(sizes.totalAtJoin.gzipKB),
    '≤ 100 KB',
    sizes.totalAtJoin.gzipKB <= 100
  );
}
if (joined && !failed('Join → first remote frame', joined)) {
  const {widget, bare} = joined.clickToFirstFrameMs;
  row(
    `Join → first remote frame, widget / bare SDK (median of ${widget.n} / ${bare.n})`,
    `${ms(widget.median)} / ${ms(bare.median)} = ${joined.ratio}`,
    'ratio ≤ 1.05',
    joined.ratio === undefined ? undefined : joined.ratio <= 1.05
  );
}
if (roster && !failed('Roster', roster)) {
  const {median, p95, n} = roster.updateToPaintMs;
  row(
    `Roster, ${roster.size} participants: update → paint (median / p95 of ${n})`,
    `${ms(median)} / ${ms(p95)}`,
    '≤ 4 ms median',
    median <= 4
  );
  mainThreadRow(`Roster, ${roster.size} participants: main-thread work per update`, roster.mainThreadPerUpdateMs, 1.0);
}
if (chat && !failed('Chat', chat)) {
  const {median, p95, n} = chat.updateToPaintMs;
  row(
    `Chat, ${chat.size} messages: new message → paint (median / p95 of ${n})`,
    `${ms(median)} / ${ms(p95)}`,
    '≤ 2 ms median',
    median <= 2
  );
  mainThreadRow(`Chat, ${chat.size} messages: main-thread work per new message`, chat.mainThreadPerUpdateMs, 1.5);
}
if (links && !failed('Chat links', links)) {
  row(`Chat link splitter: a link and ${links.brackets} ')' (median of 5)`, ms(links.medianMs), '≤ 16 ms', links.medianMs <= 16);
}
if (slides && !failed('Slides', slides)) {
  const {firstSlideMs, nextSlideMedianMs} = slides.hundredPages;
  row('100-page PDF: first slide presented', ms(firstSlideMs), '≤ 400 ms', firstSlideMs <= 400);
  row('100-page PDF: next slide (median)', ms(nextSlideMedianMs), '≤ 100 ms', nextSlideMedianMs <= 100);
}
if (effects && !failed('Effects', effects)) {
  row(
    `Background blur at ${effects.size ?? '640x360'}: frames per second held / per-frame cost (first second)`,
    effects.problem
      ? `not applied: ${effects.problem}`
      : `${effects.framesPerSecondHeld} fps (camera ${effects.cameraFps}) / ${ms(effects.firstSecond.frameCostMs)}; ready after ${ms(effects.readyMs)}`,
    "the camera's rate",
    // Within 5% of the camera's frame rate (both are counted over a few seconds).
    effects.problem ? false : effects.framesPerSecondHeld >= 0.95 * effects.cameraFps
  );
}
if (nodeLoad && !failed('Dev node load', nodeLoad)) {
  row(
    `Dev node: ${nodeLoad.participants} signalling participants join (all see all)`,
    `${ms(nodeLoad.joinAllMs)}, ${nodeLoad.eventsPerSecond} events/s, node CPU ${ms(nodeLoad.nodeCpuMs)}, RSS ${nodeLoad.nodeRssMB} MB`,
    'report'
  );
}
if (media && !failed('Media peers', media)) {
  const last = media.steps.at(-1);
  const held = media.steps.filter((step) => step.held).at(-1);
  row(
    'Dev node: media peers relayed before frames drop',
    `${media.maxPeersHeld}${held ? ` (node ${held.nodeCpuPercent}% CPU, browsers ${held.browsersCpuPercent}%)` : ''}; ${media.stoppedBecause}${last && !last.held ? `: min ${last.minReceivedFps} fps received (senders ${last.minSentFps}), loss ${last.lossPercent}%, dropped ${last.droppedFramesPercent}%` : ''}`,
    '≥ 8',
    media.maxPeersHeld >= 8
  );
}
if (compose && !failed('Composing node', compose)) {
  const three = compose.threeIn4x0;
  if (three.error) row('Composing node: three peers in 4:0', `failed: ${three.error}`);
  else
    row(
      'Composing node: three peers in 4:0, frames received per peer',
      `min ${three.minReceivedFps} fps, dropped ${three.droppedFramesPercent}%, loss ${three.lossPercent}% (node ${three.nodeCpuPercent}% CPU)`,
      '15 fps, none dropped',
      three.minReceivedFps >= 15 * 0.8 && three.droppedFramesPercent === 0
    );
  const held = compose.steps.filter((step) => step.held).at(-1);
  row(
    'Composing node: peers held at the frame rate',
    `${compose.maxPeersHeld}${held ? ` (node ${held.nodeCpuPercentPerPeer}% CPU per peer, ${held.nodeRssMB} MB)` : ''}; ${compose.stoppedBecause}`,
    '≥ 8',
    compose.maxPeersHeld >= 8
  );
  const {forwardMs, composeMs, ratio, error} = compose.joinToFirstFrame;
  if (error) row('Join → first remote frame, compose / forward', `failed: ${error}`);
  else
    row(
      `Join → first remote frame, compose / forward (median of ${composeMs.n} / ${forwardMs.n})`,
      `${composeMs.median} ms / ${forwardMs.median} ms = ${ratio}`,
      'ratio ≤ 1',
      ratio <= 1
    );
}

const {cpu, firefoxJoin, firefoxCpu, soak, rosterLive} = results;
const cpuRow = (engine, result) => {
  if (!result || failed(`Call CPU (${engine})`, result)) return;
  const {widget, bare} = result;
  const pages = engine === 'Chromium' ? 'renderer' : 'content process';
  row(
    `${engine}: a ${result.peersPerRoom + 1}-person call, ${result.windowSeconds} s steady: ${pages} CPU, widget page / bare SDK page`,
    `${widget.pageProcessesCpuPercent}% / ${bare.pageProcessesCpuPercent}% of a core = ${result.ratio}` +
      (result.mainThreadRatio === undefined
        ? ''
        : `; main thread ${widget.mainThreadPercent.task}% / ${bare.mainThreadPercent.task}% = ${result.mainThreadRatio}`) +
      `; whole browser ${result.browserRatio}; remote video ${widget.remoteFramesPerSecond} / ${bare.remoteFramesPerSecond} fps`,
    'ratio ≤ 1.10',
    result.ratio === undefined ? undefined : result.ratio <= 1.1
  );
};
cpuRow('Chromium', cpu);
if (firefoxJoin && !failed('Join → first remote frame (Firefox)', firefoxJoin)) {
  const {widget, bare} = firefoxJoin.clickToFirstFrameMs;
  row(
    `Firefox: Join → first remote frame, widget / bare SDK (median of ${widget.n} / ${bare.n})`,
    `${ms(widget.median)} / ${ms(bare.median)} = ${firefoxJoin.ratio}`,
    'ratio ≤ 1.05',
    firefoxJoin.ratio === undefined ? undefined : firefoxJoin.ratio <= 1.05
  );
}
cpuRow('Firefox', firefoxCpu);
if (soak && !failed('Soak', soak)) {
  const {growthPercent: growth, heapComposition: heap} = soak;
  const heapParts = heap
    ? `; in heap snapshots, JS objects ${heap.first.jsObjects} → ${heap.last.jsObjects} KB (${heap.growthPercent.jsObjects}%), strings ${heap.growthPercent.strings}%, V8's compiled code ${heap.first.compiledCode} → ${heap.last.compiledCode} KB (${heap.growthPercent.compiledCode}%), the browser's performance entries ${heap.first.performanceEntries} → ${heap.last.performanceEntries} KB`
    : '';
  row(
    `A ${soak.minutes}-minute call with chat and roster activity: growth after ${soak.warmupSeconds} s warm-up`,
    `JS heap ${growth.jsHeapUsed}%, DOM nodes ${growth.nodes}%, listeners ${growth.listeners}% (${soak.samples.length} samples, ${soak.historyMessages} messages before and ${soak.chatMessages} during, ${soak.joins} joins / ${soak.leaves} leaves; chat entries rendered ${soak.renderedChatEntries}${heapParts})`,
    '≤ 5% each',
    Object.values(growth).every((value) => value <= 5)
  );
}
if (rosterLive && !failed('Roster, live session', rosterLive)) {
  const {median, p95, n} = rosterLive.updateToPaintMs;
  row(
    `Roster, ${rosterLive.size} simulated participants, live session: update → paint (median / p95 of ${n})`,
    `${ms(median)} / ${ms(p95)}`,
    '≤ 6 ms median',
    median <= 6
  );
}

const machineAfter = machineState();
const chromiumVersion = spawnSync(chromiumPath, ['--version'], {encoding: 'utf8'}).stdout?.trim() ?? 'unknown';
const commit =
  spawnSync('git', ['describe', '--always', '--dirty'], {cwd: repoRoot, encoding: 'utf8'}).stdout?.trim() ?? 'unknown';
const machineLine =
  `${machineBefore.cpus} × ${machineBefore.cpuModel}, ${round(machineBefore.memoryMB.total / 1024)} GB; load average ` +
  `${machineBefore.loadAverage.one} before, ${machineAfter.loadAverage.one} after (1 min); Node ${process.version}; ${chromiumVersion}; ${commit}${quick ? '; --quick' : ''}`;

const columns = [
  ['figure', 'Figure'],
  ['measured', 'Measured'],
  ['target', 'Target'],
  ['vsTarget', ''],
  ['load', 'Load average (1 min)'],
];
const widths = columns.map(([key, title]) => Math.max(title.length, ...rows.map((one) => one[key].length)));
const line = (cells) => `| ${cells.map((cell, index) => cell.padEnd(widths[index])).join(' | ')} |`;
console.log(`\n${line(columns.map(([, title]) => title))}\n${line(widths.map((width) => '-'.repeat(width)))}`);
for (const one of rows) console.log(line(columns.map(([key]) => one[key])));
console.log(`\nMachine: ${machineLine}`);
if (media && !media.error) console.log(`Media: ${media.note}`);

mkdirSync(join(repoRoot, 'bench'), {recursive: true});
writeFileSync(
  join(repoRoot, 'bench/results.json'),
  `${JSON.stringify({date: new Date().toISOString(), commit, chromium: chromiumVersion, node: process.version, quick, options: {...options, audio}, machine: {before: machineBefore, after: machineAfter}, table: rows, results}, null, 2)}\n`
);
console.log('Every number: bench/results.json');
