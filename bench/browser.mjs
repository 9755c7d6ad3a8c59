// The local server and the headless Chromium every bench script drives: `const { base, browser,
// close } = await openBench();` (`extraArgs` adds Chromium flags, such as `--js-flags=--expose-gc`).
import puppeteer from 'puppeteer-core';
import { startServer } from '../scripts/serve.mjs';
import { locateBrowser } from '../scripts/find-browser.mjs';

export async function openBench(extraArgs = []) {
  const server = await startServer(0, { quiet: true });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: locateBrowser(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...extraArgs],
  });
  const close = async () => {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  };
  return { base, browser, close };
}
