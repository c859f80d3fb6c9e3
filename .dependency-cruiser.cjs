// The layers of README "How it is built", checked by `npm run layers` (dependency-cruiser).
// Type-only imports count: a layer that names another's types depends on it.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules import each other in one direction only.',
      from: {},
      to: {circular: true},
    },
    {
      name: 'session-without-lit',
      severity: 'error',
      comment: 'The session is plain data and functions over the SDK: no Lit, no elements, no context.',
      from: {path: '^src/session/'},
      to: {path: ['^node_modules/(lit|lit-html|lit-element|@lit|@lit-labs)/', '^src/(elements|context)/']},
    },
    {
      name: 'elements-without-sdk',
      severity: 'error',
      comment: 'Elements reach the node only through the session.',
      from: {path: '^src/elements/'},
      to: {path: '^node_modules/@pexip/(infinity|infinity-api)/'},
    },
    {
      name: 'helpers-below-elements',
      severity: 'error',
      comment: 'link, slides, i18n and diagnostics are pure helpers under the elements and the context.',
      from: {path: '^src/(link|slides|i18n|diagnostics)/'},
      to: {path: '^src/(elements|context)/'},
    },
    {
      name: 'widget-without-dev-node',
      severity: 'error',
      comment: 'The dev node is a separate program: the widget never imports it.',
      from: {path: '^src/'},
      to: {path: '^dev-node/'},
    },
    {
      name: 'dev-node-through-its-entry',
      severity: 'error',
      comment:
        'Outside the dev node, tests start it as a process (scripts/dev-node-process.mjs) or through dev-node/src/index.ts, ' +
        'and take its types from there.',
      from: {pathNot: '^dev-node/'},
      to: {path: '^dev-node/src/', pathNot: '^dev-node/src/index\\.ts$'},
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'Every import resolves (but the SDK bundle, a virtual module of scripts/infinity-sdk-plugin.mjs, ' +
        'and the package test, which imports the packed package).',
      from: {pathNot: '^test/package/'},
      to: {couldNotResolve: true, pathNot: '^@pex-connect/infinity-sdk-factory$'},
    },
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    exclude: {path: '^(dist|lib|coverage|test-results)/'},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
