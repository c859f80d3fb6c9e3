// Summarises a CPU profile of a page running dist/ (CDP `Profiler`, as runLiveRosterBench({profile: true})
// returns it): self and total time per function, each mapped through dist/'s source maps to its
// source file and line, and per package or source folder.
//
//   node bench/profile-summary.mjs profile.cpuprofile [--top N] [--per DIVISOR]
//
// --per divides every time (e.g. by the number of updates profiled, for ms per update).
import {existsSync, readFileSync} from 'node:fs';
import {SourceMapConsumer} from 'source-map-js';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const index = args.indexOf(name);
  return index < 0 ? fallback : Number(args[index + 1]);
};
const top = flag('--top', 40);
const per = flag('--per', 1);
const profile = JSON.parse(readFileSync(args[0], 'utf8'));

const maps = new Map();
function consumerFor(url) {
  const path = /\/(dist\/[^?#]+\.js)$/.exec(url)?.[1];
  if (!path) return undefined;
  if (!maps.has(path))
    maps.set(
      path,
      existsSync(`${path}.map`) ? new SourceMapConsumer(JSON.parse(readFileSync(`${path}.map`, 'utf8'))) : undefined
    );
  return maps.get(path);
}

/** Where a profile node's function is: its source file and line, through the source map when there is one. */
function placeOf({callFrame: {url, functionName, lineNumber, columnNumber}}) {
  if (!url) return {name: functionName || '(program)', file: functionName || '(native)'};
  const consumer = consumerFor(url);
  const original = consumer?.originalPositionFor({line: lineNumber + 1, column: columnNumber});
  if (original?.source) {
    const file = original.source.replace(/^(\.\.\/)+/, '');
    return {name: `${original.name ?? functionName ?? '(anonymous)'} ${file}:${original.line}`, file};
  }
  return {name: `${functionName || '(anonymous)'} ${url}:${lineNumber + 1}`, file: url};
}

/** The package (node_modules/<scope>/<name>) or source folder (src/<a>/<b>) a file belongs to. */
function groupOf(file) {
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (module) return module[1];
  const source = /(src\/(?:[^/]+\/)?[^/]+)/.exec(file);
  return source ? source[1].replace(/\/[^/]+\.ts$/, '') : file;
}

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const selfMs = new Map();
for (let i = 0; i < profile.samples.length; i += 1) {
  const id = profile.samples[i];
  selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
}

const self = new Map();
const total = new Map();
const groupSelf = new Map();
const groupTotal = new Map();
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
for (const [id, ms] of selfMs) {
  const place = placeOf(byId.get(id));
  add(self, place.name, ms);
  add(groupSelf, groupOf(place.file), ms);
  // Total: once per function and per group on the stack (recursion counted once).
  const names = new Set();
  const groups = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const outer = placeOf(byId.get(at));
    names.add(outer.name);
    groups.add(groupOf(outer.file));
  }
  for (const name of names) add(total, name, ms);
  for (const group of groups) add(groupTotal, group, ms);
}

const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${(ms / per).toFixed(2).padStart(9)}  ${key}`);
};
const all = [...selfMs.values()].reduce((a, b) => a + b, 0);
console.log(`profiled ${(all / per).toFixed(2)} ms${per === 1 ? '' : ` per ${per}`}`);
print('self, by package or folder', groupSelf);
print('total, by package or folder', groupTotal);
print('self, by function', self);
print('total, by function', total);
