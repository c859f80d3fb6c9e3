// The browser tests in Firefox ESR: the same set-up as web-test-runner.config.mjs (dev node, SDK
// plugin, esbuild), with Firefox driven by puppeteer-core over WebDriver BiDi. wtr's Chrome
// launcher takes a custom puppeteer, which is all @web/test-runner-puppeteer adds (that package
// would also pull in the full `puppeteer`, whose install downloads browsers).
import * as puppeteerCore from 'puppeteer-core';
import {chromeLauncher} from '@web/test-runner-chrome';
import config from './web-test-runner.config.mjs';
import {firefoxPath, firefoxPrefs} from './scripts/firefox.mjs';

/**
 * Which files run in Firefox (the README's "Browser support" says the same): every element
 * rendering test, the setup check, pdf.js slides, and the real meetings through the dev node
 * (camera, screen and slides both ways, roster and chat, host actions). Not the hardening tests:
 * the faults they inject are the node's and the session's, not the browser's.
 */
const firefoxTestFiles = [
  'test/browser/*.element.test.ts',
  'test/browser/join-button.test.ts',
  'test/browser/diagnose.test.ts',
  'test/browser/slides.test.ts',
  'test/browser/meeting.test.ts',
  'test/browser/conference.flows.test.ts',
  'test/browser/presenter.meeting.test.ts',
  'test/browser/roster-chat.meeting.test.ts',
];

export default {
  ...config,
  files: process.env.PEX_TEST_FILES || firefoxTestFiles,
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {browser: 'firefox', executablePath: firefoxPath, headless: true, extraPrefsFirefox: firefoxPrefs},
    }),
  ],
};
