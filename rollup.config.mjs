import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import MagicString from 'magic-string';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {effectsAssets} from './scripts/effects-assets.mjs';
import {INFINITY_SDK_MODULE, infinitySdk} from './scripts/infinity-sdk-plugin.mjs';

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

const WORKER_URL = `new URL('./${PDF_WORKER}', import.meta.url)`;

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
    return code.replace(WORKER_URL, `new URL(import.meta.ROLLUP_FILE_URL_${reference})`);
  },
});

/**
 * The package ships each big file once, in `dist/`: the modules in `lib/` take pdf.js's worker
 * and the SDK's factory chunk from there (a page's bundler copies both, as it does any
 * `new URL(…, import.meta.url)` asset and any dynamic import). The bundle is built first and
 * tells this plugin the factory chunk's hashed name.
 */
const sharedDistFiles = {sdkFactory: ''};
const recordSdkFactory = () => ({
  name: 'record-sdk-factory',
  generateBundle(_options, bundle) {
    const chunk = Object.values(bundle).find(
      (file) => file.type === 'chunk' && file.facadeModuleId === `\0${INFINITY_SDK_MODULE}`
    );
    if (!chunk) this.error('the bundle has no chunk for the SDK factory');
    sharedDistFiles.sdkFactory = chunk.fileName;
  },
});
const fromDist = () => ({
  name: 'from-dist',
  resolveId(id) {
    if (id !== INFINITY_SDK_MODULE) return null;
    if (!sharedDistFiles.sdkFactory) this.error('build the bundle (dist/) in the same run as lib/');
    return {id: join(import.meta.dirname, 'dist', sharedDistFiles.sdkFactory), external: true};
  },
  transform(code, id) {
    if (!id.endsWith('pdf-slides.ts')) return null;
    // lib/slides/pdf-slides.js → dist/pdf.worker.min.mjs
    return code.replace(WORKER_URL, `new URL('../../dist/${PDF_WORKER}', import.meta.url)`);
  },
});

/**
 * lit-html 3.3.1 to 3.3.3 leave a comment node behind for each item a `repeat()` removes (their
 * `removePart()` removes a part's start marker but not its end marker: lit/lit#5298, fix in
 * lit/lit#5299, not released). The chat's sliding window and the roster's virtualizer remove
 * items all meeting long, so the bundle gets the fix. The build stops when the code is no longer
 * the one fixed here (a release with the fix: then this plugin goes).
 */
const litRemovePartFix = () => ({
  name: 'lit-remove-part-fix',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]directive-helpers\.js$/.test(id)) return null;
    const leaky = /(\w+)=>\{\1\._\$AR\(\),\1\._\$AA\.remove\(\)\}/.exec(code);
    if (!leaky) this.error(`lit-html's removePart() is not the one lit/lit#5298 describes: is it fixed? (${id})`);
    const part = leaky[1];
    const output = new MagicString(code);
    output.appendLeft(leaky.index + leaky[0].length - 1, `,${part}._$AB?.remove()`);
    return {code: output.toString(), map: output.generateMap({hires: true})};
  },
});

/** The package folder (with its package.json) that holds a file in node_modules. */
function packageDirOf(file) {
  for (let dir = dirname(file); dir.includes('node_modules'); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name) return dir;
  }
  return undefined;
}

/** A package and, recursively, its runtime dependencies (types left out), as package folders. */
function withDependencies(name, from = import.meta.dirname, found = new Map()) {
  if (name.startsWith('@types/') || found.has(name)) return found;
  // Node's lookup, by hand: `exports` may hide package.json from require.resolve.
  let dir;
  for (let base = from; !dir; base = dirname(base)) {
    if (existsSync(join(base, 'node_modules', name, 'package.json'))) dir = join(base, 'node_modules', name);
    else if (base === dirname(base)) return found;
  }
  found.set(name, dir);
  const {dependencies = {}} = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const dependency of Object.keys(dependencies)) withDependencies(dependency, dir, found);
  return found;
}

/**
 * `THIRD-PARTY-LICENSES.txt`: the licence of every package whose code the bundle contains (the
 * minifier drops their comments). Pexip's SDK is bundled in a build of its own (the factory), so
 * its packages are taken from its dependencies.
 */
const thirdPartyLicenses = () => ({
  name: 'third-party-licenses',
  generateBundle() {
    const packages = withDependencies('@pexip/infinity');
    for (const id of this.getModuleIds()) {
      const dir = id.includes('node_modules') ? packageDirOf(id.replace(/^\0/, '').split('?')[0]) : undefined;
      if (dir) packages.set(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name, dir);
    }
    // Packages with the same licence text share one copy of it.
    const byText = new Map();
    for (const [name, dir] of [...packages.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const {version, license} = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const licenseFile = readdirSync(dir).find((file) => /^(licen[cs]e|copying)/i.test(file));
      const text = licenseFile
        ? readFileSync(join(dir, licenseFile), 'utf8').trim()
        : `${license} (no licence file in the package)`;
      byText.set(text, [...(byText.get(text) ?? []), `${name} ${version} (${license})`]);
    }
    const sections = [...byText.entries()].map(([text, names]) => `${names.join('\n')}\n\n${text}\n`);
    const header = 'pex-connect bundles code from these packages, under these licences.\n';
    this.emitFile({
      type: 'asset',
      fileName: 'THIRD-PARTY-LICENSES.txt',
      source: [header, ...sections].join(`\n${'-'.repeat(72)}\n\n`),
    });
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
    recordSdkFactory(),
    thirdPartyLicenses(),
    infinitySdk(),
    pdfWorker(PDF_WORKER),
    effectsAssets(),
    copyAssets({'webapp.html': 'src/webapp/webapp.html', 'webapp.css': 'src/webapp/webapp.css'}),
    litRemovePartFix(),
    nodeResolve({browser: true}),
    typescript({tsconfig: './tsconfig.build.json'}),
    minifyHtmlLiterals({failOnError: true}),
    terser({ecma: 2022, module: true, format: {comments: false}}),
  ],
};

/**
 * The npm package's modules (`lib/`): one module per source file, unminified, with Lit,
 * @lit/context, the virtualizer and pdf.js left as imports for the page's bundler to share.
 * Pexip's SDK and pdf.js's worker are taken from `dist/` (see sharedDistFiles).
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
    // No source maps: they would point at src/, which the package does not ship; lib/ is readable.
    sourcemap: false,
  },
  makeAbsoluteExternalsRelative: true,
  plugins: [cleanOutput('lib'), fromDist(), typescript({tsconfig: './tsconfig.build.json', outDir: 'lib', sourceMap: false})],
};

// `BUILD=bundle` (npm start, the end-to-end tests) skips the package.
export default process.env.BUILD === 'bundle' ? bundle : [bundle, library];
