// The browser finder behind `npm test` and `npm run bench` (scripts/find-browser.mjs) and its
// first step (scripts/ensure-browser.mjs), on fake machines: a fake filesystem, environment and
// download, then the real CLI on this machine with nothing to find and nowhere to download from.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Browser, Cache, detectBrowserPlatform } from '@puppeteer/browsers';
import { CACHE_DIR, compareBuilds, findBrowser, knownPlaces, listCachedBrowsers, notFoundMessage } from '../../scripts/find-browser.mjs';
import { CHROME_BUILD, downloadChrome, ensureBrowser } from '../../scripts/ensure-browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = '/project/.cache/browsers';
/** A fake filesystem holding exactly `files`. */
const only = (...files) => {
  const present = new Set(files);
  return (file) => present.has(file);
};
const noCache = () => [];
const find = (options) => findBrowser({ env: {}, platform: 'linux', exists: only(), cacheDir: CACHE, listCached: noCache, ...options });

/** Runs ensureBrowser on a fake machine and keeps what it printed and whether it downloaded. */
async function ensure(options) {
  const out = [];
  const err = [];
  let downloads = 0;
  const download = options.download ?? (() => Promise.reject(new Error('no network')));
  const code = await ensureBrowser({
    env: {},
    platform: 'linux',
    exists: only(),
    cacheDir: CACHE,
    listCached: noCache,
    log: (line) => out.push(line),
    warn: (text) => err.push(text),
    ...options,
    download: (cacheDir) => {
      downloads++;
      return download(cacheDir);
    },
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), downloads };
}

describe('findBrowser: CHROME_PATH', () => {
  test('a CHROME_PATH that exists wins over every installed browser and the cache', () => {
    const result = find({
      env: { CHROME_PATH: '/home/me/chrome/chrome' },
      exists: only('/home/me/chrome/chrome', '/usr/bin/chromium', '/project/.cache/browsers/chrome'),
      listCached: () => ['/project/.cache/browsers/chrome'],
    });
    assert.deepEqual(result, { executablePath: '/home/me/chrome/chrome', via: 'CHROME_PATH' });
  });

  test('a CHROME_PATH pointing at a missing file is reported, not swapped for another browser', () => {
    const result = find({ env: { CHROME_PATH: '/nope/chrome' }, exists: only('/usr/bin/chromium') });
    assert.deepEqual(result, { executablePath: undefined, problem: 'chrome-path-missing', chromePath: '/nope/chrome' });
    const message = notFoundMessage(result);
    assert.match(message, /CHROME_PATH is set to "\/nope\/chrome", but no browser program is there/);
    assert.match(message, /unset it/);
  });

  test('an empty CHROME_PATH counts as unset', () => {
    assert.deepEqual(find({ env: { CHROME_PATH: '' }, exists: only('/usr/bin/chromium') }), { executablePath: '/usr/bin/chromium', via: 'installed' });
    assert.deepEqual(find({ env: { CHROME_PATH: '  ' }, exists: only('/usr/bin/chromium') }), { executablePath: '/usr/bin/chromium', via: 'installed' });
  });
});

describe('findBrowser: the usual install places', () => {
  test('Linux: Google Chrome where Debian puts it, when there is no Chromium', () => {
    assert.deepEqual(find({ exists: only('/usr/bin/google-chrome-stable') }), { executablePath: '/usr/bin/google-chrome-stable', via: 'installed' });
  });

  test('Linux: Chromium comes before Chrome and Edge', () => {
    const exists = only('/usr/bin/microsoft-edge', '/opt/google/chrome/chrome', '/usr/bin/chromium');
    assert.equal(find({ exists }).executablePath, '/usr/bin/chromium');
  });

  test('Linux: a chromium on PATH (Nix, Homebrew, a distribution of its own)', () => {
    const env = { PATH: '/home/me/.nix-profile/bin:/usr/local/bin' };
    assert.deepEqual(find({ env, exists: only('/home/me/.nix-profile/bin/chromium') }), { executablePath: '/home/me/.nix-profile/bin/chromium', via: 'installed' });
  });

  test('macOS: Google Chrome in /Applications, then Chromium, then Edge, also in ~/Applications', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const edge = '/Users/me/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    const mac = { platform: 'darwin', env: { HOME: '/Users/me' } };
    assert.equal(find({ ...mac, exists: only(edge, chrome) }).executablePath, chrome);
    assert.equal(find({ ...mac, exists: only(edge) }).executablePath, edge);
  });

  test('Windows: Chrome for this user, then for everyone, then Edge', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' };
    const userChrome = 'C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    assert.equal(find({ platform: 'win32', env, exists: only(edge, userChrome) }).executablePath, userChrome);
    assert.equal(find({ platform: 'win32', env, exists: only(edge) }).executablePath, edge);
    // Without the environment variables, the default Program Files folders still count.
    assert.ok(knownPlaces({ env: {}, platform: 'win32' }).includes(edge));
  });

  test('an installed browser comes before one in the cache', () => {
    const result = find({ exists: only('/usr/bin/chromium', '/project/.cache/browsers/chrome'), listCached: () => ['/project/.cache/browsers/chrome'] });
    assert.equal(result.via, 'installed');
  });
});

