// Serves the demo on localhost (no dependencies). The strict-CSP page gets its policy as a real
// HTTP header, as a careful host site would send it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Starts the static server; resolves with it once listening. Used by `npm start` and the benchmarks. */
export function startServer(listenPort = port, { quiet = false } = {}) {
  const server = createServer(handle);
  return new Promise((resolve) => {
    server.listen(listenPort, '127.0.0.1', () => {
      if (!quiet) console.log(`trialkit demo: http://localhost:${server.address().port}/demo/`);
      resolve(server);
    });
  });
}

async function handle(request, response) {
  const url = new URL(request.url ?? '/', `http://localhost:${port}`);
  if (url.pathname === '/') {
    response.writeHead(302, { location: '/demo/' });
    return response.end();
  }
  // The demo leukemia trial's referral endpoint: accepts the JSON and throws it away (nothing is stored).
  if (url.pathname === '/__demo__/referral') {
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type' };
    if (request.method === 'OPTIONS') return response.writeHead(204, cors).end();
    if (request.method !== 'POST') return response.writeHead(405, cors).end();
    request.resume();
    return request.on('end', () => response.writeHead(204, cors).end());
  }
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root) || path.includes('node_modules')) {
    response.writeHead(403);
    return response.end('Forbidden');
  }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const body = await readFile(path);
    const headers = { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (url.pathname.startsWith('/demo/strict-csp')) headers['content-security-policy'] = STRICT_CSP;
    response.writeHead(200, headers);
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('Not found');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await startServer();
