// One style for the whole repository: `npm run lint` (zero warnings). Type-checked rules run on the
// TypeScript files through each folder's tsconfig; plain JavaScript gets the same rules without types.
import js from '@eslint/js';
import litA11y from 'eslint-plugin-lit-a11y';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'lib/', 'coverage/', 'test-results/', '.cache/', 'docs/'],
  },
  {
    linterOptions: {reportUnusedDisableDirectives: 'error'},
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test runs every test it is given; the promises it returns are for awaiting subtests.
            {from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite']},
            // @open-wc/semantic-dom-diff types every chai `equal` as async; only `.dom.equal` is.
            {from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal'},
          ],
        },
      ],
      // Numbers read the same in any template; objects, null and undefined stay errors.
      '@typescript-eslint/restrict-template-expressions': ['error', {allowNumber: true}],
      // `() => resolve()` as a callback says what it does; a void `return f()` in a block still errs.
      '@typescript-eslint/no-confusing-void-expression': ['error', {ignoreArrowShorthand: true}],
      // A caught rejection is passed on as it came; wrapping it would change what callers see.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', {allowThrowingUnknown: true}],
      // As TypeScript's noUnusedParameters: a leading `_` marks a parameter a signature needs (Lit's render()).
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Its types come from the packed package, which exists only while the package test runs.
    files: ['test/package/**'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Their types come from the packed package, installed beside them only while the examples test runs.
    files: ['examples/**'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['examples/*/src/**'],
    languageOptions: {globals: globals.browser},
  },
  {
    files: ['src/**/*.ts', 'test/browser/**', 'test/helpers/**', 'test/fixtures/**', 'demo/**', 'bench/*-page.ts'],
    languageOptions: {globals: globals.browser},
  },
  {
    files: ['test/browser/**'],
    languageOptions: {globals: globals.mocha},
    rules: {
      // chai's property assertions (`expect(x).to.exist`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['test/**', 'dev-node/test/**', 'bench/**'],
    rules: {
      // In a test or a bench, a missing node fails it on the spot, which is what the `!` asks for.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests keep a method to put it back after a stub, and call it with .call(owner).
      '@typescript-eslint/unbound-method': 'off',
      // Query helpers mirror querySelector<E>(): the caller names the element type it expects.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
    },
  },
  {
    // Functions passed to page.evaluate() run in the browser.
    files: ['bench/*.mjs', 'scripts/*.mjs', 'dev-node/test/fixtures/*.js'],
    languageOptions: {globals: globals.browser},
  },
  {
    files: [
      'dev-node/**',
      'scripts/**',
      'bench/**',
      'test/node/**',
      'test/e2e/**',
      'test/helpers/dev-node.ts',
      'examples/*/*.mjs',
      'examples/*/*.js',
      '*.js',
      '*.mjs',
      '*.cjs',
    ],
    languageOptions: {globals: globals.node},
  },
  {
    files: ['src/elements/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/elements/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/elements/**/*.ts'],
    ...litA11y.configs.recommended,
  }
);
