// node build.mjs OUTDIR: bundles src/main.js with esbuild and puts index.html and pdf.js's
// worker beside it.
import {copyFileSync, mkdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = process.argv[2] ?? join(here, 'build');
const require = createRequire(import.meta.url);

mkdirSync(outdir, {recursive: true});
await build({
  entryPoints: [join(here, 'src/main.js')],
  bundle: true,
  // The SDK and pdf.js stay separate chunks, loaded when a meeting is joined or a PDF is shared.
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  outdir,
});
copyFileSync(join(here, 'index.html'), join(outdir, 'index.html'));
copyFileSync(require.resolve('pex-connect/bundle/pdf.worker.min.mjs'), join(outdir, 'pdf.worker.min.mjs'));
