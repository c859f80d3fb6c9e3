// Soak: the widget page in a long call with chat and roster activity, to see whether its memory,
// DOM and event listeners stay flat. The widget page (side panel open: participants and chat)
// and two bare peers with camera and microphone are in one room; signalling-only participants
// (the client REST API, as any client) join and leave in turn, and one of them posts a chat
// message at a steady pace. Every few seconds Chromium collects garbage in the widget page and
// reads its JS heap, DOM nodes and event listeners (CDP HeapProfiler and Performance).
//
//   import {runSoakBench} from './bench/soak.bench.mjs'
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../scripts/chromium.mjs';
import {
  buildBenchSite,
  everyVideo,
  openSidePanel,
  REMOTE_VIDEO,
  round,
  sleep,
  startBenchNode,
  videoFramesShown,
  waitUntil,
} from './support.mjs';

/** Page loads and clicks may take long on a loaded machine (the benchmarks share it with anything running). */
const BROWSER_TIMEOUT_MS = 120_000;

const ROOM = 'bench.soak';

/** A signalling-only participant over the client REST API: joins, posts chat, refreshes its token, leaves. */
async function restParticipant(node, displayName) {
  const api = `${node.url}/api/client/v2/conferences/${ROOM}/`;
  const post = async (path, body, token) => {
    const response = await fetch(api + path, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', ...(token ? {token} : {})},
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    return (await response.json()).result;
  };
  let {token} = await post('request_token', {display_name: displayName});
  return {
    message: (text) => post('message', {type: 'text/plain', payload: text}, token),
    refresh: async () => ({token} = await post('refresh_token', {}, token)),
    leave: () => post('release_token', {}, token),
  };
}

/** Runs in the page: how many chat entries and roster rows are rendered (shadow roots included). */
function renderedItems() {
  const counts = {chatEntries: 0, rosterRows: 0};
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'pex-chat')
        counts.chatEntries += element.shadowRoot.querySelectorAll('[part~="messages"] [role="listitem"]').length;
      if (element.localName === 'pex-roster-row') counts.rosterRows += 1;
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return counts;
}

/** The widget page's numbers after a garbage collection (CDP Performance.getMetrics). */
async function sample(page, cdp, startedAt) {
  await cdp.send('HeapProfiler.collectGarbage');
  const {metrics} = await cdp.send('Performance.getMetrics');
  const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return {
    seconds: round((performance.now() - startedAt) / 1000),
    jsHeapUsedMB: round(value('JSHeapUsedSize') / 2 ** 20, 2),
    nodes: value('Nodes'),
    listeners: value('JSEventListeners'),
    documents: value('Documents'),
    layoutObjects: value('LayoutObjects'),
    // What the page renders by design: the chat shows the 50 newest messages while following.
    ...(await page.evaluate(renderedItems)),
  };
}

/**
 * A heap snapshot of the page (CDP HeapProfiler), summed by what holds the memory: the page's
 * JavaScript objects and strings, V8's compiled code (which grows as hot functions are optimized),
 * the browser's performance-timeline entries (buffers with fixed caps), and native objects (DOM,
 * layout, media). In KB.
 */
async function heapComposition(cdp) {
  const chunks = [];
  const onChunk = ({chunk}) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', {reportProgress: false});
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const {snapshot, nodes, strings} = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const [type, name, size] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
  const types = snapshot.meta.node_types[0];
  const kb = {jsObjects: 0, strings: 0, compiledCode: 0, performanceEntries: 0, native: 0};
  for (let index = 0; index < nodes.length; index += fields.length) {
    const kind = types[nodes[index + type]];
    const key =
      kind === 'code'
        ? 'compiledCode'
        : kind.includes('string')
          ? 'strings'
          : kind !== 'native'
            ? 'jsObjects'
            : /^(Performance|LayoutShift|TaskAttribution|DOMRectReadOnly|blink::ScriptTimingInfo)/.test(
                  strings[nodes[index + name]]
                )
              ? 'performanceEntries'
              : 'native';
    kb[key] += nodes[index + size] / 1024;
  }
  return Object.fromEntries(Object.entries(kb).map(([key, value]) => [key, round(value)]));
}

const growth = (first, last) => round(((last - first) / first) * 100);

/**
 * @param {{minutes?: number, warmupSeconds?: number, intervalSeconds?: number, churnSeconds?: number,
 *   chatSeconds?: number, historyMessages?: number, peers?: number}} options
 *   churnSeconds: a signalling participant joins, or the last one leaves, this often;
 *   chatSeconds: a chat message this often; historyMessages: posted at the start, so that the
 *   chat renders as many entries as it ever will before the warm-up ends; peers: bare peers with
 *   media for the whole call.
 */
