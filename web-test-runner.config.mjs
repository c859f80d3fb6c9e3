import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fromRollup} from '@web/dev-server-rollup';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {chromiumArgs, chromiumPath} from './scripts/chromium.mjs';
import {devApiProxy} from './scripts/dev-api-proxy.mjs';
import {startDevNodeProcess} from './scripts/dev-node-process.mjs';
import {effectsAssetsMiddleware} from './scripts/effects-assets.mjs';
import {infinitySdk} from './scripts/infinity-sdk-plugin.mjs';
import {summaryReporter} from './scripts/wtr-summary-reporter.mjs';

/** One dev node for the whole browser run; tests make their own rooms through /dev/rooms (proxied). */
let devNode;
const devNodePlugin = {
  name: 'pex-dev-node',
  async serverStart() {
    if (process.env.PEX_NO_DEV_NODE) return;
    devNode = await startDevNodeProcess();
  },
  async serverStop() {
    await devNode?.stop();
  },
};

export default {
  files: process.env.PEX_TEST_FILES || 'test/browser/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  plugins: [devNodePlugin, fromRollup(infinitySdk)(), esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'})],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html><head><meta charset="utf-8"></head><body>
    <script>window.__PEX_DEV_NODE__ = ${JSON.stringify(devNode?.url ?? '')};</script>
    <script type="module" src="${testFramework}"></script>
    </body></html>`,
  // pdf.js's worker: the source asks for it next to itself (see src/slides/pdf-slides.ts).
  middleware: [
    (context, next) => {
      if (context.path.endsWith('/pdf.worker.min.mjs')) context.url = '/node_modules/pdfjs-dist/build/pdf.worker.min.mjs';
      return next();
    },
    devApiProxy(() => devNode?.url),
    effectsAssetsMiddleware(),
  ],
  browsers: [chromeLauncher({launchOptions: {executablePath: chromiumPath, headless: true, args: chromiumArgs}})],
  testFramework: {config: {timeout: 30000}},
  testsFinishTimeout: 10 * 60 * 1000,
  reporters: [defaultReporter(), summaryReporter({file: process.env.PEX_WTR_SUMMARY})],
};