describe('findBrowser: the project cache', () => {
  test('nothing installed: the Chrome for Testing downloaded earlier, and the cache folder is the one asked for', () => {
    const cached = `${CACHE}/chrome/linux64-${CHROME_BUILD}/chrome-linux64/chrome`;
    let asked;
    const listCached = (dir) => {
      asked = dir;
      return [cached];
    };
    assert.deepEqual(find({ exists: only(cached), listCached }), { executablePath: cached, via: 'cache' });
    assert.equal(asked, CACHE);
  });

  test('a cached build whose executable is gone does not count', () => {
    const result = find({ exists: only(), listCached: () => [`${CACHE}/chrome/linux64-1.0.0.0/chrome-linux64/chrome`] });
    assert.equal(result.problem, 'none');
  });

  test('listCachedBrowsers reads a real @puppeteer/browsers cache folder, newest build first', (t) => {
    const platform = detectBrowserPlatform();
    if (!platform) return t.skip('no Chrome for Testing platform here');
    const dir = mkdtempSync(join(os.tmpdir(), 'trialkit-browser-cache-'));
    const cache = new Cache(dir);
    const paths = ['147.0.7727.56', '148.0.7778.97', '99.0.4844.51'].map((buildId) => {
      const file = cache.computeExecutablePath({ browser: Browser.CHROME, buildId, platform });
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, '#!/bin/sh\n');
      chmodSync(file, 0o755);
      return file;
    });
    assert.deepEqual(listCachedBrowsers(dir), [paths[1], paths[0], paths[2]]);
    assert.deepEqual(listCachedBrowsers(join(dir, 'missing')), []);
  });

  test('compareBuilds orders four-part Chrome build numbers by number, not by text', () => {
    assert.ok(compareBuilds('148.0.7778.97', '99.0.4844.51') > 0);
    assert.ok(compareBuilds('148.0.7778.97', '148.0.7778.100') < 0);
    assert.equal(compareBuilds('148.0.7778.97', '148.0.7778.97'), 0);
  });

  test('TRIALKIT_BROWSER_SEARCH=none skips every system place, but the cache still counts', () => {
    const env = { TRIALKIT_BROWSER_SEARCH: 'none', PATH: '/usr/bin' };
    assert.equal(find({ env, exists: only('/usr/bin/chromium') }).problem, 'none');
    assert.equal(find({ env, exists: only('/usr/bin/chromium', '/c/chrome'), listCached: () => ['/c/chrome'] }).via, 'cache');
  });
});

describe('ensureBrowser: the first step of npm test', () => {
  test('a browser found: says which, exits 0, downloads nothing', async () => {
    const run = await ensure({ exists: only('/usr/bin/chromium') });
    assert.equal(run.code, 0);
    assert.equal(run.downloads, 0);
    assert.match(run.stdout, /browser tests use \/usr\/bin\/chromium \(installed on this machine\)/);
  });

  test('a missing CHROME_PATH: exits 1 with the path named, and does not download', async () => {
    const run = await ensure({ env: { CHROME_PATH: '/nope/chrome' } });
    assert.equal(run.code, 1);
    assert.equal(run.downloads, 0);
    assert.match(run.stderr, /CHROME_PATH is set to "\/nope\/chrome"/);
  });

  test('none found: downloads Chrome for Testing into the cache folder and uses it', async () => {
    const downloaded = `${CACHE}/chrome/linux64-${CHROME_BUILD}/chrome-linux64/chrome`;
    let into;
    const run = await ensure({
      exists: (file) => file === downloaded && into !== undefined,
      download: async (cacheDir) => {
        into = cacheDir;
        return downloaded;
      },
    });
    assert.equal(run.code, 0);
    assert.equal(into, CACHE);
    assert.match(run.stdout, new RegExp(`downloading Chrome for Testing ${CHROME_BUILD.replaceAll('.', '\\.')}`));
    assert.match(run.stdout, /browser tests use .*chrome-linux64\/chrome \(downloaded\)/);
  });

  test('none found and the download refused: exits 1 with the reason and the three ways out', async () => {
    const run = await ensure({
      env: { PATH: '/usr/bin:/bin' },
      download: () => Promise.reject(new Error('could not reach https://storage.googleapis.com (no network?).')),
    });
    assert.equal(run.code, 1);
    assert.equal(run.downloads, 1);
    assert.match(run.stderr, /the browser tests need Chrome, Chromium or Edge, and none was found/);
    assert.match(run.stderr, /Looked at: CHROME_PATH \(not set\), \d+ usual places on Linux \(PATH included\), and the project cache/);
    assert.match(run.stderr, /Tried to download Chrome for Testing [\d.]+ into .*: could not reach https:\/\/storage\.googleapis\.com \(no network\?\)/);
    assert.match(run.stderr, /sudo apt-get update && sudo apt-get install -y chromium/);
    assert.match(run.stderr, /Install Google Chrome: +https:\/\/www\.google\.com\/chrome\//);
    assert.match(run.stderr, /CHROME_PATH=\/path\/to\/chrome npm test/);
  });

  test('a download that finishes without the executable is a failure, not a success', async () => {
    const run = await ensure({ download: async () => '/project/.cache/browsers/chrome/nothing-here' });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /the download finished, but \/project\/\.cache\/browsers\/chrome\/nothing-here is not there/);
  });

  test('on Windows the CHROME_PATH advice is in Windows syntax', () => {
    const message = notFoundMessage(findBrowser({ env: {}, platform: 'win32', exists: only(), cacheDir: CACHE, listCached: noCache }));
    assert.match(message, /set CHROME_PATH=C:\\path\\to\\chrome\.exe/);
    assert.match(message, /usual places on Windows/);
  });
});