export async function runSoakBench({
  minutes = 10,
  warmupSeconds = 60,
  intervalSeconds = 15,
  churnSeconds = 20,
  chatSeconds = 5,
  historyMessages = 60,
  peers = 2,
} = {}) {
  const site = await buildBenchSite(ROOM);
  const node = await startBenchNode([{aliases: [ROOM], name: 'Soak benchmark'}], site.dir);
  const peerBrowser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
  const browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
  const timers = [];
  const activity = {chatMessages: 0, joins: 0, leaves: 0, errors: []};
  const noteError = (error) =>
    activity.errors.length < 20 && activity.errors.push(error instanceof Error ? error.message : String(error));
  let chatter;
  const churners = [];
  try {
    for (let index = 0; index < peers; index += 1) {
      const page = await peerBrowser.newPage();
      page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
      await page.goto(`${node.url}/bench/bare.html?conference=${ROOM}&name=Peer%20${index + 1}&join`);
    }
    const page = await browser.newPage({viewport: {width: 1280, height: 720}});
    page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${node.url}/bench/widget.html`);
    await page.getByRole('button', {name: 'Join', exact: true}).click();
    await waitUntil(async () => (await page.evaluate(videoFramesShown, REMOTE_VIDEO)) > 0, 'the remote video', 120_000).catch(
      async (error) => {
        const participants = (await node.room(ROOM)).rooms[0].participants;
        const calls = participants.map((one) => `${one.display_name}: ${one.call?.connection_state ?? 'no call'}`);
        throw new Error(`${error.message}; videos ${JSON.stringify(await page.evaluate(everyVideo))}; calls ${calls.join(', ')}`);
      }
    );
    // The side panel shows the participants and the chat, where the activity lands.
    await openSidePanel(page);

    chatter = await restParticipant(node, 'Chatter');
    for (let index = 1; index <= historyMessages; index += 1) await chatter.message(`Earlier message ${index}`);
    timers.push(setInterval(() => chatter.refresh().catch(noteError), 30_000));
    timers.push(
      setInterval(() => {
        activity.chatMessages += 1;
        chatter
          .message(`Message ${activity.chatMessages}: ${'lorem ipsum dolor sit amet '.repeat(1 + (activity.chatMessages % 4))}`)
          .catch(noteError);
      }, chatSeconds * 1000)
    );
    // Joins and leaves in turn: at most one churning participant at a time, gone before its token expires.
    let tick = 0;
    timers.push(
      setInterval(() => {
        tick += 1;
        if (tick % 2 === 1)
          restParticipant(node, `Visitor ${tick}`).then((one) => {
            churners.push(one);
            activity.joins += 1;
          }, noteError);
        else
          churners
            .shift()
            ?.leave()
            .then(() => (activity.leaves += 1), noteError);
      }, churnSeconds * 1000)
    );

    const startedAt = performance.now();
    const samples = [];
    const heap = {};
    const endAt = startedAt + minutes * 60_000;
    const firstCounted = startedAt + warmupSeconds * 1000;
    let nextAt = startedAt;
    while (nextAt <= endAt) {
      await sleep(Math.max(0, nextAt - performance.now()));
      samples.push({...(await sample(page, cdp, startedAt)), counted: performance.now() >= firstCounted - 500});
      nextAt += intervalSeconds * 1000;
      if (samples.at(-1).counted && !heap.first) heap.first = await heapComposition(cdp);
    }
    heap.last = await heapComposition(cdp);
    const counted = samples.filter((one) => one.counted);
    const [first, last] = [counted[0], counted.at(-1)];
    const participantsAtEnd = (await node.room(ROOM)).rooms[0].participants.length;
    return {
      bench: 'soak',
      minutes,
      warmupSeconds,
      intervalSeconds,
      historyMessages,
      ...activity,
      participantsAtEnd,
      // Chat entries rendered at the first counted sample → the last: DOM the chat adds by design.
      renderedChatEntries: first && last ? `${first.chatEntries} → ${last.chatEntries}` : undefined,
      // From the first sample after the warm-up to the last, in percent.
      growthPercent:
        first && last && first !== last
          ? {
              jsHeapUsed: growth(first.jsHeapUsedMB, last.jsHeapUsedMB),
              nodes: growth(first.nodes, last.nodes),
              listeners: growth(first.listeners, last.listeners),
            }
          : {},
      // What the heap holds at the first counted sample and at the end (KB), and the growth of each part in percent.
      heapComposition: heap.first
        ? {
            ...heap,
            growthPercent: Object.fromEntries(
              Object.keys(heap.first).map((key) => [key, growth(heap.first[key], heap.last[key])])
            ),
          }
        : undefined,
      // The largest value after the warm-up, against the first (a sawtooth shows here, not in growthPercent).
      peakPercent: first
        ? {
            jsHeapUsed: growth(first.jsHeapUsedMB, Math.max(...counted.map((one) => one.jsHeapUsedMB))),
            nodes: growth(first.nodes, Math.max(...counted.map((one) => one.nodes))),
            listeners: growth(first.listeners, Math.max(...counted.map((one) => one.listeners))),
          }
        : {},
      samples,
    };
  } finally {
    for (const timer of timers) clearInterval(timer);
    await browser.close();
    await peerBrowser.close();
    await node.stop();
    site.remove();
  }
}
