// Bundle sizes (gzip -9, as the `gzip-size` tools count) of the built dist/: the entry module,
// the lazy SDK chunk, pdf.js, and every script a page with <pex-conference> downloaded before
// Join and by the time it was in a call (from the join benchmark's recorded network responses).
import {readFileSync, readdirSync} from 'node:fs';
import {join, relative} from 'node:path';
import {gzipSync} from 'node:zlib';
import {repoRoot} from '../scripts/paths.mjs';
import {round} from './support.mjs';

const dist = join(repoRoot, 'dist');

/** Raw and gzip size of some bytes, in KB. */
export function sizeOfBytes(bytes) {
  return {rawKB: round(bytes.length / 1024), gzipKB: round(gzipSync(bytes, {level: 9}).length / 1024)};
}

const sizeOf = (file) => ({file: relative(repoRoot, file), ...sizeOfBytes(readFileSync(file))});

function total(sizes) {
  return {
    rawKB: round(sizes.reduce((sum, size) => sum + size.rawKB, 0)),
    gzipKB: round(sizes.reduce((sum, size) => sum + size.gzipKB, 0)),
    files: sizes,
  };
}

/** Rollup names chunks `chunks/<name>-<hash>.js` (rollup.config.mjs); the name is that of the module that starts the chunk. */
function chunksNamed(name) {
  const dir = join(dist, 'chunks');
  return readdirSync(dir)
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith('.js'))
    .map((file) => join(dir, file));
}

/**
 * @param {{beforeJoin: {path: string, rawKB: number, gzipKB: number}[], inCall: {path: string, rawKB: number, gzipKB: number}[]}} widgetScripts
 *   the scripts the widget page received before Join, and up to its first remote frame (from the join benchmark)
 */
export function measureSizes(widgetScripts) {
  if (widgetScripts.inCall.length === 0)
    throw new Error('The widget page never reached its first remote frame (see the join failures)');
  const downloadedSdk = widgetScripts.inCall.filter(({path}) => /\/infinity-sdk-factory-[^/]*\.js$/.test(path));
  const unknown = widgetScripts.inCall.filter(({path}) => !path.startsWith('/dist/')).map(({path}) => path);
  const allScripts = readdirSync(dist, {recursive: true})
    .map(String)
    .filter((file) => /\.m?js$/.test(file))
    .map((file) => sizeOf(join(dist, file)));
  return {
    bench: 'sizes',
    compression: 'gzip level 9',
    entry: sizeOf(join(dist, 'pex-connect.js')),
    sdk: downloadedSdk.length ? total(downloadedSdk) : total(chunksNamed('infinity-sdk-factory').map(sizeOf)),
    pdfjs: total([...chunksNamed('pdf').map(sizeOf), sizeOf(join(dist, 'pdf.worker.min.mjs'))]),
    // What a page with <pex-conference> loads before Join (its pre-join screen), and by its first remote frame.
    beforeJoin: total(widgetScripts.beforeJoin),
    totalAtJoin: total(widgetScripts.inCall),
    // Scripts requested outside dist/ (there should be none: the bench page has no script of its own).
    unknownScriptsAtJoin: unknown,
    allScripts,
  };
}
