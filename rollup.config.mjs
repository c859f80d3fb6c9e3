import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {infinitySdk} from './scripts/infinity-sdk-plugin.mjs';

/** Copies pdf.js's worker next to the bundle, where src/slides/pdf-slides.ts looks for it. */
const pdfWorker = () => ({
  name: 'pdfjs-worker',
  buildStart() {
    const file = createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.worker.min.mjs');
    this.addWatchFile(file);
    this.emitFile({type: 'asset', fileName: 'pdf.worker.min.mjs', source: readFileSync(file)});
  },
});

/**
 * The script-tag bundle: `dist/pex-connect.js` registers every element; Pexip's SDK is a lazy
 * chunk in `dist/chunks/`, imported relative to the bundle's own URL, so the whole `dist/`
 * folder can be copied to any web server.
 */
export default {
  input: {'pex-connect': 'src/pex-connect.ts'},
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    infinitySdk(),
    pdfWorker(),
    nodeResolve({browser: true}),
    typescript({tsconfig: './tsconfig.build.json'}),
    terser({ecma: 2022, module: true, format: {comments: false}}),
  ],
};
