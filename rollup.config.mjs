import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {infinitySdk} from './scripts/infinity-sdk-plugin.mjs';

/** Copies files next to the bundle: pdf.js's worker, and the Web App page (`<pex-join-button target="window">` opens it). */
const copyAssets = (assets) => ({
  name: 'copy-assets',
  buildStart() {
    for (const [fileName, source] of Object.entries(assets)) {
      this.addWatchFile(source);
      this.emitFile({type: 'asset', fileName, source: readFileSync(source)});
    }
  },
});

/**
 * The script-tag bundle: `dist/pex-connect.js` registers every element, each loaded from its own
 * chunk when its tag appears; Pexip's SDK and pdf.js are lazy chunks in `dist/chunks/`, imported
 * relative to the bundle's own URL, so the whole `dist/` folder can be copied to any web server.
 */
export default {
  // The entry, and each element's own module (also what the entry loads lazily).
  input: {
    'pex-connect': 'src/pex-connect.ts',
    'pex-conference': 'src/pex-conference.ts',
    'pex-roster': 'src/pex-roster.ts',
    'pex-chat': 'src/pex-chat.ts',
    'pex-presenter': 'src/pex-presenter.ts',
    'pex-join-button': 'src/pex-join-button.ts',
  },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    infinitySdk(),
    copyAssets({
      // src/slides/pdf-slides.ts looks for the worker next to the bundle.
      'pdf.worker.min.mjs': createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.worker.min.mjs'),
      'webapp.html': 'src/webapp/webapp.html',
      'webapp.css': 'src/webapp/webapp.css',
    }),
    nodeResolve({browser: true}),
    typescript({tsconfig: './tsconfig.build.json'}),
    terser({ecma: 2022, module: true, format: {comments: false}}),
  ],
};
