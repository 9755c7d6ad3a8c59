// Finds the Chrome, Chromium or Edge that the browser tests (web-test-runner.config.mjs, which
// also runs the framework recipes) and the benchmarks drive. Order: CHROME_PATH, then the usual
// install places on Linux, macOS and Windows, then a Chrome for Testing that
// scripts/ensure-browser.mjs downloaded into the project's cache.
//
// `findBrowser` is the pure core: the environment, the platform and the filesystem come in as
// arguments, so the Node tests can play any machine. `locateBrowser` wires it to this machine.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Browser, Cache, detectBrowserPlatform } from '@puppeteer/browsers';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where a downloaded Chrome for Testing lives (gitignored). */
export const CACHE_DIR = path.join(PROJECT_ROOT, '.cache', 'browsers');

/**
 * Set TRIALKIT_BROWSER_SEARCH=none to skip every system place (CHROME_PATH and the project cache
 * still count): it plays a fresh machine, to try the download and the "nothing found" message.
 */
export const SEARCH_SWITCH = 'TRIALKIT_BROWSER_SEARCH';

const LINUX_PLACES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/usr/bin/microsoft-edge-stable',
  '/usr/bin/microsoft-edge',
  '/opt/microsoft/msedge/msedge',
  '/snap/bin/chromium',
];
const MAC_APPS = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
const WINDOWS_APPS = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
// Names to look for on PATH (Homebrew, Nix, other distributions' own folders).
const PATH_NAMES = {
  linux: ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'microsoft-edge-stable', 'microsoft-edge'],
  darwin: ['chromium', 'google-chrome'],
  win32: ['chrome.exe', 'msedge.exe'],
};

/** The usual install places for `platform` (a `process.platform` value), best first. */
export function knownPlaces({ env, platform }) {
  const places = [];
  if (platform === 'darwin') {
    const roots = ['/Applications', env.HOME && path.posix.join(env.HOME, 'Applications')].filter(Boolean);
    for (const app of MAC_APPS) for (const root of roots) places.push(path.posix.join(root, app));
  } else if (platform === 'win32') {
    const bases = [env.LOCALAPPDATA, env.PROGRAMFILES ?? 'C:\\Program Files', env.ProgramW6432, env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)'];
    const unique = [...new Set(bases.filter(Boolean))];
    for (const app of WINDOWS_APPS) for (const base of unique) places.push(path.win32.join(base, app));
  } else if (platform === 'linux') {
    places.push(...LINUX_PLACES);
  }
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  for (const name of PATH_NAMES[platform] ?? PATH_NAMES.linux) for (const dir of dirs) places.push(join(dir, name));
  return [...new Set(places)];
}

/**
 * Which browser to use.
 * @param {{ env: Record<string, string | undefined>, platform: string, exists: (file: string) => boolean,
 *   cacheDir: string, listCached?: (cacheDir: string) => string[] }} options
 *   `exists` says whether a runnable program is at a path; `listCached` gives the executables in
 *   the cache, newest first.
 * @returns {{ executablePath: string, via: 'CHROME_PATH' | 'installed' | 'cache' }
 *   | { executablePath: undefined, problem: 'chrome-path-missing', chromePath: string }
 *   | { executablePath: undefined, problem: 'none', platform: string, systemPlaces: number, cacheDir: string }}
 */
export function findBrowser({ env, platform, exists, cacheDir, listCached = listCachedBrowsers }) {
  // An empty CHROME_PATH counts as unset, so `CHROME_PATH= npm test` means "find one for me".
  const chromePath = env.CHROME_PATH?.trim();
  if (chromePath) {
    // Someone who names a browser means that one: a wrong path is an error, not a cue to use another.
    return exists(chromePath) ? { executablePath: chromePath, via: 'CHROME_PATH' } : { executablePath: undefined, problem: 'chrome-path-missing', chromePath };
  }
  const places = env[SEARCH_SWITCH] === 'none' ? [] : knownPlaces({ env, platform });
  const installed = places.find((place) => exists(place));
  if (installed) return { executablePath: installed, via: 'installed' };
  const cached = listCached(cacheDir).find((file) => exists(file));
  if (cached) return { executablePath: cached, via: 'cache' };
  return { executablePath: undefined, problem: 'none', platform, systemPlaces: places.length, cacheDir };
}

