// Test-server routes that a static file server cannot give: slow and failing replies for the
// config loader, and the strict Content-Security-Policy header for the CSP page.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every request the test server saw, for the privacy test to compare with what the page recorded. */
const serverLog = [];

export const testServerMiddleware = [
  async function requestLog(ctx, next) {
    if (ctx.path === '/__test__/server-log') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(serverLog);
      if (ctx.query.clear) serverLog.length = 0;
      return;
    }
    serverLog.push({ path: ctx.path, query: ctx.querystring, method: ctx.method, referer: ctx.get('referer') });
    if (serverLog.length > 5000) serverLog.splice(0, serverLog.length - 5000);
    return next();
  },
  async function configFailures(ctx, next) {
    const match = /^\/__test__\/config\/([\w-]+)/.exec(ctx.path);
    if (!match) return next();
    switch (match[1]) {
      case 'not-found':
        ctx.status = 404;
        ctx.body = 'Not found';
        return;
      case 'server-error':
        ctx.status = 503;
        ctx.body = 'Service unavailable';
        return;
      case 'html':
        ctx.status = 200;
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Oops</title><p>This is a page</p>';
        return;
      case 'truncated':
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = '{"schemaVersion": 1, "id": "cut", "title": "Cut off';
        return;
      case 'huge': {
        // A syntactically valid config of about 5.5 MB.
        const filler = 'x'.repeat(1000);
        const locations = Array.from({ length: 5500 }, (_, i) => ({ name: `${filler}${i}`, country: 'X' }));
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({
          schemaVersion: 1,
          id: 'huge',
          title: 'Huge',
          summary: 'Huge',
          status: 'recruiting',
          contact: { phone: '+1 555 010 0199' },
          locations,
        });
        return;
      }
      case 'wrong-type': {
        ctx.status = 200;
        ctx.type = 'text/plain';
        ctx.body = JSON.stringify({
          schemaVersion: 1,
          id: 'plain',
          title: 'Served as text/plain',
          summary: 'Still a valid config.',
          status: 'recruiting',
          contact: { phone: '+1 555 010 0199' },
        });
        return;
      }
      case 'redirect-away':
        ctx.redirect(`http://127.0.0.1:${ctx.request.socket.localPort}/demo/trials/cll-apg-2575.json`);
        return;
      case 'slow':
        await sleep(Number(ctx.query.ms ?? 3000));
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = '{}';
        return;
      default:
        return next();
    }
  },
  async function strictCsp(ctx, next) {
    await next();
    if (ctx.path.startsWith('/demo/strict-csp')) ctx.set('Content-Security-Policy', STRICT_CSP);
  },
];

// Referral endpoints for <trial-eligibility>: `ok` records what it received (read it back from
// `received?id=…`), `fail` answers 500, `slow` answers after the element's timeout. None of them
// sends CORS headers, so the same routes on another origin (127.0.0.1 vs localhost) are a CORS refusal.
const referralsReceived = new Map();

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

testServerMiddleware.push(async function referralEndpoints(ctx, next) {
  const match = /^\/__test__\/referral\/(ok|fail|slow|received)$/.exec(ctx.path);
  if (!match) return next();
  const id = String(ctx.query.id ?? '');
  if (match[1] === 'received') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(referralsReceived.get(id) ?? null);
    return;
  }
  if (ctx.method !== 'POST') {
    ctx.status = 204; // a preflight gets no CORS headers: browsers refuse the cross-origin request
    return;
  }
  const body = await readBody(ctx.req);
  if (match[1] === 'slow') await sleep(Number(ctx.query.ms ?? 3000));
  if (match[1] === 'ok') {
    referralsReceived.set(id, { body: JSON.parse(body), contentType: ctx.get('content-type'), cookie: ctx.get('cookie') || null });
  }
  ctx.status = match[1] === 'fail' ? 500 : 200;
  ctx.type = 'application/json';
  ctx.body = match[1] === 'fail' ? '{"error":"test failure"}' : '{"ok":true}';
});