// The real download code against local servers, so no test ever fetches a browser.
describe('downloadChrome fails fast', { skip: os.platform() === 'linux' && os.arch() !== 'x64' ? 'no Chrome for Testing for this machine' : false }, () => {
  const proxies = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'ALL_PROXY', 'all_proxy'];
  const saved = {};
  const servers = [];
  before(() => {
    for (const name of proxies) {
      saved[name] = process.env[name];
      delete process.env[name]; // these requests go to 127.0.0.1 only
    }
  });
  after(() => {
    for (const name of proxies) if (saved[name] !== undefined) process.env[name] = saved[name];
    for (const server of servers) {
      server.closeAllConnections();
      server.close();
    }
  });
  const serve = (handler) =>
    new Promise((resolve) => {
      const server = createServer(handler);
      servers.push(server);
      server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
    });

  test('a server that never answers: rejects after the reach timeout', async () => {
    const baseUrl = await serve(() => {}); // accepts, never replies
    const cacheDir = mkdtempSync(join(os.tmpdir(), 'trialkit-dl-'));
    const started = Date.now();
    await assert.rejects(
      downloadChrome(cacheDir, { env: { PUPPETEER_CHROME_DOWNLOAD_BASE_URL: baseUrl }, reachMs: 300 }),
      /no answer from http:\/\/127\.0\.0\.1:\d+ within 0\.3 s \(no network\?\)/,
    );
    assert.ok(Date.now() - started < 3_000, `took ${Date.now() - started} ms`);
  });

  test('a download that stops halfway: rejects after the stall timeout', async () => {
    const baseUrl = await serve((request, response) => {
      response.writeHead(200, { 'content-length': '1000000' });
      if (request.method === 'HEAD') return response.end();
      response.write(Buffer.alloc(1000)); // then nothing more
    });
    const cacheDir = mkdtempSync(join(os.tmpdir(), 'trialkit-dl-'));
    const started = Date.now();
    await assert.rejects(
      downloadChrome(cacheDir, { env: { PUPPETEER_CHROME_DOWNLOAD_BASE_URL: baseUrl }, stallMs: 400, say: () => {} }),
      /the download stopped for 0\.4 s/,
    );
    assert.ok(Date.now() - started < 5_000, `took ${Date.now() - started} ms`);
  });
});

// The CLI as npm test runs it, on this machine with nothing to find and nowhere to download from.
describe('node scripts/ensure-browser.mjs', () => {
  const run = (env) =>
    new Promise((resolve) => {
      const started = Date.now();
      const child = spawn(process.execPath, ['scripts/ensure-browser.mjs'], { cwd: root, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
    });
  const bareEnv = () => {
    const env = { ...process.env };
    for (const name of ['CHROME_PATH', 'HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'ALL_PROXY', 'all_proxy']) delete env[name];
    return env;
  };
  const closedPort = () =>
    new Promise((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address();
        server.close(() => resolve(port));
      });
    });

  test('nothing found and no way to download: stops within seconds, exit 1, the message on stderr', async (t) => {
    if (listCachedBrowsers(CACHE_DIR).length) return t.skip('a Chrome for Testing is already in .cache/browsers');
    const port = await closedPort();
    const result = await run({ ...bareEnv(), TRIALKIT_BROWSER_SEARCH: 'none', PUPPETEER_CHROME_DOWNLOAD_BASE_URL: `http://127.0.0.1:${port}` });
    assert.equal(result.code, 1, result.stderr);
    assert.ok(result.ms < 10_000, `took ${result.ms} ms`);
    assert.match(result.stdout, /downloading Chrome for Testing/);
    assert.match(result.stderr, /none was found/);
    assert.match(result.stderr, /could not reach http:\/\/127\.0\.0\.1/);
    assert.match(result.stderr, /apt-get install -y chromium/);
  });

  test('CHROME_PATH at a missing file: exit 1 and the path named', async () => {
    const result = await run({ ...bareEnv(), CHROME_PATH: '/nope/trialkit-chrome' });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /CHROME_PATH is set to "\/nope\/trialkit-chrome", but no browser program is there/);
  });
});
