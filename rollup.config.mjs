import {readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {effectsAssets} from './scripts/effects-assets.mjs';
import {infinitySdk} from './scripts/infinity-sdk-plugin.mjs';

const require = createRequire(import.meta.url);
const PDF_WORKER = 'pdf.worker.min.mjs';

/** Empties the output folder first, so chunks of earlier builds (with other hashes) do not pile up. */
const cleanOutput = (dir) => ({
  name: 'clean-output',
  buildStart() {
    rmSync(dir, {recursive: true, force: true});
  },
});

/** Copies files into the output folder as they are. */
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
 * pdf.js's worker is a file of its own. src/slides/pdf-slides.ts finds it with
 * `new URL('./pdf.worker.min.mjs', import.meta.url)`; this emits the file and rewrites that URL
 * to wherever the code that holds it ends up (an entry or a chunk).
 */
const pdfWorker = (fileName) => ({
  name: 'pdf-worker',
  transform(code, id) {
    if (!id.endsWith('pdf-slides.ts')) return null;
    const reference = this.emitFile({
      type: 'asset',
      fileName,
      source: readFileSync(require.resolve(`pdfjs-dist/build/${PDF_WORKER}`)),
    });
    return code.replace(`new URL('./${PDF_WORKER}', import.meta.url)`, `new URL(import.meta.ROLLUP_FILE_URL_${reference})`);
  },
});

const elementModules = {
  'pex-conference': 'src/pex-conference.ts',
  'pex-roster': 'src/pex-roster.ts',
  'pex-chat': 'src/pex-chat.ts',
  'pex-presenter': 'src/pex-presenter.ts',
  'pex-join-button': 'src/pex-join-button.ts',
};

/**
 * The script-tag bundle: `dist/pex-connect.js` registers every element, each loaded from its own
 * chunk when its tag appears; Pexip's SDK and pdf.js are lazy chunks in `dist/chunks/`, imported
 * relative to the bundle's own URL, so the whole `dist/` folder can be copied to any web server.
 */
const bundle = {
  input: {'pex-connect': 'src/pex-connect.ts', ...elementModules},
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    cleanOutput('dist'),
    infinitySdk(),
    pdfWorker(PDF_WORKER),
    effectsAssets(),
    copyAssets({'webapp.html': 'src/webapp/webapp.html', 'webapp.css': 'src/webapp/webapp.css'}),
    nodeResolve({browser: true}),
    typescript({tsconfig: './tsconfig.build.json'}),
    terser({ecma: 2022, module: true, format: {comments: false}}),
  ],
};

/**
 * The npm package's modules (`lib/`): one module per source file, unminified, with Lit,
 * @lit/context, the virtualizer and pdf.js left as imports for the page's bundler to share.
 * Pexip's SDK is inside the factory module, which isolates each session's copy.
 * `tsc -p tsconfig.lib.json` writes the `.d.ts` files beside them.
 */
const library = {
  input: {index: 'src/index.ts', 'pex-connect': 'src/pex-connect.ts', ...elementModules},
  external: (id) => /^(lit|@lit\/|@lit-labs\/|pdfjs-dist|tslib|@pexip\/media-processor)/.test(id),
  output: {
    dir: 'lib',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
    sourcemap: true,
  },
  plugins: [
    cleanOutput('lib'),
    infinitySdk(),
    pdfWorker(`slides/${PDF_WORKER}`),
    typescript({tsconfig: './tsconfig.build.json', outDir: 'lib'}),
  ],
};

// `BUILD=bundle` (npm start, the end-to-end tests) skips the package.
export default process.env.BUILD === 'bundle' ? bundle : [bundle, library];
