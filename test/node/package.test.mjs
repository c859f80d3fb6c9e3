// The npm package as its users get it: `npm publish --dry-run` (which builds it through
// `prepack`), what the tarball holds, what its modules and types import, and the framework types.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {dirname, join, posix} from 'node:path';
import {before, test} from 'node:test';
import {repoRoot} from '../../scripts/paths.mjs';

const MAX_UNPACKED_BYTES = 6 * 1024 * 1024;
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
// Optional peer dependencies count: the effects module imports them, and an app that uses it installs them.
const dependencies = new Set([
  ...Object.keys(packageJson.dependencies ?? {}),
  ...Object.keys(packageJson.peerDependencies ?? {}),
]);

/** @type {{unpackedSize: number, files: {path: string, size: number}[]}} */
let tarball;
/** @type {Set<string>} */
let shipped;

before(() => {
  const result = spawnSync('npm', ['publish', '--dry-run', '--json'], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(result.status, 0, `npm publish --dry-run failed:\n${result.stderr.slice(-4000)}`);
  // The build's own output may come first; the report is the JSON object at the end.
  const report = JSON.parse(result.stdout.slice(result.stdout.search(/^\{/m)));
  tarball = report[packageJson.name] ?? report;
  shipped = new Set(tarball.files.map((file) => file.path));
});

const read = (path) => readFileSync(join(repoRoot, path), 'utf8');

test('the package is publishable: licensed, public, with its repository', () => {
  assert.equal(packageJson.private, undefined);
  assert.equal(packageJson.license, 'Apache-2.0');
  assert.match(read('LICENSE'), /Apache License\s+Version 2\.0/);
  assert.ok(shipped.has('LICENSE') && shipped.has('README.md'));
  assert.ok(packageJson.repository?.url && packageJson.homepage && packageJson.keywords?.length);
  // The bundle's minified code keeps no licence comments: the notices file carries them.
  assert.ok(shipped.has('dist/THIRD-PARTY-LICENSES.txt'));
  const notices = read('dist/THIRD-PARTY-LICENSES.txt');
  for (const name of ['@pexip/infinity', 'lit', 'pdfjs-dist', 'sdp-transform'])
    assert.match(notices, new RegExp(`^${name} \\d`, 'm'), name);
});

test(`the tarball is lean: at most ${MAX_UNPACKED_BYTES / 1024 / 1024} MB unpacked, no source maps, each file once`, () => {
  assert.ok(tarball.unpackedSize <= MAX_UNPACKED_BYTES, `${(tarball.unpackedSize / 1024 / 1024).toFixed(1)} MB unpacked`);
  const maps = [...shipped].filter((path) => path.endsWith('.map'));
  assert.deepEqual(maps, [], 'source maps would point at src/, which is not shipped');
  assert.ok(
    ![...shipped].some((path) => /^(src|test|dev-node|demo|examples)\//.test(path)),
    'no sources, tests, demo or dev node'
  );
  const seen = new Map();
  for (const {path, size} of tarball.files) {
    if (size < 4096) continue;
    const hash = createHash('sha256')
      .update(readFileSync(join(repoRoot, path)))
      .digest('hex');
    assert.equal(seen.get(hash), undefined, `${path} is the same file as ${seen.get(hash)}`);
    seen.set(hash, path);
  }
});

test('every export, the manifest, web-types and the VS Code data are in the tarball', () => {
  const targets = Object.values(packageJson.exports).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target)
  );
  for (const target of [
    ...targets,
    packageJson.customElements,
    packageJson['web-types'],
    packageJson.types,
    packageJson.module,
  ]) {
    if (target.includes('*')) continue;
    assert.ok(shipped.has(posix.normalize(target)), `${target} is shipped`);
  }
  assert.ok(shipped.has('lib/vscode.html-custom-data.json'));
});

test('custom-elements.json names modules of the package and where each tag is defined', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  for (const module of manifest.modules) {
    assert.ok(shipped.has(module.path) || shipped.has(module.path.replace(/\.js$/, '.d.ts')), `${module.path} is shipped`);
  }
  const definitions = new Map(
    manifest.modules.flatMap((module) =>
      (module.exports ?? [])
        .filter((entry) => entry.kind === 'custom-element-definition')
        .map((entry) => [entry.name, {module, entry}])
    )
  );
  const entryPoints = new Set(
    Object.values(packageJson.exports)
      .map((target) => (typeof target === 'string' ? target : target.import))
      .filter(Boolean)
      .map((path) => posix.normalize(path))
  );
  for (const element of manifest.modules.flatMap((module) => module.declarations ?? []).filter((item) => item.tagName)) {
    const definition = definitions.get(element.tagName);
    assert.ok(definition, `<${element.tagName}> has a definition`);
    assert.equal(definition.entry.declaration.name, element.name);
    assert.ok(
      entryPoints.has(definition.module.path),
      `<${element.tagName}> is defined by an entry point (${definition.module.path})`
    );
  }
});

/** The bare module specifiers a file imports (static, dynamic and type imports). */
function bareImports(code) {
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]);
  return specifiers.filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/'));
}

const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

test("the modules import nothing but the package's dependencies", () => {
  for (const path of [...shipped].filter((file) => file.startsWith('lib/') && file.endsWith('.js'))) {
    for (const specifier of bareImports(read(path))) {
      assert.ok(dependencies.has(packageName(specifier)), `${path} imports ${specifier}, which is not a dependency`);
    }
  }
});

test('the types a consumer reaches import no package it does not have (no @pexip/infinity, no @types/node)', () => {
  // Frameworks' types may import their framework: only apps using it import them.
  const frameworkOf = {'lib/frameworks/react.d.ts': 'react', 'lib/frameworks/vue.d.ts': 'vue'};
  const pending = Object.values(packageJson.exports)
    .map((target) => target.types)
    .filter(Boolean)
    .map((path) => posix.normalize(path));
  const visited = new Set();
  while (pending.length) {
    const path = pending.pop();
    if (visited.has(path)) continue;
    visited.add(path);
    assert.ok(shipped.has(path), `${path} is shipped`);
    const code = read(path);
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)['"](\.[^'"]+)['"]/g)) {
      pending.push(posix.join(dirname(path), match[1].replace(/\.js$/, '.d.ts')));
    }
    for (const specifier of bareImports(code)) {
      const name = packageName(specifier);
      assert.ok(dependencies.has(name) || frameworkOf[path] === name, `${path} imports ${specifier}`);
    }
  }
});

test('installing the package brings no type package it does not need (@types/node through the SDK)', () => {
  const result = spawnSync('npm', ['ls', '--omit=dev', '--all', '--json'], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const names = [];
  const walk = (tree) => {
    for (const [name, child] of Object.entries(tree.dependencies ?? {})) {
      names.push(name);
      walk(child);
    }
  };
  walk(JSON.parse(result.stdout));
  assert.ok(names.includes('lit'), 'the tree was read');
  // lit-html's own declarations use the Trusted Types ones: apps that use the types need it.
  const needed = new Set(['@types/trusted-types']);
  assert.deepEqual(
    names.filter((name) => name.startsWith('@types/') && !needed.has(name)),
    []
  );
});

test('the React and Vue types check: attributes, properties and pex-* handlers (skipLibCheck off)', () => {
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'test/package/tsconfig.frameworks.json'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    }
  );
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