const PLATFORM_NAMES = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' };

/**
 * What to tell the person at the keyboard when `findBrowser` found nothing usable.
 * @param {ReturnType<typeof findBrowser>} result
 * @param {{ downloadProblem?: string, buildId?: string }} [attempt] why the download failed, if one was tried
 */
export function notFoundMessage(result, { downloadProblem, buildId } = {}) {
  if (result.problem === 'chrome-path-missing') {
    return [
      `trialkit: CHROME_PATH is set to "${result.chromePath}", but no browser program is there (the file is missing or cannot be run).`,
      '  Point CHROME_PATH at Chrome, Chromium or Edge, or unset it to let npm test find or download one.',
    ].join('\n');
  }
  const windows = result.platform === 'win32';
  const cache = path.relative(PROJECT_ROOT, result.cacheDir) || result.cacheDir;
  const where = result.systemPlaces
    ? `${result.systemPlaces} usual places on ${PLATFORM_NAMES[result.platform] ?? result.platform} (PATH included)`
    : `no system places (${SEARCH_SWITCH}=none)`;
  const lines = [
    'trialkit: the browser tests need Chrome, Chromium or Edge, and none was found.',
    `  Looked at: CHROME_PATH (not set), ${where}, and the project cache ${cache}.`,
  ];
  if (downloadProblem) lines.push(`  Tried to download Chrome for Testing${buildId ? ` ${buildId}` : ''} into ${cache}: ${downloadProblem}`);
  else lines.push('  `node scripts/ensure-browser.mjs` (the first step of npm test) downloads Chrome for Testing there when it can.');
  lines.push(
    'Any one of these fixes it; then run npm test again:',
    '  1. On Debian or Ubuntu:     sudo apt-get update && sudo apt-get install -y chromium',
    '  2. Install Google Chrome:   https://www.google.com/chrome/',
    windows
      ? '  3. Use a browser you have:  set CHROME_PATH=C:\\path\\to\\chrome.exe   (then npm test)'
      : '  3. Use a browser you have:  CHROME_PATH=/path/to/chrome npm test',
  );
  return lines.join('\n');
}

/** True when `file` is a regular file this process may run. */
export function isProgram(file) {
  try {
    if (!statSync(file).isFile()) return false;
    if (process.platform !== 'win32') accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Chrome for Testing builds that @puppeteer/browsers put into `cacheDir` for this machine, newest first. */
export function listCachedBrowsers(cacheDir) {
  const platform = detectBrowserPlatform();
  try {
    return new Cache(cacheDir)
      .getInstalledBrowsers()
      .filter((installed) => installed.browser === Browser.CHROME && installed.platform === platform)
      .sort((a, b) => compareBuilds(b.buildId, a.buildId))
      .map((installed) => installed.executablePath);
  } catch {
    return []; // an unreadable cache is the same as an empty one
  }
}

/**
 * Orders Chrome build numbers such as 148.0.7778.97 part by part. (@puppeteer/browsers' own
 * comparator wants semver and throws on these four-part numbers.)
 */
export function compareBuilds(a, b) {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] || 0) - (right[i] || 0);
    if (difference) return difference;
  }
  return 0;
}

/** The browser on this machine, for the test runner and the benchmarks; throws the advice when there is none. */
export function locateBrowser(env = process.env) {
  const result = findBrowser({ env, platform: process.platform, exists: isProgram, cacheDir: CACHE_DIR });
  if (result.executablePath) return result.executablePath;
  throw new Error(notFoundMessage(result));
}
