import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { until } from '../helpers.js';
import { walkJourney } from './journey.js';

type Privacy = { requests: { kind: string; url: string }[]; writes: { kind: string; key?: string }[] };

/** Everything under `root` and inside every shadow root below it that matches `selector`. */
function deepAll<T extends Element>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const stack: ParentNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    found.push(...node.querySelectorAll<T>(selector));
    for (const element of node.querySelectorAll('*')) if (element.shadowRoot) stack.push(element.shadowRoot);
  }
  return found;
}

describe('privacy guard: a whole patient journey', () => {
  afterEach(() => fixtureCleanup());

  it('reads the card, completes the pre-screener, opens FAQ answers, shares and opens the QR: no request leaves the origin, nothing is stored', async () => {
    await fetch('/__test__/server-log?clear=1');
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/pages/hosts/journey.html" title="journey" width="390" height="900"></iframe>`);
    const win = () => frame.contentWindow as Window & { __privacy: Privacy };
    const doc = () => frame.contentDocument!;

    const result = await walkJourney(doc);
    expect(result).to.match(/take part|tell you more|may not be right/);

    // Every request the page made, from both the wrapped APIs and Resource Timing.
    const origin = new URL(frame.src).origin;
    const timings = win()
      .performance.getEntriesByType('resource')
      .map((entry) => entry.name);
    const wrapped = win().__privacy.requests.map((request) => request.url);
    const all = [...timings, ...wrapped];
    expect(all.length, 'the journey made the requests a page needs').to.be.greaterThan(3);
    const elsewhere = all.filter((url) => new URL(url, origin).origin !== origin && !url.startsWith('blob:') && !url.startsWith('data:'));
    expect(elsewhere, 'requests to another origin').to.deep.equal([]);
    expect(win().__privacy.writes, 'cookie, localStorage, sessionStorage or IndexedDB writes').to.deep.equal([]);
    // The test server's own log: every request the journey page caused is one the page's records
    // show too (so nothing slipped past the probes), and no POST (answers) was sent.
    const log = (await (await fetch('/__test__/server-log')).json()) as { path: string; method: string; referer: string }[];
    // Everything since the log was cleared, except the test runner's own page and this test's fetch.
    const fromJourney = log.filter((entry) => !entry.referer.includes('wtr-session-id') && !entry.path.startsWith('/__test__/server-log'));
    expect(fromJourney.length).to.be.greaterThan(0); // fewer when earlier tests left files in the HTTP cache
    const seenByPage = new Set(all.map((url) => new URL(url, origin).pathname));
    const unseen = fromJourney.filter((entry) => entry.path !== '/test/pages/hosts/journey.html' && !seenByPage.has(entry.path));
    expect(unseen, 'requests the server saw but the page did not record').to.deep.equal([]);
    expect(fromJourney.filter((entry) => entry.method !== 'GET')).to.deep.equal([]);
    expect(doc().cookie).to.equal('');
    // Share links exist and point at networks, but nothing was fetched from them.
    const links = deepAll<HTMLAnchorElement>(doc(), 'a[href^="https://wa.me"], a[href^="mailto:"]');
    expect(links.length).to.be.greaterThan(0);
  });

  it('the guard can fail: a request to another origin is caught', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/pages/hosts/journey.html" title="journey"></iframe>`);
    await until(() => frame.contentDocument?.querySelector('trial-card')?.shadowRoot?.querySelector('[part="title"]'), 'card', 10_000);
    const win = frame.contentWindow as Window & { __privacy: Privacy; fetch: typeof fetch };
    await win.fetch('http://127.0.0.1:9/tracker.gif').catch(() => undefined);
    expect(win.__privacy.requests.some((request) => request.url.startsWith('http://127.0.0.1:9/'))).to.equal(true);
    win.localStorage.setItem('probe', '1');
    expect(win.__privacy.writes.some((write) => write.kind === 'localStorage')).to.equal(true);
    win.localStorage.removeItem('probe');
  });
});
