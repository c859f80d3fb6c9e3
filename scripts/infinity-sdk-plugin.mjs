// Rollup (and, through @web/dev-server-rollup, web-test-runner) plugin that serves the virtual
// module `@pex-connect/infinity-sdk-factory`. It bundles @pexip/infinity and wraps the whole bundle in a
// factory function, so that every call of `createInfinitySdk()` evaluates a fresh copy of the
// SDK. The SDK keeps its event-stream signals in a module-level singleton; without a fresh copy
// per session, two conferences on one page would receive each other's events.
import {createHash} from 'node:crypto';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {rollup} from 'rollup';
import commonjs from '@rollup/plugin-commonjs';
import MagicString from 'magic-string';
import {nodeResolve} from '@rollup/plugin-node-resolve';

export const INFINITY_SDK_MODULE = '@pex-connect/infinity-sdk-factory';
const RESOLVED_ID = `\0${INFINITY_SDK_MODULE}`;
const GLOBAL_NAME = 'pexInfinitySdk';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

async function cacheKey() {
  const sdkPackage = await readFile(require.resolve('@pexip/infinity/package.json'), 'utf8');
  const plugin = await readFile(fileURLToPath(import.meta.url), 'utf8');
  return createHash('sha256').update(sdkPackage).update(plugin).digest('hex').slice(0, 16);
}

/**
 * The bundle's entry: the SDK, plus the logger setters of the packages it uses, so that a session
 * can keep their console output off the host page, @pexip/signal's createSignal (the session makes
 * the batched participant signals with its own scheduler), and the SDK's event-stream signals: its
 * client does not pass `presentation_frame` on, which still-image presentations need.
 */
const ENTRY_ID = '\0pex-infinity-sdk-entry';
const ENTRY_CODE = `
export * from '@pexip/infinity';
export {setLogger as setPeerConnectionLogger} from '@pexip/peer-connection';
export {setLogger as setSignalLogger, createSignal} from '@pexip/signal';
export {eventSignals} from '@pexip/infinity/dist/eventSource.js';
`;

const entryPlugin = {
  name: 'pex-infinity-sdk-entry',
  resolveId: (id) => (id === ENTRY_ID ? ENTRY_ID : null),
  load: (id) => (id === ENTRY_ID ? ENTRY_CODE : null),
};

/** Schema keys that only document (ajv's error `schemaPath`, a schema's `description` and `title`). */
const DOCUMENTING_KEYS = new Set(['schemaPath', 'description', 'title']);

/**
 * `@pexip/infinity-api` validates every request and answer with ajv's generated code, which
 * carries each schema's documentation and each error's path in the schema: about 8 KB of the
 * chunk (gzip) that no check reads. This empties those strings; the checks, and the errors'
 * `instancePath`, `keyword` and `message`, stay as they are.
 */
const lighterValidators = {
  name: 'pex-lighter-validators',
  transform(code, id) {
    if (!/[\\/]@pexip[\\/]infinity-api[\\/]dist[\\/].*validation\.js$/.test(id)) return null;
    const output = new MagicString(code);
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      const key = node.type === 'Property' ? (node.key.name ?? node.key.value) : undefined;
      if (DOCUMENTING_KEYS.has(key) && node.value.type === 'Literal' && typeof node.value.value === 'string')
        output.overwrite(node.value.start, node.value.end, '""');
      for (const child of Object.values(node)) {
        if (Array.isArray(child)) child.forEach(visit);
        else if (child && typeof child === 'object') visit(child);
      }
    };
    visit(this.parse(code));
    return {code: output.toString(), map: output.generateMap({hires: true})};
  },
};

async function bundleFactory() {
  const bundle = await rollup({
    input: ENTRY_ID,
    plugins: [entryPlugin, lighterValidators, nodeResolve({browser: true, preferBuiltins: false, rootDir: root}), commonjs()],
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY' && warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  const {output} = await bundle.generate({format: 'iife', name: GLOBAL_NAME, exports: 'named'});
  await bundle.close();
  return `export function createInfinitySdk() {\n${output[0].code}\nreturn ${GLOBAL_NAME};\n}\n`;
}

/** Builds the factory once per process and caches it on disk between runs. */
async function loadFactory() {
  const cacheDir = join(root, 'node_modules/.cache/pex-connect');
  const cacheFile = join(cacheDir, `infinity-sdk-${await cacheKey()}.js`);
  try {
    return await readFile(cacheFile, 'utf8');
  } catch {
    const code = await bundleFactory();
    await mkdir(cacheDir, {recursive: true});
    await writeFile(cacheFile, code);
    return code;
  }
}

export function infinitySdk() {
  let factory;
  return {
    name: 'pex-infinity-sdk',
    resolveId(id) {
      return id === INFINITY_SDK_MODULE ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      factory ??= loadFactory();
      return factory;
    },
  };
}
