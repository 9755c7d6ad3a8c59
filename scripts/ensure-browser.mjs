// First step of `npm test` and `npm run bench`, before anything is built: make sure a browser is
// there. Uses the one scripts/find-browser.mjs finds; when there is none, downloads Chrome for
// Testing into .cache/browsers/ with @puppeteer/browsers; when that cannot be done, stops within
// seconds with the three ways out, and exits 1.
//
// PUPPETEER_CHROME_DOWNLOAD_BASE_URL (puppeteer's own name) downloads from a mirror instead.
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Browser, Cache, canDownload, detectBrowserPlatform, getDownloadUrl, install } from '@puppeteer/browsers';
import { PUPPETEER_REVISIONS } from 'puppeteer-core/internal/revisions.js';
import { CACHE_DIR, PROJECT_ROOT, findBrowser, isProgram, notFoundMessage } from './find-browser.mjs';

/** The Chrome for Testing build puppeteer-core was released with, so the download is always the same one. */
export const CHROME_BUILD = PUPPETEER_REVISIONS.chrome;
/** How long the download server gets to answer before we call the machine offline. */
export const REACH_TIMEOUT_MS = 5_000;
/** How long a started download may go without a byte before it counts as failed. */
export const STALL_TIMEOUT_MS = 30_000;

/**
 * Finds or fetches a browser and returns the exit code. Everything that touches the machine is an
 * argument, so the Node tests can run it with a fake filesystem and a download that fails.
 * @param {{ env: Record<string, string | undefined>, platform: string, exists: (file: string) => boolean,
 *   cacheDir: string, listCached?: (cacheDir: string) => string[],
 *   download: (cacheDir: string) => Promise<string>, log: (line: string) => void, warn: (text: string) => void }} options
 */
export async function ensureBrowser({ env, platform, exists, cacheDir, listCached, download, log, warn }) {
  const result = findBrowser({ env, platform, exists, cacheDir, listCached });
  if (result.executablePath) {
    log(`trialkit: browser tests use ${result.executablePath} (${describeVia(result.via)})`);
    return 0;
  }
  if (result.problem === 'chrome-path-missing') {
    warn(notFoundMessage(result));
    return 1;
  }
  const cache = path.relative(PROJECT_ROOT, cacheDir) || cacheDir;
  log(`trialkit: no Chrome, Chromium or Edge found; downloading Chrome for Testing ${CHROME_BUILD} into ${cache} (only this once)…`);
  try {
    const executablePath = await download(cacheDir);
    if (!exists(executablePath)) throw new Error(`the download finished, but ${executablePath} is not there`);
    log(`trialkit: browser tests use ${executablePath} (downloaded)`);
    return 0;
  } catch (error) {
    warn(notFoundMessage(result, { downloadProblem: error instanceof Error ? error.message : String(error), buildId: CHROME_BUILD }));
    return 1;
  }
}

function describeVia(via) {
  return { CHROME_PATH: 'from CHROME_PATH', installed: 'installed on this machine', cache: 'downloaded earlier' }[via];
}

/** Rejects with `message` if `promise` takes longer than `ms`. */
function within(promise, ms, message) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Downloads Chrome for Testing into `cacheDir` and returns its executable; fails fast when offline. */
export async function downloadChrome(
  cacheDir,
  { env = process.env, reachMs = REACH_TIMEOUT_MS, stallMs = STALL_TIMEOUT_MS, say = (line) => process.stderr.write(`${line}\n`) } = {},
) {
  const platform = detectBrowserPlatform();
  // Chrome for Testing is built for x64 Linux only; @puppeteer/browsers would fetch that on ARM too.
  if (!platform || (os.platform() === 'linux' && os.arch() !== 'x64')) {
    throw new Error(`Chrome for Testing has no build for ${os.platform()} on ${os.arch()}.`);
  }
  const options = { browser: Browser.CHROME, buildId: CHROME_BUILD, platform, cacheDir, baseUrl: env.PUPPETEER_CHROME_DOWNLOAD_BASE_URL || undefined };
  const url = getDownloadUrl(options.browser, platform, CHROME_BUILD, options.baseUrl);
  // A quick HEAD first: without a network it fails at once, or at worst after reachMs.
  const reachable = await within(canDownload(options), reachMs, `no answer from ${url.origin} within ${reachMs / 1000} s (no network?).`);
  if (!reachable) throw new Error(`could not reach ${url.href} (no network, or no such build).`);

  // Leftovers of an attempt that was cut short would make @puppeteer/browsers fail or unzip a
  // broken archive: a folder without its executable, or a partial .zip (named as install() names it).
  const cache = new Cache(cacheDir);
  const folder = cache.installationDir(options.browser, platform, CHROME_BUILD);
  const archive = path.join(cache.browserRoot(options.browser), `${CHROME_BUILD}-${url.pathname.split('/').pop()}`);
  if (existsSync(folder) && !isProgram(cache.computeExecutablePath({ ...options }))) rmSync(folder, { recursive: true, force: true });
  rmSync(archive, { force: true });

  let lastByte = Date.now();
  let downloaded = false;
  let shownTenth = -1;
  const progress = (done, total) => {
    lastByte = Date.now();
    if (total && done >= total) downloaded = true; // unzipping sends no progress: stop watching
    const tenth = total ? Math.floor((done / total) * 10) : -1;
    if (tenth > shownTenth) {
      shownTenth = tenth;
      say(`  ${tenth * 10}% of ${Math.round(total / 1e6)} MB`);
    }
  };
  let watchdog;
  const stalled = new Promise((_, reject) => {
    watchdog = setInterval(
      () => {
        if (!downloaded && Date.now() - lastByte > stallMs) reject(new Error(`the download stopped for ${stallMs / 1000} s.`));
      },
      Math.min(1_000, stallMs / 2),
    );
  });
  try {
    const installed = await Promise.race([install({ ...options, downloadProgressCallback: progress }), stalled]);
    return installed.executablePath;
  } finally {
    clearInterval(watchdog);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const code = await ensureBrowser({
    env: process.env,
    platform: process.platform,
    exists: isProgram,
    cacheDir: CACHE_DIR,
    download: (cacheDir) => downloadChrome(cacheDir),
    log: (line) => console.log(line),
    warn: (text) => console.error(text),
  });
  // Exit now: a timed-out request may still hold a socket open.
  process.exit(code);
}
