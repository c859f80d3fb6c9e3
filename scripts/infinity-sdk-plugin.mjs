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
const VALIDATION_MODULE = /[\\/]@pexip[\\/]infinity-api[\\/]dist[\\/].*validation\.js$/;

/**
 * `@pexip/infinity-api` validates every request and answer with ajv's generated code, which
 * carries each schema's documentation and each error's path in the schema: about 8 KB of the
 * chunk (gzip) that no check reads. This empties those strings; the checks, and the errors'
 * `instancePath`, `keyword` and `message`, stay as they are.
 */
function lighterValidation(context, code) {
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
  visit(context.parse(code));
  return {code: output.toString(), map: output.generateMap({hires: true})};
}

const lighterValidators = {
  name: 'pex-lighter-validators',
  transform(code, id) {
    return VALIDATION_MODULE.test(id) ? lighterValidation(this, code) : null;
  },
};

/**
 * `@pexip/infinity-api`'s checks (about half of the SDK chunk, gzip) load when one of their
 * requests is first made, but for the session's own: the token's (request, refresh, release), the
 * theme's (the SDK asks for it between the token and the call, and waits) and the call's (offer,
 * ICE candidates, ack, renegotiation, disconnect). The SDK ends the session when
 * one of those fails, and answers a failure other than the node's own by trying again: a check that
 * could not load (the page's server unreachable for a moment) would make it retry without end. The
 * other checks (host controls, breakout rooms, muting, …) are a chunk per API group; one that
 * cannot load fails its request, which the widget reports.
 */
const VALIDATION_GROUPS = ['participant', 'call', 'conference', 'breakout'];
const SESSION_VALIDATORS = /^validate(Theme|CallsWebrtcParticipant|NewCandidate|Ack|Update|DisconnectCall)[A-Z0-9]/;
/** `${CHECKS_MODULE}conference`: a group's checks, a chunk named `infinity-api-conference-checks`. */
const CHECKS_MODULE = '@pex-connect/infinity-api-checks/';
// Rollup names a chunk after the module's base name: a leading \0 there would make it "_…", which some static hosts do not serve.
const checksChunkId = (group) => `\0pex-connect/infinity-api-${group}-checks`;
/** The object, made outside the SDK's copy, that loads each group's checks once (see LOADER_CODE). */
const VALIDATION_LOADER = '__pexInfinityApiValidation';

/**
 * In a group's requests, a check that is not the session's own, `validateX`, becomes
 * `(await loader.group()).validateX`. Every use is inside one of the group's async request
 * functions (the build stops if one is not), before or after its `fetch`, so the requests behave
 * as before but for that wait.
 */
const lazyValidation = {
  name: 'pex-lazy-validation',
  transform(code, id) {
    const group = /[\\/]@pexip[\\/]infinity-api[\\/]dist[\\/](\w+)[\\/]index\.js$/.exec(id)?.[1];
    if (!VALIDATION_GROUPS.includes(group)) return null;
    const program = this.parse(code);
    const output = new MagicString(code);
    const validators = new Set();
    for (const node of program.body) {
      if (node.type !== 'ImportDeclaration' || node.source.value !== './validation') continue;
      const eager = node.specifiers.filter(({local}) => SESSION_VALIDATORS.test(local.name)).map(({local}) => local.name);
      for (const {local} of node.specifiers) if (!eager.includes(local.name)) validators.add(local.name);
      output.overwrite(node.start, node.end, eager.length > 0 ? `import {${eager.join(', ')}} from './validation';` : '');
    }
    if (validators.size === 0) this.error(`@pexip/infinity-api's ${group} requests no longer import ./validation (${id})`);
    const visit = (node, asyncFunction, parent) => {
      if (!node || typeof node.type !== 'string' || node.type === 'ImportDeclaration') return;
      if (node.type === 'Identifier' && validators.has(node.name)) {
        const isPropertyName =
          (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) ||
          (parent?.type === 'Property' && parent.key === node);
        if (!isPropertyName) {
          if (!asyncFunction) this.error(`${node.name} is used outside an async request of ${id}`);
          output.overwrite(node.start, node.end, `(await ${VALIDATION_LOADER}.${group}()).${node.name}`);
        }
        return;
      }
      const inFunction = /Function/.test(node.type) ? node.async === true : asyncFunction;
      for (const child of Object.values(node)) {
        if (Array.isArray(child)) child.forEach((item) => visit(item, inFunction, node));
        else if (child && typeof child === 'object') visit(child, inFunction, node);
      }
    };
    visit(program, false, undefined);
    return {code: output.toString(), map: output.generateMap({hires: true})};
  },
};

/**
 * Shared by every copy of the SDK (the checks keep no state between calls): each lazy group's
 * checks are a chunk of their own, imported the first time they are needed.
 */
const LOADER_CODE = `
const ${VALIDATION_LOADER} = {
${VALIDATION_GROUPS.map((group) => `  ${group}: once(() => import('${CHECKS_MODULE}${group}')),`).join('\n')}
};
function once(load) {
  let loading;
  return () => (loading ??= load().catch((error) => { loading = undefined; throw error; }));
}
/** Loads the checks of the SDK's less used requests ahead of need (and, for "Check my setup", tells whether they load). */
export function loadInfinityApiValidation() {
  return Promise.all(Object.values(${VALIDATION_LOADER}).map((load) => load()));
}
`;

async function bundleFactory() {
  const bundle = await rollup({
    input: ENTRY_ID,
    plugins: [
      entryPlugin,
      lazyValidation,
      lighterValidators,
      nodeResolve({browser: true, preferBuiltins: false, rootDir: root}),
      commonjs(),
    ],
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY' && warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  const {output} = await bundle.generate({format: 'iife', name: GLOBAL_NAME, exports: 'named'});
  await bundle.close();
  return `${LOADER_CODE}\nexport function createInfinitySdk() {\n${output[0].code}\nreturn ${GLOBAL_NAME};\n}\n`;
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
      if (id.startsWith(CHECKS_MODULE)) return checksChunkId(id.slice(CHECKS_MODULE.length));
      return id === INFINITY_SDK_MODULE ? RESOLVED_ID : null;
    },
    load(id) {
      const group = VALIDATION_GROUPS.find((name) => id === checksChunkId(name));
      if (group) return `export * from '@pexip/infinity-api/dist/${group}/validation.js';`;
      if (id !== RESOLVED_ID) return null;
      factory ??= loadFactory();
      return factory;
    },
    // The lazy groups' checks are chunks of the page's build, so they are made lighter there too.
    transform: lighterValidators.transform,
  };
}
