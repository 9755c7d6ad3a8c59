// One local server and one headless Chromium for a Node test file that drives real pages
// (the server-rendered pages, the bundle's start): `const pages = usePages();` at the top level,
// then `pages.base` and `pages.browser` inside the tests.
import { after, before } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../scripts/serve.mjs';
import { locateBrowser } from '../../scripts/find-browser.mjs';

export function usePages() {
  const pages = { base: '', browser: undefined, server: undefined };
  before(async () => {
    pages.server = await startServer(0, { quiet: true });
    pages.base = `http://127.0.0.1:${pages.server.address().port}`;
    pages.browser = await puppeteer.launch({
      executablePath: locateBrowser(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  after(async () => {
    await pages.browser?.close();
    await new Promise((resolve) => pages.server?.close(resolve));
  });
  return pages;
}
