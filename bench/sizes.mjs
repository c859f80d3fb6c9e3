// Bundle sizes (gzip -9, as the `gzip-size` tools count) of the built dist/: the entry module,
// the lazy SDK chunk, pdf.js, and every script a page with <pex-conference> downloaded by the
// time it was in a call (the list comes from the join benchmark's recorded network requests).
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {join, relative} from 'node:path';
import {gzipSync} from 'node:zlib';
import {repoRoot} from '../scripts/paths.mjs';
import {round} from './support.mjs';

const dist = join(repoRoot, 'dist');

function sizeOf(file) {
  const bytes = readFileSync(file);
  return {file: relative(repoRoot, file), rawKB: round(bytes.length / 1024), gzipKB: round(gzipSync(bytes, {level: 9}).length / 1024)};
}

function total(sizes) {
  return {rawKB: round(sizes.reduce((sum, size) => sum + size.rawKB, 0)), gzipKB: round(sizes.reduce((sum, size) => sum + size.gzipKB, 0)), files: sizes};
}

/** Rollup names chunks `chunks/<name>-<hash>.js` (rollup.config.mjs); the name is that of the module that starts the chunk. */
function chunksNamed(name) {
  const dir = join(dist, 'chunks');
  return readdirSync(dir)
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith('.js'))
    .map((file) => join(dir, file));
}

const fileOf = (path) => join(dist, path.replace(/^\/dist\//, ''));
const known = (paths) => paths.filter((path) => path.startsWith('/dist/') && existsSync(fileOf(path)));

/**
 * @param {{beforeJoin: string[], inCall: string[]}} widgetScripts URL paths (`/dist/…`) of the
 *   scripts the widget page requested before Join, and up to its first remote frame.
 */
export function measureSizes(widgetScripts) {
  const unknown = widgetScripts.inCall.filter((path) => !known([path]).length);
  const allScripts = readdirSync(dist, {recursive: true})
    .map(String)
    .filter((file) => /\.m?js$/.test(file))
    .map((file) => sizeOf(join(dist, file)));
  return {
    bench: 'sizes',
    compression: 'gzip level 9',
    entry: sizeOf(join(dist, 'pex-connect.js')),
    sdk: total(chunksNamed('infinity-sdk-factory').map(sizeOf)),
    pdfjs: total([...chunksNamed('pdf').map(sizeOf), sizeOf(join(dist, 'pdf.worker.min.mjs'))]),
    // What a page with <pex-conference> loads before Join (its pre-join screen), and by its first remote frame.
    beforeJoin: total(known(widgetScripts.beforeJoin).map((path) => sizeOf(fileOf(path)))),
    totalAtJoin: total(known(widgetScripts.inCall).map((path) => sizeOf(fileOf(path)))),
    // Scripts requested outside dist/ (there should be none: the bench page has no script of its own).
    unknownScriptsAtJoin: unknown,
    allScripts,
  };
}
