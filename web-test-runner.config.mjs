// Browser tests (the framework recipes too) run in the browser scripts/find-browser.mjs finds:
// CHROME_PATH, an installed Chrome, Chromium or Edge, or the Chrome for Testing that npm test's first
// step downloaded into .cache/browsers/.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { testServerMiddleware } from './test/server/middleware.mjs';
import { locateBrowser } from './scripts/find-browser.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  // One page at a time: hidden tabs get no animation frames, and open-wc's fixture waits for one.
  concurrency: 1,
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), target: 'es2022' })],
  middleware: testServerMiddleware,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: locateBrowser(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
